"""A page of the plan made of a few pages of its own, on a second row of tabs.

Money holds my plan's money, what I spent and what I can afford; Review holds looking back
at earlier versions and getting ready for the review meeting. Ten pages on the top row keep
Ctrl+1 to Ctrl+0 for every one of them.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from ui.lazy import PageTabs


class SubPages(PageTabs):
    def __init__(self, name: str, pages: list[tuple[QWidget, QIcon, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setDocumentMode(True)
        for page, page_icon, title in pages:
            self.addTab(page, page_icon, title)

    def pages(self) -> list[QWidget]:
        return [page for index in range(self.count())
                if (page := self.widget(index)) is not None]
