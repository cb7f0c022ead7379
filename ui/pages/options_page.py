"""Options and costs: each way of meeting my goals, with its cost lines."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from budgetplanner.categories import OptionKind
from budgetplanner.periods import Period
from budgetplanner.plan_money import option_total
from budgetplanner.storage.models import Option
from budgetplanner.validation import ValidationError, clean_text
from ui.accessible import Heading, introduction, name_headers
from ui.delegates import ChoiceDelegate
from ui.domain_words import domain_tr
from ui.icons import icon
from ui.models.cost_lines_model import (
    COL_AMOUNT,
    COL_HOURS,
    COL_HOW_OFTEN,
    COL_WEEK,
    COL_WHAT,
    COL_WHEN,
    COL_WHO_PAYS,
    COL_YEAR,
    CostLinesTableModel,
)
from ui.models.options_model import OptionsListModel
from ui.pages.pa_editor import PAEditor
from ui.plan_context import PlanContext
from ui.sizing import lines_high, rows_fit_words, tall_as_rows

# The widest text each column must show whole, so its width follows the text size.
# The figure columns are as wide as these samples; the columns of words share the rest.
COLUMN_SAMPLES = {COL_AMOUNT: "£1,000.00", COL_HOURS: "Hours", COL_WEEK: "£1,000.00",
                  COL_YEAR: "£10,000.00"}
# How the columns of words share the width the money columns leave (see _share_text_columns).
TEXT_SHARES = {COL_WHAT: 0.36, COL_HOW_OFTEN: 0.2, COL_WHO_PAYS: 0.26, COL_WHEN: 0.18}


class OptionsPage(QWidget):
    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._loading = False
        self.options_model = OptionsListModel(context.store)
        self.lines_model = CostLinesTableModel(context.store)

        self.option_list = QListView()
        self.option_list.setModel(self.options_model)
        self.option_list.setAccessibleName(self.tr("Options I am considering"))
        self.option_list.setAccessibleDescription(self.tr("Each way of meeting my goals"))
        self.option_list.setWordWrap(True)
        self.add_option_button = QPushButton(icon("plus"), self.tr("&Add an option"))
        self.add_option_button.setAccessibleName(self.tr("Add an option"))
        self.remove_option_button = QPushButton(icon("trash-2"), self.tr("Remove this option"))
        self.remove_option_button.setAccessibleName(self.tr("Remove this option"))
        left = QWidget()
        self.option_column = left
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(Heading(self.tr("Options and costs")))
        # With large text the list would show two options and push the form down: a
        # drop-down chooser stands in for it there (see _stack_when_narrow).
        self.option_chooser = QComboBox()
        self.option_chooser.setAccessibleName(self.tr("Options I am considering"))
        self.option_chooser.setAccessibleDescription(
            self.tr("Choose the option to see and change below"))
        self.option_chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.option_chooser.setMinimumContentsLength(12)
        self.option_chooser.hide()
        self.left_title = introduction(self.tr("Options I am considering"))
        self.left_title.setBuddy(self.option_list)
        left_layout.addWidget(self.left_title)
        left_layout.addWidget(self.option_list)
        left_layout.addWidget(self.option_chooser)
        # One above the other, so the list can stay narrow and leave room for the costs;
        # side by side when the list is above the costs (large text), leaving it more room.
        self.option_buttons = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.option_buttons.addWidget(self.add_option_button)
        self.option_buttons.addWidget(self.remove_option_button)
        left_layout.addLayout(self.option_buttons)

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Name of this option"))
        self.title_edit.setMaxLength(300)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of option"))
        for kind in OptionKind:
            self.kind_combo.addItem(domain_tr(kind.label), kind.value)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setAccessibleName(self.tr("What it is"))
        self.description_edit.setTabChangesFocus(True)
        lines_high(self.description_edit, 3)
        context.watch_language(self.description_edit)
        self.goals_list = QListWidget()
        self.goals_list.setAccessibleName(self.tr("Goals it serves"))
        # Long goals wrap onto more lines rather than being cut short.
        self.goals_list.setWordWrap(True)
        self.goals_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.goals_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tall_as_rows(self.goals_list)
        self.lines_view = QTableView()
        self.lines_view.setModel(self.lines_model)
        self.choice_delegate = ChoiceDelegate(self.lines_view)
        for column in (COL_HOW_OFTEN, COL_WHO_PAYS):
            self.lines_view.setItemDelegateForColumn(column, self.choice_delegate)
        self.lines_view.setAccessibleName(self.tr("Costs of this option"))
        self.lines_view.setAccessibleDescription(
            self.tr("What, how much, how often and who pays, with the cost per week and year"))
        self.lines_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.lines_view.setTabKeyNavigation(False)
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        self.lines_view.setWordWrap(True)
        self.lines_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.lines_view.verticalHeader().hide()
        name_headers(self.lines_view)
        self.fit_table_to_text()
        rows_fit_words(self.lines_view)
        # As tall as its lines, so the form scrolls as one (room for two when empty).
        tall_as_rows(self.lines_view, least_rows=2)
        self.add_line_button = QPushButton(icon("plus"), self.tr("Add a &cost line"))
        self.add_line_button.setAccessibleName(self.tr("Add a cost line"))
        self.remove_line_button = QPushButton(icon("trash-2"), self.tr("Remove cost line"))
        self.remove_line_button.setAccessibleName(self.tr("Remove cost line, the selected one"))
        self.problem_label = QLabel()
        self.problem_label.setObjectName("fieldMessage")
        self.problem_label.setWordWrap(True)
        self.problem_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.lines_view.viewport().installEventFilter(self)
        self.subtotal_label = QLabel()
        self.subtotal_label.setObjectName("subtotal")
        self.subtotal_label.setAccessibleName(self.tr("This option costs"))
        self.subtotal_label.setWordWrap(True)

        right = QWidget()
        form = QFormLayout(right)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Name:"), self.title_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&What it is:"), self.description_edit)
        form.addRow(self.tr("&Goals it serves:"), self.goals_list)
        lines_title = QLabel(self.tr("<b>Costs</b> (type over a cell to change it)"))
        lines_title.setBuddy(self.lines_view)
        lines_title.setWordWrap(True)
        lines_title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        # A message about a cost line takes the place of the words above the table while
        # it shows: no empty band under the table when there is none, and its room is kept
        # (see _room_for_a_message) so nothing below jumps as a message comes and goes.
        self.costs_note = QWidget()
        note_layout = QVBoxLayout(self.costs_note)
        note_layout.setContentsMargins(0, 0, 0, 0)
        note_layout.addWidget(lines_title)
        note_layout.addWidget(self.problem_label)
        self.problem_label.hide()
        self.lines_title = lines_title
        self.costs_note.installEventFilter(self)
        form.addRow(self.costs_note)
        # The buttons above the table, so a line added never moves them from the mouse.
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addWidget(self.remove_line_button)
        line_buttons.addStretch()
        form.addRow(line_buttons)
        form.addRow(self.lines_view)
        self.pa_editor = PAEditor(context)
        self.pa_editor.hide()
        form.addRow(self.pa_editor)
        form.addRow(self.subtotal_label)
        self.editor = right
        right_scroll = QScrollArea()
        self.editor_scroll = right_scroll
        right_scroll.setWidgetResizable(True)
        right_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right_scroll.setWidget(right)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter = splitter
        splitter.addWidget(left)
        splitter.addWidget(right_scroll)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([230, 770])
        splitter.setChildrenCollapsible(False)
        self._moved = False
        splitter.splitterMoved.connect(lambda *_: setattr(self, "_moved", True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.add_option_button.clicked.connect(self.add_option)
        self.remove_option_button.clicked.connect(self.remove_option)
        self.add_line_button.clicked.connect(self.add_line)
        self.remove_line_button.clicked.connect(self.remove_line)
        self.title_edit.textEdited.connect(self._title_edited)
        self.kind_combo.activated.connect(self._kind_chosen)
        self.description_edit.textChanged.connect(self._description_edited)
        self.option_list.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        for signal in (self.options_model.modelReset, self.options_model.rowsInserted,
                       self.options_model.rowsRemoved, self.options_model.dataChanged):
            signal.connect(self._fill_chooser)
        self.option_chooser.currentIndexChanged.connect(self._chosen_in_chooser)
        self.lines_model.moneyChanged.connect(self._money_changed)
        self.goals_list.itemChanged.connect(self._goal_ticked)
        self.pa_editor.model.moneyChanged.connect(self._update_subtotal)
        self.lines_model.problem.connect(self._show_problem)
        context.planChanged.connect(self.reload)
        self.reload()

    def fit_table_to_text(self) -> None:
        """Size columns and rows from the current font, so larger text is never cut off."""
        metrics = self.lines_view.fontMetrics()
        padding = metrics.horizontalAdvance("M") // 2 + 8  # the cell's margins, and a little air
        for column, sample in COLUMN_SAMPLES.items():
            heading = self.lines_model.headers[column]
            self.lines_view.setColumnWidth(column, max(
                metrics.horizontalAdvance(sample), metrics.horizontalAdvance(heading)) + padding)
        # The columns of words share what is left and wrap (see _share_text_columns), so the
        # money columns keep their width and the table never scrolls sideways.
        header = self.lines_view.horizontalHeader()
        header.setStretchLastSection(False)
        self._share_text_columns()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(metrics.lineSpacing() * 2 + 12)  # headings may wrap
        # Rows are as tall as their wrapped words (rows_fit_words, measured from the font).
        self.lines_view.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() + 10)

    def _share_text_columns(self) -> None:
        """Give the columns of words what the money columns leave, most to "What" (its words
        are the person's own and the longest), least to "When paid" (a short date)."""
        view = self.lines_view
        fixed = sum(view.columnWidth(column) for column in COLUMN_SAMPLES)
        left = view.viewport().width() - fixed
        least = view.horizontalHeader().minimumSectionSize()
        widths = {column: max(least, int(left * share)) for column, share in TEXT_SHARES.items()}
        # A column held at its least width takes its room from "What", the widest.
        over = sum(widths.values()) - left
        if over > 0:
            widths[COL_WHAT] = max(least, widths[COL_WHAT] - over)
        for column, width in widths.items():
            view.setColumnWidth(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lines_view.viewport() and event.type() == QEvent.Type.Resize:
            self._share_text_columns()
        if watched is self.costs_note and event.type() in (
                QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._room_for_a_message()
        return False

    def _room_for_a_message(self) -> None:
        """As many lines as a usual message takes at the label's width now: one at 100%
        text, two at 200%."""
        label = self.problem_label
        sample = self.tr("Line 1, hours: A week has 168 hours, so this cannot be right.")
        bold = QFont(label.font())
        bold.setBold(True)  # as the style sheet shows messages (a hidden label has no style)
        bounds = QFontMetrics(bold).boundingRect(
            QRect(0, 0, max(self.costs_note.width(), 100), 10_000),
            int(Qt.TextFlag.TextWordWrap), sample)
        self.costs_note.setMinimumHeight(bounds.height() + 8)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_table_to_text()
            self._stack_when_narrow()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._stack_when_narrow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._stack_when_narrow()

    def _stack_when_narrow(self) -> None:
        # With large text the costs need the whole width: the list of options goes above.
        narrow = self.width() < self.fontMetrics().horizontalAdvance("M") * 55
        orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        # Until the person moves the divider, the list keeps its width as the page settles
        # (the page's first width is not its last: proportions taken from it gave the list
        # a third of the page and cut the costs' words).
        first = not self._moved and self.isVisible()
        if self.splitter.orientation() != orientation or first:
            self.splitter.setOrientation(orientation)
            self.option_list.setVisible(not narrow)
            self.option_chooser.setVisible(narrow)
            self.left_title.setBuddy(self.option_chooser if narrow else self.option_list)
            if narrow and self.option_list.hasFocus():
                self.option_chooser.setFocus()
            self.option_buttons.setDirection(QBoxLayout.Direction.LeftToRight if narrow
                                             else QBoxLayout.Direction.TopToBottom)
            # Side by side, the list about seventeen letters wide and the costs the rest
            # (proportions kept from a narrower window squeezed the costs' words).
            left = self.fontMetrics().horizontalAdvance("M") * 17
            top = self.option_column.sizeHint().height()
            self.splitter.setSizes([left, max(self.width() - left, left)] if not narrow else [
                top, max(self.height() - top, top)])

    # Loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self.options_model.set_version(self._context.version)
        self.setEnabled(self._context.version is not None)
        editable = self._context.editable
        for widget in (self.add_option_button, self.remove_option_button):
            widget.setEnabled(editable)
        if self.options_model.rowCount() > 0:
            self.select_option(0)
        else:
            self._show_current()

    def current_option(self) -> Option | None:
        row = self.option_list.currentIndex().row()
        options = self.options_model.options
        return options[row] if 0 <= row < len(options) else None

    def _fill_chooser(self, *_args: object) -> None:
        """The chooser holds the same options as the list, each as "name (kind)"."""
        chooser = self.option_chooser
        chooser.blockSignals(True)
        chooser.clear()
        for option in self.options_model.options:
            title = option.title or self.tr("(no name yet)")
            chooser.addItem(self.tr("{0} ({1})").format(title, domain_tr(option.kind.label)))
        chooser.setCurrentIndex(self.option_list.currentIndex().row())
        chooser.blockSignals(False)

    def _chosen_in_chooser(self, row: int) -> None:
        if row >= 0 and row != self.option_list.currentIndex().row():
            self.select_option(row)

    def select_option(self, row: int) -> None:
        # Changing the current row shows it (through currentChanged); only a row that is
        # already current needs showing again, e.g. when another plan is opened.
        before = self.option_list.currentIndex()
        self.option_list.selectionModel().setCurrentIndex(
            self.options_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if before == self.option_list.currentIndex():
            self._show_current()

    def _show_current(self) -> None:
        option = self.current_option()
        self.option_chooser.blockSignals(True)
        self.option_chooser.setCurrentIndex(self.option_list.currentIndex().row())
        self.option_chooser.blockSignals(False)
        self._loading = True
        editable = self._context.editable and option is not None
        self.editor.setEnabled(option is not None)
        self.title_edit.setText(option.title if option else "")
        self.title_edit.setReadOnly(not editable)
        self.kind_combo.setCurrentIndex(
            max(self.kind_combo.findData(option.kind.value), 0) if option else 0)
        self.kind_combo.setEnabled(editable)
        self.description_edit.setPlainText(option.description if option else "")
        self.description_edit.setReadOnly(not editable)
        self.lines_model.set_option(option, read_only=not editable)
        self._show_goals(option, editable)
        has_pas = option is not None and option.kind is OptionKind.PERSONAL_ASSISTANTS
        if has_pas:
            self.pa_editor.setVisible(True)  # shown first, so its rows fit its width
            self.pa_editor.set_option(option, read_only=not editable)
        else:
            # It lets go of the option shown before it hides: measuring its rows as it
            # hides must not read an option (and its lines) no longer shown.
            self.pa_editor.set_option(None, read_only=not editable)
            self.pa_editor.setVisible(False)
        self.add_line_button.setEnabled(editable)
        self.remove_line_button.setEnabled(editable)
        self._show_problem("")
        # Another option starts at its top, not where the last one was scrolled to.
        self.editor_scroll.verticalScrollBar().setValue(0)
        self.editor_scroll.horizontalScrollBar().setValue(0)
        self._loading = False
        self._update_subtotal()

    def _show_goals(self, option: Option | None, editable: bool) -> None:
        self.goals_list.blockSignals(True)
        self.goals_list.clear()
        version = self._context.version
        if option is not None and version is not None:
            served = {goal.id for goal in option.goals}
            for goal in version.goals:
                item = QListWidgetItem(goal.title or self.tr("(a goal with no words yet)"))
                item.setData(Qt.ItemDataRole.UserRole, goal.id)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if editable:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if goal.id in served
                                   else Qt.CheckState.Unchecked)
                self.goals_list.addItem(item)
            if not version.goals:
                self.goals_list.addItem(self.tr("Write my goals on the My goals page first."))
        self.goals_list.blockSignals(False)

    def _goal_ticked(self, item: QListWidgetItem) -> None:
        option, version = self.current_option(), self._context.version
        goal_id = item.data(Qt.ItemDataRole.UserRole)
        if option is None or version is None or goal_id is None:
            return
        goal = next(g for g in version.goals if g.id == goal_id)
        if item.checkState() == Qt.CheckState.Checked and goal not in option.goals:
            self._context.store.add_to(option, "goals", goal)
        elif item.checkState() != Qt.CheckState.Checked and goal in option.goals:
            self._context.store.remove_from(option, "goals", goal)
        self._context.moneyChanged.emit()  # scenarios count the goals they meet

    # Editing ---------------------------------------------------------------------------

    def add_option(self) -> None:
        row = self.options_model.add_option(self.tr("A new option"), OptionKind.OTHER)
        if row < 0:
            return
        self.select_option(row)
        self._context.moneyChanged.emit()
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def remove_option(self) -> None:
        row = self.option_list.currentIndex().row()
        if row < 0:
            return
        self.options_model.remove_option(row)
        self._context.moneyChanged.emit()
        if self.options_model.rowCount():
            self.select_option(min(row, self.options_model.rowCount() - 1))
        else:
            self._show_current()

    def add_line(self) -> None:
        row = self.lines_model.add_line()
        if row >= 0:
            index = self.lines_model.index(row, COL_WHAT)
            self.lines_view.setCurrentIndex(index)
            self.lines_view.setFocus()
            self.lines_view.edit(index)

    def remove_line(self) -> None:
        self.lines_model.remove_line(self.lines_view.currentIndex().row())

    def _title_edited(self, text: str) -> None:
        option = self.current_option()
        if option is None or self._loading:
            return
        self._context.store.set_value(option, "title", text)
        self.options_model.option_changed(self.option_list.currentIndex().row())
        self._context.edited.emit()

    def _kind_chosen(self, _index: int) -> None:
        option = self.current_option()
        if option is None or self._loading:
            return
        self._context.store.set_value(option, "kind", OptionKind(self.kind_combo.currentData()))
        self.options_model.option_changed(self.option_list.currentIndex().row())
        has_pas = option.kind is OptionKind.PERSONAL_ASSISTANTS
        self.pa_editor.setVisible(has_pas)
        self.pa_editor.set_option(option if has_pas else None,
                                  read_only=not self._context.editable)
        self._money_changed()

    def _description_edited(self) -> None:
        option = self.current_option()
        if option is None or self._loading:
            return
        try:
            description = clean_text(self.description_edit.toPlainText())
        except ValidationError as exc:
            self._show_problem(str(exc))
            return
        self._context.store.set_value(option, "description", description)
        self._context.edited.emit()

    def _show_problem(self, message: str) -> None:
        self.problem_label.setText(message)
        self.problem_label.setVisible(bool(message))
        self.lines_title.setVisible(not message)

    def _money_changed(self) -> None:
        self._update_subtotal()
        self._context.moneyChanged.emit()

    def _update_subtotal(self) -> None:
        option = self.current_option()
        version = self._context.version
        if option is None or version is None:
            self.subtotal_label.setText("")
            return
        total = option_total(version, option)
        text = self.tr("This option costs {0} a week, {1} a year").format(
            total[Period.WEEK].format(), total[Period.YEAR].format())
        if not total.one_off.is_zero():
            text += self.tr(", and {0} once").format(total.one_off.format())
        self.subtotal_label.setText(f"<b>{text}.</b>")
