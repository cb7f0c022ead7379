"""A page of the plan made of a few pages of its own, on a second row of tabs.

Money holds my plan's money, what I spent and what I can afford; Review holds looking back
at earlier versions and getting ready for the review meeting. Ten pages on the top row keep
Ctrl+1 to Ctrl+0 for every one of them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import QWidget

from ui.icons import icon, icon_name
from ui.lazy import PageTabs


class SubPages(PageTabs):
    def __init__(self, name: str, pages: list[tuple[QWidget, QIcon, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setDocumentMode(True)
        self._icon_names = [icon_name(page_icon) for _page, page_icon, _title in pages]
        for page, page_icon, title in pages:
            self.addTab(page, page_icon, title)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._names_whole()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._names_whole()

    def _names_whole(self) -> None:
        """At large text the tabs' names must show whole: their icons give way first."""
        for index, name in enumerate(self._icon_names):
            self.setTabIcon(index, icon(name) if name else QIcon())
        if self.tabBar().sizeHint().width() > self.width():
            for index in range(self.count()):
                self.setTabIcon(index, QIcon())

    def pages(self) -> list[QWidget]:
        return [page for index in range(self.count())
                if (page := self.widget(index)) is not None]
