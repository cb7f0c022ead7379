"""Rate tables: the dated wage, National Insurance and pension figures, with their sources.

A new April never needs a new release: copy last year's table, change what changed, and move
a plan to it, seeing the money before and after.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from budgetplanner.categories import Payer
from budgetplanner.formatting import long_date
from budgetplanner.periods import Period
from budgetplanner.rates import FIGURE_LABELS, RateFigure, RateTable
from budgetplanner.storage.rate_tables import preview_move
from ui.accessible import name_headers
from ui.plan_context import PlanContext

ModelIndex = QModelIndex | QPersistentModelIndex
COL_WHAT, COL_VALUE, COL_SOURCE, COL_DATE = range(4)


class RateFiguresModel(QAbstractTableModel):
    """One table's figures; the user's own tables can be edited, figure by figure."""

    def __init__(self) -> None:
        super().__init__()
        self.table: RateTable | None = None
        self.editable = False
        self.problems: list[str] = []
        self.headers = [self.tr("Figure"), self.tr("Value"), self.tr("Source"), self.tr("Date")]

    def set_table(self, table: RateTable | None, editable: bool) -> None:
        self.beginResetModel()
        self.table, self.editable = table, editable
        self.endResetModel()

    def _figures(self) -> list[tuple[str, RateFigure]]:
        return self.table.figures() if self.table is not None else []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._figures())

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in (COL_VALUE, COL_SOURCE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        figures = self._figures()
        if not index.isValid() or index.row() >= len(figures):
            return None
        key, figure = figures[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == COL_WHAT:
                label = FIGURE_LABELS.get(key, key)
                return label[:1].upper() + label[1:]
            if column == COL_VALUE:
                return f"{figure.value:f}"
            if column == COL_SOURCE:
                return figure.source
            if column == COL_DATE:
                return long_date(figure.source_date) if figure.source_date else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: ModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self.editable or self.table is None or role != Qt.ItemDataRole.EditRole:
            return False
        key, figure = self._figures()[index.row()]
        text = str(value).strip()
        if index.column() == COL_VALUE:
            try:
                number = Decimal(text.replace("£", "").replace(",", ""))
            except InvalidOperation:
                self.problems = [self.tr("Type a number, for example 12.71.")]
                return False
            if not number.is_finite() or len(text) > 20:
                self.problems = [self.tr("Type a number, for example 12.71.")]
                return False
            changed = replace(figure, value=number)
        elif index.column() == COL_SOURCE:
            changed = replace(figure, source=text[:500])
        else:
            return False
        self.table = self.table.with_figure(key, changed)
        self.problems = []
        self.dataChanged.emit(index, index)
        return True


class RateTablesDialog(QDialog):
    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rate tables"))
        self.resize(980, 640)
        self._context = context
        self.model = RateFiguresModel()

        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Rate table"))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Figures of the rate table"))
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_VALUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().hide()
        name_headers(self.view)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("fieldMessage")
        self.problems.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy as next year's table"))
        self.copy_button.setAccessibleName(self.tr("Copy this table to make next year's"))
        self.save_button = QPushButton(self.tr("Save my changes"))
        self.save_button.setAccessibleName(self.tr("Save the changes to this table"))
        self.use_button = QPushButton(self.tr("Use this table for my plan…"))
        self.use_button.setAccessibleName(self.tr("Use this table for the plan"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        label = QLabel(self.tr("&Table:"))
        label.setBuddy(self.chooser)
        top.addWidget(label)
        top.addWidget(self.chooser, 1)
        actions = QHBoxLayout()
        for button in (self.copy_button, self.save_button, self.use_button):
            actions.addWidget(button)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems)
        layout.addLayout(actions)
        layout.addWidget(buttons)

        self.chooser.currentIndexChanged.connect(self._show)
        self.copy_button.clicked.connect(self.copy_for_next_year)
        self.save_button.clicked.connect(self.save)
        self.use_button.clicked.connect(self.ask_use)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self._known = self._context.store.rate_tables()
        version = self._context.version
        current = select or (version.rate_table_name if version else "")
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for known in self._known:
            kind = self.tr("comes with the program") if known.shipped else self.tr("my own")
            mine = self.tr(", used by this plan") if known.table.name == (
                version.rate_table_name if version else None) else ""
            self.chooser.addItem(f"{known.table.name} ({kind}{mine})", known.table.name)
        self.chooser.blockSignals(False)
        index = self.chooser.findData(current)
        self.chooser.setCurrentIndex(index if index >= 0 else self.chooser.count() - 1)
        self._show()

    def _known_table(self) -> Any:
        name = self.chooser.currentData()
        return next((k for k in self._known if k.table.name == name), None)

    def _show(self) -> None:
        known = self._known_table()
        if known is None:
            return
        self.model.set_table(known.table, editable=not known.shipped)
        table = known.table
        when = f"{long_date(table.valid_from)} to {long_date(table.valid_to)}"
        self.note.setText(self.tr(
            "For {0}. Rates are fractions: 0.15 means 15%. {1}").format(
            when, self.tr("This table comes with the program and cannot be changed: copy it to "
                          "make your own.") if known.shipped else
            self.tr("This is your own table: double-click a figure or its source to change it.")))
        self.save_button.setEnabled(not known.shipped)
        self.use_button.setEnabled(self._context.editable)
        self.problems.clear()

    def copy_for_next_year(self) -> None:
        known = self._known_table()
        if known is None:
            return
        copy = known.table.copy_for_next_year()
        if any(k.table.name == copy.name for k in self._known):
            self.problems.setText(self.tr("There is already a table called {0}.").format(
                copy.name))
            return
        problems = self._context.store.save_rate_table(copy)
        if problems:
            self.problems.setText("\n".join(problems))
            return
        self.reload(select=copy.name)

    def save(self) -> None:
        if self.model.table is None:
            return
        problems = self.model.problems or self._context.store.save_rate_table(self.model.table)
        self.problems.setText("\n".join(problems) if problems else self.tr("Saved."))
        self._context.moneyChanged.emit()

    def ask_use(self) -> None:
        version = self._context.version
        name = self.chooser.currentData()
        if version is None or not name or not self._context.editable:
            return
        if self.model.editable and self.model.table is not None:
            self.save()
        move = preview_move(version, name)
        lines = []
        for label, summary in ((self.tr("Now ({0})").format(version.rate_table_name or "-"),
                                move.before), (self.tr("With {0}").format(name), move.after)):
            money = summary.by_payer[Payer.PERSONAL_BUDGET]
            lines.append(self.tr("{0}: {1} a week, {2} a year from my personal budget").format(
                label, money[Period.WEEK].format(), money[Period.YEAR].format()))
        answer = QMessageBox.question(
            self, self.tr("Use this table"),
            self.tr("Move my plan to the {0} table?").format(name) + "\n\n" + "\n".join(lines))
        if answer == QMessageBox.StandardButton.Yes:
            self.use_table(name)

    def use_table(self, name: str) -> None:
        version = self._context.version
        if version is None:
            return
        self._context.store.set_value(version, "rate_table_name", name)
        self._context.moneyChanged.emit()
        self.reload(select=name)
