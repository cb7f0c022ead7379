"""The plan store on a real SQLite file and on a real PostgreSQL server: migrations, round
trips, paging. (`backend` and `any_store` run each test on both: see conftest.py.)"""

import sqlite3
from datetime import datetime
from decimal import Decimal

from pg_cluster import Backend
from sqlalchemy import inspect, text

from budgetplanner.categories import OptionKind, Payer
from budgetplanner.demo import load_demo
from budgetplanner.money import Money
from budgetplanner.periods import Frequency, Period
from budgetplanner.plan_money import plan_summary
from budgetplanner.storage.migrations import current_revision, head_revision
from budgetplanner.storage.store import PlanStore


def test_alembic_builds_the_schema_from_an_empty_file(backend: Backend) -> None:
    store = backend.open()
    try:
        assert current_revision(store.engine) == head_revision(store.engine)
        tables = set(inspect(store.engine).get_table_names())
        assert {"people", "plan_versions", "options", "cost_lines", "goals", "scenarios",
                "risks", "contingencies", "relationships", "pa_roles"} <= tables
    finally:
        store.close()


def test_sqlite_keeps_every_edit_durable(store: PlanStore) -> None:
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_a_plan_survives_closing_and_reopening(backend: Backend) -> None:
    store = backend.open()
    person = store.add_person("  Asha   Begum ")
    version = store.current_version(person)
    version.good_life = "Gardening with my neighbours."
    option = store.add_option(version, "Allotment group", OptionKind.COMMUNITY)
    store.add_cost_line(option, "Seeds", Decimal("2.675"), Frequency.PER_WEEK, Payer.OWN_MONEY)
    store.add_cost_line(option, "Helper", Decimal("14.10"), Frequency.PER_HOUR,
                        Payer.PERSONAL_BUDGET, Decimal("3.5"))
    store.save()
    store.close()

    again = backend.open()
    try:
        found = again.find_person("asha begum")
        assert found is not None and found.name == "Asha Begum"
        version = again.current_version(found)
        assert version.good_life == "Gardening with my neighbours."
        [option] = version.options
        assert option.kind is OptionKind.COMMUNITY
        seeds, helper = option.cost_lines
        assert seeds.amount == Decimal("2.675") and isinstance(seeds.amount, Decimal)
        assert helper.hours_per_week == Decimal("3.5")
        assert helper.frequency is Frequency.PER_HOUR
    finally:
        again.close()


def test_money_is_stored_as_text_never_as_a_float(any_store: PlanStore, backend: Backend) -> None:
    store = any_store
    option = store.add_option(store.current_version(store.add_person("Bea")), "x")
    store.add_cost_line(option, "y", Decimal("0.10"))
    store.save()
    if backend.kind == "sqlite":
        raw = sqlite3.connect(backend.db_path)
        try:
            value, kind = raw.execute("SELECT amount, typeof(amount) FROM cost_lines").fetchone()
        finally:
            raw.close()
        assert (value, kind) == ("0.10", "text")
    else:
        with store.engine.connect() as connection:
            value, kind = connection.execute(text(
                "SELECT amount, pg_typeof(amount)::text FROM cost_lines")).one()
        assert (value, kind) == ("0.10", "character varying")


def test_people_are_searched_by_name_a_page_at_a_time(any_store: PlanStore) -> None:
    store = any_store
    for number in range(250):
        store.add_person(f"Person {number:03d}")
    store.add_person("Siân Ó Briain")
    store.save()
    assert store.count_people() == 251
    first = store.people(limit=100)
    second = store.people(offset=100, limit=100)
    assert len(first) == 100 and first[0].name == "Person 000"
    assert second[0].name == "Person 100"
    assert [row.name for row in store.people("siân")] == ["Siân Ó Briain"]
    assert store.count_people("person 24") == 10
    # A percent sign is a letter to search for, not a wildcard.
    assert store.people("%") == []


def test_demo_plans_match_their_worked_figures(any_store: PlanStore) -> None:
    store = any_store
    people = {p.name: p for p in load_demo(store)}
    jenny = plan_summary(store.current_version(people["Jenny Walsh"]))
    assert jenny.by_payer[Payer.PERSONAL_BUDGET][Period.WEEK] == Money.of("983.50")
    assert jenny.by_payer[Payer.PERSONAL_BUDGET][Period.YEAR] == Money.of("51142.00")
    assert jenny.comparison is not None
    assert jenny.comparison.left(Period.YEAR) == Money.of("858.00")
    assert jenny.by_payer[Payer.OTHER_FUNDING][Period.WEEK] == Money.of("75.00")
    assert jenny.by_payer[Payer.OWN_MONEY][Period.YEAR] == Money.of("928.00")  # 720 + 208


def test_demo_pa_plans_match_their_worked_figures(any_store: PlanStore) -> None:
    store = any_store
    people = {p.name: p for p in load_demo(store)}
    # Sita: Priya 181.55 + Meera 116.55 + fixed 5.77 + agency 128.00 = 431.87 a week;
    # 9,440.78 + 6,060.75 + 300.00 + 6,656.00 = 22,457.53 a year; 22,750 − that = 292.47.
    sita = plan_summary(store.current_version(people["Sita Patel"]))
    assert sita.by_payer[Payer.PERSONAL_BUDGET][Period.WEEK] == Money.of("431.87")
    assert sita.by_payer[Payer.PERSONAL_BUDGET][Period.YEAR] == Money.of("22457.53")
    assert sita.comparison is not None
    assert sita.comparison.left(Period.YEAR) == Money.of("292.47")
    assert sita.by_payer[Payer.OWN_MONEY][Period.YEAR] == Money.of("312.00")
    # Sam: 12,354.60 + pension 183.44 + fixed 300.00 = 12,838.04 a year, NI offset in full.
    sam = plan_summary(store.current_version(people["Sam Okafor"]))
    assert sam.by_payer[Payer.PERSONAL_BUDGET][Period.YEAR] == Money.of("12838.04")
    assert sam.by_payer[Payer.PERSONAL_BUDGET][Period.WEEK] == Money.of("246.89")
    assert sam.comparison is not None
    assert sam.comparison.left(Period.YEAR) == Money.of("681.96")


def test_the_head_revision_constant_matches_the_migration_scripts(store: PlanStore) -> None:
    from budgetplanner.storage.migrations import HEAD_REVISION, KNOWN_REVISIONS, known_revisions

    assert head_revision(store.engine) == HEAD_REVISION
    assert set(KNOWN_REVISIONS) == known_revisions(store.engine)


def test_a_file_from_the_first_version_is_upgraded_and_keeps_its_plans(backend: Backend) -> None:
    from alembic import command

    from budgetplanner.storage.connection import database_url, make_engine
    from budgetplanner.storage.migrations import alembic_config

    url = database_url(backend.db_path) if backend.pg is None else backend.pg.url()
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO people (name, created_at, archived) VALUES ('Old Plan', :at, :no)"),
            {"at": datetime(2026, 1, 1), "no": False})
    engine.dispose()
    store = backend.open()
    try:
        assert current_revision(store.engine) == head_revision(store.engine)
        assert [row.name for row in store.people()] == ["Old Plan"]
        with store.engine.connect() as connection:
            # The inspector leaves out expression indexes on SQLite; ask the database itself.
            query = ("SELECT name FROM sqlite_master WHERE type = 'index'"
                     if backend.kind == "sqlite" else "SELECT indexname FROM pg_indexes")
            indexes = set(connection.exec_driver_sql(query).scalars())
        assert "ix_people_lower_name" in indexes
    finally:
        store.close()
