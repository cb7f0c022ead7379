"""Personal assistants I employ: each PA, what they cost me as an employer, and why.

The table holds what is compared across PAs (wage, hours and the money); how each one is
paid, their age band, pension and family sit in a form under it for the PA chosen in the
table. Eleven columns never fitted a laptop screen: the table scrolled sideways, hiding the
money, at any text size.
"""

from __future__ import annotations

from decimal import Decimal
from xml.sax.saxutils import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from budgetplanner.categories import Payer
from budgetplanner.formatting import typed_date
from budgetplanner.pa_costs import MAX_SICK_PAY_DAYS, CoverKind, OptionCost
from budgetplanner.plan_money import (
    employer_duty_warnings,
    pa_costs_for,
    plan_pa_costs,
    rate_table_of,
)
from budgetplanner.storage.models import Option
from budgetplanner.validation import ValidationError, parse_amount, parse_payment_date
from ui.accessible import name_headers
from ui.delegates import ChoiceDelegate
from ui.domain_words import domain_tr
from ui.flow_layout import FlowLayout, labelled
from ui.i18n import QT_TRANSLATE_NOOP
from ui.icons import icon
from ui.models.cost_lines_model import ChoicesRole
from ui.models.pa_roles_model import (
    COL_AGE,
    COL_HOURS,
    COL_NAME,
    COL_PAID,
    COL_PATTERN,
    COL_PENSION,
    COL_RELATIVE,
    PARolesTableModel,
)
from ui.plan_context import PlanContext
from ui.sizing import fit_money_columns, lines_high, tall_as_rows

# Who can pay a PA's wages: free and unpaid help cannot employ anyone.
PAYER_CHOICES = (Payer.PERSONAL_BUDGET, Payer.OWN_MONEY, Payer.OTHER_FUNDING)

# Shown for the chosen PA under the table, not as columns of it.
DETAIL_COLUMNS = (COL_PATTERN, COL_PAID, COL_AGE, COL_PENSION, COL_RELATIVE)

COVER_CHOICES = (
    (CoverKind.NONE, QT_TRANSLATE_NOOP("PAEditor", "No money set aside for cover")),
    (CoverKind.PERCENT, QT_TRANSLATE_NOOP("PAEditor", "A share of the wage bill (%)")),
    (CoverKind.HOURS, QT_TRANSLATE_NOOP("PAEditor", "Hours of cover a year")),
)


# Whom a fixed-hours PA's holiday cover is paid as: the PA's own wage, or a rate I type.
OWN_WAGE, OTHER_RATE = "own_wage", "other_rate"
HOLIDAY_COVER_CHOICES = (
    (OWN_WAGE, QT_TRANSLATE_NOOP("PAEditor", "the PA's own wage")),
    (OTHER_RATE, QT_TRANSLATE_NOOP("PAEditor", "another rate (£ an hour)")),
)


class PAEditor(QGroupBox):
    """Shown for an option of personal assistants; edits roles, cover and the allowance."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("My personal assistants"))
        self._context = context
        self._option: Option | None = None
        self._loading = False
        self.model = PARolesTableModel(context.store, self._cost_option)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("My personal assistants"))
        self.view.setAccessibleDescription(self.tr(
            "Each PA's wage, hours, how they are paid, and what they cost me as an employer"))
        self.view.setTabKeyNavigation(False)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked)
        self.choices = ChoiceDelegate(self.view)
        for column in (COL_PATTERN, COL_PAID, COL_AGE, COL_PENSION):
            self.view.setItemDelegateForColumn(column, self.choices)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for column in DETAIL_COLUMNS:
            self.view.setColumnHidden(column, True)
        self.view.setWordWrap(True)
        name_headers(self.view)
        # Figures as wide as they need, the name takes the rest; as tall as its rows.
        fit_money_columns(self.view, figures=frozenset({COL_HOURS}))
        tall_as_rows(self.view, least_rows=2)
        self._build_details()

        self.add_button = QPushButton(icon("user-plus"), self.tr("Add a PA"))
        self.add_button.setAccessibleName(self.tr("Add a personal assistant"))
        self.remove_button = QPushButton(icon("trash-2"), self.tr("Remove PA"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected personal assistant"))

        self.allowance_box = QCheckBox(self.tr("I claim Employment Allowance"))
        self.allowance_box.setAccessibleDescription(self.tr(
            "People employing care and support workers can claim it; it pays my employer's "
            "National Insurance up to its yearly amount"))
        allowance_why = QLabel(self.tr(
            "People who employ care and support workers can claim it: it pays my employer's "
            "National Insurance up to the yearly amount in the rate table."))
        allowance_why.setWordWrap(True)

        self.payer_combo = QComboBox()
        self.payer_combo.setAccessibleName(self.tr("Who pays for my PAs"))
        for payer in PAYER_CHOICES:
            self.payer_combo.addItem(domain_tr(payer.label), payer.value)

        self.cover_kind = QComboBox()
        self.cover_kind.setAccessibleName(self.tr("Money for cover when a PA is off"))
        for kind, label in COVER_CHOICES:
            self.cover_kind.addItem(self.tr(label), kind.value)
        self.cover_value = QLineEdit()
        self.cover_value.setAccessibleName(self.tr("How much cover"))
        self.cover_value.setMaxLength(12)
        self.cover_value.setPlaceholderText(self.tr("for example 5"))
        self.holiday_cover = QComboBox()
        self.holiday_cover.setAccessibleName(self.tr("Holiday cover is paid at"))
        self.holiday_cover.setAccessibleDescription(self.tr(
            "For PAs on the same hours every week: 5.6 weeks of their hours are paid to "
            "whoever covers their holiday"))
        for choice, label in HOLIDAY_COVER_CHOICES:
            self.holiday_cover.addItem(self.tr(label), choice)
        self.holiday_cover_rate = QLineEdit()
        self.holiday_cover_rate.setAccessibleName(self.tr("Holiday cover rate, pounds an hour"))
        self.holiday_cover_rate.setMaxLength(12)
        self.holiday_cover_rate.setPlaceholderText(self.tr("for example 24.00"))
        self.first_payday = QLineEdit()
        self.first_payday.setAccessibleName(self.tr("My PAs' first payday"))
        self.first_payday.setAccessibleDescription(self.tr(
            "For weekly and four-weekly pay: my spending plan counts paydays from this date"))
        self.first_payday.setMaxLength(10)
        self.first_payday.setPlaceholderText(self.tr("for example 03/04/2026"))
        self.sick_days = QSpinBox()
        self.sick_days.setRange(0, MAX_SICK_PAY_DAYS)
        self.sick_days.setSpecialValueText(self.tr("none"))
        self.sick_days.setSuffix(self.tr(" days"))
        self.sick_days.setAccessibleName(self.tr("Days of Statutory Sick Pay a year for each PA"))
        self.sick_days.setAccessibleDescription(self.tr(
            "Counted on the calendar: a week off sick is 7 days. Costed from the rate table"))
        # Room for a message is kept whether there is one or not, so nothing below jumps
        # under the mouse as a message comes and goes.
        self.message = QLabel()
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        lines_high(self.message, 1, fixed=False)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Things to know as an employer"))
        self.working = QLabel()
        self.working.setWordWrap(True)
        self.working.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.working.setAccessibleName(self.tr("How the PA costs are worked out"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        cover = QHBoxLayout()
        cover_label = QLabel(self.tr("Co&ver:"))
        cover_label.setBuddy(self.cover_kind)
        cover.addWidget(cover_label)
        cover.addWidget(self.cover_kind, 2)
        cover.addWidget(self.cover_value, 1)
        layout = QVBoxLayout(self)
        # Who pays, the allowance and cover first; then the PAs, with their buttons above
        # the table so a new row never moves them; then the warnings straight after the
        # PAs and the working. Every box and button stays put while the words below change.
        payer_row = QHBoxLayout()
        payer_label = QLabel(self.tr("Who pa&ys for my PAs:"))
        payer_label.setBuddy(self.payer_combo)
        payer_row.addWidget(payer_label)
        payer_row.addWidget(self.payer_combo)
        payer_row.addStretch()
        layout.addLayout(payer_row)
        layout.addWidget(self.allowance_box)
        layout.addWidget(allowance_why)
        layout.addLayout(cover)
        holiday = QHBoxLayout()
        holiday_label = QLabel(self.tr("&Holiday cover is paid at:"))
        holiday_label.setBuddy(self.holiday_cover)
        holiday.addWidget(holiday_label)
        holiday.addWidget(self.holiday_cover, 2)
        holiday.addWidget(self.holiday_cover_rate, 1)
        layout.addLayout(holiday)
        sick = QHBoxLayout()
        sick_label = QLabel(self.tr("Statutory &Sick Pay for each PA, days a year:"))
        sick_label.setBuddy(self.sick_days)
        sick_label.setWordWrap(True)
        sick.addWidget(sick_label, 2)
        sick.addWidget(self.sick_days, 1)
        layout.addLayout(sick)
        payday = QHBoxLayout()
        payday_label = QLabel(self.tr("&First payday (weekly or four-weekly pay):"))
        payday_label.setBuddy(self.first_payday)
        payday_label.setWordWrap(True)
        payday.addWidget(payday_label, 2)
        payday.addWidget(self.first_payday, 1)
        layout.addLayout(payday)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        layout.addWidget(self.warnings)
        layout.addWidget(self.working)
        # Any height to spare goes below the words, never between the boxes above.
        layout.addStretch(1)

        self.add_button.clicked.connect(self.add_pa)
        self.remove_button.clicked.connect(
            lambda: self.model.remove_pa(self.view.currentIndex().row()))
        self.model.moneyChanged.connect(self._money_changed)
        self.model.problem.connect(self._show_problem)
        self.model.modelReset.connect(self._describe)
        self.model.modelReset.connect(self._choose_first)
        self.model.dataChanged.connect(lambda *_: self._show_details())
        self.model.rowsRemoved.connect(lambda *_: self._show_details())
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_details())
        self.allowance_box.toggled.connect(self._allowance_toggled)
        self.cover_kind.activated.connect(lambda _i: self._cover_edited())
        self.payer_combo.activated.connect(lambda _i: self._payer_chosen())
        self.cover_value.textEdited.connect(lambda _t: self._cover_edited())
        self.holiday_cover.activated.connect(lambda _i: self._holiday_cover_edited())
        self.holiday_cover_rate.textEdited.connect(lambda _t: self._holiday_cover_edited())
        self.sick_days.valueChanged.connect(lambda _v: self._sick_days_edited())
        self.first_payday.textEdited.connect(lambda _t: self._first_payday_edited())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._keep_height()

    def _keep_height(self) -> None:
        """As tall as its wrapped words need at its width. The form around it is laid out
        without asking, and squeezed the words above the buttons when the warnings were
        long, moving the buttons a line as the warnings changed."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            self.setMinimumHeight(layout.totalHeightForWidth(self.width()))

    def _build_details(self) -> None:
        """The chosen PA's pay pattern, age band, pension and family, as a form that flows
        onto more lines when the text is large."""
        self.details_title = QLabel()
        self.details_title.setWordWrap(True)
        self.detail_combos: dict[int, QComboBox] = {}
        flow = FlowLayout()
        for column, text in ((COL_PATTERN, self.tr("Hours fro&m week to week:")),
                             (COL_PAID, self.tr("Pai&d:")),
                             (COL_AGE, self.tr("A&ge:")),
                             (COL_PENSION, self.tr("Pensi&on:"))):
            combo = QComboBox()
            combo.setAccessibleName(self.model.headers[column])
            combo.setAccessibleDescription(self.model.descriptions[column])
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.activated.connect(lambda _i, c=column: self._detail_chosen(c))
            self.detail_combos[column] = combo
            flow.addWidget(labelled(text, combo))
        self.relative_box = QCheckBox(self.tr("A close &relative who lives with me"))
        self.relative_box.toggled.connect(self._relative_toggled)
        flow.addWidget(self.relative_box)
        self.details = QWidget()
        self.details.setAccessibleName(self.tr("About the chosen PA"))
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details_title)
        details_layout.addLayout(flow)

    def _current_row(self) -> int:
        row = self.view.currentIndex().row()
        return row if 0 <= row < self.model.rowCount() else -1

    def _choose_first(self) -> None:
        self.view.scrollToTop()
        self.view.horizontalScrollBar().setValue(0)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, COL_NAME))
        self._show_details()

    def _show_details(self) -> None:
        row = self._current_row()
        editable = row >= 0 and bool(self.model.flags(self.model.index(row, COL_PATTERN))
                                     & Qt.ItemFlag.ItemIsEditable)
        if row < 0:
            self.details_title.setText(self.tr("<b>Choose a PA in the table</b> to see how "
                                               "they are paid, their age and pension."))
        else:
            name = self.model.index(row, COL_NAME).data() or self.tr("PA {0}").format(row + 1)
            self.details_title.setText(self.tr("<b>About {0}</b>").format(escape(name)))
        for column, combo in self.detail_combos.items():
            combo.blockSignals(True)
            combo.clear()
            if row >= 0:
                index = self.model.index(row, column)
                for label, value in index.data(ChoicesRole) or []:
                    combo.addItem(domain_tr(label), value)
                combo.setCurrentIndex(max(combo.findData(index.data(Qt.ItemDataRole.EditRole)),
                                          0))
            combo.setEnabled(editable)
            combo.blockSignals(False)
        self.relative_box.blockSignals(True)
        self.relative_box.setChecked(row >= 0 and self.model.index(row, COL_RELATIVE).data(
            Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked)
        self.relative_box.setEnabled(editable)
        self.relative_box.blockSignals(False)
        # Whether the pension applies, worked out from the pay ("…: in the pension").
        pension = self.detail_combos[COL_PENSION]
        pension.setToolTip(str(self.model.index(row, COL_PENSION).data()) if row >= 0 else "")

    def _detail_chosen(self, column: int) -> None:
        row = self._current_row()
        if row >= 0:
            self.model.setData(self.model.index(row, column),
                               self.detail_combos[column].currentData())

    def _relative_toggled(self, on: bool) -> None:
        row = self._current_row()
        if row >= 0:
            self.model.setData(self.model.index(row, COL_RELATIVE),
                               Qt.CheckState.Checked if on else Qt.CheckState.Unchecked,
                               Qt.ItemDataRole.CheckStateRole)

    def _cost_option(self, option: Option) -> OptionCost | None:
        version = self._context.version
        if version is None:
            return None
        # The option's share of the one Employment Allowance, as on the Money page and paper.
        costs = plan_pa_costs(version) if option in version.options else pa_costs_for(
            version, [option])
        return next((o for o in costs.options if o.option.option_key == option.id), None)

    def set_option(self, option: Option | None, *, read_only: bool) -> None:
        self._option = option
        self._loading = True
        if option is None:
            # Nothing to show: leave the figures alone (no costing for a hidden editor).
            self.model.set_option(None, read_only=read_only)
            self._loading = False
            return
        version = self._context.version
        self.allowance_box.blockSignals(True)
        self.allowance_box.setChecked(bool(version and version.employment_allowance))
        self.allowance_box.blockSignals(False)
        self.payer_combo.setCurrentIndex(max(self.payer_combo.findData(option.pa_payer.value), 0))
        kind = option.cover_kind if option is not None else CoverKind.NONE
        self.cover_kind.setCurrentIndex(max(self.cover_kind.findData(kind), 0))
        value = option.cover_value if option is not None else None
        self.cover_value.setText("" if value is None else f"{value:f}")
        self.cover_value.setEnabled(kind != CoverKind.NONE and not read_only)
        rate = option.holiday_cover_rate
        self.holiday_cover.setCurrentIndex(
            self.holiday_cover.findData(OWN_WAGE if rate is None else OTHER_RATE))
        self.holiday_cover_rate.setText("" if rate is None else f"{rate:.2f}")
        self.holiday_cover_rate.setEnabled(rate is not None and not read_only)
        self.sick_days.blockSignals(True)
        self.sick_days.setValue(option.sick_pay_days or 0)
        self.sick_days.blockSignals(False)
        self.first_payday.setText(typed_date(option.first_payday))
        for widget in (self.add_button, self.remove_button, self.allowance_box,
                       self.cover_kind, self.payer_combo, self.holiday_cover,
                       self.sick_days, self.first_payday):
            widget.setEnabled(not read_only)
        self._loading = False
        self.message.clear()
        self.model.set_option(option, read_only=read_only)

    def add_pa(self) -> None:
        row = self.model.add_pa(self.tr("New PA"))
        if row >= 0:
            index = self.model.index(row, COL_NAME)
            self.view.setCurrentIndex(index)
            self.view.setFocus()
            self.view.edit(index)

    def _allowance_toggled(self, on: bool) -> None:
        version = self._context.version
        if version is None or self._loading:
            return
        self._context.store.set_value(version, "employment_allowance", on)
        self.model.refresh_figures()
        self.model.moneyChanged.emit()  # the option's total changes with the allowance
        self._money_changed()

    def _payer_chosen(self) -> None:
        option = self._option
        if option is None or self._loading:
            return
        self._context.store.set_value(option, "pa_payer", Payer(self.payer_combo.currentData()))
        self.model.refresh_figures()
        self.model.moneyChanged.emit()  # the totals move between who pays
        self._money_changed()

    def _cover_edited(self) -> None:
        option = self._option
        if option is None or self._loading:
            return
        kind = CoverKind(self.cover_kind.currentData())
        self.cover_value.setEnabled(kind != CoverKind.NONE)
        text = self.cover_value.text()
        try:
            value: Decimal | None = None
            if kind == CoverKind.PERCENT and text.strip():
                value = parse_amount(text)
                if value > 100:
                    raise ValidationError(self.tr("A share of the wage bill is at most 100%."))
            elif kind == CoverKind.HOURS and text.strip():
                value = parse_amount(text)  # hours a year: a number with up to two decimals
        except ValidationError as exc:
            self._show_problem(str(exc))
            return
        self._show_problem("")
        self._context.store.set_value(option, "cover_kind", kind.value)
        self._context.store.set_value(option, "cover_value", value)
        self.model.refresh_figures()
        self._money_changed()

    def _holiday_cover_edited(self) -> None:
        option = self._option
        if option is None or self._loading:
            return
        other = self.holiday_cover.currentData() == OTHER_RATE
        self.holiday_cover_rate.setEnabled(other)
        text = self.holiday_cover_rate.text()
        try:
            # "Another rate" with nothing typed yet keeps the PA's own wage until it is.
            rate = parse_amount(text) if other and text.strip() else None
            self._context.store.set_holiday_cover_rate(option, rate)
        except ValidationError as exc:
            self._show_problem(self.tr("Holiday cover: {0}").format(exc))
            return
        self._show_problem("")
        self.model.refresh_figures()
        self.model.moneyChanged.emit()
        self._money_changed()

    def _sick_days_edited(self) -> None:
        option = self._option
        if option is None or self._loading:
            return
        try:
            self._context.store.set_sick_pay_days(option, self.sick_days.value())
        except ValidationError as exc:
            self._show_problem(str(exc))
            return
        self._show_problem("")
        self.model.refresh_figures()
        self.model.moneyChanged.emit()
        self._money_changed()

    def _first_payday_edited(self) -> None:
        option = self._option
        if option is None or self._loading:
            return
        try:
            day = parse_payment_date(self.first_payday.text())
            self._context.store.set_first_payday(option, day)
        except ValidationError as exc:
            self._show_problem(self.tr("First payday: {0}").format(exc))
            return
        self._show_problem("")
        # Only when the money is paid changes, not how much: the spending plan follows.
        self._context.moneyChanged.emit()

    def _show_problem(self, message: str) -> None:
        self.message.setText(message)
        self._keep_height()

    def _money_changed(self) -> None:
        self._describe()
        self._context.moneyChanged.emit()

    def _describe(self) -> None:
        costs = self.model.costs
        version = self._context.version
        if costs is None or version is None:
            self.warnings.setText("")
            self.working.setText("")
            return
        warnings = costs.warnings
        about_pas = (
            "<b>" + self.tr("Things to know about these PAs:") + "</b><ul>"
            + "".join(f"<li>{escape(w)}</li>" for w in warnings) + "</ul>"
            if warnings else self.tr("Nothing to warn about for these PAs."))
        duties = employer_duty_warnings(version)
        must = ("<b>" + self.tr("What I must do as an employer:") + "</b><ul>"
                + "".join(f"<li>{escape(d)}</li>" for d in duties) + "</ul>") if duties else ""
        self.warnings.setText(about_pas + must)
        lines = "".join(f"<li><b>{escape(line.label)}</b>: {escape(line.working)}</li>"
                        for line in costs.lines if line.working)
        table = rate_table_of(version).name
        self.working.setText(
            "<b>" + self.tr("How this is worked out ({0} rate table):").format(escape(table))
            + f"</b><ul>{lines}</ul>")
        self._keep_height()
