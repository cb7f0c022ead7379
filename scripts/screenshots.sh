#!/usr/bin/env bash
# Screenshots of each main screen on a virtual 1366×768 laptop screen (Xvfb), into
# screenshots/. Extra arguments go to screenshots.py: --text-size 200, --high-contrast.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-screenshots}"
shift || true
python="${PYTHON:-.venv/bin/python}"
command -v xvfb-run >/dev/null || { echo "Needs xvfb-run: apt-get install xvfb xauth" >&2; exit 1; }
unset QT_QPA_PLATFORM
xvfb-run -a -s "-screen 0 1366x768x24" "$python" scripts/screenshots.py --out "$out" "$@"
