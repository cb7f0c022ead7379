"""Money: what my support costs per week, month and year, who pays, and my personal budget."""

from __future__ import annotations

from xml.sax.saxutils import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from budgetplanner.money import Money
from budgetplanner.periods import Period
from budgetplanner.plan_money import counted_options, options_summary, personal_budget_applies
from budgetplanner.scenarios import goals_without_options
from budgetplanner.validation import ValidationError, parse_amount
from ui.accessible import Heading, introduction, name_headers
from ui.domain_words import domain_tr
from ui.lazy import WhenShown
from ui.models.totals_model import TotalsTableModel
from ui.plan_context import PlanContext
from ui.sizing import fit_money_columns, scroll_page, tall_as_rows
from ui.status_panel import StatusPanel
from ui.theme import Status

BUDGET_PERIODS = (Period.WEEK, Period.FOUR_WEEKS, Period.MONTH, Period.YEAR)
ONE_OFF_COLUMN = 4


class MoneyPage(QWidget):
    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._loading = False
        self._when_shown = WhenShown(self, self._recalculate_now)
        self.totals_model = TotalsTableModel()

        self.budget_edit = QLineEdit()
        self.budget_edit.setAccessibleName(self.tr("My personal budget"))
        self.budget_edit.setAccessibleDescription(
            self.tr("The amount the council gives, or my own money, if any"))
        self.budget_edit.setPlaceholderText(self.tr("for example £22,750.00"))
        self.budget_edit.setMaxLength(20)
        self.budget_period = QComboBox()
        self.budget_period.setAccessibleName(self.tr("How often the personal budget comes"))
        for period in BUDGET_PERIODS:
            self.budget_period.addItem(domain_tr(period.label), period.value)
        self.budget_message = QLabel()
        self.budget_message.setObjectName("fieldMessage")
        self.budget_message.setWordWrap(True)
        self.budget_message.hide()

        self.counting_label = QLabel()
        self.counting_label.setWordWrap(True)
        self.totals_view = QTableView()
        self.totals_view.setModel(self.totals_model)
        self.totals_view.setAccessibleName(self.tr("Totals by who pays"))
        self.totals_view.setAccessibleDescription(
            self.tr("What my support costs per week, month and year, by who pays"))
        self.totals_fit = fit_money_columns(self.totals_view)
        # As tall as its rows, so the verdict sits right under the figures.
        tall_as_rows(self.totals_view)
        # Row names wrap in a narrower heading column, so the figures keep their room.
        self.totals_view.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
        self.totals_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        name_headers(self.totals_view)
        self.verdict_label = StatusPanel(self.tr("My personal budget against my support"))

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(Heading(self.tr("My plan's money")))
        layout.addWidget(introduction(self.tr(
            "What my support costs and who pays. One year is 52 weeks; a month is a twelfth "
            "of a year.")))
        budget_row = QHBoxLayout()
        budget_row.addWidget(self.budget_edit, 2)
        budget_row.addWidget(self.budget_period, 1)
        form = QFormLayout()
        budget_label = QLabel(self.tr("My &personal budget (£):"))
        budget_label.setBuddy(self.budget_edit)
        self.budget_label = budget_label
        form.addRow(budget_label, budget_row)
        form.addRow(self.budget_message)
        layout.addLayout(form)
        layout.addWidget(self.counting_label)
        layout.addWidget(self.totals_view)
        layout.addWidget(self.verdict_label)
        self.goals_label = StatusPanel(self.tr("Goals with no option yet"))
        layout.addWidget(self.goals_label)
        layout.addStretch()
        scroll_page(self, inner)

        self.budget_edit.textEdited.connect(self._budget_edited)
        self.budget_period.activated.connect(self._period_chosen)
        context.planChanged.connect(self.reload)
        context.moneyChanged.connect(self.recalculate)
        self.reload()

    def reload(self) -> None:
        version = self._context.version
        self._loading = True
        self.setEnabled(version is not None)
        if version is not None:
            self.budget_edit.setText(
                "" if version.personal_budget is None else Money(version.personal_budget).format())
            self.budget_period.setCurrentIndex(
                max(self.budget_period.findData(version.personal_budget_period.value), 0))
        else:
            self.budget_edit.clear()
        self.budget_edit.setReadOnly(not self._context.editable)
        self.budget_period.setEnabled(self._context.editable)
        self.budget_message.hide()
        self._loading = False
        self.recalculate()

    def recalculate(self) -> None:
        # Work only for a page someone can see; it catches up when shown.
        self._when_shown.request()

    def _recalculate_now(self) -> None:
        version = self._context.version
        if version is None:
            self.totals_model.set_summary(None)
            self.verdict_label.clear()
            self.counting_label.clear()
            return
        options = counted_options(version)
        chosen = next((s for s in version.scenarios if s.id == version.chosen_scenario_id), None)
        if chosen is not None:
            self.counting_label.setText(
                self.tr("Counting the options of my chosen support: {0}.").format(chosen.name))
        else:
            self.counting_label.setText(self.tr("Counting all my options."))
        summary = options_summary(version, options)
        # A plan paid from my own money has no personal budget to ask for or fall short of.
        applies = personal_budget_applies(version)
        for widget in (self.budget_label, self.budget_edit, self.budget_period):
            widget.setVisible(applies)
        self.totals_model.set_summary(summary)
        # One-off costs get their column only when there are any, leaving room at large text.
        self.totals_view.setColumnHidden(ONE_OFF_COLUMN, summary.total.one_off.is_zero())
        self.totals_fit.fit()
        missing = goals_without_options(version)
        if missing:
            self.goals_label.show_status(Status.WARNING, self.tr(
                "<b>Goals with no option yet:</b> {0}").format(
                "; ".join(escape(goal.title or "?") for goal in missing)))
        elif version.goals:
            self.goals_label.show_status(Status.GOOD,
                                         self.tr("Every goal has at least one option."))
        else:
            self.goals_label.clear()
        comparison = summary.comparison
        if comparison is None:
            self.verdict_label.show_status(Status.NEUTRAL, self.tr(
                "Type my personal budget above to see what is left.") if applies
                else self.tr("I pay for my own support: nothing in my plan is paid from a "
                             "personal budget or direct payment."))
            return
        left = comparison.left(Period.YEAR)
        week = comparison.left(Period.WEEK)
        if left.is_negative():
            status = Status.PROBLEM
            text = self.tr("My support costs {0} a year ({1} a week) more than my personal "
                           "budget.").format((-left).format(), (-week).format())
        else:
            status = Status.GOOD
            text = self.tr("{0} a year ({1} a week) is left in my personal budget.").format(
                left.format(), week.format())
        self.verdict_label.show_status(status, f"<b>{text}</b>")

    def _budget_edited(self, text: str) -> None:
        version = self._context.version
        if version is None or self._loading:
            return
        if not text.strip():
            self._context.store.set_value(version, "personal_budget", None)
            self.budget_message.hide()
        else:
            try:
                budget = parse_amount(text)
            except ValidationError as exc:
                self.budget_message.setText(str(exc))
                self.budget_message.show()
                return
            self._context.store.set_value(version, "personal_budget", budget)
            self.budget_message.hide()
        self._context.moneyChanged.emit()

    def _period_chosen(self, _index: int) -> None:
        version = self._context.version
        if version is None or self._loading:
            return
        self._context.store.set_value(version, "personal_budget_period",
                                      Period(self.budget_period.currentData()))
        self._context.moneyChanged.emit()
