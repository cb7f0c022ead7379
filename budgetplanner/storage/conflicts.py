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

CONFLICT_SENTENCE = ("Someone else changed this part of the plan while I was editing it, so "
                     "my change has not been saved. Both versions are kept for me to choose "
                     "from.")


@dataclass
class PendingEdit:
    """What I changed in one row, and what the row holds now that someone else saved it."""

    model: type[Any]
    key: tuple[Any, ...]
    mine: dict[str, Any]
    theirs: dict[str, Any] = field(default_factory=dict)


class SaveConflictError(Exception):
    """A save refused because the row changed (or cannot be seen) since it was read."""

    def __init__(self, edits: list[PendingEdit], detail: str = "") -> None:
        super().__init__(CONFLICT_SENTENCE)
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
            edits.append(PendingEdit(type(obj), tuple(state.identity), changed))
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
