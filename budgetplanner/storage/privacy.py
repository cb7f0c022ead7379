"""Erase a person: their plan, every version, and the copies in backups made after a date.

A person is found in each backup by who they are, not by the name they have today: by their
row's id and the moment it was made (both kept in every copy of the file), and by the ids of
their plan's parts (kept when a plan leaves the file and comes back as a plan file). So a
person renamed after a backup was made is still found in it, under their old name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete

from budgetplanner.storage import cipher
from budgetplanner.storage.backups import BackupInfo, list_backups
from budgetplanner.storage.models import Person, Setting
from budgetplanner.storage.store import PlanStore
from budgetplanner.translation import _, ngettext

# Tables whose rows belong to a plan version and carry an id of their own (a "uid").
PARTS_WITH_IDS = ("goals", "relationships", "options", "scenarios", "risks", "contingencies",
                  "spending_entries")


@dataclass(frozen=True)
class Identity:
    """Who a person is, in any copy of the plans file."""

    person_id: int
    created_at: str  # as stored: the same text in every copy
    names: frozenset[str]
    part_ids: frozenset[str]




@dataclass(frozen=True)
class ErasedReport:
    erased_from_backups: list[Path]
    copies_remain_in: list[BackupInfo]
    # Backups (and set-aside copies of the plans file) that could not be opened to look in,
    # or not changed: damaged, read-only, or locked with another passphrase. A copy may
    # remain in them.
    not_checked: list[Path] = field(default_factory=list)
    # Every name the person was found under, today's first.
    names: tuple[str, ...] = ()

    def sentence(self) -> str:
        if not self.copies_remain_in and not self.not_checked:
            return _("The plan is erased from this computer, backups included.")
        parts = [_("The plan is erased from the plans file.")]
        if self.copies_remain_in:
            older = len(self.copies_remain_in)
            parts.append(ngettext(
                "Copies remain in {count} older backup, in the backups folder beside the plans "
                "file.",
                "Copies remain in {count} older backups, in the backups folder beside the "
                "plans file.", older).format(count=older))
        if self.not_checked:
            files = len(self.not_checked)
            listed = ", ".join(path.name for path in self.not_checked)
            parts.append(ngettext(
                "{count} file could not be opened or changed (damaged, read-only, or locked "
                "with another passphrase), so a copy may remain there: {files}.",
                "{count} files could not be opened or changed (damaged, read-only, or locked "
                "with another passphrase), so a copy may remain there: {files}.",
                files).format(count=files, files=listed))
        if len(self.names) > 1:
            parts.append(_("They were also found under the names: {names}.").format(
                names=", ".join(self.names[1:])))
        return " ".join(parts)


def _vacuum(connection: Any) -> None:
    # Deleted rows stay in the file's free pages until it is rewritten: rewrite it so the
    # words are really gone, and empty the write-ahead log too.
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("VACUUM")


def _tables(connection: Any) -> set[str]:
    return {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}


def _part_ids(connection: Any, person_ids: Iterable[int]) -> set[str]:
    ids = list(person_ids)
    if not ids:
        return set()
    marks = ",".join("?" * len(ids))
    found: set[str] = set()
    for table in sorted(_tables(connection) & set(PARTS_WITH_IDS)):
        found |= {row[0] for row in connection.execute(
            f"SELECT uid FROM {table} WHERE uid IS NOT NULL AND version_id IN "
            f"(SELECT id FROM plan_versions WHERE person_id IN ({marks}))", ids)}
    return found


def _people_by_parts(connection: Any, part_ids: frozenset[str]) -> set[int]:
    people: set[int] = set()
    wanted = sorted(part_ids)
    for table in sorted(_tables(connection) & set(PARTS_WITH_IDS)):
        for start in range(0, len(wanted), 500):  # SQLite limits the number of parameters
            chunk = wanted[start:start + 500]
            marks = ",".join("?" * len(chunk))
            people |= {row[0] for row in connection.execute(
                f"SELECT DISTINCT plan_versions.person_id FROM {table} JOIN plan_versions "
                f"ON plan_versions.id = {table}.version_id WHERE {table}.uid IN ({marks})",
                chunk)}
    return people


def _identity(store: PlanStore, person: Person) -> Identity:
    with store.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        row = raw.execute("SELECT created_at FROM people WHERE id = ?", (person.id,)).fetchone()
        parts = _part_ids(raw, [person.id])
    return Identity(person.id, "" if row is None else str(row[0]), frozenset([person.name]),
                    frozenset(parts))


def _living(store: PlanStore) -> set[tuple[int, str]]:
    with store.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        return {(row[0], str(row[1])) for row in raw.execute(
            "SELECT id, created_at FROM people")}


def _find(connection: Any, who: Identity,
          living: set[tuple[int, str]]) -> dict[int, str]:
    """The people in a copy who are this person: id -> the name they have there."""
    rows = {row[0]: (str(row[1]), row[2]) for row in connection.execute(
        "SELECT id, created_at, name FROM people")}
    found = {person_id: name for person_id, (made, name) in rows.items()
             if person_id == who.person_id and made == who.created_at}
    # The same plan under another row (it left the file as a plan file and came back):
    # theirs too, unless that row is someone still in the plans file.
    for person_id in _people_by_parts(connection, who.part_ids) if who.part_ids else ():
        if person_id in rows and (person_id, rows[person_id][0]) not in living:
            found[person_id] = rows[person_id][1]
    return found


def _look_in(path: Path, who: Identity, living: set[tuple[int, str]]) -> dict[int, str]:
    connection = cipher.connect(path, read_only=True)
    try:
        return _find(connection, who, living)
    finally:
        connection.close()


def _erase_from_backup(path: Path, person_ids: Iterable[int]) -> None:
    connection = cipher.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("BEGIN")
        for person_id in person_ids:
            connection.execute("DELETE FROM people WHERE id = ?", (person_id,))
            connection.execute("DELETE FROM settings WHERE key LIKE ?", (f"%:{person_id}",))
        connection.execute("COMMIT")
        _vacuum(connection)
    finally:
        connection.close()


def _set_aside_copies(plans: Path) -> list[Path]:
    # A damaged plans file the window moved aside before restoring a backup.
    return sorted(plans.parent.glob(f"{plans.stem}-not-opened-*{plans.suffix}"))


def erase_person(store: PlanStore, person: Person,
                 backups_since: date | None = None) -> ErasedReport:
    """Delete the person and every version of their plan, and rewrite the file.

    Backups made on or after `backups_since` lose the person too, found by who they are
    (whatever their name was then); older ones are named in the report, and so is every
    copy that could not be opened to look in, so the person is told where copies remain.
    """
    who = _identity(store, person)
    person_id = person.id
    # Through the one save path: changes typed before are saved with the erasure, and a
    # file that cannot be written raises SaveError before anything is rewritten.
    store.delete_person(person)
    store.change("forget this person's settings", lambda session: session.execute(
        delete(Setting).where(Setting.key.like(f"%:{person_id}"))))
    store.save()
    with store.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.commit()
        old_isolation = raw.isolation_level
        raw.isolation_level = None
        try:
            _vacuum(raw)
        finally:
            raw.isolation_level = old_isolation
    erased: list[Path] = []
    remain: list[BackupInfo] = []
    not_checked: list[Path] = []
    names = [person.name]
    if store.path is None:
        return ErasedReport(erased, remain, not_checked, tuple(names))
    living = _living(store)
    for info in list_backups(store.path):
        try:
            found = _look_in(info.path, who, living)
        except cipher.database_errors():
            not_checked.append(info.path)
            continue
        if not found:
            continue
        names += [name for name in found.values() if name not in names]
        if backups_since is None or info.made.date() < backups_since:
            remain.append(info)
            continue
        failures: tuple[type[Exception], ...] = (OSError, *cipher.database_errors())
        try:
            _erase_from_backup(info.path, found)
            still_there = bool(_look_in(info.path, who, living))
        except failures:
            still_there = True
        if still_there:
            not_checked.append(info.path)  # a read-only or damaged backup: a copy remains
        else:
            erased.append(info.path)
    not_checked += _set_aside_copies(store.path)
    return ErasedReport(erased, remain, not_checked, tuple(names))
