"""The plan's totals by who pays, per week, four weeks, month and year, for the Money page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from budgetplanner.budget import BudgetSummary, Column
from budgetplanner.money import Money
from budgetplanner.periods import Period
from ui.domain_words import domain_tr
from ui.models.table_base import HeadedTableModel, ModelIndex

# Every period people are paid in: a direct payment often comes every four weeks.
PERIODS = (Period.WEEK, Period.FOUR_WEEKS, Period.MONTH, Period.YEAR)


class TotalsTableModel(HeadedTableModel):
    """Rows: each payer, the total, the personal budget and what is left or short."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[str, list[str], bool]] = []
        self.headers = [self.tr("Per week"), self.tr("Per four weeks"), self.tr("Per month"),
                        self.tr("Per year"), self.tr("One-off")]

    def set_summary(self, summary: BudgetSummary | None) -> None:
        self.beginResetModel()
        self._rows = [] if summary is None else self._build(summary)
        self.endResetModel()

    def _figures(self, column: Column) -> list[str]:
        return [column[p].format() for p in PERIODS] + [column.one_off.format()]

    def _build(self, summary: BudgetSummary) -> list[tuple[str, list[str], bool]]:
        rows = [(domain_tr(payer.label), self._figures(summary.by_payer[payer]), False)
                for payer in summary.payers_used()]
        rows.append((self.tr("All my support"), self._figures(summary.total), True))
        comparison = summary.comparison
        if comparison is not None:
            rows.append((self.tr("My personal budget"),
                         [comparison.budget[p].format() for p in PERIODS] + [""], False))
            short = comparison.is_short(Period.YEAR)
            label = self.tr("Short of my personal budget") if short else self.tr(
                "Left in my personal budget")
            rows.append((label, [self._left(comparison.left(p)) for p in PERIODS] + [""], True))
        return rows

    @staticmethod
    def _left(amount: Money) -> str:
        return (-amount).format() if amount.is_negative() else amount.format()

    def row_count(self) -> int:
        return len(self._rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return self._rows[section][0]
        return super().headerData(section, orientation, role)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        label, figures, bold = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return figures[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{label}, {self.headers[index.column()]}: {figures[index.column()]}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and bold:
            font = QFont()
            font.setBold(True)
            return font
        return None
