"""Saving shortly after typing stops, so nothing typed waits long for the disk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

# Under a second from the last keystroke to the disk (the brief's promise).
SAVE_DELAY_MS = 400


class Autosaver(QObject):
    """Debounces edits: each `schedule()` restarts the timer; `flush()` saves at once."""

    saved = Signal()
    failed = Signal(str)

    def __init__(self, save: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._pending = False

    @property
    def pending(self) -> bool:
        return self._pending

    def schedule(self) -> None:
        self._pending = True
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if not self._pending:
            return
        try:
            self._save()
        except Exception as exc:  # the person must hear about it, and the edit stays pending
            self.failed.emit(
                self.tr("Your last change could not be saved yet: {0}").format(exc)
            )
            self._timer.start()
            return
        self._pending = False
        self.saved.emit()
