"""Only the measure of opening a plan of 1,000 cost lines (and the recalculation after one
edit), as `benchmarks.run` takes it, a few times over: the machine may be shared and noisy.

    .venv/bin/python -m benchmarks.open_plan [runs]      (BENCH_REPEAT sets the repeats)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from benchmarks.run import open_big_plan


def main(runs: int) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    missed = 0
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            os.environ["BUDGETPLANNER_DATA"] = str(folder / "data")
            for row in open_big_plan(app, folder):
                ratio = f"{row.ratio:.2f}×" if row.ratio is not None else "-"
                print(f"{row.measure[:44]:<44} {row.value or 0:.4f}s {row.baseline or 0:.4f}s "
                      f"{ratio:>6} (target ≤{row.target:g}×) {row.note}")
                missed += row.missed
    return 1 if missed else 0


if __name__ == "__main__":
    code = main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
    sys.stdout.flush()
    os._exit(code)  # as benchmarks.run: no teardown of Qt object by object
