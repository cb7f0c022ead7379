"""Work done only for a page someone can see.

Edits on one page tell every money view to recalculate. A view that is hidden marks itself
stale instead, and catches up the moment it is shown, so typing a long plan never waits on
totals no one is reading.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


class WhenShown:
    """Runs `work` now if `widget` is visible, else the next time it is shown.

    The widget calls `shown()` from its `showEvent` (a plain method, not an event filter:
    Python event filters on widgets outliving the test run upset PySide at exit).
    """

    def __init__(self, widget: QWidget, work: Callable[[], None]) -> None:
        self._widget = widget
        self._work = work
        self.stale = True

    def request(self) -> None:
        if not self._widget.isVisible():
            self.stale = True
            return
        self.stale = False
        self._work()

    def shown(self) -> None:
        if self.stale:
            self.stale = False
            self._work()
