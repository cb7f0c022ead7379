"""Checks before a plans file is opened: is it ours, whole, not from a newer version, not in use.

A file that fails is never written to, and nothing is made beside it: the checks read the
file (and any "-wal" file of changes beside it) into memory and look at the copy there. The
person is told what is wrong in one plain sentence, never a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from budgetplanner.storage import cipher, wal
from budgetplanner.translation import N_, translated

# A settings row naming this plans file: a "-wal" file whose changes carry another name
# belongs to another plans file, and is never applied.
FILE_ID_KEY = "plans_file_id"
READ_AT_START = ("people", "settings")


@dataclass(frozen=True)
class FileProblem:
    # "not_a_plan_file", "damaged", "newer", "in_use", "locked", "wrong_passphrase",
    # "unreadable", "read_only", "foreign_wal", "folder"
    kind: str
    words: str  # in English, marked with N_

    @property
    def sentence(self) -> str:
        """What is wrong, for the person, in the chosen language."""
        return translated(self.words)


class StoreOpenError(Exception):
    """Opening the plans file was refused; `problem.sentence` says why to the person (in the
    language chosen when it was refused)."""

    def __init__(self, problem: FileProblem, path: Path) -> None:
        super().__init__(problem.sentence)
        self.problem = problem
        self.path = path


NOT_A_PLAN_FILE = FileProblem("not_a_plan_file", N_(
    "This file is not a plans file Budget Planner can read."))
DAMAGED = FileProblem("damaged", N_("This plans file is damaged, so it has not been changed."))
EMPTY = FileProblem("damaged", N_(
    "This plans file is empty, so it may have been damaged; it has not been changed."))
A_FOLDER = FileProblem("not_a_plan_file", N_("This is a folder, not a plans file."))
NOT_A_FILE = FileProblem("not_a_plan_file", N_(
    "This is not an ordinary file, so it is not a plans file."))
UNREADABLE = FileProblem("unreadable", N_(
    "Budget Planner is not allowed to read this plans file, so it has not been opened or "
    "changed."))
BROKEN_LINK = FileProblem("unreadable", N_(
    "This plans file is a link to a file that is not there."))
BAD_NAME = FileProblem("unreadable", N_(
    "The name of this plans file (or of a folder it is in) has letters Budget Planner cannot "
    "read: rename it, then open it again."))
READ_ONLY = FileProblem("read_only", N_(
    "This plans file is read-only, so Budget Planner could not keep my changes in it; it has "
    "not been changed."))
READ_ONLY_NOT_SHOWN = FileProblem("read_only", N_(
    "This plans file is read-only and holds changes not yet folded into it (or comes from an "
    "older Budget Planner), so it cannot be shown as it is; it has not been changed. Make it "
    "writable, or open a copy."))
FOLDER_READ_ONLY = FileProblem("read_only", N_(
    "Budget Planner is not allowed to write in the folder this plans file is in, so my changes "
    "could not be kept; nothing has been changed."))
FOLDER_NOT_MADE = FileProblem("folder", N_(
    "Budget Planner could not make the folder for this plans file, so nothing has been opened."))
FOREIGN_WAL = FileProblem("foreign_wal", N_(
    "Beside this plans file is a file of changes (its name ends in -wal) that does not belong "
    "to it, so nothing has been opened or changed: move that file somewhere else, then open the"
    " plans file again."))
LOCKED = FileProblem("locked", N_(
    "This plans file is locked with a passphrase, or it is damaged or not a plans file."))
LOCKED_OR_DAMAGED = FileProblem("damaged", N_(
    "This plans file is damaged or not a plans file (its backups have no passphrase, so it is "
    "not locked); it has not been changed."))
WRONG_PASSPHRASE = FileProblem("wrong_passphrase", N_(
    "That passphrase does not open this file. If it is the right one, the file may be damaged "
    "or not a plans file."))
NEWER = FileProblem("newer", N_(
    "This plans file was made by a newer version of Budget Planner, so it has not been changed."))
FOREIGN_DATABASE = FileProblem("not_a_plan_file", N_(
    "This file is a database, but not a Budget Planner plans file."))
IN_USE = FileProblem("in_use", N_(
    "Budget Planner is already open with this plans file in another window; close it there "
    "first."))
NOT_OPENED = FileProblem("damaged", N_(
    "This plans file could not be opened, so it has not been changed."))


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_path(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def read_file(path: Path) -> bytes:
    """The whole file; a seam so that tests can make a file unreadable even when run as root."""
    return path.read_bytes()


def _writable(path: Path, info: os.stat_result) -> bool:
    """Whether the program may write to `path`, honouring a mode that forbids it even to root.

    The administrator can write anywhere, but a file or folder nobody may write to was made
    read-only on purpose, so it is treated as read-only.
    """
    if not os.access(path, os.W_OK):
        return False
    if os.name != "posix":
        return True
    if info.st_uid == os.geteuid():
        return bool(info.st_mode & stat.S_IWUSR)
    return bool(info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def check_place(path: Path) -> FileProblem | None:
    """Whether the program may keep a plans file at `path` (run before anything is made)."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return BAD_NAME
    folder = path.parent
    try:
        info = folder.stat()
    except OSError:
        return FOLDER_NOT_MADE
    if not stat.S_ISDIR(info.st_mode):
        return FOLDER_NOT_MADE
    # SQLite writes its "-wal" and "-shm" files beside the plans file, so the folder too
    # must be writable: otherwise the first save would fail after typing.
    if not _writable(folder, info):
        return FOLDER_READ_ONLY
    return None


def _looks_encrypted(data: bytes) -> bool:
    # An encrypted file is whole pages of bytes that use nearly every value; a damaged plain
    # file, a text file or a truncated copy does not. Random bytes can pass: only a
    # passphrase tells those apart.
    if len(data) < 1024 or len(data) % 1024:
        return False
    return len(set(data[:4096])) > 200


def _backups_are_plain(path: Path) -> bool:
    """Whether this file has backups and none of them is locked with a passphrase."""
    folder = path.parent / cipher.BACKUP_FOLDER_NAME
    try:
        backups = list(folder.glob(f"{path.stem}-*.sqlite3"))
        return bool(backups) and all(cipher.is_plain(each) for each in backups)
    except OSError:
        return False


def _in_memory(image: bytes) -> sqlite3.Connection:
    """A private in-memory SQLite database holding a copy of a plain database file."""
    if len(image) >= 20:
        # A write-ahead-log file is marked so in its header; in memory it is read plainly.
        image = image[:18] + b"\x01\x01" + image[20:]
    connection = sqlite3.connect(":memory:")
    connection.deserialize(image)
    return connection


@contextlib.contextmanager
def _encrypted_copy(image: bytes, passphrase: str) -> Iterator[Any]:
    """An encrypted image opened with its passphrase from a private temporary file.

    The copy is as encrypted as the file itself, so no plain words reach the disk.
    """
    with tempfile.TemporaryDirectory(prefix="budgetplanner-check-") as scratch:
        copy = Path(scratch) / "check.sqlite3"
        copy.write_bytes(image)
        connection = cipher.connect(copy, read_only=True, passphrase=passphrase)
        try:
            yield connection
        finally:
            connection.close()


@dataclass(frozen=True)
class _Looked:
    problem: FileProblem | None
    file_id: str | None = None


def _look(connection: Any, known_revisions: set[str], encrypted: bool,
          thorough: bool = False) -> _Looked:
    """Check one opened copy: readable, whole, ours, not newer, every word readable text."""
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except cipher.database_errors():
        return _Looked(WRONG_PASSPHRASE if encrypted else DAMAGED)
    # With changes laid over the file, the full check also compares every index with its
    # table, and every link between rows: pages from another file seldom fit both.
    status = connection.execute("PRAGMA integrity_check" if thorough
                                else "PRAGMA quick_check").fetchone()
    if status is None or status[0] != "ok":
        return _Looked(DAMAGED)
    if thorough and connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
        return _Looked(DAMAGED)
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    if "alembic_version" in tables:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is not None and row[0] not in known_revisions:
            return _Looked(NEWER)
    elif tables:
        return _Looked(FOREIGN_DATABASE)
    # What the window reads as it starts (the list of people, the settings) is read once
    # here, so that a word that is not readable text is found now, not while it draws.
    # (Every table would be slow for a file of 10,000 plans.)
    for table in sorted(set(tables) & set(READ_AT_START)):
        for _row in connection.execute(f'SELECT * FROM "{table}"'):
            pass
    file_id = None
    if "settings" in tables:
        row = connection.execute("SELECT value FROM settings WHERE key = ?",
                                 (FILE_ID_KEY,)).fetchone()
        file_id = None if row is None or not row[0] else str(row[0]).split(" ")[0]
    return _Looked(None, file_id)


def _check_image(image: bytes, known_revisions: set[str], passphrase: str | None,
                 encrypted: bool, thorough: bool = False) -> _Looked:
    if not encrypted:
        connection = _in_memory(image)
        try:
            return _look(connection, known_revisions, False, thorough)
        finally:
            connection.close()
    assert passphrase is not None
    with _encrypted_copy(image, passphrase) as connection:
        return _look(connection, known_revisions, True, thorough)


def _check(path: Path, known_revisions: set[str], passphrase: str | None) -> FileProblem | None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return BROKEN_LINK if path.is_symlink() else None
    except PermissionError:
        return UNREADABLE
    except OSError as error:
        return FOLDER_NOT_MADE if error.errno == errno.ENOTDIR else UNREADABLE
    if stat.S_ISDIR(info.st_mode):
        return A_FOLDER
    if not stat.S_ISREG(info.st_mode):
        return NOT_A_FILE  # a pipe or a device: reading it could wait for ever
    if info.st_size == 0:
        return EMPTY
    try:
        data = read_file(path)
    except PermissionError:
        return UNREADABLE
    except OSError:
        return UNREADABLE
    encrypted = data[:len(cipher.SQLITE_HEADER)] != cipher.SQLITE_HEADER
    if encrypted:
        if not cipher.available() or not _looks_encrypted(data):
            return NOT_A_PLAN_FILE
        if passphrase is None:
            # Encrypted files and random bytes look alike; backups without a passphrase
            # say this one was never locked, so the window offers the newest of them.
            return LOCKED_OR_DAMAGED if _backups_are_plain(path) else LOCKED
    log_data = b""
    log_file = wal_path(path)
    if os.path.lexists(log_file):
        if not log_file.is_file():
            return FOREIGN_WAL  # a folder, a pipe or a broken link where SQLite keeps changes
        try:
            log_data = read_file(log_file)
        except OSError:
            return UNREADABLE
    log = wal.read_log(log_data)
    alone = _check_image(data, known_revisions, passphrase, encrypted)
    if log is None or not log.frames:
        return alone.problem
    if not encrypted and log.page_size != wal.database_page_size(data):
        return FOREIGN_WAL
    merged = _check_image(wal.apply(data, log), known_revisions, passphrase, encrypted,
                          thorough=True)
    if merged.problem is not None:
        # The file alone is fine but not with these changes: they were made to another file.
        return FOREIGN_WAL if alone.problem is None else merged.problem
    if alone.file_id is not None and merged.file_id is not None \
            and alone.file_id != merged.file_id:
        return FOREIGN_WAL
    return None


def check_file(path: Path, known_revisions: set[str],
               passphrase: str | None = None) -> FileProblem | None:
    """What is wrong with an existing plans file, or None when it can be opened (or is new).

    Nothing on disk is changed or made: the file and its "-wal" are read into memory.
    """
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return BAD_NAME
    try:
        problem = _check(path, known_revisions, passphrase)
    except cipher.database_errors():
        return DAMAGED
    except Exception:
        # Whatever else a strange file makes go wrong, the person gets a sentence.
        return NOT_OPENED
    if problem is not None:
        return problem
    try:
        info = path.stat()
    except OSError:
        return None  # a new file
    if not _writable(path, info):
        return READ_ONLY
    return None


class FileLock:
    """Keeps a second copy of the program from writing to the same plans file.

    The lock is keyed by the file's identity (its device and inode), so a symbolic link or
    a hard link with another name finds the same lock, and by its real path (links
    resolved), which still holds when the file is replaced by a rewritten copy. The lock
    files live in the program's own data folder, never beside the plans file, and hold
    advisory locks that the operating system releases when the program ends, even after a
    crash, so a stale lock never blocks.
    """

    def __init__(self, path: Path, folder: Path | None = None) -> None:
        self.plans = path
        self._folder = folder
        self._handles: list[IO[str]] = []

    def _lock_folder(self) -> Path:
        if self._folder is not None:
            return self._folder
        from budgetplanner.storage.places import data_folder

        return data_folder() / "locks"

    def _names(self) -> list[str]:
        real = os.path.realpath(self.plans)
        digest = hashlib.sha256(os.fsencode(real)).hexdigest()[:32]
        names = [f"path-{digest}.lock"]
        with contextlib.suppress(OSError):
            info = os.stat(self.plans)
            names.append(f"file-{info.st_dev}-{info.st_ino}.lock")
        return names

    @staticmethod
    def _take(lock_file: Path) -> IO[str] | None:
        handle = lock_file.open("a+")
        try:
            if os.name == "nt":  # pragma: no cover - Windows
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return None
        return handle

    def acquire(self) -> bool:
        """Take every lock this file's names give; False (holding none) if any is taken.

        Call again after the file is first made: it then also takes the lock of its inode.
        """
        from budgetplanner.storage.files import make_private_folder

        folder = self._lock_folder()
        make_private_folder(folder)
        held = {Path(handle.name).name for handle in self._handles}
        for name in self._names():
            if name in held:
                continue
            handle = self._take(folder / name)
            if handle is None:
                self.release()
                return False
            self._handles.append(handle)
        return True

    def release(self) -> None:
        for handle in self._handles:
            handle.close()  # closing releases the lock
        self._handles = []
