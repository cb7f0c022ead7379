"""Small programs the benchmark starts in fresh processes (cold start, peak memory)."""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

START = time.perf_counter()


def _peak_kb() -> int:
    # VmHWM starts afresh at exec; ru_maxrss would carry the parent's peak over a fork.
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _paint_then_quit(window: object, app: object) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                elapsed = time.perf_counter() - START
                print(f"painted {elapsed:.6f}", flush=True)
                print(f"maxrss_kb {_peak_kb()}", flush=True)
                QTimer.singleShot(0, app.quit)  # type: ignore[attr-defined]
                watched.removeEventFilter(self)
            return False

    painter = FirstPaint()
    window.installEventFilter(painter)  # type: ignore[attr-defined]
    window._first_paint = painter  # type: ignore[attr-defined]


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 780)
    _paint_then_quit(window, app)
    window.show()
    app.exec()


def program(db: str) -> None:
    from PySide6.QtWidgets import QApplication

    from budgetplanner.storage.store import PlanStore
    from ui.main_window import MainWindow
    from ui.theme import apply_theme

    app = QApplication(sys.argv)
    apply_theme(app)
    store = PlanStore.open(Path(db))
    window = MainWindow(store)
    _paint_then_quit(window, app)
    window.show()
    app.exec()
    store.close()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if sys.argv[1] == "bare":
        bare()
    else:
        program(sys.argv[2])
