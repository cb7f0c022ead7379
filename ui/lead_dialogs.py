"""A team lead's two views of one person's plan on the organisation's server: who works
with it (assign another advocate, or take the plan from one) and who did what with it (the
record the database keeps, in plain words, with Save as CSV…).

Both are thin: the work is done by budgetplanner/storage/organisation.py and audit.py, and
the server's own rules decide who may (an advocate who opened these anyway would be refused
by the database). Both open without blocking (`open()`), and say in the dialog what happened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from budgetplanner.formatting import date_and_time
from budgetplanner.storage import audit, organisation
from budgetplanner.storage.server import ServerError, connection_problem
from ui.accessible import Heading
from ui.file_dialogs import remember, start_in, tell

if TYPE_CHECKING:
    from budgetplanner.storage.audit import AuditEntry
    from budgetplanner.storage.models import Person
    from budgetplanner.storage.store import PlanStore




def part_of_the_plan(table: str) -> str:
    """A table of the plan, as the pages name what it holds."""
    parts = {
        "people": QCoreApplication.translate("LeadDialogs", "the name on the plan"),
        "plan_versions": QCoreApplication.translate("LeadDialogs", "the plan's words"),
        "goals": QCoreApplication.translate("LeadDialogs", "goals"),
        "relationships": QCoreApplication.translate("LeadDialogs", "people in my life"),
        "options": QCoreApplication.translate("LeadDialogs", "options"),
        "cost_lines": QCoreApplication.translate("LeadDialogs", "costs"),
        "pa_roles": QCoreApplication.translate("LeadDialogs", "personal assistants"),
        "scenarios": QCoreApplication.translate("LeadDialogs", "scenarios"),
        "risks": QCoreApplication.translate("LeadDialogs", "risks"),
        "contingencies": QCoreApplication.translate("LeadDialogs", "if things go wrong"),
        "plan_years": QCoreApplication.translate("LeadDialogs", "the plan's years"),
        "spending_entries": QCoreApplication.translate("LeadDialogs", "planned and spent"),
        "option_goals": QCoreApplication.translate("LeadDialogs", "which goals an option meets"),
        "scenario_options": QCoreApplication.translate(
            "LeadDialogs", "which options a scenario holds"),
    }
    return parts.get(table, table.replace("_", " "))


def what_happened(entry: AuditEntry) -> str:
    """One line of the record in plain words: 'opened this plan', 'took this plan out'."""
    if entry.table_name is None:
        said = {"opened": QCoreApplication.translate("LeadDialogs", "opened this plan"),
                "exported": QCoreApplication.translate("LeadDialogs", "exported this plan"),
                "printed": QCoreApplication.translate("LeadDialogs", "printed this plan")}
        return said.get(entry.action, entry.action)
    # Whom a change of who works with the plan, or of its taking-out, names (the server
    # records it since migration 0008; older entries say it without the name).
    if entry.about and (entry.action, entry.table_name) == ("insert", "assignments"):
        return QCoreApplication.translate(
            "LeadDialogs", "let {0} work with this plan").format(entry.about)
    if entry.about and (entry.action, entry.table_name) == ("delete", "assignments"):
        return QCoreApplication.translate(
            "LeadDialogs", "took this plan from {0}").format(entry.about)
    if (entry.about and (entry.action, entry.table_name) == ("delete", "plans_taken_out")
            and entry.about != entry.acting_as):
        # A lead ending someone else's taking-out (a laptop lost on a home visit).
        return QCoreApplication.translate(
            "LeadDialogs", "ended {0}'s taking-out: the plan can be changed again here").format(
                entry.about)
    # Taking out and bringing back are a row added to and deleted from plans_taken_out.
    special = {
        ("insert", "plans_taken_out"): QCoreApplication.translate(
            "LeadDialogs", "took this plan out"),
        ("delete", "plans_taken_out"): QCoreApplication.translate("LeadDialogs", "brought it back"),
        ("insert", "assignments"): QCoreApplication.translate(
            "LeadDialogs", "let an advocate work with this plan"),
        ("delete", "assignments"): QCoreApplication.translate(
            "LeadDialogs", "took this plan from an advocate"),
        ("insert", "people"): QCoreApplication.translate("LeadDialogs", "started this plan"),
        ("delete", "people"): QCoreApplication.translate("LeadDialogs", "erased this plan"),
    }
    if (entry.action, entry.table_name) in special:
        return special[(entry.action, entry.table_name)]
    verbs = {"insert": QCoreApplication.translate("LeadDialogs", "changed this plan: added to {0}"),
             "update": QCoreApplication.translate("LeadDialogs", "changed this plan: {0}"),
             "delete": QCoreApplication.translate(
                 "LeadDialogs", "changed this plan: took something out of {0}")}
    verb = verbs.get(entry.action, entry.action + " {0}")
    return verb.format(part_of_the_plan(entry.table_name))


def who(entry: AuditEntry) -> str:
    if entry.acting_as == entry.signed_in_as:
        return entry.signed_in_as
    return QCoreApplication.translate("LeadDialogs", "{0} (signed in as {1})").format(
        entry.acting_as, entry.signed_in_as)


class AdvocatesDialog(QDialog):
    """Who works with this person: the advocates assigned, and the lead's changes to that."""

    changed = Signal()  # an advocate was assigned or the plan taken from one

    def __init__(self, store: PlanStore, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.person = person
        self.setWindowTitle(self.tr("Who works with {0}").format(person.name))
        heading = Heading(self.tr("Advocates who work with {0}'s plan").format(person.name), 3)
        self.assigned_list = QListWidget()
        self.assigned_list.setAccessibleName(self.tr("Advocates who work with this plan"))
        heading.setBuddy(self.assigned_list)
        self.take_button = QPushButton(self.tr("&Take the plan from this advocate"))
        self.take_button.clicked.connect(self.take_from_chosen)
        self.assigned_list.currentRowChanged.connect(self._enable)
        self.others_box = QComboBox()
        self.others_box.setAccessibleName(self.tr("Another advocate"))
        others_label = QLabel(self.tr("&Another advocate:"))
        others_label.setBuddy(self.others_box)
        self.assign_button = QPushButton(self.tr("&Let them work with this plan"))
        self.assign_button.clicked.connect(self.assign_chosen)
        adding = QHBoxLayout()
        adding.addWidget(others_label)
        adding.addWidget(self.others_box, 1)
        adding.addWidget(self.assign_button)
        # What was done, said plainly, in the dialog itself (and in the window's status bar).
        self.said = QLabel()
        self.said.setObjectName("said")
        self.said.setWordWrap(True)
        self.said.setAccessibleName(self.tr("What happened"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.assigned_list)
        layout.addWidget(self.take_button)
        layout.addLayout(adding)
        layout.addWidget(self.said)
        layout.addWidget(buttons)
        self.resize(520, 380)
        self.refresh()

    def assigned(self) -> list[str]:
        return [self.assigned_list.item(row).text() for row in range(self.assigned_list.count())]

    def refresh(self) -> None:
        """Read again who works with the person, and who else could."""
        try:
            mine = [row.advocate for row in organisation.assignments(self.store.engine)
                    if row.person == self.person.name]
            everyone = organisation.advocates(self.store.engine)
        except DBAPIError as error:
            self.say(connection_problem(error))
            mine, everyone = [], []
        self.assigned_list.clear()
        self.assigned_list.addItems(mine)
        if not mine:
            self.said.setText(self.tr("No advocate works with {0}'s plan now: only team "
                                      "leads can see it.").format(self.person.name))
        self.others_box.clear()
        self.others_box.addItems([name for name in everyone if name not in mine])
        self._enable()

    def _enable(self) -> None:
        self.take_button.setEnabled(self.assigned_list.currentRow() >= 0)
        self.assign_button.setEnabled(self.others_box.count() > 0)

    def say(self, message: str) -> None:
        self.said.setText(message)
        parent = self.parentWidget()
        if parent is not None:
            tell(parent, message)

    def _done_on_server(self, change: Callable[[], object]) -> bool:
        """Make a change of who works with whom; a refusal is said in the dialog."""
        try:
            change()
        except ServerError as refused:
            self.say(str(refused))
            return False
        except DBAPIError as error:
            self.say(connection_problem(error))
            return False
        return True

    def assign_chosen(self) -> None:
        advocate = self.others_box.currentText()
        if not advocate:
            return
        if not self._done_on_server(
                lambda: organisation.assign(self.store.engine, self.person.name, advocate)):
            return
        self.refresh()
        self.say(self.tr("{0} now works with {1}'s plan: it is in their list of plans the "
                         "next time they look.").format(advocate, self.person.name))
        self.changed.emit()

    def take_from_chosen(self) -> None:
        item = self.assigned_list.currentItem()
        if item is None:
            return
        advocate = item.text()
        if not self._done_on_server(
                lambda: organisation.unassign(self.store.engine, self.person.name, advocate)):
            return
        self.refresh()
        message = self.tr("{0} no longer works with {1}'s plan: they cannot see it any "
                          "more.").format(advocate, self.person.name)
        if not self.assigned():
            message += " " + self.tr("No advocate works with it now: only team leads can "
                                     "see it.")
        self.say(message)
        self.changed.emit()


class RecordDialog(QDialog):
    """Who did what with this plan: the server's record of one person, read-only."""

    def __init__(self, store: PlanStore, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.person = person
        self.setWindowTitle(self.tr("Who did what with {0}'s plan").format(person.name))
        heading = Heading(self.tr("Who did what with {0}'s plan, oldest first").format(
            person.name), 3)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"),
                                              self.tr("What they did")])
        self.table.setAccessibleName(self.tr("Who did what with this plan"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        heading.setBuddy(self.table)
        self.said = QLabel()
        self.said.setObjectName("said")
        self.said.setWordWrap(True)
        self.said.setAccessibleName(self.tr("What happened"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.csv_button = buttons.addButton(self.tr("Save as &CSV…"),
                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.csv_button.clicked.connect(self.ask_save_csv)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.said)
        layout.addWidget(buttons)
        self.resize(760, 480)
        self.entries: list[AuditEntry] = []
        self.refresh()

    def refresh(self) -> None:
        try:
            _person_id, self.entries = audit.person_record(self.store, self.person.name)
        except audit.RecordRefusedError as refused:
            self.entries = []
            self.said.setText(str(refused))
        except DBAPIError as error:
            self.entries = []
            self.said.setText(connection_problem(error))
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, words in enumerate((date_and_time(entry.at.astimezone()), who(entry),
                                            what_happened(entry))):
                self.table.setItem(row, column, QTableWidgetItem(words))
        self.csv_button.setEnabled(bool(self.entries))

    def rows(self) -> list[list[str]]:
        """What the table shows, row by row."""
        return [[item.text() if (item := self.table.item(row, column)) else ""
                 for column in range(3)] for row in range(self.table.rowCount())]

    def ask_save_csv(self) -> None:
        suggested = start_in(self.store, "csv", self.tr("{0} - who did what.csv").format(
            self.person.name))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save who did what as CSV"),
                                              suggested, self.tr("CSV files (*.csv)"))
        if path:
            remember(self.store, "csv", path)
            self.save_csv(Path(path))

    def save_csv(self, path: Path) -> None:
        try:
            audit.export_history(self.store, self.person.id, path, what_happened,
                                 self.tr("In plain words"))
        except OSError as exc:
            self.said.setText(self.tr("The CSV file could not be written: {0}").format(
                exc.strerror or exc))
            return
        message = self.tr("Saved who did what with {0}'s plan as {1}").format(
            self.person.name, path)
        self.said.setText(message)
        parent = self.parentWidget()
        if parent is not None:
            tell(parent, message, folder=path)
