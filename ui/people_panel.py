"""The list of people's plans: search by name, add, rename."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.accessible import Heading
from ui.flow_layout import FlowLayout
from ui.icons import icon

if TYPE_CHECKING:
    from budgetplanner.storage.store import PlanStore
    from ui.models.people_model import PeopleListModel


class PeoplePanel(QWidget):
    """Emits `personSelected(id)` (or -1 for none) when the selection changes."""

    personSelected = Signal(int)
    # A new plan was started (after it is selected): the window puts the cursor in it.
    planAdded = Signal(int)

    # Set by open(): the panel is shown before the plans file is opened.
    model: PeopleListModel
    _store: PlanStore

    def __init__(self, store: PlanStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opened = False
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search by name"))
        self.search_edit.setAccessibleName(self.tr("Search plans by name"))
        self.search_edit.setClearButtonEnabled(True)
        self.list_view = QListView()
        self.list_view.setAccessibleName(self.tr("Plans"))
        self.list_view.setAccessibleDescription(
            self.tr("Each person with their next review date; reviews due soon are marked"))
        # Names and review dates wrap rather than being cut off at large text sizes.
        self.list_view.setWordWrap(True)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setSpacing(2)
        self.add_button = QPushButton(icon("user-plus"), self.tr("New plan"))
        self.add_button.setAccessibleName(self.tr("New plan"))
        self.add_button.setAccessibleDescription(self.tr("Start a new plan for someone"))
        self.rename_button = QPushButton(icon("pencil"), self.tr("Rename"))
        self.rename_button.setAccessibleName(self.tr("Rename"))
        self.rename_button.setAccessibleDescription(self.tr("Change the name on this plan"))
        self.count_label = QLabel()

        title = Heading(self.tr("Plans"))
        title.setBuddy(self.list_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 4, 9, 4)  # every line counts at large text
        layout.setSpacing(4)
        # How many plans, beside the heading: a line saved for the list at large text.
        heading_row = QHBoxLayout()
        heading_row.addWidget(title, 1)
        heading_row.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(heading_row)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list_view, 1)
        # Side by side, or one above the other when large text makes the panel narrow.
        buttons = FlowLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.rename_button)
        layout.addLayout(buttons)

        self.search_edit.textChanged.connect(self._search)
        self.add_button.clicked.connect(self.ask_new_plan)
        self.rename_button.clicked.connect(self.ask_rename)
        if store is not None:
            self.open(store)

    def open(self, store: PlanStore) -> None:
        """List the plans of the open plans file (a search typed before it opened is kept)."""
        from ui.models.people_model import PeopleListModel

        self._store = store
        self.model = PeopleListModel(store)
        if self.search_edit.text():
            self.model.refresh(self.search_edit.text())
        self.list_view.setModel(self.model)
        # Room for at least four plans (a name and a review date each, wrapped or not) at
        # any text size: measured from the rows as laid out (see _room_for_four).
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._room_for_four)
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self._opened = True
        self.list_view.viewport().installEventFilter(self)
        self._update_count()
        self._room_for_four()

    def _room_for_four(self, *_args: object) -> None:
        """Keep the list at least as tall as four plans as they are laid out now (a long
        review date wraps onto a third line in a narrow column at large text)."""
        if not getattr(self, "_opened", False):  # a font change may come before it is built
            return
        view = self.list_view
        view.doItemsLayout()  # the rows as wrapped at the list's width now
        rows = [view.visualRect(self.model.index(row)).height()
                for row in range(min(4, self.model.rowCount()))]
        rows = [height for height in rows if height > 0]
        # Before the rows are laid out, or with fewer than four plans: two lines a plan.
        one = min(rows, default=2 * view.fontMetrics().lineSpacing() + 12)
        height = sum(rows) + one * (4 - len(rows)) + 2 * 4 * view.spacing()
        view.setMinimumHeight(height + 2 * view.frameWidth())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.list_view.viewport() and isinstance(event, QResizeEvent)
                and event.size().width() != event.oldSize().width()):
            self._room_for_four()
        return False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._room_for_four()

    def _update_count(self) -> None:
        total = self._store.count_people(self.search_edit.text())
        self.count_label.setText(self.tr("{0} plans").format(total) if total != 1
                                 else self.tr("1 plan"))

    def _search(self, text: str) -> None:
        if not self._opened:
            return
        current = self.current_person_id()
        self.model.refresh(text)
        self._update_count()
        if current is not None and self.model.row_of(current) >= 0:
            self.select_person(current)
        elif self.model.rowCount():
            self.select_row(0)
        else:
            self.personSelected.emit(-1)

    def _current_changed(self) -> None:
        person_id = self.current_person_id()
        self.personSelected.emit(-1 if person_id is None else person_id)

    def current_person_id(self) -> int | None:
        if not self._opened:
            return None
        row = self.list_view.currentIndex().row()
        return self.model.person_id(row) if row >= 0 else None

    def select_row(self, row: int) -> None:
        self.list_view.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def select_person(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row >= 0:
            self.select_row(row)

    def refresh(self, select: int | None = None) -> None:
        self.model.refresh()
        self._update_count()
        if select is not None:
            self.select_person(select)
        elif self.model.rowCount():
            self.select_row(0)

    def add_plan(self, name: str) -> int:
        """Start a new plan with this name and select it; returns the person's id."""
        person = self._store.add_person(name, rate_table_name="2026/27")
        self._store.save()
        self.search_edit.clear()
        self.refresh(select=person.id)
        self.planAdded.emit(person.id)
        return person.id

    def ask_new_plan(self) -> None:
        if not self._opened:
            return
        name, ok = QInputDialog.getText(self, self.tr("New plan"),
                                        self.tr("Whose plan is this? Their name:"))
        if ok:
            from budgetplanner.storage.store import PersonNameError

            try:
                self.add_plan(name)
            except PersonNameError as exc:
                QMessageBox.information(self, self.tr("New plan"), str(exc))

    def rename_current(self, name: str) -> None:
        person_id = self.current_person_id()
        if person_id is None:
            return
        self._store.rename_person(self._store.person(person_id), name)
        self._store.save()
        self.refresh(select=person_id)

    def ask_rename(self) -> None:
        person_id = self.current_person_id()
        if person_id is None:
            return
        person = self._store.person(person_id)
        name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("The name on this plan:"),
                                        text=person.name)
        if ok:
            from budgetplanner.storage.store import PersonNameError

            try:
                self.rename_current(name)
            except PersonNameError as exc:
                QMessageBox.information(self, self.tr("Rename"), str(exc))
