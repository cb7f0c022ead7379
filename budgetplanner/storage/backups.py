"""Automatic, rotating backups of the plans file, made with SQLite's online backup.

Kept: every backup of the last day, the newest of each of the last seven days, and the newest
of each of the last five weeks. Restoring first backs up the file as it is, so nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from budgetplanner.formatting import date_and_time
from budgetplanner.storage import cipher
from budgetplanner.storage.connection import restrict_permissions
from budgetplanner.storage.files import create_private_file, make_private_folder
from budgetplanner.translation import N_, ngettext, translated

FOLDER_NAME = cipher.BACKUP_FOLDER_NAME
STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: datetime
    people: tuple[str, ...]  # whose plans it holds
    reason: str

    @property
    def label(self) -> str:
        names = ", ".join(self.people[:4]) + ("…" if len(self.people) > 4 else "")
        count = len(self.people)
        plans = ngettext("{count} plan", "{count} plans", count).format(count=count)
        # The reason is read back from the file's name: the program's own reasons are
        # translated, a reason given by hand ("made by hand 1405") is shown as written.
        reason = translated(self.reason)
        return f"{date_and_time(self.made)} ({reason}): {plans}" + (
            f": {names}" if names else "")


def backup_folder(db_path: Path) -> Path:
    folder = db_path.parent / FOLDER_NAME
    make_private_folder(folder)  # made owner-only if new; an existing folder is left alone
    return folder


# The reasons the program gives, kept in the backup's file name in English.
AUTOMATIC, BEFORE_RESTORING = N_("automatic"), N_("before restoring")


def make_backup(db_path: Path, reason: str = AUTOMATIC, now: datetime | None = None) -> Path:
    """Copy the plans file, consistently even while it is open, into the backups folder."""
    made = now or datetime.now()
    folder = backup_folder(db_path)
    target = folder / f"{db_path.stem}-{made.strftime(STAMP)}-{_slug(reason)}.sqlite3"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{db_path.stem}-{made.strftime(STAMP)}-{_slug(reason)}-{number}.sqlite3"
    create_private_file(target)
    try:
        source = cipher.connect(db_path)
        try:
            copy = cipher.connect(target)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
    except BaseException:
        # Half a backup is no backup: an empty one would even pass SQLite's check.
        for leftover in (target, target.with_name(target.name + "-wal"),
                         target.with_name(target.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    restrict_permissions(target)
    return target


def _slug(reason: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in reason.lower())[:30] or "backup"


def _made(path: Path, stem: str) -> datetime | None:
    rest = path.stem[len(stem) + 1:]
    try:
        return datetime.strptime(rest[:15], STAMP)
    except ValueError:
        return None


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of this plans file, newest first, with what each holds (read from the copy)."""
    folder = db_path.parent / FOLDER_NAME
    if not folder.exists():
        return []
    found = []
    for path in folder.glob(f"{db_path.stem}-*.sqlite3"):
        made = _made(path, db_path.stem)
        if made is None:
            continue
        reason = path.stem[len(db_path.stem) + 17:] or AUTOMATIC
        found.append(BackupInfo(path, made, _people_in(path), reason.replace("-", " ")))
    return sorted(found, key=lambda info: info.made, reverse=True)


def _people_in(path: Path) -> tuple[str, ...]:
    try:
        connection = cipher.connect(path, read_only=True)
        try:
            rows = connection.execute("SELECT name FROM people ORDER BY lower(name)").fetchall()
        finally:
            connection.close()
    except cipher.database_errors():
        return ()
    return tuple(row[0] for row in rows)


def backup_if_due(db_path: Path, now: datetime | None = None) -> Path | None:
    """Make the day's backup when the newest is older than a day, then rotate."""
    moment = now or datetime.now()
    if not db_path.exists():
        return None
    backups = list_backups(db_path)
    made = None
    if not backups or moment - backups[0].made >= timedelta(days=1):
        made = make_backup(db_path, AUTOMATIC, moment)
    rotate(db_path, moment)
    return made


def rotate(db_path: Path, now: datetime | None = None) -> list[Path]:
    """Remove backups the rotation no longer keeps; returns what was removed."""
    moment = now or datetime.now()
    keep: set[Path] = set()
    days: set[object] = set()
    weeks: set[object] = set()
    for info in list_backups(db_path):  # newest first
        age = moment - info.made
        if age < timedelta(days=1):
            keep.add(info.path)
        day = info.made.date()
        week = info.made.isocalendar()[:2]
        if age < timedelta(days=7) and day not in days:
            days.add(day)
            keep.add(info.path)
        if age < timedelta(weeks=5) and week not in weeks:
            weeks.add(week)
            keep.add(info.path)
    removed = []
    for info in list_backups(db_path):
        if info.path not in keep:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def restore_backup(backup: Path, db_path: Path) -> Path:
    """Put a backup in place of the plans file (closed by the caller) after backing it up."""
    safety = make_backup(db_path, BEFORE_RESTORING) if db_path.exists() else backup
    new = not db_path.exists()
    source = cipher.connect(backup, read_only=True)
    try:
        target = cipher.connect(db_path)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    if new:
        restrict_permissions(db_path)  # only a file made here; the person's keeps its mode
    return safety


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passes SQLite's own check, to offer when the file is damaged."""
    for info in list_backups(db_path):
        try:
            connection = cipher.connect(info.path, read_only=True)
            try:
                # An empty file passes SQLite's check too: a good backup also holds plans.
                if connection.execute("PRAGMA quick_check").fetchone() == ("ok",) and \
                        connection.execute("SELECT count(*) FROM sqlite_master WHERE "
                                           "name = 'people'").fetchone() == (1,):
                    return info
            finally:
                connection.close()
        except cipher.database_errors():
            continue
    return None

