"""Bring a database up to the schema this program writes, with Alembic.

Alembic is imported only when a file needs upgrading: a file already at the newest schema
opens without it, which keeps the program's start quick. SQLAlchemy is imported by the
functions that use it, so the revisions below can be read without it (storage/plain_read.py).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

# The newest revision in alembic/versions/. A test checks it against the scripts, so a new
# migration that forgets to move it fails CI rather than leaving old files un-upgraded.
HEAD_REVISION = "0008"
# Every revision this program knows; a file at any other was written by a newer program.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    script_location = Path(str(resources.files("budgetplanner.storage") / "alembic"))
    config = Config()
    config.set_main_option("script_location", str(script_location))
    # ConfigParser reads "%" as interpolation: a server URL's socket folder or password has them.
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    config.set_main_option("sqlalchemy.url", url)
    config.attributes["engine"] = engine
    return config


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the file is at, read directly (None for an empty file)."""
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions(engine: Engine) -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(engine))
    return {revision.revision for revision in script.walk_revisions()}


def upgrade(engine: Engine) -> None:
    """Upgrade the schema to the newest revision this program knows (quick when it is).

    Every step runs in one transaction, DDL included, so a crash or an error part-way leaves
    the file as it was before, never half upgraded. (Python's sqlite3 module would otherwise
    commit each CREATE TABLE on its own: the driver's transaction handling is turned off for
    the upgrade and the transaction is begun explicitly.)
    """
    if current_revision(engine) == HEAD_REVISION:
        return
    from alembic import command

    config = alembic_config(engine)
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        sqlite = engine.dialect.name == "sqlite" and raw is not None
        if sqlite:
            old_isolation = raw.isolation_level  # type: ignore[union-attr]
            raw.isolation_level = None  # type: ignore[union-attr]
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.commit()
        except BaseException:
            connection.rollback()
            raise
        finally:
            if sqlite:
                raw.isolation_level = old_isolation  # type: ignore[union-attr]
