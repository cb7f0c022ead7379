#!/usr/bin/env bash
# Start the program with the example plans on a virtual screen with accessibility on, and
# print its accessibility tree as Orca would read it (needs xvfb, at-spi2-core, python3-pyatspi).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export BUDGETPLANNER_DATA="$scratch"
dbus-run-session -- bash -c '
  unset QT_QPA_PLATFORM
  export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
  /usr/libexec/at-spi-bus-launcher --launch-immediately &
  sleep 1
  xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python main.py --demo --db "$BUDGETPLANNER_DATA/plans.sqlite3" &
  app=$!
  sleep 4
  status=0
  /usr/bin/python3 scripts/atspi_tree.py "Budget Planner" || status=$?
  kill $app 2>/dev/null || true
  exit $status
'
