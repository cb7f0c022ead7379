"""Check my plan: every word the language check marked, where it is, and plainer words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from budgetplanner.language import FieldMark, check_texts
from budgetplanner.plan_words import plan_texts
from ui.accessible import name_headers
from ui.plan_context import PlanContext

ModelIndex = QModelIndex | QPersistentModelIndex


class MarksModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.marks: list[FieldMark] = []
        self.headers = [self.tr("Where"), self.tr("Words"), self.tr("Try instead"),
                        self.tr("Why"), self.tr("From")]

    def set_marks(self, marks: list[FieldMark]) -> None:
        self.beginResetModel()
        self.marks = marks
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.marks)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole,
                                               Qt.ItemDataRole.AccessibleTextRole):
            return None
        found = self.marks[index.row()]
        entry = found.mark.entry
        return (found.location, found.context, entry.suggestion, entry.why,
                entry.source)[index.column()]


class CheckPlanDialog(QDialog):
    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check my plan"))
        self.resize(1000, 600)
        self._context = context
        self.model = MarksModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Words to look at again"))
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((230, 260, 220, 200)):
            self.view.setColumnWidth(column, width)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        name_headers(self.view)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.ignore_button = QPushButton(self.tr("Stop marking this word in my plan"))
        self.ignore_button.setAccessibleName(self.tr("Stop marking this word in my plan"))
        self.ignored = QListWidget()
        self.ignored.setAccessibleName(self.tr("Words not marked in my plan"))
        self.ignored.setMaximumHeight(90)
        self.unignore_button = QPushButton(self.tr("Mark it again"))
        self.unignore_button.setAccessibleName(self.tr("Mark the chosen word again"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        intro = QLabel(self.tr(
            "These words can make a plan sound like a service's file rather than my own. "
            "Each is a suggestion: keep a word if it is the right one for me."))
        intro.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.ignore_button)
        row.addStretch()
        ignored_label = QLabel(self.tr("<b>Words I chose to keep</b> (not marked in my plan)"))
        ignored_label.setBuddy(self.ignored)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(ignored_label)
        layout.addWidget(self.ignored)
        layout.addWidget(self.unignore_button)
        layout.addWidget(buttons)
        self.ignore_button.clicked.connect(self.ignore_selected)
        self.unignore_button.clicked.connect(self.unignore_selected)
        self.refresh()

    def refresh(self) -> None:
        version = self._context.version
        ignored = self._context.ignored_words()
        marks = [] if version is None else check_texts(
            plan_texts(version), self._context.words, ignored)
        self.model.set_marks(marks)
        self.summary.setText(
            self.tr("Nothing to look at again: the plan speaks in plain words.") if not marks
            else self.tr("{0} words to look at again.").format(len(marks)) if len(marks) != 1
            else self.tr("1 word to look at again."))
        self.ignored.clear()
        names = {entry.id: entry for entry in self._context.words.entries}
        for entry_id in sorted(ignored):
            entry = names.get(entry_id)
            item = QListWidgetItem(", ".join(entry.phrases[:2]) if entry else entry_id)
            item.setData(Qt.ItemDataRole.UserRole, entry_id)
            self.ignored.addItem(item)
        self.ignore_button.setEnabled(bool(marks))
        self.unignore_button.setEnabled(bool(ignored))
        if marks:
            self.view.selectRow(0)

    def ignore_selected(self) -> None:
        row = self.view.currentIndex().row()
        if 0 <= row < len(self.model.marks):
            self._context.ignore_word(self.model.marks[row].mark.entry.id)
            self.refresh()

    def unignore_selected(self) -> None:
        item = self.ignored.currentItem() or self.ignored.item(0)
        if item is not None:
            self._context.ignore_word(item.data(Qt.ItemDataRole.UserRole), ignore=False)
            self.refresh()
