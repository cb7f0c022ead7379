"""Home visits without internet, on a real PostgreSQL server: a plan taken out to a laptop as
a locked plans file is read-only on the server for everyone else (the server refuses their
changes), and brought back in one transaction, or refused with the clash when it changed on
the server meanwhile, keeping the laptop copy (migration 0007, storage/taking_out.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from pg_cluster import MEMBER_PASSWORD, PgDatabase
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from budgetplanner.categories import Payer
from budgetplanner.storage import audit, cipher, organisation
from budgetplanner.storage.health import StoreOpenError
from budgetplanner.storage.models import Goal
from budgetplanner.storage.store import PlanStore
from budgetplanner.storage.taking_out import (
    BringBackClashError,
    TakeOutError,
    bring_back,
    held_by_someone_else,
    look_at,
    refused_because_taken_out,
    release,
    take_out,
    taken_out,
)

PASSPHRASE = "garden gate 42"


@dataclass
class Team:
    pg: PgDatabase
    ann: PlanStore  # takes Asha's plan out
    ben: PlanStore  # also works with Asha
    lead: PlanStore
    asha: int


def _plan(store: PlanStore, name: str) -> int:
    person = store.add_person(name)
    version = store.current_version(person)
    version.good_life = "Growing my own food."
    option = store.add_option(version, "Allotment group")
    store.add_cost_line(option, "Seeds", Decimal("2.50"))
    store.add_cost_line(option, "Bus fare", Decimal("4.00"))
    store.add_to(version, "goals", Goal(title="Grow tomatoes"))
    store.save()
    return person.id


@pytest.fixture
def team(pg_database: PgDatabase) -> Iterator[Team]:
    pg_database.migrate()
    ann = pg_database.sign_in("advocate_ann", "planner_advocate")
    ben = pg_database.sign_in("advocate_ben", "planner_advocate")
    lead = pg_database.sign_in("test_lead", "planner_lead")
    try:
        asha = _plan(ann, "Asha Begum")
        organisation.assign(lead.engine, "Asha Begum", "advocate_ben")
        yield Team(pg_database, ann, ben, lead, asha)
    finally:
        for store in (ann, ben, lead):
            store.close()


def _row(store: PlanStore, sql: str, **params: object) -> tuple[object, ...]:
    with store.engine.connect() as connection:
        return tuple(connection.execute(text(sql), params).one())


def test_a_plan_taken_out_is_a_locked_copy_and_read_only_for_everyone_else(
        team: Team, tmp_path: Path) -> None:
    copy = tmp_path / "Asha - home visit.sqlite3"
    mark = take_out(team.ann, team.asha, copy, PASSPHRASE)
    assert mark.taken_by == "advocate_ann"
    # The copy is encrypted: nothing of the plan can be read from its bytes, nor opened
    # without the passphrase.
    assert not cipher.is_plain(copy)
    assert b"Asha" not in copy.read_bytes() and b"tomatoes" not in copy.read_bytes()
    with pytest.raises(StoreOpenError):
        PlanStore.open(copy)
    laptop = PlanStore.open(copy, PASSPHRASE)
    try:
        [person] = [laptop.person(row.id) for row in laptop.people()]
        assert person.id == team.asha  # the same numbers as on the server
        lines = laptop.current_version(person).options[0].cost_lines
        assert [(line.description, line.amount) for line in lines] == [
            ("Seeds", Decimal("2.50")), ("Bus fare", Decimal("4.00"))]
    finally:
        laptop.close()
    # Everyone who sees Asha sees why her plan is read-only; the taker does not.
    for store in (team.ben, team.lead):
        held = held_by_someone_else(store, team.asha)
        assert held is not None and held.taken_by == "advocate_ann"
        assert held.sentence().startswith("advocate_ann took this plan out on ")
        assert date.today().strftime("%B") in held.sentence()
    assert held_by_someone_else(team.ann, team.asha) is None
    # The marks are seen only by those who see the person; the rules bind the owner too
    # (FORCE), who reads the marks only for the guard, and none of the plan.
    cat = team.pg.sign_in("advocate_cat", "planner_advocate")
    try:
        assert taken_out(cat, team.asha) is None
    finally:
        cat.close()
    owner = team.pg.owner_engine()
    try:
        with owner.connect() as connection:
            assert connection.execute(text(
                "SELECT relrowsecurity AND relforcerowsecurity FROM pg_class "
                "WHERE relname = 'plans_taken_out'")).scalar_one() is True
            assert connection.execute(text("SELECT count(*) FROM people")).scalar() == 0
    finally:
        owner.dispose()
    # The server itself refuses their changes, through any table, the lead's too.
    for store in (team.ben, team.lead):
        for statement in ("UPDATE plan_versions SET good_life = 'x' WHERE person_id = :id",
                          "UPDATE people SET name = 'x' WHERE id = :id",
                          "UPDATE cost_lines SET amount = '9.00' WHERE option_id IN "
                          "(SELECT o.id FROM options o JOIN plan_versions v ON v.id = "
                          "o.version_id WHERE v.person_id = :id)",
                          "DELETE FROM goals WHERE version_id IN (SELECT id FROM plan_versions "
                          "WHERE person_id = :id)",
                          "DELETE FROM people WHERE id = :id"):
            with pytest.raises(DBAPIError) as refused, store.engine.begin() as connection:
                connection.execute(text(statement), {"id": team.asha})
            assert isinstance(refused.value.orig, psycopg.errors.ObjectInUse)
            assert refused_because_taken_out(refused.value)
    # Nor may anyone write someone else's name on a mark, or take it twice.
    with pytest.raises(TakeOutError, match="advocate_ann took this plan out"):
        take_out(team.ben, team.asha, tmp_path / "ben.sqlite3", PASSPHRASE)
    assert not (tmp_path / "ben.sqlite3").exists()
    with pytest.raises(DBAPIError), team.lead.engine.begin() as connection:
        connection.execute(text("UPDATE plans_taken_out SET taken_by = 'test_lead'"))
    # The one who took it out may still change it on the server.
    with team.ann.engine.begin() as connection:
        assert connection.execute(text("UPDATE people SET next_review = '2027-01-01' "
                                        "WHERE id = :id"), {"id": team.asha}).rowcount == 1


def test_a_mark_names_the_signed_in_advocate_only(team: Team) -> None:
    for name in ("advocate_ben", "test_lead"):
        with pytest.raises(DBAPIError) as refused, team.ann.engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO plans_taken_out (person_id, taken_by, token, fingerprint) "
                "VALUES (:id, :name, 't', 'f')"), {"id": team.asha, "name": name})
        assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege)
    with team.ann.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM plans_taken_out")).scalar() == 0


def _edit_on_the_laptop(copy: Path) -> None:
    laptop = PlanStore.open(copy, PASSPHRASE)
    try:
        person = laptop.find_person("Asha Begum")
        assert person is not None
        version = laptop.current_version(person)
        laptop.set_value(version, "good_life", "Growing my own food, and selling some.")
        seeds, bus = version.options[0].cost_lines
        laptop.set_value(seeds, "amount", Decimal("3.75"))
        laptop.remove_cost_line(bus)
        option = laptop.add_option(version, "Cookery class")
        laptop.add_cost_line(option, "Ingredients", Decimal("6.00"))
        laptop.add_to(version, "goals", Goal(title="Cook for my friends"))
        laptop.add_spending(version, date(2026, 11, 1), Decimal("12.00"), payer=Payer.OWN_MONEY,
                            option_id=option.id, note="Ingredients for the first class")
        laptop.save()
    finally:
        laptop.close()


def test_bringing_back_shows_what_changed_and_saves_it_all_at_once(
        team: Team, tmp_path: Path) -> None:
    copy = tmp_path / "asha.sqlite3"
    take_out(team.ann, team.asha, copy, PASSPHRASE)
    _edit_on_the_laptop(copy)
    home = look_at(copy, PASSPHRASE)  # read without the server
    assert home.name == "Asha Begum" and home.taken_by == "advocate_ann"
    lines = home.changed_lines
    assert "Added: Option: Cookery class" in lines
    assert "Added: Cost: Ingredients" in lines
    assert "Added: Goal: Cook for my friends" in lines
    assert "Removed: Cost: Bus fare" in lines
    assert "Added: What I spent: 1 entry" in lines
    assert "Changed: Cost “Seeds”: how much was 2.50, now 3.75" in lines
    assert ("Changed: What a good life looks like for me: was Growing my own food., now "
            "Growing my own food, and selling some.") in lines

    brought = bring_back(team.ann, copy, PASSPHRASE)
    assert brought.changed_lines == lines
    assert not copy.exists()  # the laptop keeps no copy once it is home
    assert taken_out(team.lead, team.asha) is None
    # The lead sees the plan as changed on the laptop, every part of it.
    lead = team.lead
    person = lead.person(team.asha)
    lead.session.refresh(person)
    version = lead.current_version(person)
    lead.session.refresh(version)
    assert version.good_life == "Growing my own food, and selling some."
    assert [(o.title, [(line.description, line.amount) for line in o.cost_lines])
            for o in version.options] == [
        ("Allotment group", [("Seeds", Decimal("3.75"))]),
        ("Cookery class", [("Ingredients", Decimal("6.00"))])]
    assert sorted(goal.title for goal in version.goals) == ["Cook for my friends",
                                                            "Grow tomatoes"]
    [spent] = lead.spending_entries(version)
    assert (spent.amount, spent.option_id) == (Decimal("12.00"), version.options[1].id)
    # The record says who changed what, as for any other change.
    done = {(e.signed_in_as, e.action, e.table_name) for e in audit.history(lead, team.asha)}
    assert {("advocate_ann", "insert", "plans_taken_out"),
            ("advocate_ann", "delete", "plans_taken_out"),
            ("advocate_ann", "update", "cost_lines"), ("advocate_ann", "delete", "cost_lines"),
            ("advocate_ann", "insert", "options"), ("advocate_ann", "insert", "goals"),
            ("advocate_ann", "update", "plan_versions")} <= done
    # The plan can be changed by others again.
    with lead.engine.begin() as connection:
        assert connection.execute(text("UPDATE people SET next_review = '2027-02-01' "
                                       "WHERE id = :id"), {"id": team.asha}).rowcount == 1
    # A copy is brought back once: it is gone.
    with pytest.raises(TakeOutError):
        bring_back(team.ann, copy, PASSPHRASE)


def test_a_plan_changed_on_the_server_meanwhile_is_a_clash_and_nothing_is_lost(
        team: Team, tmp_path: Path) -> None:
    copy = tmp_path / "asha.sqlite3"
    take_out(team.ann, team.asha, copy, PASSPHRASE)
    _edit_on_the_laptop(copy)
    # Meanwhile Ann changed the plan at the office too.
    ann = team.ann
    version = ann.current_version(ann.person(team.asha))
    ann.set_value(version, "matters_now", "My allotment.")
    ann.save()
    with pytest.raises(BringBackClashError) as clash:
        bring_back(ann, copy, PASSPHRASE)
    assert "was changed on the server after I took it out" in str(clash.value)
    assert clash.value.theirs.changed == [
        "What matters to me now: was nothing, now My allotment."]
    assert "Option: Cookery class" in clash.value.mine.added
    # Nothing changed on the server; the copy and the mark are kept.
    assert _row(team.lead, "SELECT good_life, matters_now FROM plan_versions "
                           "WHERE person_id = :id", id=team.asha) == (
        "Growing my own food.", "My allotment.")
    assert _row(team.lead, "SELECT count(*) FROM options o JOIN plan_versions v "
                           "ON v.id = o.version_id WHERE v.person_id = :id", id=team.asha) == (1,)
    assert copy.exists()
    assert look_at(copy, PASSPHRASE).changed_lines  # still readable, still my changes
    assert taken_out(team.lead, team.asha) is not None


def test_a_lead_puts_a_lost_copys_plan_back_and_the_copy_then_clashes(
        team: Team, tmp_path: Path) -> None:
    copy = tmp_path / "asha.sqlite3"
    take_out(team.ann, team.asha, copy, PASSPHRASE)
    _edit_on_the_laptop(copy)
    with pytest.raises(TakeOutError, match="Only the advocate who took this plan out"):
        release(team.ben, team.asha)
    assert release(team.lead, team.asha).taken_by == "advocate_ann"
    with team.lead.engine.begin() as connection:
        connection.execute(text("UPDATE plan_versions SET good_life = 'Changed at the office', "
                                "row_version = row_version + 1 WHERE person_id = :id"),
                           {"id": team.asha})
    with pytest.raises(BringBackClashError):
        bring_back(team.ann, copy, PASSPHRASE)
    assert copy.exists()


def test_a_copy_whose_plan_did_not_change_comes_back_after_the_mark_was_taken_away(
        team: Team, tmp_path: Path) -> None:
    copy = tmp_path / "asha.sqlite3"
    take_out(team.ann, team.asha, copy, PASSPHRASE)
    _edit_on_the_laptop(copy)
    release(team.ann, team.asha)
    bring_back(team.ann, copy, PASSPHRASE)
    assert _row(team.lead, "SELECT good_life FROM plan_versions WHERE person_id = :id",
                id=team.asha) == ("Growing my own food, and selling some.",)


def test_take_out_and_bring_back_from_the_command_line(
        team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import main

    address = team.pg.url("advocate_ann", None)
    copy = tmp_path / "asha.sqlite3"
    answers = iter([MEMBER_PASSWORD, PASSPHRASE, PASSPHRASE])
    monkeypatch.setattr("getpass.getpass", lambda _prompt: next(answers))
    assert main.main(["--db", address, "org", "take-out", "asha begum", "--to",
                      str(copy)]) == 0
    out = capsys.readouterr().out
    assert "Asha Begum's plan is in" in out and "marked as out with advocate_ann" in out
    _edit_on_the_laptop(copy)
    answers = iter([MEMBER_PASSWORD, PASSPHRASE])
    assert main.main(["--db", address, "org", "bring-back", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "Changed: Cost “Seeds”: how much was 2.50, now 3.75" in out
    assert "Brought back Asha Begum's plan" in out
    assert not copy.exists()
    # A second time there is nothing to bring back, said plainly.
    answers = iter([MEMBER_PASSWORD, PASSPHRASE])
    assert main.main(["--db", address, "org", "bring-back", str(copy)]) == 1
    assert capsys.readouterr().err.strip()
