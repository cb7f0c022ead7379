"""The Alembic migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

import warnings
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from pg_cluster import Backend

from budgetplanner.storage.connection import database_url, make_engine
from budgetplanner.storage.migrations import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    alembic_config,
    current_revision,
)
from budgetplanner.storage.models import Base
from budgetplanner.storage.store import PlanStore

# Made by migration 0005 on PostgreSQL only, for the server's own use.
SERVER_ONLY_TABLES = {"assignments", "audit_log", "plans_taken_out"}


def test_a_new_file_is_at_the_newest_revision(any_store: PlanStore) -> None:
    assert current_revision(any_store.engine) == HEAD_REVISION == KNOWN_REVISIONS[-1]


def _not_server_only(obj: Any, name: str | None, type_: str, *_: Any) -> bool:
    return not (type_ == "table" and name in SERVER_ONLY_TABLES)


def test_the_migrations_match_the_models(any_store: PlanStore) -> None:
    with any_store.engine.connect() as connection, warnings.catch_warnings():
        # SQLite cannot read back an index on an expression (the people-by-name index);
        # Alembic says so and leaves it out of the comparison.
        warnings.filterwarnings("ignore", message=".*expression-based index")
        context = MigrationContext.configure(connection,
                                             opts={"include_object": _not_server_only})
        diffs = compare_metadata(context, Base.metadata)
    assert diffs == []


def test_the_shared_plans_migration_goes_down_and_up_again(backend: Backend) -> None:
    url = database_url(backend.db_path) if backend.pg is None else backend.pg.url()
    engine = make_engine(url)
    try:
        command.upgrade(alembic_config(engine), "head")
        command.downgrade(alembic_config(engine), "0004")
        with engine.connect() as connection:
            columns = connection.exec_driver_sql("SELECT * FROM people").keys()
        assert "row_version" not in columns
        command.upgrade(alembic_config(engine), "head")
        assert current_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()
