"""Work done only for a page someone can see.

Edits on one page tell every money view to recalculate. A view that is hidden marks itself
stale instead, and catches up the moment it is shown, so typing a long plan never waits on
totals no one is reading.

The pages themselves are made the first time they are shown (or asked for): the window
starts with the one page it shows. Each is made inside its PageSlot, so it is never moved
to another parent (with the program's style sheet, moving a widget restyles all of it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


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


class PageSlot(QWidget):
    """The place of one page in a PageTabs; the page is made by `make(parent)` the first time
    the slot is shown once `ready` (the plans are open), or when it is asked for."""

    def __init__(self, make: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self.page: QWidget | None = None
        self.ready = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def made(self) -> QWidget:
        """The page, made now if it was not yet."""
        if self.page is None:
            self.page = self._make(self)
            self._layout.addWidget(self.page)
            if self.isVisible():
                self.page.show()
        return self.page

    def showEvent(self, event: QShowEvent) -> None:
        if self.ready:
            self.made()
        super().showEvent(event)


class PageTabs(QTabWidget):
    """Tabs whose pages may wait in PageSlots. widget(), currentWidget(), indexOf() and
    setCurrentWidget() speak of the pages themselves (made when asked for), as if each page
    were the tab's own widget."""

    def slot(self, index: int) -> QWidget | None:
        """The tab's own widget: the page, or the slot it waits in (nothing is made)."""
        return super().widget(index)

    def _page(self, widget: QWidget | None) -> QWidget | None:
        if isinstance(widget, PageSlot) and (widget.ready or widget.page is not None):
            return widget.made()
        return widget

    def widget(self, index: int) -> QWidget | None:
        return self._page(super().widget(index))

    def currentWidget(self) -> QWidget | None:  # type: ignore[override]
        return self._page(super().currentWidget())

    def indexOf(self, page: QWidget) -> int:
        for index in range(self.count()):
            widget = super().widget(index)
            if widget is page or (isinstance(widget, PageSlot) and widget.page is page):
                return index
        return -1

    def setCurrentWidget(self, page: QWidget) -> None:
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)
