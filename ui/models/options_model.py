"""The plan's options as a list: title and kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from budgetplanner.categories import OptionKind
from budgetplanner.storage.models import Option, PlanVersion
from budgetplanner.storage.store import PlanStore
from ui.models.table_base import ModelIndex


class OptionsListModel(QAbstractListModel):
    def __init__(self, store: PlanStore) -> None:
        super().__init__()
        self._store = store
        self._version: PlanVersion | None = None

    def set_version(self, version: PlanVersion | None) -> None:
        self.beginResetModel()
        self._version = version
        self.endResetModel()

    @property
    def options(self) -> list[Option]:
        return self._version.options if self._version is not None else []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.options)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.options):
            return None
        option = self.options[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title = option.title or self.tr("(no name yet)")
            return f"{title}\n{option.kind.label}"
        return None

    def option_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row), self.index(row))

    def add_option(self, title: str, kind: OptionKind) -> int:
        if self._version is None:
            return -1
        row = len(self.options)
        self.beginInsertRows(QModelIndex(), row, row)
        self._store.add_option(self._version, title, kind)
        self.endInsertRows()
        return row

    def remove_option(self, row: int) -> None:
        if self._version is None or not 0 <= row < len(self.options):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._store.remove_option(self.options[row])  # the others close up
        self.endRemoveRows()
