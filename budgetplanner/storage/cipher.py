"""Plans files locked with a passphrase (SQLCipher), and every raw connection to a plans file.

Encryption is off by default. When a person turns it on, the plans file and every backup
beside it are rewritten encrypted with their passphrase (SQLCipher: AES-256, the key drawn
from the passphrase by PBKDF2). The passphrase is never written anywhere: it lives in this
process's memory while the file is open, in `_KEYS`, so that backups, checks and erasing
open the same files the same way without each being handed the passphrase.

All raw connections to plans files and their backups go through `connect`, which reads the
file's first bytes: a plain SQLite file is opened plainly, anything else with the
passphrase remembered for it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

from budgetplanner.translation import _

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_FOLDER_NAME = "backups"
# Long enough that guessing is slow even offline; the person is told to write it down.
SHORTEST_PASSPHRASE = 8

# Plans file (resolved) -> its passphrase, for this run of the program only.
_KEYS: dict[Path, str] = {}


class PassphraseError(Exception):
    """A passphrase was refused: too short, or it does not open the file."""


def _module() -> ModuleType | None:
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return None
    module: ModuleType = dbapi2
    return module


def database_errors() -> tuple[type[Exception], ...]:
    """The errors a damaged or foreign file raises, from either module."""
    module = _module()
    if module is None:
        return (sqlite3.DatabaseError,)
    return (sqlite3.DatabaseError, module.DatabaseError)


def available() -> bool:
    """Whether this installation can lock files with a passphrase."""
    return _module() is not None


def is_plain(path: Path) -> bool:
    """A readable SQLite file without encryption (or no file yet)."""
    if not path.exists() or path.stat().st_size == 0:
        return True
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def _plans_file_of(path: Path) -> Path:
    path = path.resolve()
    if path.parent.name == BACKUP_FOLDER_NAME:
        for plans in _KEYS:
            if plans.parent == path.parent.parent:
                return plans
    return path


def remember(path: Path, passphrase: str | None) -> None:
    """Hold (or, with None, forget) the passphrase of a plans file and its backups."""
    if passphrase is None:
        _KEYS.pop(path.resolve(), None)
    else:
        _KEYS[path.resolve()] = passphrase


def passphrase_for(path: Path) -> str | None:
    return _KEYS.get(_plans_file_of(path))


def is_locked(path: Path) -> bool:
    """Whether the plans file at `path` is open with a passphrase in this run."""
    return passphrase_for(path) is not None


def _quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def _apply_key(connection: Any, passphrase: str) -> None:
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = {_quoted(passphrase)}")


def uri(path: Path, query: str) -> str:
    """A SQLite URI for a file, its name escaped: a folder named "100%25 sure" stays itself."""
    return "file:" + quote(os.path.abspath(path), safe="/") + "?" + query


def connect(path: Path, *, read_only: bool = False, passphrase: str | None = None,
            immutable: bool = False, **options: Any) -> Any:
    """A DB-API connection to a plans file or backup, plain or with its passphrase.

    An existing plain file is opened plainly; an encrypted one (or a new file whose plans
    file is locked) with the passphrase. The sqlite3 and sqlcipher3 modules share one
    interface, so callers do not need to know which they got.
    """
    key = passphrase if passphrase is not None else passphrase_for(path)
    # `immutable`: a read-only plans file is read as it is, with nothing made beside it.
    target = (uri(path, "mode=ro&immutable=1") if immutable
              else uri(path, "mode=ro") if read_only else str(path))
    read_only = read_only or immutable
    module = _module() if key is not None else None
    if module is None:
        return sqlite3.connect(target, uri=read_only, **options)
    connection = module.connect(target, uri=read_only, **options)
    if key is not None and (not path.exists() or path.stat().st_size == 0
                            or not is_plain(path)):
        _apply_key(connection, key)
    return connection


def opens(path: Path, passphrase: str) -> bool:
    """Whether the passphrase opens the encrypted file at `path`."""
    module = _module()
    if module is None:
        return False
    try:
        connection = module.connect(uri(path, "mode=ro"), uri=True)
        try:
            _apply_key(connection, passphrase)
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except database_errors():
        return False
    return True


def check_passphrase(passphrase: str, again: str) -> None:
    """Raise PassphraseError, in words, for a passphrase that should not be used."""
    if len(passphrase) < SHORTEST_PASSPHRASE:
        raise PassphraseError(_("A passphrase needs at least {count} letters, numbers or "
                                "spaces.").format(count=SHORTEST_PASSPHRASE))
    if passphrase != again:
        raise PassphraseError(_("The two passphrases are not the same."))


def rewrite(path: Path, old: str | None, new: str | None) -> None:
    """Rewrite one closed file from passphrase `old` to `new` (None: no passphrase).

    The copy is written beside the file, flushed to disk and put in place in one rename,
    so a crash leaves either the old file or the new one, never half of each.
    """
    module = _module()
    if module is None:
        raise PassphraseError(_("This installation cannot lock files with a passphrase "
                                "(the sqlcipher3 package is missing)."))
    if old is not None and not opens(path, old):
        raise PassphraseError(_("The passphrase does not open this file."))
    temporary = path.with_name(path.name + ".rewriting")
    temporary.unlink(missing_ok=True)
    from budgetplanner.storage.files import create_private_file

    create_private_file(temporary)  # owner-only from the first byte SQLite writes
    connection = module.connect(str(path), isolation_level=None)
    try:
        if old is not None:
            _apply_key(connection, old)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute(f"ATTACH DATABASE {_quoted(str(temporary))} AS rewritten "
                           f"KEY {_quoted(new or '')}")
        connection.execute("SELECT sqlcipher_export('rewritten')")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute(f"PRAGMA rewritten.user_version = {int(version)}")
        connection.execute("DETACH DATABASE rewritten")
    finally:
        connection.close()
    with temporary.open("rb+") as handle:
        os.fsync(handle.fileno())
    if os.name == "posix":
        temporary.chmod(0o600)
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    os.replace(temporary, path)
    if os.name == "posix":
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
