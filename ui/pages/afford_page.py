"""What can I afford: the highest wage for my PAs, or the most hours, from the money I have."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from budgetplanner.affordability import (
    MAX_PAS,
    Affordable,
    AffordError,
    AffordRequest,
    highest_wage,
    hours_answer_words,
    most_hours,
    pay_rise_room,
    rise_words,
    starting_point,
    wage_answer_words,
    wage_leaving_room,
)
from budgetplanner.money import Money
from budgetplanner.pa_costs import Cover, CoverKind, HoursPattern, PayFrequency
from budgetplanner.periods import Period
from budgetplanner.plan_money import rate_table_of
from budgetplanner.validation import ValidationError, parse_amount, parse_hours
from ui.accessible import Heading, introduction, name_headers
from ui.domain_words import domain_tr
from ui.flow_layout import FlowLayout
from ui.lazy import WhenShown
from ui.models.afford_model import AffordLinesModel
from ui.pages.spending_page import PERIODS, fit_table, period_combo
from ui.plan_context import PlanContext
from ui.sizing import fit_money_columns, scroll_page, tall_as_rows
from ui.status_panel import StatusPanel
from ui.theme import Status


def _plain(value: Decimal | None) -> str:
    return "" if value is None else Money(value).plain()


def _hours_text(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class AffordPage(QWidget):
    """A calculator beside the plan: nothing typed here changes the plan itself."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.lines_model = AffordLinesModel()

        heading = Heading(self.tr("What I can afford"))
        intro = introduction(self.tr(
            "How much I can pay my PAs, or how many hours I can have, once holiday pay, "
            "National Insurance, pension, insurance, payroll and cover are paid. Trying "
            "figures here does not change my plan."))

        self.wage_mode = QRadioButton(self.tr("The hi&ghest wage I can pay"))
        self.wage_mode.setAccessibleName(self.tr("The highest wage I can pay"))
        self.hours_mode = QRadioButton(self.tr("The &most hours I can have"))
        self.hours_mode.setAccessibleName(self.tr("The most hours I can have"))
        self.wage_mode.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.wage_mode)
        self.mode_group.addButton(self.hours_mode)
        modes = FlowLayout()
        modes.addWidget(self.wage_mode)
        modes.addWidget(self.hours_mode)

        def money_edit(name: str, example: str) -> QLineEdit:
            edit = QLineEdit()
            edit.setAccessibleName(name)
            edit.setPlaceholderText(example)
            edit.setMaxLength(20)
            return edit

        self.budget_edit = money_edit(self.tr("The money I have for support"),
                                      self.tr("for example 22750.00"))
        self.budget_period = QComboBox()
        self.budget_period.setAccessibleName(self.tr("How often this money comes"))
        for period in PERIODS:
            self.budget_period.addItem(domain_tr(period.label), period.value)
        budget_row = QHBoxLayout()
        budget_row.addWidget(self.budget_edit)
        budget_row.addWidget(self.budget_period)
        budget_row.addStretch()
        self.set_aside_edit = money_edit(self.tr("Set aside for other support, a year"),
                                         self.tr("for example 6656.00"))
        self.hours_edit = QLineEdit()
        self.hours_edit.setAccessibleName(self.tr("Hours a week I want"))
        self.hours_edit.setPlaceholderText(self.tr("for example 20"))
        self.hours_edit.setMaxLength(8)
        self.wage_edit = money_edit(self.tr("Hourly wage"), self.tr("for example 13.50"))
        self.pa_spin = QSpinBox()
        self.pa_spin.setRange(1, MAX_PAS)
        self.pa_spin.setAccessibleName(self.tr("How many PAs share the hours"))
        self.frequency_combo = QComboBox()
        self.frequency_combo.setAccessibleName(self.tr("How often they are paid"))
        for frequency in PayFrequency:
            self.frequency_combo.addItem(self.tr("Paid {0}").format(domain_tr(frequency.label)),
                                         frequency.value)
        self.pattern_combo = QComboBox()
        self.pattern_combo.setAccessibleName(self.tr("Their hours: the same every week, or "
                                                     "changing week to week"))
        for pattern in HoursPattern:
            self.pattern_combo.addItem(domain_tr(pattern.label), pattern.value)
        self.allowance_check = QCheckBox(self.tr("I claim Employment Allowance"))
        self.allowance_check.setAccessibleName(self.tr("I claim Employment Allowance"))
        self.fixed_edit = money_edit(self.tr("Insurance, payroll and other costs, a year"),
                                     self.tr("for example 300.00"))
        self.cover_edit = QLineEdit()
        self.cover_edit.setPlaceholderText(self.tr("for example 5"))
        self.cover_edit.setMaxLength(6)
        self.rise_edit = QLineEdit("4")
        self.rise_edit.setAccessibleName(self.tr("A pay rise next April, percent"))
        self.rise_edit.setMaxLength(6)
        self.period_combo = period_combo(self.tr("Show costs per"), self, Period.WEEK)

        form = QFormLayout()
        self._add_row(form, self.tr("The mo&ney I have (£):"), budget_row, self.budget_edit)
        self._add_row(form, self.tr("Set aside for other &support, a year (£):"),
                      self.set_aside_edit)
        self._add_row(form, self.tr("Hours a wee&k I want:"), self.hours_edit)
        self.wage_label = self._add_row(form, "", self.wage_edit)
        self._add_row(form, self.tr("How many P&As share the hours:"), self.pa_spin)
        self._add_row(form, self.tr("How &often they are paid:"), self.frequency_combo)
        self._add_row(form, self.tr("Their ho&urs:"), self.pattern_combo)
        form.addRow("", self.allowance_check)
        self._add_row(form, self.tr("&Insurance, payroll and other costs, a year (£):"),
                      self.fixed_edit)
        self.cover_label = self._add_row(form, "", self.cover_edit)
        self._show_cover_label()
        self._add_row(form, self.tr("A pay &rise next April (%):"), self.rise_edit)
        self._add_row(form, self.tr("Show costs p&er:"), self.period_combo)

        self.message = QLabel()
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.answer_label = StatusPanel(self.tr("What I can afford"))
        self.lines_view = QTableView()
        self.lines_view.setModel(self.lines_model)
        self.lines_view.setAccessibleName(self.tr("The costs of employing my PAs"))
        name_headers(self.lines_view)
        self.lines_view.verticalHeader().hide()
        # One line a cost: wrapped rows measured before the page is shown come out too tall.
        fit_money_columns(self.lines_view)
        tall_as_rows(self.lines_view)
        self.table_note = QLabel(self.tr("Point at a cost to see how it is worked out. "
                                         "The rates come from my plan's rate table."))
        self.table_note.setWordWrap(True)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(modes)
        self.form = form
        self._boxes: list[QWidget] = [
            self.budget_edit, self.set_aside_edit, self.hours_edit, self.wage_edit,
            self.pa_spin, self.frequency_combo, self.pattern_combo, self.fixed_edit,
            self.cover_edit, self.rise_edit, self.period_combo, self.budget_period]
        self._fit_form()
        form_row = QHBoxLayout()
        form_row.addLayout(form)
        form_row.addStretch()
        layout.addLayout(form_row)
        layout.addWidget(self.message)
        # The answer sits under the figures, full width, so it reads as sentences.
        layout.addWidget(self.answer_label)
        layout.addWidget(self.lines_view)
        layout.addWidget(self.table_note)
        layout.addStretch()
        scroll_page(self, inner)

        for edit in (self.budget_edit, self.set_aside_edit, self.hours_edit, self.wage_edit,
                     self.fixed_edit, self.cover_edit, self.rise_edit):
            edit.textEdited.connect(self.recalculate)
        for combo in (self.budget_period, self.frequency_combo, self.pattern_combo,
                      self.period_combo):
            combo.activated.connect(self.recalculate)
        self.pa_spin.valueChanged.connect(self.recalculate)
        self.allowance_check.toggled.connect(self.recalculate)
        self.mode_group.buttonToggled.connect(self.recalculate)
        # Searching for the answer is work: done when the page is seen.
        self._when_shown = WhenShown(self, self._reload_now)
        context.planChanged.connect(self.reload)
        self.reload()

    def _fit_form(self) -> None:
        """Figures are short: narrow boxes keep each label close to its box, but each box
        is as wide as its words at the text size now ("Paid a week" was cut at 200%). When
        a label and its box no longer fit side by side, every label goes above its box,
        rather than be squeezed into lines too short to read."""
        metrics = self.fontMetrics()
        for box in self._boxes:
            wide = (box.sizeHint().width() if isinstance(box, QComboBox)
                    else metrics.horizontalAdvance("£000,000.00") + 16)
            box.setMaximumWidth(max(180, wide))
        texts = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                # Whole lines: a form layout squeezed wrapped labels into lines too short
                # for their words, cutting off the top and bottom of each.
                label.setWordWrap(False)
                texts.append(label.text())
        longest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        needed = longest + max(box.maximumWidth() for box in self._boxes) * 2 + 60
        policy = (QFormLayout.RowWrapPolicy.WrapAllRows if needed > self.width()
                  else QFormLayout.RowWrapPolicy.DontWrapRows)
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_form()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_form()

    def _add_row(self, form: QFormLayout, text: str, field: QWidget | QHBoxLayout,
                 buddy: QWidget | None = None) -> QLabel:
        label = QLabel(text)  # on a line above its box when the page is narrow
        target = buddy or (field if isinstance(field, QWidget) else None)
        if target is not None:
            label.setBuddy(target)
        form.addRow(label, field)
        return label

    def reload(self) -> None:
        self._when_shown.request()

    def _reload_now(self) -> None:
        version = self._context.version
        self.setEnabled(version is not None)
        if version is None:
            self.answer_label.clear()
            self.lines_model.set_lines([], Period.WEEK)
            return
        start = starting_point(version)
        self.budget_edit.setText(_plain(start.budget))
        self.budget_period.setCurrentIndex(max(self.budget_period.findData(
            start.budget_period.value), 0))
        self.set_aside_edit.setText(_plain(start.set_aside_yearly))
        self.hours_edit.setText(_hours_text(start.hours_per_week) if start.hours_per_week
                                else "")
        table = rate_table_of(version)
        self.wage_edit.setText(_plain(start.wage or table.national_living_wage.value))
        self.pa_spin.blockSignals(True)
        self.pa_spin.setValue(start.pa_count)
        self.pa_spin.blockSignals(False)
        self.frequency_combo.setCurrentIndex(max(self.frequency_combo.findData(
            start.pay_frequency.value), 0))
        self.pattern_combo.setCurrentIndex(max(self.pattern_combo.findData(
            start.hours_pattern.value), 0))
        self.allowance_check.blockSignals(True)
        self.allowance_check.setChecked(start.employment_allowance)
        self.allowance_check.blockSignals(False)
        self.fixed_edit.setText(_plain(start.fixed_yearly))
        self.cover_edit.setText("0")
        self.recalculate()

    def _read(self) -> tuple[AffordRequest, Decimal | None, Decimal | None, Decimal]:
        budget = parse_amount(self.budget_edit.text())
        budget_yearly = Period(self.budget_period.currentData()).to_yearly(budget)
        set_aside = parse_amount(self.set_aside_edit.text() or "0")
        fixed = parse_amount(self.fixed_edit.text() or "0")
        cover = self._percent(self.cover_edit.text(), self.tr("The cover"))
        rise = self._percent(self.rise_edit.text(), self.tr("The pay rise"))
        hours = parse_hours(self.hours_edit.text(), allow_empty=True)
        wage_text = self.wage_edit.text().strip()
        wage = parse_amount(wage_text) if wage_text else None
        request = AffordRequest(
            budget_yearly=budget_yearly - set_aside,
            pa_count=self.pa_spin.value(),
            pay_frequency=PayFrequency(self.frequency_combo.currentData()),
            fixed_costs=((self.tr("Insurance, payroll and other yearly costs"), fixed),)
            if fixed else (),
            cover=Cover(CoverKind.PERCENT, cover) if cover else Cover(),
            employment_allowance_claimed=self.allowance_check.isChecked(),
            hours_pattern=self._pattern(),
        )
        if request.budget_yearly < 0:
            raise AffordError(self.tr("The money set aside is more than the money I have."))
        return request, hours, wage, rise

    def _pattern(self) -> HoursPattern:
        return HoursPattern(self.pattern_combo.currentData() or HoursPattern.IRREGULAR)

    def _show_cover_label(self) -> None:
        # Same hours every week: holiday cover is its own line already, so this box is for
        # sickness only; asking for holiday here again would count it twice.
        if self._pattern() is HoursPattern.FIXED:
            self.cover_label.setText(self.tr("&Cover for sickness (% of pay):"))
            self.cover_edit.setAccessibleName(self.tr("Cover for sickness, percent of pay"))
        else:
            self.cover_label.setText(self.tr("&Cover for sickness and holiday (% of pay):"))
            self.cover_edit.setAccessibleName(
                self.tr("Cover for sickness and holiday, percent of pay"))

    def _percent(self, text: str, what: str) -> Decimal:
        cleaned = text.strip().rstrip("%").strip() or "0"
        try:
            value = parse_hours(cleaned)
        except ValidationError as exc:
            raise ValidationError(self.tr("{0} is a percentage, for example 4.").format(what)
                                  ) from exc
        if value is None or value > 100:
            raise ValidationError(self.tr("{0} is a percentage, for example 4.").format(what))
        return value

    def recalculate(self) -> None:
        version = self._context.version
        if version is None:
            return
        wage_mode = self.wage_mode.isChecked()
        self.wage_label.setText(self.tr("The &wage I would pay (£ an hour):") if wage_mode
                                else self.tr("The hourly &wage (£):"))
        self._show_cover_label()
        # The box is called what its label says, for voice control.
        self.wage_edit.setAccessibleName(self.tr("The wage I would pay, an hour") if wage_mode
                                         else self.tr("The hourly wage"))
        period = Period(self.period_combo.currentData())
        table = rate_table_of(version)
        try:
            request, hours, wage, rise = self._read()
            answer: Affordable
            if wage_mode:
                if hours is None:
                    raise AffordError(self.tr("Type the hours of support I want each week."))
                answer = highest_wage(request, table, hours)
                words = wage_answer_words(answer, period)
                leave = wage_leaving_room(answer.wage, rise)
                if rise > 0:
                    words.append(self.tr(
                        "To leave room for a {0}% pay rise next April, pay up to {1} an hour "
                        "now.").format(_hours_text(rise), Money(leave).format()))
                if wage is not None:
                    words.append(rise_words(pay_rise_room(request, table, hours, wage)))
            else:
                if wage is None:
                    raise AffordError(self.tr("Type the hourly wage I want to pay."))
                answer = most_hours(request, table, wage)
                room = pay_rise_room(request, table, answer.hours_per_week, wage) if (
                    answer.hours_per_week > 0) else None
                words = hours_answer_words(answer, period, room)
        except (ValidationError, AffordError) as exc:
            # An empty box is not a mistake: say what to fill in, and no red until a
            # figure typed is wrong.
            needed = self.hours_edit if wage_mode else self.wage_edit
            if not self.budget_edit.text().strip() or not needed.text().strip():
                self.message.hide()
            else:
                self.message.setText(str(exc))
                self.message.show()
            self.answer_label.show_status(Status.NEUTRAL, self.tr(
                "Fill in the money I have and the {0} to see the answer.").format(
                self.tr("hours I want") if wage_mode else self.tr("hourly wage")))
            self.lines_model.set_lines([], period)
            fit_table(self.lines_view)
            return
        self.message.hide()
        first, *rest = words
        self.answer_label.show_status(Status.NEUTRAL,
                                      f"<b>{first}</b><br>" + "<br>".join(rest))
        self.lines_model.set_lines(answer.costs.lines, period)
        fit_table(self.lines_view)
