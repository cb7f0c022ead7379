"""Reading a Qt model's cells in the model tests."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt


def cell(model: QAbstractItemModel, row: int, column: int = 0,
         role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.data(model.index(row, column), role)


def column_texts(model: QAbstractItemModel, column: int) -> list[str]:
    return [cell(model, row, column) for row in range(model.rowCount())]
