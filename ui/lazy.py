"""Work done only for a page someone can see.

Edits on one page tell every money view to recalculate. A view that is hidden marks itself
stale instead, and catches up the moment it is shown, so typing a long plan never waits on
totals no one is reading.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class WhenShown(QObject):
    """Runs `work` now if `widget` is visible, else the next time it is shown."""

    def __init__(self, widget: QWidget, work: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._work = work
        self.stale = True
        widget.installEventFilter(self)

    def request(self) -> None:
        if not self._widget.isVisible():
            self.stale = True
            return
        self.stale = False
        self._work()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._work()
        return False
