"""Where the plans are kept, and opening that SQLite file safely and up to date."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "BudgetPlanner"
DATABASE_FILE = "plans.sqlite3"


def data_folder() -> Path:
    """The user's own data folder for the program (created on first use, owner only)."""
    folder = Path(os.environ.get("BUDGETPLANNER_DATA") or user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    restrict_permissions(folder, folder=True)
    return folder


def default_database_path() -> Path:
    return data_folder() / DATABASE_FILE


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


def file_engine(path: Path) -> Engine:
    """An engine for a plans file, plain or locked with the passphrase remembered for it."""
    from budgetplanner.storage import cipher

    engine = create_engine(database_url(path),
                           creator=lambda: cipher.connect(path, check_same_thread=False))
    event.listen(engine, "connect", _on_connect)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # Objects stay readable after a commit: the window keeps showing them while it autosaves.
    return sessionmaker(engine, expire_on_commit=False)


def restrict_permissions(path: Path, *, folder: bool = False) -> None:
    """Make a data file (or folder) readable by its owner only (POSIX).

    The write-ahead log and shared-memory files beside a database hold the same private
    words, so they are restricted too.
    """
    if os.name != "posix":
        return
    if folder:
        if path.exists() and path != Path.home():
            path.chmod(0o700)
        return
    for each in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if each.exists():
            each.chmod(0o600)
