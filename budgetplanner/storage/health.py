"""Checks before a plans file is opened: is it ours, whole, not from a newer version, not in use.

A file that fails is never written to; the person is told what is wrong in one plain sentence.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from budgetplanner.storage import cipher


@dataclass(frozen=True)
class FileProblem:
    kind: str  # "not_a_plan_file", "damaged", "newer", "in_use", "locked", "wrong_passphrase"
    sentence: str


class StoreOpenError(Exception):
    """Opening the plans file was refused; `problem.sentence` says why to the person."""

    def __init__(self, problem: FileProblem, path: Path) -> None:
        super().__init__(problem.sentence)
        self.problem = problem
        self.path = path


LOCKED = FileProblem("locked", "This plans file is locked with a passphrase, or it is not a "
                               "plans file.")
WRONG_PASSPHRASE = FileProblem("wrong_passphrase",
                               "That passphrase does not open this file. If it is the right one, "
                               "the file may be damaged or not a plans file.")


def check_file(path: Path, known_revisions: set[str],
               passphrase: str | None = None) -> FileProblem | None:
    """What is wrong with an existing plans file, or None when it can be opened."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    encrypted = not cipher.is_plain(path)
    if encrypted:
        # Encrypted files and random bytes look alike: only a passphrase tells them apart.
        if not cipher.available() or path.stat().st_size % 512:
            return FileProblem("not_a_plan_file",
                               "This file is not a plans file Budget Planner can read.")
        if passphrase is None:
            return LOCKED
    try:
        connection = cipher.connect(path, read_only=True, passphrase=passphrase)
        try:
            if encrypted:
                # The first read decrypts the first page: it fails for a wrong passphrase.
                try:
                    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
                except cipher.database_errors():
                    return WRONG_PASSPHRASE
            status = connection.execute("PRAGMA quick_check").fetchone()
            if status is None or status[0] != "ok":
                return FileProblem("damaged", "This plans file is damaged, so it has not been "
                                              "changed.")
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                if row is not None and row[0] not in known_revisions:
                    return FileProblem("newer", "This plans file was made by a newer version of "
                                                "Budget Planner, so it has not been changed.")
            elif tables:
                return FileProblem("not_a_plan_file",
                                   "This file is a database, but not a Budget Planner plans file.")
        finally:
            connection.close()
    except cipher.database_errors():
        return FileProblem("damaged", "This plans file is damaged, so it has not been changed.")
    return None


class FileLock:
    """Keeps a second copy of the program from writing to the same plans file.

    An advisory lock on a file beside the plans file: the operating system releases it when
    the program ends, even after a crash, so a stale lock never blocks.
    """

    def __init__(self, path: Path) -> None:
        self.path = path.with_name(path.name + ".lock")
        self._handle: IO[str] | None = None

    def acquire(self) -> bool:
        handle = self.path.open("a+")
        try:
            if os.name == "nt":  # pragma: no cover - Windows
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        if os.name == "posix":
            self.path.chmod(0o600)
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing releases the lock
            self._handle = None


IN_USE = FileProblem("in_use", "Budget Planner is already open with this plans file in another "
                               "window; close it there first.")
