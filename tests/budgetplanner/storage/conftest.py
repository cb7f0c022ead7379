"""Storage tests run on SQLite and on a real PostgreSQL server (see pg_cluster.py)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_cluster import OWNER, OWNER_PASSWORD, Backend, Cluster, PgDatabase, start_cluster
from sqlalchemy import text

from budgetplanner.storage.store import PlanStore


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    cluster = start_cluster()
    try:
        with cluster.superuser().connect() as connection:
            connection.execute(text(
                f"CREATE ROLE {OWNER} LOGIN CREATEROLE PASSWORD '{OWNER_PASSWORD}'"))
        yield cluster
    finally:
        cluster.stop()


_database_numbers = itertools.count(1)


@pytest.fixture
def pg_database(pg_cluster: Cluster) -> Iterator[PgDatabase]:
    name = f"plans_{os.getpid()}_{next(_database_numbers)}"
    admin = pg_cluster.superuser()
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name} OWNER {OWNER}"))
        # Only the owner and the roles granted to below may connect (as an organisation
        # would set it up); PUBLIC gets nothing by default.
        connection.execute(text(f"REVOKE ALL ON DATABASE {name} FROM PUBLIC"))
        connection.execute(text(f"GRANT CONNECT ON DATABASE {name} TO {OWNER} WITH GRANT "
                                "OPTION"))
    yield PgDatabase(pg_cluster, name)
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, db_path: Path) -> Backend:
    if request.param == "sqlite":
        return Backend("sqlite", db_path, None)
    pg: PgDatabase = request.getfixturevalue("pg_database")
    return Backend("postgresql", db_path, pg)


@pytest.fixture
def any_store(backend: Backend) -> Iterator[PlanStore]:
    """A plan store on SQLite, then the same test on PostgreSQL."""
    plan_store = backend.open()
    yield plan_store
    plan_store.close()



@pytest.fixture
def two_advocates(pg_database: PgDatabase) -> Iterator[PgDatabase]:
    """A migrated organisation's database where advocate_a and advocate_b each have a person."""
    pg_database.migrate()
    for name in ("advocate_a", "advocate_b"):
        store = pg_database.sign_in(name, "planner_advocate")
        store.add_person(f"Person of {name}")
        store.save()
        store.close()
    yield pg_database
