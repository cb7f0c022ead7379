"""Autosave through a dropped connection to the organisation's server: the edits wait, say
so, and are saved once when the server is back; a row changed meanwhile is a conflict."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from pg_cluster import PgDatabase
from sqlalchemy import text

from budgetplanner.storage.conflicts import Autosaver, SaveConflictError
from budgetplanner.storage.models import CostLine, Goal
from budgetplanner.storage.store import PlanStore, SaveError

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


def _drop_connections(pg: PgDatabase) -> int:
    """The server ends every connection of the advocate's, as a dropped network would."""
    with pg.cluster.superuser().connect() as connection:
        return len(connection.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :role "
            "AND datname = :database"), {"role": ROLE, "database": pg.name}).all())


def test_the_program_saves_every_edit_once_when_the_connection_drops_mid_edit(
        advocate: PlanStore, pg_database: PgDatabase) -> None:
    """Through the program's own save path (the window's autosave calls store.save): edits
    made before, during and after two dropped connections are all saved, each once."""
    store = advocate
    line = _saved_line(store)
    version = line.option.version if line.option else None
    assert version is not None
    store.set_value(line, "amount", Decimal("20.00"))  # sent to the server, not committed
    store.add_to(version, "goals", Goal(title="Grow beans"))
    bilal = store.add_person("Bilal Khan")
    assert _drop_connections(pg_database) >= 1  # the connection drops mid-edit
    store.set_value(version, "good_life", "Gardening with friends.")
    store.add_cost_line(line.option, "Compost", Decimal("5.00"))  # type: ignore[arg-type]
    with pytest.raises(SaveError):  # the server is back, but this save's connection was not
        _drop_connections(pg_database)
        store.save()
    store.set_value(line, "description", "Seeds and plants")
    store.save()
    assert not store.unsaved
    lead = pg_database.sign_in("test_lead")
    try:
        with lead.engine.connect() as connection:
            def one(sql: str, **params: object) -> object:
                return connection.execute(text(sql), params).scalar_one()

            assert one("SELECT amount || ' ' || description FROM cost_lines WHERE id = :id",
                       id=line.id) == "20.00 Seeds and plants"
            assert one("SELECT good_life FROM plan_versions WHERE id = :id",
                       id=version.id) == "Gardening with friends."
            assert one("SELECT count(*) FROM goals WHERE title = 'Grow beans'") == 1
            assert one("SELECT count(*) FROM cost_lines WHERE description = 'Compost'") == 1
            assert one("SELECT count(*) FROM people WHERE name = 'Bilal Khan'") == 1
            # Saved once each: one insert in the record for each new row.
            for table, where in (("goals", "title = 'Grow beans'"),
                                 ("cost_lines", "description = 'Compost'"),
                                 ("people", "name = 'Bilal Khan'")):
                assert one(f"SELECT count(*) FROM audit_log a JOIN {table} t ON t.id = a.row_id "
                           f"WHERE a.table_name = '{table}' AND a.action = 'insert' "
                           f"AND t.{where}") == 1, table
    finally:
        lead.close()
    # Bilal, added while the connection dropped, is still mine to see.
    assert [row.name for row in store.people()] == ["Asha Begum", "Bilal Khan"]
    assert bilal.id is not None
