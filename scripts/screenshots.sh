#!/usr/bin/env bash
# Screenshots of each main screen on a virtual X screen (Xvfb), into screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-screenshots}"
command -v xvfb-run >/dev/null || { echo "Needs xvfb-run: apt-get install xvfb xauth" >&2; exit 1; }
unset QT_QPA_PLATFORM
xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py --out "$out"
