"""The personal assistants of an option as an editable table, with what each one costs."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from budgetplanner.formatting import money_text
from budgetplanner.money import Money, round_penny
from budgetplanner.pa_costs import (
    AgeBand,
    HoursPattern,
    OptionCost,
    PayFrequency,
    PensionChoice,
)
from budgetplanner.periods import WEEKS_PER_YEAR
from budgetplanner.storage.models import Option, PARoleRow
from budgetplanner.storage.store import PlanStore
from budgetplanner.validation import ValidationError, clean_text, parse_amount, parse_hours
from ui.domain_words import domain_tr
from ui.i18n import QT_TRANSLATE_NOOP
from ui.icons import icon
from ui.models.cost_lines_model import ChoicesRole
from ui.models.table_base import HeadedTableModel, ModelIndex

(COL_NAME, COL_WAGE, COL_HOURS, COL_PATTERN, COL_PAID, COL_AGE, COL_PENSION, COL_RELATIVE,
 COL_PAY, COL_NI, COL_PENSION_COST) = range(11)
EDITABLE = {COL_NAME, COL_WAGE, COL_HOURS, COL_PATTERN, COL_PAID, COL_AGE, COL_PENSION}
FIGURES = (COL_WAGE, COL_HOURS, COL_PAY, COL_NI, COL_PENSION_COST)

PENSION_LABELS = {
    PensionChoice.AUTO: QT_TRANSLATE_NOOP("PARolesTableModel", "Worked out from pay"),
    PensionChoice.OPT_IN: QT_TRANSLATE_NOOP("PARolesTableModel", "Has asked to join"),
    PensionChoice.OPT_OUT: QT_TRANSLATE_NOOP("PARolesTableModel", "Has chosen to leave"),
}


def _hours(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class PARolesTableModel(HeadedTableModel):
    """Adapts `Option.pa_roles`; the figures come from the engine through `cost_option`."""

    moneyChanged = Signal()
    problem = Signal(str)

    def __init__(self, store: PlanStore,
                 cost_option: Callable[[Option], OptionCost | None]) -> None:
        super().__init__()
        self._store = store
        self._cost_option = cost_option
        self._option: Option | None = None
        self._costs: OptionCost | None = None
        self._read_only = False
        self.headers = [self.tr("Name"), self.tr("Wage"), self.tr("Hours"),
                        self.tr("Week to week"), self.tr("Paid"),
                        self.tr("Age"), self.tr("Pension"), self.tr("Family"),
                        self.tr("Pay + holiday"), self.tr("Employer's NI"),
                        self.tr("Pension cost")]
        # What each short heading means, for tooltips and screen readers.
        self.descriptions = [
            self.tr("Name or role"), self.tr("Wage an hour"), self.tr("Hours a week"),
            self.tr("Whether the hours are the same every week (holiday taken as paid leave, "
                    "with cover) or change week to week (holiday pay added to each payslip)"),
            self.tr("How often they are paid"), self.tr("Age band"),
            self.tr("Workplace pension"), self.tr("A close relative who lives with me"),
            self.tr("Pay and holiday pay a year"),
            self.tr("Employer's National Insurance a year, before Employment Allowance"),
            self.tr("Employer's pension contribution a year")]

    @property
    def roles(self) -> list[PARoleRow]:
        return self._option.pa_roles if self._option is not None else []

    @property
    def costs(self) -> OptionCost | None:
        return self._costs

    def set_option(self, option: Option | None, *, read_only: bool = False) -> None:
        self.beginResetModel()
        self._option = option
        self._read_only = read_only
        self._recost()
        self.endResetModel()

    def _recost(self) -> None:
        self._costs = self._cost_option(self._option) if self._option is not None else None

    def row_count(self) -> int:
        return len(self.roles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
                Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self.descriptions[section]
        return super().headerData(section, orientation, role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._read_only:
            return flags
        if index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == COL_RELATIVE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _cost(self, row: int) -> Any:
        if self._costs is None or row >= len(self._costs.pas):
            return None
        return self._costs.pas[row]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.roles):
            return None
        row, column = index.row(), index.column()
        pa = self.roles[row]
        cost = self._cost(row)
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_RELATIVE:
            return Qt.CheckState.Checked if pa.relative_in_household else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(pa, cost, column)
        if role == Qt.ItemDataRole.EditRole:
            return {COL_NAME: pa.name, COL_WAGE: f"{pa.hourly_wage:.2f}",
                    COL_HOURS: _hours(pa.hours_per_week), COL_PATTERN: pa.hours_pattern,
                    COL_PAID: pa.pay_frequency,
                    COL_AGE: pa.age_band, COL_PENSION: pa.pension_choice}.get(column)
        if role == ChoicesRole:
            if column == COL_PATTERN:
                return [(domain_tr(p.label), p.value) for p in HoursPattern]
            if column == COL_PAID:
                return [(f.label, f.value) for f in PayFrequency]
            if column == COL_AGE:
                return [(a.label, a.value) for a in AgeBand]
            if column == COL_PENSION:
                return [(self.tr(PENSION_LABELS[c]), c.value) for c in PensionChoice]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in FIGURES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_NAME and cost is not None:
            return icon("shield-alert") if cost.warnings else None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NAME and cost is not None:
            # Each PA's own warnings beside their name, where they cannot be missed.
            return "\n".join(cost.warnings) or None
        if role == Qt.ItemDataRole.ToolTipRole and cost is not None:
            return {COL_PAY: cost.pay.working, COL_NI: cost.employer_ni.working,
                    COL_PENSION: cost.enrolment_reason, COL_PENSION_COST:
                    f"{cost.enrolment_reason}\n{cost.pension.working}"}.get(column)
        return None

    def _display(self, pa: PARoleRow, cost: Any, column: int) -> str:
        if column == COL_NAME:
            return pa.name
        if column == COL_WAGE:
            return money_text(pa.hourly_wage)
        if column == COL_HOURS:
            return _hours(pa.hours_per_week)
        if column == COL_PATTERN:
            return self.tr(_pattern(pa).label)
        if column == COL_PAID:
            return PayFrequency(pa.pay_frequency).label
        if column == COL_AGE:
            return AgeBand(pa.age_band).label
        if column == COL_PENSION:
            choice = PensionChoice(pa.pension_choice)
            if cost is None:
                return self.tr(PENSION_LABELS[choice])
            state = self.tr("in the pension") if cost.enrolled else self.tr("not in it")
            return f"{self.tr(PENSION_LABELS[choice])}: {state}"
        if column == COL_RELATIVE:
            return self.tr("Lives with me") if pa.relative_in_household else self.tr("No")
        if cost is None:
            return ""
        worked = {COL_PAY: cost.pay, COL_NI: cost.employer_ni,
                  COL_PENSION_COST: cost.pension}.get(column)
        return worked.rounded().format() if worked is not None else ""

    def setData(self, index: ModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self._read_only:
            return False
        pa = self.roles[index.row()]
        column = index.column()
        try:
            if role == Qt.ItemDataRole.CheckStateRole and column == COL_RELATIVE:
                self._store.set_value(pa, "relative_in_household",
                                      Qt.CheckState(value) == Qt.CheckState.Checked)
            elif role == Qt.ItemDataRole.EditRole:
                self._apply(pa, column, "" if value is None else str(value))
            else:
                return False
        except ValidationError as exc:
            self.problem.emit(self.tr("{0}, {1}: {2}").format(
                pa.name or self.tr("PA {0}").format(index.row() + 1),
                self.descriptions[column].lower(), exc))
            return False
        self.problem.emit("")
        self.refresh_figures()
        self.moneyChanged.emit()
        return True

    def _apply(self, pa: PARoleRow, column: int, text: str) -> None:
        value: object
        if column == COL_NAME:
            attribute, value = "name", clean_text(text, limit=200)
        elif column == COL_WAGE:
            attribute, value = "hourly_wage", parse_amount(text)
        elif column == COL_HOURS:
            hours = parse_hours(text)
            attribute, value = "hours_per_week", hours if hours is not None else Decimal(0)
        elif column == COL_PATTERN:
            attribute, value = "hours_pattern", HoursPattern(text).value
        elif column == COL_PAID:
            attribute, value = "pay_frequency", PayFrequency(text).value
        elif column == COL_AGE:
            attribute, value = "age_band", AgeBand(text).value
        elif column == COL_PENSION:
            attribute, value = "pension_choice", PensionChoice(text).value
        else:
            return
        self._store.set_value(pa, attribute, value)

    def refresh_figures(self) -> None:
        """Cost again after a change anywhere that matters (a PA, the allowance, the table)."""
        self._recost()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def add_pa(self, name: str) -> int:
        if self._option is None or self._read_only:
            return -1
        row = len(self.roles)
        self.beginInsertRows(QModelIndex(), row, row)
        self._store.add_to(self._option, "pa_roles",
                           PARoleRow(name=name, hourly_wage=Decimal("13.00"),
                                     hours_per_week=Decimal(10),
                                     hours_pattern=HoursPattern.FIXED.value, position=row))
        self._recost()
        self.endInsertRows()
        self.moneyChanged.emit()
        return row

    def remove_pa(self, row: int) -> None:
        if self._option is None or self._read_only or not 0 <= row < len(self.roles):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._store.remove_from(self._option, "pa_roles", self._option.pa_roles[row])
        self._recost()
        self.endRemoveRows()
        self.moneyChanged.emit()


def _pattern(pa: PARoleRow) -> HoursPattern:
    return HoursPattern(pa.hours_pattern or HoursPattern.FIXED)


def weekly(amount: Decimal) -> Money:
    return Money(round_penny(amount / WEEKS_PER_YEAR))
