"""An option's cost lines as an editable table: what, how much, how often, who pays."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from budgetplanner.budget import BudgetLine, budget_line
from budgetplanner.categories import Payer
from budgetplanner.formatting import money_text, short_date, typed_date
from budgetplanner.periods import Frequency, Period
from budgetplanner.storage.models import Contingency, CostLine, Option
from budgetplanner.storage.store import PlanStore
from budgetplanner.validation import (
    ValidationError,
    clean_text,
    parse_amount,
    parse_hours,
    parse_payment_date,
)
from ui.models.table_base import HeadedTableModel, ModelIndex

(COL_WHAT, COL_AMOUNT, COL_HOW_OFTEN, COL_HOURS, COL_WHO_PAYS, COL_WHEN, COL_WEEK,
 COL_YEAR) = range(8)
EDITABLE = {COL_WHAT, COL_AMOUNT, COL_HOW_OFTEN, COL_HOURS, COL_WHO_PAYS, COL_WHEN}
# Costs paid on one day of the year: a yearly bill, or a one-off. Others are paid all year.
DATED = (Frequency.PER_YEAR, Frequency.ONE_OFF)
ChoicesRole = Qt.ItemDataRole.UserRole + 10
# The roles this table answers; a view asks each cell for a dozen more as it paints it.
_ANSWERED = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.EditRole,
    ChoicesRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole))


def _hours_text(hours: Decimal | None) -> str:
    if hours is None:
        return ""
    text = f"{hours:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class CostLinesTableModel(HeadedTableModel):
    """Adapts `Option.cost_lines`; edits are checked, stored, and announced."""

    moneyChanged = Signal()
    # A message for the person when what they typed cannot be right (empty when fine).
    problem = Signal(str)

    def __init__(self, store: PlanStore) -> None:
        super().__init__()
        self._store = store
        self._option: Option | Contingency | None = None
        self._lines: list[CostLine] = []
        # Figures per line, worked out when a row is first shown and again when it changes.
        self._figures: dict[int, BudgetLine] = {}
        self._read_only = False
        self.headers = [
            self.tr("What"),
            self.tr("How much"),
            self.tr("How often"),
            self.tr("Hours"),
            self.tr("Who pays"),
            self.tr("When paid"),
            self.tr("Per week"),
            self.tr("Per year"),
        ]

    @property
    def owner(self) -> Option | Contingency | None:
        return self._option

    def set_option(self, option: Option | Contingency | None, *,
                   read_only: bool = False) -> None:
        self.beginResetModel()
        self._option = option
        self._lines = list(option.cost_lines) if option is not None else []
        self._figures.clear()
        self._read_only = read_only
        self.endResetModel()

    @property
    def lines(self) -> list[CostLine]:
        return self._lines

    def _engine_line(self, row: int) -> BudgetLine:
        figures = self._figures.get(row)
        if figures is None:
            figures = self._figures[row] = budget_line(self._lines[row])
        return figures

    def row_count(self) -> int:
        return len(self.lines)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            if section == COL_HOURS:
                return self.tr("Hours a week, for costs paid by the hour")
            if section == COL_WHEN:
                return self.tr("The day a yearly cost is due, or a one-off is planned")
            return self.headers[section]
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE and not self._read_only:
            if index.column() == COL_HOURS and self.lines[index.row()].frequency is not (
                Frequency.PER_HOUR
            ):
                return flags
            if index.column() == COL_WHEN and self.lines[index.row()].frequency not in DATED:
                return flags
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid() or index.row() >= len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(index.row(), line, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(line, column)
        if role == ChoicesRole:
            if column == COL_HOW_OFTEN:
                return [(f.label, f.value) for f in Frequency]
            if column == COL_WHO_PAYS:
                return [(p.label, p.value) for p in Payer]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_AMOUNT, COL_HOURS, COL_WEEK, COL_YEAR
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_WHAT:
            return line.description
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_WHO_PAYS:
            return line.payer.label
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_WHEN:
            return self._when_tip(line)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_WEEK, COL_YEAR):
            return self._engine_line(index.row()).working
        return None

    def _display(self, row: int, line: CostLine, column: int) -> str:
        if column == COL_WHAT:
            return line.description
        if column == COL_AMOUNT:
            return money_text(line.amount)
        if column == COL_HOW_OFTEN:
            return line.frequency.label
        if column == COL_HOURS:
            return _hours_text(line.hours_per_week) if line.frequency is Frequency.PER_HOUR else ""
        if column == COL_WHO_PAYS:
            return line.payer.short_label
        if column == COL_WHEN:
            if line.frequency not in DATED:
                return ""
            return short_date(line.due_on) if line.due_on else self.tr("not set")
        engine_line = self._engine_line(row)
        if column == COL_WEEK:
            return "" if not line.frequency.is_recurring() else engine_line.figure(
                Period.WEEK).format()
        if column == COL_YEAR:
            if not line.frequency.is_recurring():
                return self.tr("{0} once").format(engine_line.one_off_figure().format())
            return engine_line.figure(Period.YEAR).format()
        return ""

    def _edit_value(self, line: CostLine, column: int) -> str:
        if column == COL_WHAT:
            return line.description
        if column == COL_AMOUNT:
            return f"{line.amount:.2f}"
        if column == COL_HOW_OFTEN:
            return line.frequency.value
        if column == COL_HOURS:
            return _hours_text(line.hours_per_week)
        if column == COL_WHO_PAYS:
            return line.payer.value
        if column == COL_WHEN:
            return typed_date(line.due_on)
        return ""

    def _when_tip(self, line: CostLine) -> str:
        if line.frequency is Frequency.PER_YEAR:
            return self.tr("The day this yearly cost is due: my spending plan expects it in "
                           "that month. Type it like 30/04/2027.")
        if line.frequency is Frequency.ONE_OFF:
            return self.tr("The day this one-off is planned: my spending plan expects it in "
                           "that month. Type it like 15/10/2026.")
        return self.tr("Paid all through the year, so no date is needed.")

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._read_only:
            return False
        line = self.lines[index.row()]
        text = "" if value is None else str(value)
        try:
            self._apply(line, index.column(), text)
        except ValidationError as exc:
            self.problem.emit(
                self.tr("Line {0}, {1}: {2}").format(
                    index.row() + 1, self.headers[index.column()].lower(), exc
                )
            )
            return False
        self.problem.emit("")
        self._figures.pop(index.row(), None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COL_YEAR))
        self.moneyChanged.emit()
        return True

    def _apply(self, line: CostLine, column: int, text: str) -> None:
        store = self._store
        if column == COL_WHAT:
            store.set_value(line, "description", clean_text(text, limit=500))
        elif column == COL_AMOUNT:
            store.set_value(line, "amount", parse_amount(text))
        elif column == COL_HOW_OFTEN:
            frequency = Frequency(text)
            store.set_value(line, "frequency", frequency)
            if frequency is Frequency.PER_HOUR and line.hours_per_week is None:
                store.set_value(line, "hours_per_week", Decimal(1))
        elif column == COL_HOURS:
            store.set_value(line, "hours_per_week", parse_hours(text))
        elif column == COL_WHO_PAYS:
            store.set_value(line, "payer", Payer(text))
        elif column == COL_WHEN:
            store.set_payment_date(line, parse_payment_date(text))

    def add_line(self) -> int:
        if self._option is None or self._read_only:
            return -1
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(self._store.add_cost_line(self._option, self.tr("New cost")))
        self.endInsertRows()
        self.moneyChanged.emit()
        return row

    def remove_line(self, row: int) -> None:
        if self._option is None or self._read_only or not 0 <= row < len(self.lines):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._store.remove_cost_line(self._lines.pop(row))  # the others close up
        # Rows after the removed one moved up: their remembered figures no longer match.
        self._figures = {r: f for r, f in self._figures.items() if r < row}
        self.endRemoveRows()
        self.moneyChanged.emit()
