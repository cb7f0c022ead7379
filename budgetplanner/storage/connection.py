"""Where the plans are kept, and opening that SQLite file safely and up to date."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from budgetplanner.storage.files import make_private_folder

# Where the plans are (storage/places.py), also found here as before.
from budgetplanner.storage.places import APP_NAME as APP_NAME
from budgetplanner.storage.places import DATABASE_FILE as DATABASE_FILE
from budgetplanner.storage.places import data_folder as data_folder
from budgetplanner.storage.places import default_database_path as default_database_path

# "BPLN": marks a file Budget Planner made (in the SQLite header's application id).
APPLICATION_ID = 0x42504C4E


def database_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Write-ahead log with full sync: every committed edit survives a pulled plug.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=2000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for the database URL; SQLite gets the durable settings above."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_connect)
    return engine


def file_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine for a plans file, plain or locked with the passphrase remembered for it.

    `read_only`: a file the person may not change is read as it is (SQLite's immutable
    mode): nothing is written to it or made beside it.
    """
    from budgetplanner.storage import cipher

    engine = create_engine(database_url(path), creator=lambda: cipher.connect(
        path, immutable=read_only, check_same_thread=False))
    event.listen(engine, "connect", _on_read_only_connect if read_only else _on_connect)
    return engine


def _on_read_only_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # Objects stay readable after a commit: the window keeps showing them while it autosaves.
    return sessionmaker(engine, expire_on_commit=False)


def restrict_permissions(path: Path, *, folder: bool = False) -> None:
    """Make a data file the program has just made readable by its owner only (POSIX).

    The write-ahead log and shared-memory files beside a database hold the same private
    words, so they are restricted too. Only for files the program makes: a file the person
    already had keeps its mode. With `folder`, a missing folder is made owner-only and an
    existing one is left exactly as it is (it may be shared, or someone else's).
    """
    if folder:
        make_private_folder(path)
        return
    if os.name != "posix":
        return
    for each in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError, PermissionError):
            each.chmod(0o600)


def create_plans_file(path: Path) -> bool:
    """Make a new, empty plans file at `path`, owner-only; False if a file got there first.

    The file is made beside under a temporary name, written and flushed, then linked into
    place in one step, so a plans file is never seen half made (an empty file at the path is
    always a damaged one, never a new one).
    """
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            # Writes the header page: from now on the file is a valid, empty SQLite file.
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.commit()
        finally:
            connection.close()
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        try:
            os.link(temporary, path)  # fails, rather than replaces, if a file is there
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links (a FAT memory stick)
            if os.path.lexists(path):
                return False
            os.rename(temporary, path)
    finally:
        for leftover in (temporary, temporary.with_name(temporary.name + "-wal"),
                         temporary.with_name(temporary.name + "-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    _sync_folder(path.parent)
    return True


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def name_plans_file(engine: Engine) -> None:
    """Give the plans file its own name (once), and mark each opening beside it.

    The row is "<the file's name> <this opening>": changed at every opening, its page starts
    this session's "-wal" file of changes, so a "-wal" file left beside another plans file
    shows, by the other name, whose it is.
    """
    from budgetplanner.storage.health import FILE_ID_KEY

    # The last session's changes (checked before opening) go into the file itself first, so
    # this session's "-wal" file holds only this session's changes, starting with the name:
    # after a crash it is small and quick to check.
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    with engine.begin() as connection:
        row = connection.execute(text("SELECT value FROM settings WHERE key = :key"),
                                 {"key": FILE_ID_KEY}).first()
        name = str(row[0]).split(" ")[0] if row is not None and row[0] else str(uuid.uuid4())
        connection.execute(text("INSERT OR REPLACE INTO settings (key, value) "
                                "VALUES (:key, :value)"),
                           {"key": FILE_ID_KEY, "value": f"{name} {uuid.uuid4()}"})
