"""The cost of employing PAs at the wage and hours found, line by line, in a chosen period."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from budgetplanner.budget import BudgetLine
from budgetplanner.money import Money, round_penny
from budgetplanner.periods import Period
from ui.domain_words import domain_tr
from ui.models.table_base import HeadedTableModel, ModelIndex


class AffordLinesModel(HeadedTableModel):
    """Rows: each cost of employing the PAs, then the total; the working is the tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self._lines: list[BudgetLine] = []
        self._total = Money.zero()
        self._period = Period.WEEK
        self.headers = [self.tr("What"), self.tr("Cost")]

    def set_lines(self, lines: list[BudgetLine], period: Period) -> None:
        self.beginResetModel()
        self._lines = lines
        self._period = period
        self._total = Money.zero()
        for line in lines:
            self._total = self._total + line.figure(period)
        self.headers = [self.tr("What"), domain_tr(period.heading)]
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._lines) + 1 if self._lines else 0

    def _text(self, row: int, column: int) -> str:
        if row == len(self._lines):
            return self.tr("All the costs of my PAs") if column == 0 else self._total.format()
        line = self._lines[row]
        if column == 0:
            return line.label
        return Money(round_penny(self._period.from_yearly(line.yearly))).format()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._text(row, 0)}: {self._text(row, 1)}"
        if role == Qt.ItemDataRole.ToolTipRole and row < len(self._lines):
            return self._lines[row].working
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row == len(self._lines):
            font = QFont()
            font.setBold(True)
            return font
        return None
