"""Planned and spent: what I spent each month of my plan year, and where my spending is heading."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from budgetplanner.bank_statement import (
    BankPayment,
    CsvImportError,
    CsvMapping,
    DateOrder,
    csv_headers,
    guess_mapping,
    read_bank_csv,
    read_statement_file,
)
from budgetplanner.categories import Payer
from budgetplanner.periods import Period
from budgetplanner.plan_money import counted_options
from budgetplanner.spending import (
    SPENDING_PAYERS,
    SpendingError,
    add_months,
    first_of_month,
    month_name,
    year_months,
)
from budgetplanner.validation import ValidationError, clean_text, parse_amount
from ui.accessible import Heading, introduction, name_headers
from ui.domain_words import domain_tr
from ui.file_dialogs import remember, start_in, tell
from ui.flow_layout import FlowLayout, labelled
from ui.lazy import WhenShown
from ui.models.spending_model import (
    COL_GOING,
    COL_RATE,
    COL_WHAT,
    SpendingEntriesModel,
    SpendingSummaryModel,
)
from ui.plan_context import PlanContext
from ui.sizing import fit_money_columns, lines_wide, scroll_page, tall_as_rows
from ui.status_panel import StatusPanel
from ui.theme import Status

PERIODS = (Period.WEEK, Period.FOUR_WEEKS, Period.MONTH, Period.YEAR)


def period_combo(name: str, parent: QWidget, default: Period = Period.MONTH) -> QComboBox:
    """A chooser for the period money is shown in, named for screen readers."""
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for period in PERIODS:
        combo.addItem(domain_tr(period.heading), period.value)
    combo.setCurrentIndex(PERIODS.index(default))
    return combo


def fit_table(view: QTableView) -> None:
    """Rows as tall as their wrapped words (the table follows, see `tall_as_rows`)."""
    view.resizeRowsToContents()


class SpendingPage(QWidget):
    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._loading = False
        self.summary_model = SpendingSummaryModel()
        self.entries_model = SpendingEntriesModel()

        heading = Heading(self.tr("Planned and spent"))
        intro = introduction(self.tr(
            "What I have spent each month of my plan year, against my plan. Unspent direct "
            "payment money may be taken back at the review, so it helps to see early where "
            "my spending is heading."))

        self.start_combo = QComboBox()
        self.start_combo.setAccessibleName(self.tr("My plan year starts in"))
        self.period_combo = period_combo(self.tr("Show money per"), self)
        top = FlowLayout()
        top.addWidget(labelled(self.tr("My plan year &starts in:"), self.start_combo))
        top.addWidget(labelled(self.tr("Show money p&er:"), self.period_combo))

        self.counting_label = QLabel()
        self.counting_label.setWordWrap(True)
        self.summary_view = QTableView()
        self.summary_view.setModel(self.summary_model)
        self.summary_view.setAccessibleName(self.tr("Planned and spent this plan year"))
        name_headers(self.summary_view)
        self.summary_view.setAccessibleDescription(self.tr(
            "By who pays, for all my support, and by option, with how it is going"))
        self.summary_view.setWordWrap(True)
        self.summary_view.verticalHeader().hide()
        self._summary_fit = fit_money_columns(self.summary_view)
        tall_as_rows(self.summary_view)
        self.flags_label = StatusPanel(self.tr("How my spending is going"))
        # At large text the table has no room for every column: the hidden figures are
        # said here instead (and in each row's tooltip).
        self.hidden_label = QLabel()
        self.hidden_label.setWordWrap(True)
        self.hidden_label.setAccessibleName(self.tr("Figures the table has no room for"))
        self.hidden_label.hide()

        # Adding what I spent.
        self.month_combo = QComboBox()
        self.month_combo.setAccessibleName(self.tr("Month spent"))
        self.payer_combo = QComboBox()
        self.payer_combo.setAccessibleName(self.tr("Who paid"))
        for payer in SPENDING_PAYERS:
            self.payer_combo.addItem(domain_tr(payer.label), payer.value)
        self.option_combo = QComboBox()
        self.option_combo.setAccessibleName(self.tr("For what"))
        self.amount_edit = QLineEdit()
        self.amount_edit.setAccessibleName(self.tr("Amount spent in pounds"))
        self.amount_edit.setPlaceholderText(self.tr("for example £1,250.00"))
        self.amount_edit.setMaxLength(20)
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Note about this amount"))
        self.note_edit.setPlaceholderText(self.tr("for example, pay for May"))
        self.note_edit.setMaxLength(300)
        self.add_button = QPushButton(self.tr("&Add what I spent"))
        self.add_button.setAccessibleName(self.tr("Add what I spent"))
        self.add_message = QLabel()
        self.add_message.setObjectName("fieldMessage")
        self.add_message.setWordWrap(True)
        self.add_message.hide()
        # Each box with its label before it, flowing onto more lines when the text is large.
        grid = FlowLayout()
        fields = [(self.tr("&Month:"), self.month_combo), (self.tr("&Who paid:"), self.payer_combo),
                  (self.tr("F&or what:"), self.option_combo), (self.tr("Amount (&£):"),
                                                          self.amount_edit),
                  (self.tr("&Note:"), self.note_edit)]
        for text, widget in fields:
            grid.addWidget(labelled(text, widget))
        grid.addWidget(self.add_button)
        # Long option names must not push the page wider than the window; who paid is one
        # of a few known words, shown whole ("Personal budget or di" was cut).
        self.option_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.option_combo.setMinimumContentsLength(14)
        self.payer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for edit in (self.amount_edit, self.note_edit):
            # Wide enough for its example, at any text size.
            lines_wide(edit, edit.placeholderText())

        self.entries_view = QTableView()
        self.entries_view.setModel(self.entries_model)
        self.entries_view.setAccessibleName(self.tr("Everything I have spent"))
        name_headers(self.entries_view)
        self.entries_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        fit_money_columns(self.entries_view)
        self.entries_view.verticalHeader().hide()
        # As tall as its rows: the page scrolls as one, no list hides inside a box.
        tall_as_rows(self.entries_view, least_rows=3)
        self.remove_button = QPushButton(self.tr("&Remove this amount"))
        self.remove_button.setAccessibleName(self.tr("Remove this amount"))
        self.import_button = QPushButton(self.tr("&Import a bank statement…"))
        self.import_button.setAccessibleName(self.tr("Import a bank statement"))
        self.export_button = QPushButton(self.tr("Save my spending as &CSV…"))
        self.export_button.setAccessibleName(self.tr("Save my spending as CSV"))
        self.import_label = QLabel()
        self.import_label.setWordWrap(True)
        self.import_label.hide()
        buttons = FlowLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.counting_label)
        layout.addWidget(self.summary_view)
        layout.addWidget(self.hidden_label)
        layout.addWidget(self.flags_label)
        layout.addWidget(Heading(self.tr("What I spent"), 3))
        layout.addLayout(grid)
        layout.addWidget(self.add_message)
        layout.addWidget(self.entries_view)
        layout.addLayout(buttons)
        layout.addWidget(self.import_label)
        layout.addStretch()
        scroll_page(self, inner)

        self.start_combo.activated.connect(self._start_chosen)
        self.period_combo.activated.connect(self._period_chosen)
        self.add_button.clicked.connect(self.add_typed)
        self.amount_edit.returnPressed.connect(self.add_typed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.ask_import)
        self.export_button.clicked.connect(self.ask_export)
        self._when_shown = WhenShown(self, self._recalculate_now)
        context.planChanged.connect(self.reload)
        context.moneyChanged.connect(self.recalculate)
        self.reload()

    # -- showing -----------------------------------------------------------------------

    @property
    def period(self) -> Period:
        return Period(self.period_combo.currentData())

    def reload(self) -> None:
        version = self._context.version
        self._loading = True
        self.setEnabled(version is not None)
        self.start_combo.clear()
        self.option_combo.clear()
        self.month_combo.clear()
        if version is not None:
            start = self._context.store.plan_year_start(version)
            # A choice of starts around the current one: a plan year can start any month.
            for offset in range(-18, 13):
                month = add_months(start, offset)
                self.start_combo.addItem(month_name(month), month.isoformat())
            self.start_combo.setCurrentIndex(18)
            for month in year_months(start):
                self.month_combo.addItem(month_name(month), month.isoformat())
            this_month = first_of_month(date.today()).isoformat()
            found = self.month_combo.findData(this_month)
            self.month_combo.setCurrentIndex(found if found >= 0 else 0)
            for option in counted_options(version):
                self.option_combo.addItem(option.title or self.tr("An option"), option.id)
            self.option_combo.addItem(self.tr("Not linked to an option"), None)
        editable = self._context.editable
        for widget in (self.start_combo, self.add_button, self.remove_button,
                       self.import_button, self.amount_edit, self.note_edit):
            widget.setEnabled(editable)
        self.add_message.hide()
        self._loading = False
        self.recalculate()

    def _make_room_for_words(self) -> None:
        """At large text the figures take most of the width: rather than cut "Personal
        budget" to "Pe…" or scroll sideways, the "How it is going" column gives way (the
        panel under the table says how it is going in words), and in a narrower window
        still the monthly average does (what was spent so far is still there)."""
        view, model = self.summary_view, self.summary_model
        metrics = view.fontMetrics()
        words = [str(model.index(row, column).data() or "")
                 for row in range(model.rowCount()) for column in (COL_WHAT, COL_GOING)]
        longest = max((metrics.horizontalAdvance(word) for text in words
                        for word in text.split()), default=0) + 24
        figures = {column: self._figure_width(column) for column in range(model.columnCount())
                   if column not in (COL_WHAT, COL_GOING)}
        room = view.viewport().width() - sum(figures.values())
        hide_going = room < 2 * longest
        hide_rate = room < longest
        changed = False
        for column, hide in ((COL_GOING, hide_going), (COL_RATE, hide_rate)):
            if view.isColumnHidden(column) != hide:
                view.setColumnHidden(column, hide)
                changed = True
        model.hidden = {column for column in (COL_RATE, COL_GOING)
                        if view.isColumnHidden(column)}
        self._say_hidden_figures()
        if changed:
            self._summary_fit.fit()

    def _say_hidden_figures(self) -> None:
        model = self.summary_model
        if COL_RATE not in model.hidden:
            self.hidden_label.hide()  # "how it is going" is said in the panel below
            self.hidden_label.clear()
            return
        heading = model.headers[COL_RATE].replace("\n", " ")
        figures = "; ".join(f"{model.track(row).label} {model.index(row, COL_RATE).data()}"
                            for row in range(model.rowCount()))
        self.hidden_label.setText(f"<b>{escape(heading)}:</b> {escape(figures)}.")
        self.hidden_label.show()

    def _figure_width(self, column: int) -> int:
        """How wide a column of figures is, or would be if it were shown."""
        view = self.summary_view
        if not view.isColumnHidden(column):
            return view.columnWidth(column)
        metrics = view.fontMetrics()
        texts = [str(self.summary_model.index(row, column).data() or "")
                 for row in range(self.summary_model.rowCount())]
        return max((metrics.horizontalAdvance(text) for text in texts), default=0) + 16

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.summary_model.rowCount():
            self._make_room_for_words()

    def recalculate(self) -> None:
        # Work only for a page someone can see; it catches up when shown.
        self._when_shown.request()

    def _recalculate_now(self) -> None:
        version = self._context.version
        if version is None:
            self.summary_model.set_report(None)
            self.entries_model.set_entries([], [])
            self.counting_label.clear()
            self.flags_label.clear()
            return
        store = self._context.store
        report = store.spending_report(version)
        self.summary_model.set_period(self.period)
        self.summary_model.set_report(report)
        fit_table(self.summary_view)
        self._make_room_for_words()
        self.entries_model.set_entries(store.spending_entries(version), list(version.options))
        self.counting_label.setText(report.counting_words())
        flagged = report.flagged()
        if not report.counted:
            self.flags_label.show_status(Status.NEUTRAL, self.tr(
                "When I add what I spent, this says whether my spending is on track."))
        elif flagged:
            # An option that is all of a payer's money has the same reason: say it once.
            lines, seen = [], set()
            for track in flagged:
                if track.reason not in seen:
                    seen.add(track.reason)
                    lines.append(f"<b>{track.label}: {track.flag.label.lower()}.</b> "
                                 f"{track.reason}")
            self.flags_label.show_status(Status.WARNING, "<br>".join(lines))
        else:
            self.flags_label.show_status(Status.GOOD, self.tr(
                "<b>My spending is on track with my plan.</b>"))

    # -- editing -----------------------------------------------------------------------

    def _start_chosen(self, _index: int) -> None:
        version = self._context.version
        if version is None or self._loading:
            return
        start = date.fromisoformat(self.start_combo.currentData())
        self._context.store.set_plan_year_start(version, start)
        self._context.edited.emit()
        self.reload()

    def _period_chosen(self, _index: int) -> None:
        self.recalculate()

    def add_typed(self) -> bool:
        version = self._context.version
        if version is None or not self._context.editable:
            return False
        try:
            amount = parse_amount(self.amount_edit.text())
            note = clean_text(self.note_edit.text(), limit=300)
            self._context.store.add_spending(
                version, date.fromisoformat(self.month_combo.currentData()), amount,
                payer=Payer(self.payer_combo.currentData()),
                option_id=self.option_combo.currentData(), note=note)
        except (ValidationError, SpendingError) as exc:
            self.add_message.setText(str(exc))
            self.add_message.show()
            self.amount_edit.setFocus()
            return False
        self.add_message.hide()
        self.amount_edit.clear()
        self.note_edit.clear()
        self._context.edited.emit()
        self.recalculate()
        self.amount_edit.setFocus()
        return True

    def remove_selected(self) -> None:
        rows = self.entries_view.selectionModel().selectedRows()
        if not rows or not self._context.editable:
            return
        self._context.store.remove_spending(self.entries_model.entry(rows[0].row()))
        self._context.edited.emit()
        self.recalculate()

    # -- files -------------------------------------------------------------------------

    def ask_import(self) -> None:
        if self._context.version is None:
            return
        store = self._context.store
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a bank statement"),
                                              start_in(store, "bank_statement"),
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            remember(store, "bank_statement", path)
            dialog = BankImportDialog(self._context, Path(path), self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.import_label.setText(dialog.result_text)
                self.import_label.show()
                tell(self, self.tr("{0} From {1}").format(dialog.result_text, path))
                self.recalculate()

    def ask_export(self) -> None:
        version = self._context.version
        if version is None or self._context.person is None:
            return
        suggested = start_in(self._context.store, "csv",
                             f"{self._context.person.name} - spending.csv")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save my spending as CSV"),
                                              suggested, self.tr("CSV files (*.csv)"))
        if path:
            remember(self._context.store, "csv", path)
            from budgetplanner.export.spending_csv import write_entries_csv

            self._context.autosaver.flush()
            write_entries_csv(self._context.store.spending_entries(version),
                              list(version.options), Path(path))
            tell(self, self.tr("Saved my spending as {0}").format(path), folder=path)


class BankImportDialog(QDialog):
    """Which column is which in my bank's file: chosen once, then remembered."""

    def __init__(self, context: PlanContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("Import a bank statement"))
        self.setMinimumWidth(560)
        self.text = ""
        self.headers: list[str] = []
        self.message = QLabel()
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        try:
            # Any encoding, line ending and delimiter banks use (bank_statement.py).
            self.text = read_statement_file(path)
            self.headers = csv_headers(self.text)
        except CsvImportError as exc:
            self.message.setText(str(exc))
            self.message.show()

        intro = QLabel(self.tr("<p>Choose which column of <b>{0}</b> holds what. I will "
                               "remember this for next time.</p>").format(path.name))
        intro.setWordWrap(True)
        self.date_combo = self._columns(self.tr("Column with the date"))
        self.amount_combo = self._columns(self.tr("Column with the amount"))
        self.description_combo = self._columns(self.tr("Column with what it was"),
                                               optional=True)
        self.order_combo = QComboBox()
        self.order_combo.setAccessibleName(self.tr("How dates are written"))
        for order in DateOrder:
            self.order_combo.addItem(domain_tr(order.label), order.value)
        self.negative_check = QCheckBox(self.tr("Money out is shown as a minus figure "
                                                "(money in is left out)"))
        self.negative_check.setAccessibleName(self.tr("Money out is shown as a minus figure"))
        self.negative_check.setChecked(True)
        self.payer_combo = QComboBox()
        self.payer_combo.setAccessibleName(self.tr("Who paid"))
        for payer in SPENDING_PAYERS:
            self.payer_combo.addItem(domain_tr(payer.label), payer.value)
        self.option_combo = QComboBox()
        self.option_combo.setAccessibleName(self.tr("What these payments were for"))
        version = context.version
        for option in counted_options(version) if version is not None else []:
            self.option_combo.addItem(option.title or self.tr("An option"), option.id)
        self.option_combo.addItem(self.tr("Several things, or not sure"), None)
        self.option_combo.setCurrentIndex(self.option_combo.count() - 1)
        self._remembered()

        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date_combo)
        form.addRow(self.tr("&Amount:"), self.amount_combo)
        form.addRow(self.tr("&What it was:"), self.description_combo)
        form.addRow(self.tr("Dates look &like:"), self.order_combo)
        form.addRow(self.negative_check)
        form.addRow(self.tr("Paid fr&om:"), self.payer_combo)
        form.addRow(self.tr("Fo&r:"), self.option_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import the payments"))
        self.import_button.setEnabled(bool(self.headers))
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.result_text = ""

    def _columns(self, name: str, *, optional: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        if optional:
            combo.addItem(self.tr("(none)"), "")
        for header in self.headers:
            combo.addItem(header, header)
        return combo

    def _remembered(self) -> None:
        mapping = self._context.store.csv_mapping() or guess_mapping(self.headers)
        for combo, value in ((self.date_combo, mapping.date_column),
                             (self.amount_combo, mapping.amount_column),
                             (self.description_combo, mapping.description_column)):
            found = combo.findData(value)
            if found >= 0:
                combo.setCurrentIndex(found)
        self.order_combo.setCurrentIndex(max(self.order_combo.findData(mapping.date_order.value),
                                             0))
        self.negative_check.setChecked(mapping.money_out_negative)

    def mapping(self) -> CsvMapping:
        return CsvMapping(
            date_column=str(self.date_combo.currentData() or ""),
            amount_column=str(self.amount_combo.currentData() or ""),
            description_column=str(self.description_combo.currentData() or ""),
            date_order=DateOrder(self.order_combo.currentData()),
            money_out_negative=self.negative_check.isChecked(),
        )

    def do_import(self) -> bool:
        version = self._context.version
        if version is None:
            return False
        mapping = self.mapping()
        try:
            payments: list[BankPayment] = read_bank_csv(self.text, mapping)
        except CsvImportError as exc:
            self.message.setText(self.tr("Nothing was imported. {0}").format(exc))
            self.message.show()
            return False
        store = self._context.store
        result = store.import_payments(version, payments,
                                       payer=Payer(self.payer_combo.currentData()),
                                       option_id=self.option_combo.currentData())
        store.save_csv_mapping(mapping)
        self._context.edited.emit()
        self.result_text = self.tr("Imported {0} payments.").format(result.added)
        if result.outside_year:
            self.result_text += " " + self.tr(
                "{0} payments were outside my plan year and were left out.").format(
                result.outside_year)
        self.accept()
        return True

