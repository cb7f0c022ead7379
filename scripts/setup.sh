#!/usr/bin/env bash
# Install what Budget Planner needs on a fresh Debian machine, then run it or its tests.
#   bash scripts/setup.sh run [program arguments]   installs the program and starts it
#   bash scripts/setup.sh test [pytest arguments]   installs the test tools and runs every check
#   bash scripts/setup.sh bench                     installs LibreOffice and runs the benchmarks
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-run}"
shift || true

# System libraries Qt loads at run time (EGL, OpenGL, xkbcommon, fontconfig, dbus, xcb).
run_packages=(libegl1 libgl1 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
  libfreetype6 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0 libx11-xcb1
  fonts-dejavu-core)
# The tests also need a virtual screen and tools that read PDFs back.
test_packages=(xvfb xauth poppler-utils)

# The benchmarks compare the PDF export with LibreOffice converting the same words.
bench_packages=(libreoffice-writer-nogui)

packages=("${run_packages[@]}")
if [ "$mode" = "test" ]; then
  packages+=("${test_packages[@]}")
fi
if [ "$mode" = "bench" ]; then
  packages+=("${bench_packages[@]}")
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing system libraries that are missing: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "Please install these with your package manager, then run this again: ${missing[*]}" >&2
    exit 1
  fi
fi

python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "Making a Python environment in .venv"
  "$python" -m venv .venv
fi

extra=""
stamp=".venv/.installed"
if [ "$mode" = "test" ]; then
  extra="[test]"
  stamp=".venv/.installed-test"
fi
# Reinstall only when the list of Python packages changed.
wanted="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "Installing Python packages into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".${extra}"
  echo "$wanted" > "$stamp"
fi

case "$mode" in
  run)
    exec .venv/bin/python main.py "$@"
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    echo "Checking style (ruff) and types (mypy)"
    .venv/bin/ruff check .
    .venv/bin/mypy
    echo "Running the tests"
    # One test process per core unless told otherwise (pytest-xdist): the suite is mostly
    # waiting on Qt, SQLite and PDF work that runs side by side well.
    # The ten slowest are listed at the end, so a test creeping towards 20 s is seen.
    if [ "$#" -eq 0 ]; then
      set -- -n auto --durations=10
    fi
    status=0
    .venv/bin/python -m pytest "$@" || status=$?
    if [ "$status" -eq 5 ]; then
      echo "No tests were collected: that is a failure, not a pass." >&2
      exit 1
    fi
    exit "$status"
    ;;
  bench)
    exec .venv/bin/python -m benchmarks.run
    ;;
  *)
    echo "Usage: bash scripts/setup.sh run|test|bench" >&2
    exit 2
    ;;
esac
