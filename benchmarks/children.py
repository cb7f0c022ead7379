"""Small programs the benchmark starts in fresh processes (cold start, peak memory).

`program` starts Budget Planner the way a person does (main.py, ui/app.py, the main window)
and says when its window is first painted and when the plans are open and listed in it.
`bare` shows an empty PySide6 window, the floor it is compared with.
"""

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


def _say(what: str) -> None:
    print(f"{what} {time.perf_counter() - START:.6f}", flush=True)


def _watch_first_paint(app: object) -> object:
    """Say when the first main window is first painted, then when its plans are open (its
    `opened` signal; a window without one opened everything before it was shown), then quit.

    The watcher is put on the main window as it is shown, never on the whole application:
    an application-wide filter written in Python is called for each of the thousands of
    events a window gets while it is built (about 30 µs each), which would time the
    watcher, not the program, and weigh on a window with many widgets far more than on an
    empty one."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow, QWidget

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                _say("painted")
                opened = getattr(watched, "opened", None)
                if opened is None or getattr(watched, "is_open", True):
                    self.ready()
                else:
                    opened.connect(self.ready)
            return False

        def ready(self) -> None:
            _say("ready")
            print(f"maxrss_kb {_peak_kb()}", flush=True)
            QTimer.singleShot(0, app.quit)  # type: ignore[attr-defined]

    painter = FirstPaint()
    show = QWidget.show

    def show_watched(window: QMainWindow) -> None:
        if not painter.seen:
            window.installEventFilter(painter)
        show(window)

    QMainWindow.show = show_watched  # type: ignore[method-assign]
    return painter


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 780)
    watcher = _watch_first_paint(app)
    window.show()
    app.exec()
    del watcher


def program(db: str) -> None:
    """The whole program as a person starts it: `main.py --db FILE`."""
    from PySide6.QtWidgets import QApplication

    # The program makes the application itself if there is none; made here first only so
    # its first paint can be watched. Nothing else is loaded before main.py.
    app = QApplication(sys.argv[:1])
    watcher = _watch_first_paint(app)
    import main

    main.main(["--db", db])
    del watcher


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if sys.argv[1] == "bare":
        bare()
    else:
        program(sys.argv[2])
