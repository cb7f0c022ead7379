"""A page of a plan's items (goals, people, risks...): a list on the left, the item on the right."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from budgetplanner.formatting import typed_date
from budgetplanner.storage.models import PlanVersion
from budgetplanner.storage.store import PlanStore
from budgetplanner.validation import ValidationError, clean_text, parse_date, parse_hours
from ui.accessible import Heading, introduction
from ui.i18n import Translate
from ui.icons import icon
from ui.plan_context import PlanContext
from ui.sizing import lines_high

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Field:
    attribute: str
    label: str
    kind: str = "text"  # text, line, date, hours or choice
    choices: tuple[tuple[str, Any], ...] = ()
    hint: str = ""


@dataclass(frozen=True)
class RecordsSpec:
    title: str
    intro: str
    collection: str  # the PlanVersion attribute holding the items
    noun: str  # "a goal", "a person"
    make: Callable[[], Any]
    describe: Callable[[Any], str]
    fields: list[Field] = field(default_factory=list)


class ItemsModel(QAbstractListModel):
    def __init__(self, spec: RecordsSpec, store: PlanStore) -> None:
        super().__init__()
        self._spec = spec
        self._store = store
        self.version: PlanVersion | None = None

    @property
    def items(self) -> list[Any]:
        return getattr(self.version, self._spec.collection) if self.version is not None else []

    def set_version(self, version: PlanVersion | None) -> None:
        self.beginResetModel()
        self.version = version
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._spec.describe(self.items[index.row()]) or self.tr("(not written yet)")
        return None

    def changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row), self.index(row))

    def add(self) -> int:
        if self.version is None:
            return -1
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        item = self._spec.make()
        item.position = row
        self._store.add_to(self.version, self._spec.collection, item)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if self.version is None or not 0 <= row < len(self.items):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        # Only the plan holds the item: it is deleted from the file; the others close up.
        self._store.remove_from(self.version, self._spec.collection, self.items[row])
        self.endRemoveRows()


class RecordsPage(QWidget):
    """Lists a plan's items and edits the selected one; every edit is kept as it is typed."""

    itemChanged = Signal()

    # Called on the class too (`RecordsPage.tr(...)`), as PySide6 allows and its stub does not.
    tr: ClassVar[Translate]

    def __init__(self, context: PlanContext, spec: RecordsSpec,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._spec = spec
        self._loading = False
        self.model = ItemsModel(spec, context.store)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setWordWrap(True)
        self.list_view.setAccessibleName(spec.title)
        self.add_button = QPushButton(icon("plus"), self.tr("Add {0}").format(spec.noun))
        self.add_button.setAccessibleName(self.tr("Add {0}").format(spec.noun))
        self.remove_button = QPushButton(icon("trash-2"), self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected one"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(Heading(spec.title))
        left_layout.addWidget(introduction(spec.intro))
        left_layout.addWidget(self.list_view, 1)
        # Side by side when the list sits above the form (large text), leaving it room.
        self.list_buttons = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.list_buttons.addWidget(self.add_button)
        self.list_buttons.addWidget(self.remove_button)
        left_layout.addLayout(self.list_buttons)

        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.editors: dict[str, QWidget] = {}
        self.message = QLabel()
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        for spec_field in spec.fields:
            editor = self._make_editor(spec_field)
            editor.setAccessibleName(spec_field.label)
            if spec_field.hint:
                editor.setAccessibleDescription(spec_field.hint)
            label = QLabel(f"<b>{spec_field.label}</b>"
                           + (f"<br>{spec_field.hint}" if spec_field.hint else ""))
            label.setWordWrap(bool(spec_field.hint))
            label.setBuddy(editor)
            self.form.addRow(label, editor)
            self.editors[spec_field.attribute] = editor
        self.form.addRow(self.message)
        self.extra = QVBoxLayout()
        self.form.addRow(self.extra)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.form_widget)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 720])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self._left = left
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.list_view.selectionModel().currentChanged.connect(lambda *_: self.show_current())
        context.planChanged.connect(self.reload)
        self.reload()

    def _make_editor(self, spec_field: Field) -> QWidget:
        if spec_field.kind == "text":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            lines_high(text, 3)
            text.textChanged.connect(lambda f=spec_field: self._edited(f))
            self._context.watch_language(text)
            return text
        if spec_field.kind == "choice":
            combo = QComboBox()
            for label, value in spec_field.choices:
                combo.addItem(label, value)
            combo.activated.connect(lambda _i, f=spec_field: self._edited(f))
            return combo
        line = QLineEdit()
        line.setMaxLength(300)
        if spec_field.kind == "date":
            line.setPlaceholderText(self.tr("for example 31/03/2027"))
        if spec_field.kind == "hours":
            line.setPlaceholderText(self.tr("for example 3"))
        line.textEdited.connect(lambda _t, f=spec_field: self._edited(f))
        return line

    # Loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self.model.set_version(self._context.version)
        editable = self._context.editable
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        self.setEnabled(self._context.version is not None)
        if self.model.rowCount():
            self.select(0)
        else:
            self.show_current()

    def select(self, row: int) -> None:
        before = self.list_view.currentIndex()
        self.list_view.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if before == self.list_view.currentIndex():
            self.show_current()

    def current(self) -> Any:
        row = self.list_view.currentIndex().row()
        items = self.model.items
        return items[row] if 0 <= row < len(items) else None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._stack_when_narrow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._stack_when_narrow()  # the text size may have changed while it was hidden

    def _stack_when_narrow(self) -> None:
        """With large text, or a narrow window, the form needs the whole width (a table of
        costs would otherwise scroll sideways): the list goes above it."""
        needed = (self._left.minimumSizeHint().width()
                  + self.form_widget.minimumSizeHint().width() + 40)
        narrow = self.width() < needed
        orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            self.list_buttons.setDirection(QBoxLayout.Direction.LeftToRight if narrow
                                           else QBoxLayout.Direction.TopToBottom)
            self.splitter.setSizes([280, 720] if not narrow else [
                self.fontMetrics().lineSpacing() * 9, self.height()])

    def show_current(self) -> None:
        item = self.current()
        self._loading = True
        self.form_widget.setEnabled(item is not None)
        read_only = not self._context.editable
        for spec_field in self._spec.fields:
            editor = self.editors[spec_field.attribute]
            value = getattr(item, spec_field.attribute) if item is not None else None
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value or "")
                editor.setReadOnly(read_only)
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(editor.findData(value), 0))
                editor.setEnabled(not read_only)
            elif isinstance(editor, QLineEdit):
                editor.setText(_as_text(value))
                editor.setReadOnly(read_only)
        self.message.hide()
        self._loading = False
        self.itemChanged.emit()

    # Editing ---------------------------------------------------------------------------

    def add(self) -> None:
        row = self.model.add()
        if row < 0:
            return
        self.select(row)
        self._context.moneyChanged.emit()
        first = self.editors[self._spec.fields[0].attribute]
        first.setFocus()

    def remove(self) -> None:
        row = self.list_view.currentIndex().row()
        if row < 0:
            return
        self.model.remove(row)
        self._context.moneyChanged.emit()
        if self.model.rowCount():
            self.select(min(row, self.model.rowCount() - 1))
        else:
            self.show_current()

    def _edited(self, spec_field: Field) -> None:
        item = self.current()
        if item is None or self._loading or not self._context.editable:
            return
        editor = self.editors[spec_field.attribute]
        try:
            value = self._read(spec_field, editor)
        except ValidationError as exc:
            # What was typed stays in the box; it is kept once it can be right.
            self.message.setText(f"{spec_field.label}: {exc}")
            self.message.show()
            return
        self.message.hide()
        self._context.store.set_value(item, spec_field.attribute, value)
        self.model.changed(self.list_view.currentIndex().row())
        self._context.edited.emit()
        self.itemChanged.emit()

    @staticmethod
    def _read(spec_field: Field, editor: QWidget) -> Any:
        if isinstance(editor, QPlainTextEdit):
            return clean_text(editor.toPlainText())
        if isinstance(editor, QComboBox):
            return editor.currentData()
        assert isinstance(editor, QLineEdit)
        text = editor.text()
        if spec_field.kind == "date":
            return parse_date(text)
        if spec_field.kind == "hours":
            return parse_hours(text, allow_empty=True)
        return clean_text(text, limit=300)


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return typed_date(value)
    if isinstance(value, Decimal):
        text = f"{value:f}"
        return text.rstrip("0").rstrip(".") if "." in text else text
    return str(value)
