"""Autosave through a dropped connection to the organisation's server: the edits wait, say
so, and are saved once when the server is back; a row changed meanwhile is a conflict."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from pg_cluster import PgDatabase
from sqlalchemy import text

from budgetplanner.storage.conflicts import Autosaver, SaveConflictError
from budgetplanner.storage.models import CostLine
from budgetplanner.storage.store import PlanStore

ROLE = "advocate_travelling"


def _cut_off(pg: PgDatabase, reachable: bool) -> None:
    """The server stops (or starts again) letting the advocate in, and drops their
    connections: to the program, the same as the network going away."""
    with pg.cluster.superuser().connect() as connection:
        connection.execute(text(f"ALTER ROLE {ROLE} {'LOGIN' if reachable else 'NOLOGIN'}"))
        if not reachable:
            connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    "WHERE usename = :role"), {"role": ROLE})


@pytest.fixture
def advocate(pg_database: PgDatabase) -> Iterator[PlanStore]:
    pg_database.migrate()
    store = pg_database.sign_in(ROLE, "planner_advocate")
    yield store
    _cut_off(pg_database, True)
    store.close()


def _saved_line(store: PlanStore) -> CostLine:
    option = store.add_option(store.current_version(store.add_person("Asha Begum")), "Garden")
    line = store.add_cost_line(option, "Seeds", Decimal("10.00"))
    store.save()
    return line


def test_edits_wait_through_a_dropped_connection_and_are_saved_once(
        advocate: PlanStore, pg_database: PgDatabase) -> None:
    line = _saved_line(advocate)
    line_id = line.id
    saver = Autosaver(advocate.session)
    line.amount = Decimal("20.00")
    _cut_off(pg_database, False)
    assert saver.save() is False and saver.is_waiting
    line.description = "Seeds and compost"  # typed while the server is away
    assert saver.save() is False
    _cut_off(pg_database, True)
    assert saver.save() is True and not saver.is_waiting
    lead = pg_database.sign_in("test_lead")
    try:
        with lead.engine.connect() as connection:
            row = connection.execute(text(
                "SELECT amount, description, row_version FROM cost_lines WHERE id = :id"),
                {"id": line_id}).one()
            updates = connection.execute(text(
                "SELECT count(*) FROM audit_log WHERE table_name = 'cost_lines' "
                "AND action = 'update' AND row_id = :id"), {"id": line_id}).scalar_one()
    finally:
        lead.close()
    assert tuple(row) == ("20.00", "Seeds and compost", 2)
    assert updates == 1  # saved once, not once per attempt


def test_a_waiting_edit_on_a_row_changed_meanwhile_is_a_conflict(
        advocate: PlanStore, pg_database: PgDatabase) -> None:
    line = _saved_line(advocate)
    line_id = line.id
    saver = Autosaver(advocate.session)
    line.amount = Decimal("20.00")
    _cut_off(pg_database, False)
    assert saver.save() is False
    lead = pg_database.sign_in("test_lead")
    try:
        with lead.engine.begin() as connection:
            connection.execute(text("UPDATE cost_lines SET amount = '30.00', "
                                    "row_version = row_version + 1 WHERE id = :id"),
                               {"id": line_id})
        _cut_off(pg_database, True)
        with pytest.raises(SaveConflictError) as clash:
            saver.save()
        [edit] = clash.value.edits
        assert (edit.mine, edit.theirs) == ({"amount": Decimal("20.00")},
                                            {"amount": Decimal("30.00")})
        with lead.engine.connect() as connection:
            assert connection.execute(text("SELECT amount FROM cost_lines WHERE id = :id"),
                                      {"id": line_id}).scalar_one() == "30.00"
    finally:
        lead.close()
