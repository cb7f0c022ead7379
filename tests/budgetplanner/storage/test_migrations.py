"""The Alembic migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

import warnings
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from pg_cluster import Backend

from budgetplanner.periods import Frequency, Period
from budgetplanner.plan_money import plan_summary
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


def test_the_payment_dates_migration_keeps_every_row_and_adds_empty_dates(
        backend: Backend) -> None:
    """A plans file at 0005 holding a plan is brought to 0006: the plan reads back whole,
    with no payment date, cover rate or sick pay set, and costs what it cost before; the
    new fields are then kept like any other."""
    url = database_url(backend.db_path) if backend.pg is None else backend.pg.url()
    engine = make_engine(url)
    try:
        command.upgrade(alembic_config(engine), "0005")
        # Rows are written as at 0005, through the tables' own columns (no new ones). On
        # PostgreSQL row-level security binds even the owner: the cluster's superuser writes.
        writer = (engine if backend.pg is None
                  else backend.pg.cluster.superuser(backend.pg.name))
        tables = Base.metadata.tables
        with writer.begin() as connection:
            person = connection.execute(tables["people"].insert().values(
                name="Ada (made up)", archived=False)).inserted_primary_key[0]
            version = connection.execute(tables["plan_versions"].insert().values(
                person_id=person, number=1, personal_budget=Decimal("20000"),
                personal_budget_period="year")).inserted_primary_key[0]
            option = connection.execute(tables["options"].insert().values(
                version_id=version, title="My PA", kind="personal_assistants",
                pa_payer="personal_budget", cover_kind="none")).inserted_primary_key[0]
            connection.execute(tables["cost_lines"].insert().values(
                option_id=option, description="Insurance", amount=Decimal("150"),
                frequency="per_year", payer="personal_budget"))
            connection.execute(tables["cost_lines"].insert().values(
                option_id=option, description="Payroll", amount=Decimal("20"),
                frequency="per_week", payer="personal_budget"))
            connection.execute(tables["pa_roles"].insert().values(
                option_id=option, name="Dai", hourly_wage=Decimal("12.50"),
                hours_per_week=Decimal(10), pay_frequency="weekly", age_band="22_to_spa",
                pension_choice="auto", relative_in_household=False,
                hours_pattern="irregular"))
        if writer is not engine:
            writer.dispose()
        command.upgrade(alembic_config(engine), "0006")
        assert current_revision(engine) == "0006"
    finally:
        engine.dispose()

    store = backend.open()
    try:
        person_row = store.find_person("Ada (made up)")
        assert person_row is not None
        plan = store.current_version(person_row)
        option_row = plan.options[0]
        assert [(line.description, line.amount, line.due_on)
                for line in option_row.cost_lines] == [("Insurance", Decimal(150), None),
                                                       ("Payroll", Decimal(20), None)]
        assert [role.name for role in option_row.pa_roles] == ["Dai"]
        assert (option_row.first_payday, option_row.holiday_cover_rate,
                option_row.sick_pay_days) == (None, None, None)
        # Dai: £12.50 × 10 h × 52 × 1.1207 = £7,284.55; NI covered by the allowance;
        # insurance £150 and payroll £20 × 52 = £1,040.
        assert plan_summary(plan).total[Period.YEAR].amount == Decimal("8474.55")
        store.set_payment_date(option_row.cost_lines[0], date(2027, 4, 30))
        store.set_first_payday(option_row, date(2027, 4, 2))
        store.set_holiday_cover_rate(option_row, Decimal("24.00"))
        store.set_sick_pay_days(option_row, 10)
        store.save()
    finally:
        store.close()

    store = backend.open()
    try:
        person_row = store.find_person("Ada (made up)")
        assert person_row is not None
        option_row = store.current_version(person_row).options[0]
        assert option_row.cost_lines[0].due_on == date(2027, 4, 30)
        assert option_row.first_payday == date(2027, 4, 2)
        assert option_row.holiday_cover_rate == Decimal("24.00")
        assert option_row.sick_pay_days == 10
    finally:
        store.close()


def test_the_payment_dates_migration_goes_down_and_keeps_the_plan(db_path: Path) -> None:
    """Down to 0005 on SQLite drops only the new columns: no option's lines go with them."""
    store = PlanStore.open(db_path)
    person = store.add_person("Bo (made up)")
    option = store.add_option(store.current_version(person), "Kit")
    line = store.add_cost_line(option, "Insurance", Decimal(150), Frequency.PER_YEAR)
    store.set_payment_date(line, date(2027, 4, 30))
    store.save()
    store.close()
    engine = make_engine(database_url(db_path))
    try:
        command.downgrade(alembic_config(engine), "0005")
        with engine.connect() as connection:
            columns = list(connection.exec_driver_sql("SELECT * FROM cost_lines").keys())
            assert "due_on" not in columns
            assert connection.exec_driver_sql(
                "SELECT description FROM cost_lines").scalars().all() == ["Insurance"]
        command.upgrade(alembic_config(engine), "head")
    finally:
        engine.dispose()
