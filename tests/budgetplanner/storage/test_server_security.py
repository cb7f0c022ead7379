"""Shared plans on a real PostgreSQL server: who may see and change whose plans, and the
record of who did what (migration 0005), with real roles signing in with passwords."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from pg_cluster import MEMBER_PASSWORD, PgDatabase, ensure_member, pg_bin
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, ProgrammingError

from budgetplanner.storage import audit, organisation
from budgetplanner.storage.models import Person
from budgetplanner.storage.server import ServerError, open_server
from budgetplanner.storage.store import PlanStore

PERSON_TABLES = ("people", "plan_versions", "goals", "relationships", "options", "scenarios",
                 "risks", "contingencies", "plan_years", "spending_entries", "cost_lines",
                 "pa_roles", "option_goals", "scenario_options", "assignments")


@dataclass
class Organisation:
    pg: PgDatabase
    a: PlanStore
    b: PlanStore
    lead: PlanStore
    asha: int
    bilal: int


def _plan(store: PlanStore, name: str) -> int:
    person = store.add_person(name)
    version = store.current_version(person)
    version.good_life = f"{name}'s own words."
    option = store.add_option(version, "Allotment group")
    store.add_cost_line(option, "Seeds", Decimal("2.50"))
    store.save()
    return person.id


@pytest.fixture
def org(pg_database: PgDatabase) -> Iterator[Organisation]:
    pg_database.migrate()
    a = pg_database.sign_in("advocate_a", "planner_advocate")
    b = pg_database.sign_in("advocate_b", "planner_advocate")
    lead = pg_database.sign_in("test_lead", "planner_lead")
    try:
        yield Organisation(pg_database, a, b, lead, _plan(a, "Asha Begum"),
                           _plan(b, "Bilal Khan"))
    finally:
        for store in (a, b, lead):
            store.close()


def _count(store: PlanStore, table: str) -> int:
    with store.engine.connect() as connection:
        return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_an_advocate_sees_and_counts_only_their_own_people(org: Organisation) -> None:
    assert [row.name for row in org.a.people()] == ["Asha Begum"]
    assert org.a.count_people() == 1
    assert org.a.find_person("Bilal Khan") is None
    assert org.a.session.get(Person, org.bilal) is None
    for table in PERSON_TABLES:
        # Each advocate made one of everything; the lead sees both.
        assert _count(org.lead, table) == 2 * _count(org.a, table), table
        assert _count(org.a, table) == _count(org.b, table), table
    assert _count(org.a, "people") == 1 and _count(org.a, "cost_lines") == 1


def test_an_advocate_cannot_change_or_delete_someone_elses_person(org: Organisation) -> None:
    with org.a.engine.begin() as connection:
        for statement in ("UPDATE people SET name = 'Taken' WHERE id = :id",
                          "UPDATE plan_versions SET good_life = 'x' WHERE person_id = :id",
                          "DELETE FROM people WHERE id = :id",
                          "DELETE FROM plan_versions WHERE person_id = :id"):
            assert connection.execute(text(statement), {"id": org.bilal}).rowcount == 0
    # Nor add to their plan, nor give themselves Bilal.
    for statement in ("INSERT INTO plan_versions (person_id, number, created_at, preferred_name, "
                      "admired, communication, decisions, good_life, matters_now, "
                      "matters_future, strengths, own_resources, contribution, support_needs, "
                      "personal_budget_period, rate_table_name, employment_allowance, "
                      "why_chosen, participants, review_notes) VALUES (:id, 2, now(), '', '', "
                      "'', '', '', '', '', '', '', '', '', 'year', '', true, '', '', '')",
                      "INSERT INTO assignments (person_id, advocate) VALUES (:id, 'advocate_a')"):
        with pytest.raises(ProgrammingError) as refused, org.a.engine.begin() as connection:
            connection.execute(text(statement), {"id": org.bilal})
        assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege)
    bilal = org.b.person(org.bilal)
    org.b.session.refresh(bilal)
    assert bilal.name == "Bilal Khan"
    assert org.b.current_version(bilal).good_life == "Bilal Khan's own words."


def test_the_lead_sees_everyone_and_assigns_people(org: Organisation) -> None:
    assert [row.name for row in org.lead.people()] == ["Asha Begum", "Bilal Khan"]
    organisation.assign(org.lead.engine, "Bilal Khan", "advocate_a", instead_of="advocate_b")
    assert [row.name for row in org.a.people()] == ["Asha Begum", "Bilal Khan"]
    assert org.b.count_people() == 0
    assert {(row.person, row.advocate) for row in organisation.assignments(org.lead.engine)} == {
        ("Asha Begum", "advocate_a"), ("Bilal Khan", "advocate_a")}
    # An advocate cannot take someone they cannot see, nor hand their own people on.
    with pytest.raises(ServerError, match="that I can see"):
        organisation.assign(org.b.engine, "Bilal Khan", "advocate_b")
    with pytest.raises(ProgrammingError) as refused:
        organisation.assign(org.a.engine, "Asha Begum", "advocate_b")
    assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege)


def test_the_program_never_signs_in_as_the_owner_or_a_superuser(org: Organisation) -> None:
    with pytest.raises(ServerError, match="owner of the plans"):
        open_server(org.pg.url())
    with org.a.engine.connect() as connection:
        row = connection.execute(text(
            "SELECT rolsuper, rolbypassrls, pg_has_role(current_user, tableowner, 'USAGE') "
            "FROM pg_roles, pg_tables WHERE rolname = current_user AND tablename = 'people'")
        ).one()
        assert tuple(row) == (False, False, False)
        # Nor can the program's role switch the policies off.
        with pytest.raises(ProgrammingError):
            connection.execute(text("ALTER TABLE people DISABLE ROW LEVEL SECURITY"))
    # FORCE: even the owner sees no one without a policy that lets it.
    owner = org.pg.owner_engine()
    try:
        with owner.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM people")).scalar_one() == 0
    finally:
        owner.dispose()


def test_the_database_writes_the_record_and_no_one_can_change_it(org: Organisation) -> None:
    with org.lead.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT signed_in_as, action, table_name FROM audit_log WHERE person_id = :id"),
            {"id": org.asha}).all()
    assert ("advocate_a", "insert", "people") in {tuple(row) for row in rows}
    assert all(row.signed_in_as == "advocate_a" for row in rows)
    # Opening a plan is recorded under the signed-in name, for a person one may see only.
    with org.a.engine.begin() as connection:
        connection.execute(text("SELECT planner_record('opened', :id)"), {"id": org.asha})
    with pytest.raises(DBAPIError), org.a.engine.begin() as connection:
        connection.execute(text("SELECT planner_record('opened', :id)"), {"id": org.bilal})
    for statement in ("DELETE FROM audit_log", "UPDATE audit_log SET signed_in_as = 'x'",
                      "TRUNCATE audit_log",
                      "INSERT INTO audit_log (signed_in_as, acting_as, action, person_id) "
                      "VALUES ('advocate_b', 'advocate_b', 'opened', 1)"):
        for store in (org.a, org.lead):
            with pytest.raises(ProgrammingError) as refused, store.engine.begin() as connection:
                connection.execute(text(statement))
            assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege)
    # Not even the owner may change it.
    owner = org.pg.owner_engine()
    try:
        with pytest.raises(DBAPIError), owner.begin() as connection:
            connection.execute(text("DELETE FROM audit_log"))
    finally:
        owner.dispose()
    with org.lead.engine.connect() as connection:
        opened = connection.execute(text(
            "SELECT signed_in_as FROM audit_log WHERE action = 'opened'")).scalars().all()
        assert opened == ["advocate_a"]
    # An advocate reads only what they did.
    with org.a.engine.connect() as connection:
        names = set(connection.execute(text("SELECT signed_in_as FROM audit_log")).scalars())
    assert names == {"advocate_a"}


def test_the_org_commands_add_an_advocate_who_signs_in_with_their_password(
        pg_database: PgDatabase, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import main

    pg_database.migrate()
    ensure_member(pg_database.cluster, "test_admin", "planner_admin")
    lead = pg_database.sign_in("test_lead", "planner_lead")
    lead.add_person("Chloe Day")
    lead.save()
    lead.close()
    address = pg_database.url("test_admin", None)
    answers = iter([MEMBER_PASSWORD, "carol-password-1", "carol-password-1"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt: next(answers))
    name = f"carol_{pg_database.name}"
    assert main.main(["--db", address, "org", "add-advocate", name]) == 0
    answers = iter([MEMBER_PASSWORD])
    assert main.main(["--db", address, "org", "assign", "chloe day", name]) == 0
    assert f"{name} now works with chloe day" in capsys.readouterr().out
    carol = open_server(pg_database.url(name, "carol-password-1"))
    try:
        assert [row.name for row in carol.people()] == ["Chloe Day"]
    finally:
        carol.close()
    with pytest.raises(ServerError, match="did not accept"):
        open_server(pg_database.url(name, "a-wrong-password"))
    # A wrong name is told plainly, not as a database error.
    answers = iter([MEMBER_PASSWORD])
    assert main.main(["--db", address, "org", "assign", "Chloe Day", "nobody"]) == 1
    assert "is not one of the organisation's advocates" in capsys.readouterr().err


def test_the_lead_reads_and_exports_one_persons_record(org: Organisation, tmp_path: Path,
                                                       ) -> None:
    audit.record(org.a, "opened", org.asha)
    audit.record(org.a, "exported", org.asha)
    with pytest.raises(DBAPIError):
        audit.record(org.b, "opened", org.asha)
    entries = audit.history(org.lead, org.asha)
    assert {entry.signed_in_as for entry in entries} == {"advocate_a"}
    assert [e.action for e in entries if e.table_name is None] == ["opened", "exported"]
    # Every part of the plan is followed up to the person, a cost line through its option.
    assert {("insert", table) for table in ("people", "plan_versions", "options", "cost_lines",
                                            "assignments")} <= {(e.action, e.table_name)
                                                                for e in entries}
    assert audit.history(org.b, org.asha) == []
    out = audit.export_history(org.lead, org.asha, tmp_path / "record.csv")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "When,Signed in as,Acting as,What,Part of the plan,About whom"
    assert len(lines) == len(entries) + 1 and ",advocate_a,advocate_a,opened," in lines[-2]
    # With the window's words for each entry, a last column says it plainly.
    worded = audit.export_history(org.lead, org.asha, tmp_path / "worded.csv",
                                  lambda entry: f"did {entry.action}", "In words")
    lines = worded.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "When,Signed in as,Acting as,What,Part of the plan,About whom,In words"
    assert lines[-2].endswith(",advocate_a,advocate_a,opened,,,did opened")


def test_a_backup_made_as_the_readme_says_restores_with_its_rules_and_record(
        org: Organisation, tmp_path: Path) -> None:
    cluster = org.pg.cluster
    dump = tmp_path / "plans.dump"
    where = ["--host", str(cluster.folder), "--port", str(cluster.port), "--username",
             "postgres"]
    subprocess.run([str(pg_bin() / "pg_dump"), *where, "--format=custom", "--file", str(dump),
                    org.pg.name], check=True, capture_output=True, timeout=60)
    restored = PgDatabase(cluster, f"{org.pg.name}_restored")
    with cluster.superuser().connect() as connection:
        connection.execute(text(f"CREATE DATABASE {restored.name} OWNER planner_owner"))
    try:
        subprocess.run([str(pg_bin() / "pg_restore"), *where, "--dbname", restored.name,
                        str(dump)], check=True, capture_output=True, timeout=60)
        a = restored.sign_in("advocate_a", "planner_advocate")
        lead = restored.sign_in("test_lead")
        try:
            assert [row.name for row in a.people()] == ["Asha Begum"]
            assert lead.count_people() == 2
            assert {e.signed_in_as for e in audit.history(lead, org.bilal)} == {"advocate_b"}
        finally:
            a.close()
            lead.close()
    finally:
        with cluster.superuser().connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {restored.name} WITH (FORCE)"))


def test_removing_an_advocate_stops_their_sign_in_and_keeps_the_record(
        org: Organisation, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import main

    ensure_member(org.pg.cluster, "test_admin", "planner_admin")
    address = org.pg.url("test_admin", None)
    name = f"dana_{org.pg.name}"
    answers = iter([MEMBER_PASSWORD, "dana-password-12", "dana-password-12"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt: next(answers))
    assert main.main(["--db", address, "org", "add-advocate", name]) == 0
    for argv in (["assign", "Asha Begum", name], ["unassign", "Asha Begum", "advocate_a"],
                 ["list"]):
        answers = iter([MEMBER_PASSWORD])
        assert main.main(["--db", address, "org", *argv]) == 0
    assert f"Asha Begum\t{name}" in capsys.readouterr().out.splitlines()
    # The advocates a lead can choose from: who may sign in as one, not leads or superusers.
    chosen = organisation.advocates(org.lead.engine)
    assert {name, "advocate_a", "advocate_b"} <= set(chosen) and chosen == sorted(chosen)
    assert not {"test_lead", "test_admin", "postgres", "planner_owner"} & set(chosen)
    assert org.a.count_people() == 0
    dana = open_server(org.pg.url(name, "dana-password-12"))
    audit.record(dana, "opened", org.asha)
    dana.close()
    answers = iter([MEMBER_PASSWORD])
    assert main.main(["--db", address, "org", "remove-advocate", name]) == 0
    with pytest.raises(ServerError, match="may no longer sign in"):
        open_server(org.pg.url(name, "dana-password-12"))
    assert name not in organisation.advocates(org.lead.engine)
    assert organisation.assignments(org.lead.engine) == [
        organisation.Assignment("Bilal Khan", "advocate_b")]
    assert name in {entry.signed_in_as for entry in audit.history(org.lead, org.asha)}
    # A lead is not an administrator: they cannot add anyone.
    with pytest.raises(ServerError, match="Only the organisation's administrator"):
        organisation.add_member(org.lead.engine, "eve.lead", "a-long-password-1")


def test_a_plan_file_imported_by_an_advocate_becomes_their_own_new_person(
        org: Organisation) -> None:
    from budgetplanner.portable import export_person, import_plan_file

    # Bilal's plan file, as the lead would export it; A imports it.
    bilal_file = export_person(org.lead.person(org.bilal))
    copy = import_plan_file(org.a.session, bilal_file)
    assert copy.id != org.bilal
    assert [row.name for row in org.a.people()] == ["Asha Begum", "Bilal Khan"]
    assert org.a.current_version(copy).options[0].cost_lines[0].amount == Decimal("2.50")
    # B's person is untouched and still B's alone; the copy is A's.
    assert [row.id for row in org.b.people()] == [org.bilal]
    assert {(row.person, row.advocate) for row in organisation.assignments(org.lead.engine)
            if row.person == "Bilal Khan"} == {("Bilal Khan", "advocate_a"),
                                               ("Bilal Khan", "advocate_b")}
    assert org.lead.count_people() == 3
