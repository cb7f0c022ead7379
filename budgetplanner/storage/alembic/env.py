"""Alembic's environment: runs migrations on the program's own engine."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine

from budgetplanner.storage.connection import make_engine
from budgetplanner.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if isinstance(connection, Connection):
        # The program's own upgrade: one transaction it began and will commit or roll back.
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=True, transaction_per_migration=False)
        context.run_migrations()
        return
    engine = config.attributes.get("engine")
    if not isinstance(engine, Engine):
        engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
        )
        context.run_migrations()


run_migrations_online()
