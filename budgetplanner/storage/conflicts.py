"""Saving when someone else may have changed the same thing (optimistic locking).

Every row people edit has a version number (models.Versioned). A save that finds a newer
number changes nothing and is refused here with one plain sentence, instead of overwriting
the other person's change. The edits that were refused are kept (`SaveConflictError.mine`) beside
what is saved now (`theirs`), so the person can see both and choose; `keep_mine` saves the
chosen ones on top of the newer version.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from budgetplanner.translation import N_, translated

# In English, marked; said in the chosen language (translated) where a save is refused.
CONFLICT_SENTENCE = N_("Someone else changed this part of the plan while I was editing it, so "
                       "my change has not been saved. Both versions are kept for me to choose "
                       "from.")


@dataclass
class PendingEdit:
    """What I changed in one row, and what the row holds now that someone else saved it."""

    model: type[Any]
    key: tuple[Any, ...]
    mine: dict[str, Any]
    theirs: dict[str, Any] = field(default_factory=dict)
    # The row version my edit was made on (None for a table without one).
    base_version: int | None = None


class SaveConflictError(Exception):
    """A save refused because the row changed (or cannot be seen) since it was read."""

    def __init__(self, edits: list[PendingEdit], detail: str = "") -> None:
        super().__init__(translated(CONFLICT_SENTENCE))
        self.edits = edits
        self.detail = detail


def pending_edits(session: Session) -> list[PendingEdit]:
    """The changed columns of every changed row in the session, before they are sent."""
    edits = []
    for obj in session.dirty:
        state = inspect(obj)
        if state.identity is None:
            continue
        changed = {}
        for column in state.mapper.column_attrs:
            added = state.attrs[column.key].history.added
            if column.key != "row_version" and added:
                changed[column.key] = added[0]
        if changed:
            base = None
            if "row_version" in state.attrs:
                history = state.attrs["row_version"].history
                base = (history.deleted or history.unchanged or [None])[0]
            edits.append(PendingEdit(type(obj), tuple(state.identity), changed, base_version=base))
    return edits


def commit_or_conflict(session: Session) -> None:
    """Commit; on a version clash, roll back, read what is saved now, and raise SaveConflictError
    holding both versions of every row I had changed."""
    edits = pending_edits(session)
    try:
        session.commit()
    except StaleDataError as clash:
        session.rollback()
        for edit in edits:
            current = session.get(edit.model, edit.key, populate_existing=True)
            edit.theirs = ({} if current is None else
                           {name: getattr(current, name) for name in edit.mine})
        raise SaveConflictError(edits, str(clash)) from clash


def keep_mine(session: Session, conflict: SaveConflictError,
              choose: dict[str, bool] | None = None) -> None:
    """Save my refused edits over the newer version (all, or the columns `choose` keeps)."""
    for edit in conflict.edits:
        current = session.get(edit.model, edit.key)
        if current is None:
            continue  # the row was deleted, or is no longer mine to see
        for name, value in edit.mine.items():
            if choose is None or choose.get(name, False):
                setattr(current, name, value)
    commit_or_conflict(session)


WAITING_SENTENCE = ("The organisation's plans server cannot be reached just now. My changes "
                    "are kept on this computer and will be saved when it is back.")


def _merge(older: list[PendingEdit], newer: list[PendingEdit]) -> list[PendingEdit]:
    """One edit per row: later values win; the version is the one the first edit was made on."""
    merged: dict[tuple[type[Any], tuple[Any, ...]], PendingEdit] = {}
    for edit in [*older, *newer]:
        key = (edit.model, edit.key)
        if key in merged:
            merged[key].mine.update(edit.mine)
        else:
            merged[key] = PendingEdit(edit.model, edit.key, dict(edit.mine),
                                      base_version=edit.base_version)
    return list(merged.values())


class Autosaver:
    """Saves a session's changes to existing rows and keeps them waiting through a dropped
    connection to the server: a later `save()` applies them on the rows as saved now, once,
    and a row someone else changed meanwhile is a conflict (both versions), never
    overwritten. (New rows are saved by the ordinary commit; they are not held here.)
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.waiting: list[PendingEdit] = []

    @property
    def is_waiting(self) -> bool:
        return bool(self.waiting)

    def save(self) -> bool:
        """True when every change is saved; False when they wait for the server
        (WAITING_SENTENCE says so). Raises SaveConflictError on a clash."""
        from sqlalchemy.exc import InterfaceError, OperationalError

        edits = _merge(self.waiting, pending_edits(self.session))
        try:
            if self.waiting:
                self.session.rollback()  # nothing half-sent stays in the session
                self._apply(edits)
            commit_or_conflict(self.session)
        except (OperationalError, InterfaceError):
            self.waiting = edits
            self.session.rollback()
            return False
        self.waiting = []
        return True

    def _apply(self, edits: list[PendingEdit]) -> None:
        clashes = []
        for edit in edits:
            current = self.session.get(edit.model, edit.key, populate_existing=True)
            if current is None:
                continue  # deleted meanwhile, or no longer mine to see
            now = {name: getattr(current, name) for name in edit.mine}
            if now == edit.mine:
                continue  # already saved before the connection dropped: not again
            if edit.base_version is not None and current.row_version != edit.base_version:
                edit.theirs = now
                clashes.append(edit)
                continue
            for name, value in edit.mine.items():
                setattr(current, name, value)
        if clashes:
            self.waiting = []
            raise SaveConflictError(clashes)
