"""The pages of the selected plan, one to a line, under the list of plans.

Ten tabs across the top never fitted beside the list of plans (they scrolled, cutting off
"About me"), and at large text sizes even less. A list has room for every page in full
words at any text size; the pages themselves stay in a QTabWidget whose tab bar is hidden,
so the list and Ctrl+1 to Ctrl+0 simply choose its current page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QTabWidget, QWidget


class PageList(QListWidget):
    def __init__(self, tabs: QTabWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tabs = tabs
        self.setAccessibleName(self.tr("Pages of my plan"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A long name takes two lines in a narrow column (large text) rather than being cut.
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        tabs.tabBar().hide()
        self._fit_icons()
        self.currentRowChanged.connect(self._row_chosen)
        tabs.currentChanged.connect(self.setCurrentRow)

    def add_page(self, page_icon: QIcon, name: str, keys: str) -> None:
        item = QListWidgetItem(page_icon, name)
        item.setToolTip(keys)
        # A screen reader says the page and how to reach it from anywhere.
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, keys)
        self.addItem(item)
        if self.currentRow() < 0:
            self.setCurrentRow(0)
        self.updateGeometry()

    def _row_chosen(self, row: int) -> None:
        if row >= 0:
            self._tabs.setCurrentIndex(row)

    def sizeHint(self) -> QSize:
        # Tall enough for every page without a scroll bar, at the current text size.
        rows = self.count()
        height = self.sizeHintForRow(0) * rows if rows else 0
        return QSize(super().sizeHint().width(), height + 2 * self.frameWidth() + 4)

    def minimumSizeHint(self) -> QSize:
        # In a short window (large text) the list scrolls inside itself, keeping the chosen
        # page in sight, rather than push the plans off the screen.
        rows = min(self.count(), 2)
        height = self.sizeHintForRow(0) * rows if rows else 0
        return QSize(super().minimumSizeHint().width(), height + 2 * self.frameWidth() + 4)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_icons()
            self.updateGeometry()

    def _fit_icons(self) -> None:
        # Icons as tall as a line of text, so they grow with the text size.
        side = max(16, self.fontMetrics().height())
        self.setIconSize(QSize(side, side))
