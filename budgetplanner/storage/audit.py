"""The server's record of who opened, changed, exported and erased each person's plan.

The database writes it (migration 0005): triggers for every change, and `planner_record` for
what triggers cannot see. Both take the name from the signed-in role, so no one can write
someone else's name, and no one can change or delete the record. A plans file on this
computer has no record: these functions do nothing there.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import text

from budgetplanner.storage.store import PlanStore
from budgetplanner.translation import N_, _, translated

EVENTS = ("opened", "exported", "printed")


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    signed_in_as: str
    acting_as: str
    action: str
    table_name: str | None
    # The advocate a change of who works with the plan, or of its taking-out, names (migration
    # 0008): given to or taken from, or who had taken it out. None for everything else.
    about: str | None = None


def record(store: PlanStore, what: str, person_id: int) -> None:
    """Add "opened", "exported" or "printed" for a person to the record, in its own
    transaction so a pending edit is neither saved nor lost by it."""
    if what not in EVENTS:
        raise ValueError(f"not an event the record keeps: {what}")
    if not store.shared:
        return
    with store.engine.begin() as connection:
        connection.execute(text("SELECT planner_record(:what, :person)"),
                           {"what": what, "person": person_id})


def history(store: PlanStore, person_id: int) -> list[AuditEntry]:
    """The record for one person, oldest first (a lead sees everyone's; an advocate only
    what they did themselves)."""
    if not store.shared:
        return []
    with store.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT at, signed_in_as, acting_as, action, table_name, about FROM audit_log "
            "WHERE person_id = :person ORDER BY at, id"), {"person": person_id}).all()
    return [AuditEntry(row.at, row.signed_in_as, row.acting_as, row.action, row.table_name,
                       row.about) for row in rows]


class RecordRefusedError(Exception):
    """Reading the record was refused; the message says why, plainly."""


def is_lead(store: PlanStore) -> bool:
    """Whether the signed-in role is a team lead (or the administrator, who is one too)."""
    if not store.shared:
        return False
    with store.engine.connect() as connection:
        return bool(connection.execute(text(
            "SELECT pg_has_role(current_user, 'planner_lead', 'USAGE')")).scalar())


def person_record(store: PlanStore, name: str) -> tuple[int, list[AuditEntry]]:
    """The whole record of one person's plan, by the name on it: for a team lead only (an
    advocate's own view of the record holds only what they did, see migration 0005)."""
    if not store.shared:
        raise RecordRefusedError(_("The record of who did what is kept on the "
                                   "organisation's server only."))
    if not is_lead(store):
        raise RecordRefusedError(_("Only a team lead can read the record of who did what."))
    wanted = " ".join(name.split()).lower()
    with store.engine.connect() as connection:
        ids = connection.execute(text("SELECT id FROM people WHERE lower(name) = :name "
                                      "ORDER BY id"), {"name": wanted}).scalars().all()
    if not ids:
        raise RecordRefusedError(_('There is no plan for "{name}".').format(name=name))
    if len(ids) > 1:
        raise RecordRefusedError(_('More than one plan is for "{name}": please rename one '
                                   "first.").format(name=name))
    return int(ids[0]), history(store, int(ids[0]))


def export_history(store: PlanStore, person_id: int, out: Path,
                   in_words: Callable[[AuditEntry], str] | None = None,
                   words_heading: str = N_("In plain words")) -> Path:
    """Write one person's record as a CSV file (for the lead, or a subject access request).
    With `in_words` (the window's wording of an entry), a last column says each in words.
    The headings are in the chosen language; what the server recorded is written as kept."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        heading = [_("When"), _("Signed in as"), _("Acting as"), _("What"),
                   _("Part of the plan"), _("About whom")]
        writer.writerow([*heading, translated(words_heading)] if in_words else heading)
        for entry in history(store, person_id):
            row = [entry.at.isoformat(timespec="seconds"), entry.signed_in_as,
                   entry.acting_as, entry.action, entry.table_name or "", entry.about or ""]
            writer.writerow([*row, in_words(entry)] if in_words else row)
    return out


def last_saved_by_someone_else(store: PlanStore, table: str, row_id: object,
                               ) -> AuditEntry | None:
    """Who last changed one record, other than me, and when: what a clash names. None on a
    plans file, and where the server does not let me read it (an advocate reads only their
    own part of the record)."""
    if not store.shared or not isinstance(row_id, int):
        return None
    with store.engine.connect() as connection:
        row = connection.execute(text(
            "SELECT at, signed_in_as, acting_as, action, table_name FROM audit_log "
            "WHERE table_name = :table AND row_id = :row AND action = 'update' "
            "  AND acting_as <> session_user "
            "ORDER BY at DESC, id DESC LIMIT 1"), {"table": table, "row": row_id}).first()
    if row is None:
        return None
    return AuditEntry(row.at, row.signed_in_as, row.acting_as, row.action, row.table_name)
