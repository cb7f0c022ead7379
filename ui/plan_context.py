"""The plan being edited, shared by every page, with signals for change."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from budgetplanner.storage.models import Person, PlanVersion
from budgetplanner.storage.store import PlanStore
from ui.autosave import Autosaver


class PlanContext(QObject):
    """Holds the store, the selected person and version; pages listen to its signals."""

    # A new person (or none) is selected: pages reload what they show.
    planChanged = Signal()
    # Something that changes the money was edited: money views recalculate.
    moneyChanged = Signal()
    # Any edit at all (text or money): the autosaver saves soon.
    edited = Signal()

    def __init__(self, store: PlanStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.person: Person | None = None
        self.version: PlanVersion | None = None
        self.autosaver = Autosaver(store.save, self)
        self.edited.connect(self.autosaver.schedule)
        self.moneyChanged.connect(self.edited)

    def select(self, person_id: int | None) -> None:
        self.autosaver.flush()
        if person_id is None:
            self.person, self.version = None, None
        else:
            self.person = self.store.person(person_id)
            self.version = self.store.current_version(self.person)
        self.planChanged.emit()

    def open_version(self, version: PlanVersion) -> None:
        """Show one version of the current person's plan; older ones are read only."""
        self.autosaver.flush()
        self.version = version
        self.planChanged.emit()

    @property
    def editable(self) -> bool:
        return self.version is not None and not self.version.is_frozen
