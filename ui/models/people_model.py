"""The list of people whose plans are kept here, loaded a page at a time."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from budgetplanner.formatting import short_date
from budgetplanner.storage.store import PersonRow, PlanStore
from ui.models.table_base import ModelIndex

PAGE_SIZE = 100
REVIEW_SOON_DAYS = 30

PersonIdRole = Qt.ItemDataRole.UserRole + 1


class PeopleListModel(QAbstractListModel):
    """Names with their next review date; rows are fetched as the list scrolls."""

    def __init__(self, store: PlanStore, today: date | None = None) -> None:
        super().__init__()
        self._store = store
        self._rows: list[PersonRow] = []
        self._search = ""
        self._total = 0
        self._today = today or date.today()
        self.refresh()

    def refresh(self, search: str | None = None) -> None:
        if search is not None:
            self._search = search
        self.beginResetModel()
        self._total = self._store.count_people(self._search)
        self._rows = self._store.people(self._search, offset=0, limit=PAGE_SIZE)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        more = self._store.people(self._search, offset=len(self._rows), limit=PAGE_SIZE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def review_soon(self, row: PersonRow) -> bool:
        return row.next_review is not None and row.next_review <= self._today + timedelta(
            days=REVIEW_SOON_DAYS
        )

    def review_text(self, row: PersonRow) -> str:
        if row.next_review is None:
            return self.tr("No review date yet")
        when = short_date(row.next_review)
        if row.next_review < self._today:
            return self.tr("Review was due {0}").format(when)
        if self.review_soon(row):
            return self.tr("Review soon: {0}").format(when)
        return self.tr("Next review {0}").format(when)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # The words carry the meaning; colour and weight only repeat it.
            return f"{row.name}\n{self.review_text(row)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.name}, {self.review_text(row)}"
        if role == PersonIdRole:
            return row.id
        if role == Qt.ItemDataRole.FontRole and self.review_soon(row):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def row_of(self, person_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == person_id:
                return number
        return -1

    def person_id(self, row: int) -> int:
        return self._rows[row].id
