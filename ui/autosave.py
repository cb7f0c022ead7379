"""Saving shortly after typing stops, and at least every second while it goes on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from budgetplanner.storage.store import ConflictError, SaveError

# A pause in typing this long saves.
SAVE_DELAY_MS = 400
# Typing that never pauses is still saved this soon after the first unsaved change: the
# brief's promise is under a second from a keystroke to the disk.
MAX_WAIT_MS = 900
# After a failed save (a full disk), try again this often; the changes wait in memory.
RETRY_MS = 3000
# A save refused for a clash saves the rest of my changes at once; each try leaves out the
# records that clashed, so a few tries always end.
CLASH_TRIES = 4


class Autosaver(QObject):
    """Debounces edits with a maximum wait; `flush()` saves at once.

    `saved` is emitted after each successful save, `failed` with a sentence for the person
    when a save could not be written (the changes stay waiting and are tried again), and
    `clashed` when someone else had saved a record I changed: my changes to it wait in the
    store (`PlanStore.conflicts`) for me to choose, and the rest are saved as usual.
    """

    saved = Signal()
    failed = Signal(str)
    clashed = Signal()

    def __init__(self, save: Callable[[], None], parent: QObject | None = None,
                 unsaved: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self._save = save
        # Changes made without an edit signal (a remembered folder) are saved by the next
        # flush too, above all the one when the window closes.
        self._unsaved = unsaved or (lambda: False)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SAVE_DELAY_MS)
        self._pause.timeout.connect(self.flush)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(MAX_WAIT_MS)
        self._deadline.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.flush)
        self._pending = False
        self.problem = ""

    @property
    def pending(self) -> bool:
        return self._pending

    def schedule(self) -> None:
        self._pending = True
        self._pause.start()
        if not self._deadline.isActive() and not self._retry.isActive():
            self._deadline.start()

    def flush(self) -> bool:
        """Save now if anything waits; True when nothing is left unsaved."""
        self._pause.stop()
        self._deadline.stop()
        self._retry.stop()
        if not self._pending and not self._unsaved():
            return True
        clashed = False
        try:
            for try_number in range(CLASH_TRIES):
                try:
                    self._save()
                    break
                except ConflictError:
                    clashed = True
                    if try_number == CLASH_TRIES - 1:
                        raise
        except SaveError as error:  # the person must hear about it; the edits stay waiting
            self.problem = str(error)
            self.failed.emit(self.problem)
            self._retry.start()
            if clashed:
                self.clashed.emit()
            return False
        self._pending = False
        self.problem = ""
        self.saved.emit()
        if clashed:  # told after saving, so whoever shows the clash finds the rest saved
            self.clashed.emit()
        return True
