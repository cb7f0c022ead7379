"""The Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

import warnings

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from budgetplanner.storage.migrations import HEAD_REVISION, KNOWN_REVISIONS, current_revision
from budgetplanner.storage.models import Base
from budgetplanner.storage.store import PlanStore


def test_a_new_file_is_at_the_newest_revision(store: PlanStore) -> None:
    assert current_revision(store.engine) == HEAD_REVISION == KNOWN_REVISIONS[-1]


def test_the_migrations_match_the_models(store: PlanStore) -> None:
    with store.engine.connect() as connection, warnings.catch_warnings():
        # SQLite cannot read back an index on an expression (the people-by-name index);
        # Alembic says so and leaves it out of the comparison.
        warnings.filterwarnings("ignore", message=".*expression-based index")
        diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diffs == []
