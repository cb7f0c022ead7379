"""Erase a person: their plan, every version, and the copies in backups made after a date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete

from budgetplanner.storage import cipher
from budgetplanner.storage.backups import BackupInfo, backups_holding
from budgetplanner.storage.models import Person, Setting
from budgetplanner.storage.store import PlanStore


@dataclass(frozen=True)
class ErasedReport:
    erased_from_backups: list[Path]
    copies_remain_in: list[BackupInfo]

    def sentence(self) -> str:
        if not self.copies_remain_in:
            return "The plan is erased from this computer, backups included."
        return (f"The plan is erased. Copies remain in {len(self.copies_remain_in)} older "
                "backups, in the backups folder beside the plans file.")


def _vacuum(connection: Any) -> None:
    # Deleted rows stay in the file's free pages until it is rewritten: rewrite it so the
    # words are really gone, and empty the write-ahead log too.
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("VACUUM")


def erase_person(store: PlanStore, person: Person,
                 backups_since: date | None = None) -> ErasedReport:
    """Delete the person and every version of their plan, and rewrite the file.

    Backups made on or after `backups_since` lose the person too; older ones are named in the
    report, so the person is told where copies remain.
    """
    name, person_id = person.name, person.id
    store.session.delete(person)
    store.session.execute(delete(Setting).where(Setting.key.like(f"%:{person_id}")))
    store.session.commit()
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
    erased, remain = [], []
    if store.path is not None:
        for info in backups_holding(store.path, name):
            if backups_since is not None and info.made.date() >= backups_since:
                _erase_from_backup(info.path, name)
                erased.append(info.path)
            else:
                remain.append(info)
    return ErasedReport(erased, remain)


def _erase_from_backup(path: Path, name: str) -> None:
    connection = cipher.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        ids = [row[0] for row in connection.execute("SELECT id FROM people WHERE name = ?",
                                                    (name,))]
        connection.execute("BEGIN")
        for person_id in ids:
            connection.execute("DELETE FROM people WHERE id = ?", (person_id,))
            connection.execute("DELETE FROM settings WHERE key LIKE ?", (f"%:{person_id}",))
        connection.execute("COMMIT")
        connection.execute("VACUUM")
    finally:
        connection.close()
