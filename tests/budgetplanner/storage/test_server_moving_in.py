"""Moving in, on a real PostgreSQL server: every plan in a laptop's plans file comes to the
server whole, as the importing advocate's, with a report; and the record of who did what is
the lead's to read and export, not an advocate's (storage/moving_in.py, storage/audit.py)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_cluster import MEMBER_PASSWORD, PgDatabase
from sqlalchemy import text

from budgetplanner.commands import load_examples
from budgetplanner.storage import audit, organisation
from budgetplanner.storage.moving_in import MoveInError, move_in
from budgetplanner.storage.plan_rows import counts, people_in, read_plan
from budgetplanner.storage.store import PlanStore
from budgetplanner.storage.taking_out import what_changed


@pytest.fixture
def server(pg_database: PgDatabase) -> Iterator[PgDatabase]:
    pg_database.migrate()
    yield pg_database


def _laptop(tmp_path: Path) -> tuple[Path, dict[str, dict[str, list[dict[str, object]]]]]:
    """A laptop's plans file with the example plans (options, PAs, goals, scenarios, what
    was spent), and its plans as rows by name."""
    path = tmp_path / "laptop" / "plans.sqlite3"
    load_examples(path)
    store = PlanStore.open(path)
    try:
        with store.engine.connect() as connection:
            plans = {name: read_plan(connection, number)
                     for number, name in people_in(connection)}
    finally:
        store.close()
    return path, plans


def _chosen(rows: dict[str, list[dict[str, object]]]) -> list[object]:
    """The uid of each version's chosen scenario (numbers differ from file to server)."""
    uids = {scenario["id"]: scenario["uid"] for scenario in rows["scenarios"]}
    return [uids.get(version["chosen_scenario_id"]) for version in rows["plan_versions"]]


def test_every_plan_moves_in_whole_as_mine_with_a_report(server: PgDatabase,
                                                         tmp_path: Path) -> None:
    path, plans = _laptop(tmp_path)
    assert len(plans) == 3 and all(rows["spending_entries"] for rows in plans.values())
    ann = server.sign_in("advocate_ann", "planner_advocate")
    ben = server.sign_in("advocate_ben", "planner_advocate")
    lead = server.sign_in("test_lead")
    try:
        report = move_in(ann, path)
        assert [person.name for person in report.people] == sorted(plans)
        lines = report.lines()
        assert lines[0].startswith(f"Moved 3 plans from {path} to the organisation's plans at ")
        for person in report.people:
            assert f"  {person.name}: {counts(plans[person.name])}" in lines
        # Mine to see, and no one else's but the lead's.
        assert [row.name for row in ann.people()] == sorted(plans)
        assert ben.count_people() == 0
        assert {(a.person, a.advocate) for a in organisation.assignments(lead.engine)} == {
            (name, "advocate_ann") for name in plans}
        # Every part came across: compared as at a review, nothing differs; the spending,
        # the chosen scenario and the goals each option meets are there too.
        with ann.engine.connect() as connection:
            for person in report.people:
                here = read_plan(connection, person.person_id)
                there = plans[person.name]
                assert what_changed(there, here).nothing, person.name
                for table in ("plan_versions", "goals", "options", "cost_lines", "pa_roles",
                              "scenarios", "option_goals", "scenario_options", "risks",
                              "contingencies", "spending_entries", "plan_years"):
                    assert len(here[table]) == len(there[table]), (person.name, table)
                assert _chosen(here) == _chosen(there) != [None], person.name
        # Moving the same file in twice is refused, and nothing comes across twice.
        with pytest.raises(MoveInError, match="moved in to the organisation's plans"):
            move_in(ann, path)
        assert ann.count_people() == 3
        # The laptop's file keeps its plans.
        laptop = PlanStore.open(path)
        try:
            assert laptop.count_people() == 3
        finally:
            laptop.close()
    finally:
        for store in (ann, ben, lead):
            store.close()


def test_moving_in_a_locked_file_from_the_command_line(
        server: PgDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import main

    path, plans = _laptop(tmp_path)
    store = PlanStore.open(path)
    store.set_passphrase("kitchen table 7")
    store.close()
    server.sign_in("advocate_ann", "planner_advocate").close()
    answers = iter([MEMBER_PASSWORD, "kitchen table 7"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt: next(answers))
    assert main.main(["--db", server.url("advocate_ann", None), "org", "move-in",
                      str(path)]) == 0
    out = capsys.readouterr().out
    assert "Moved 3 plans from" in out
    for name in plans:
        assert f"  {name}: " in out


def test_the_lead_reads_and_exports_the_record_and_an_advocate_cannot(
        server: PgDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import main

    ann = server.sign_in("advocate_ann", "planner_advocate")
    ben = server.sign_in("advocate_ben", "planner_advocate")
    lead = server.sign_in("test_lead")
    try:
        person = ann.add_person("Asha Begum")
        ann.save()
        audit.record(ann, "opened", person.id)
        organisation.assign(lead.engine, "Asha Begum", "advocate_ben")
        audit.record(ben, "opened", person.id)
        # An advocate is refused the record, and the server shows them only what they did.
        for store in (ann, ben):
            with pytest.raises(audit.RecordRefusedError, match="Only a team lead"):
                audit.person_record(store, "Asha Begum")
        with ben.engine.connect() as connection:
            assert set(connection.execute(text(
                "SELECT signed_in_as FROM audit_log")).scalars()) == {"advocate_ben"}
        number, entries = audit.person_record(lead, "asha begum")
        assert number == person.id
        assert {(e.signed_in_as, e.action) for e in entries} >= {
            ("advocate_ann", "insert"), ("advocate_ann", "opened"), ("advocate_ben", "opened"),
            ("test_lead", "insert")}
    finally:
        for store in (ann, ben, lead):
            store.close()
    out = tmp_path / "asha-record.csv"
    answers = iter([MEMBER_PASSWORD])
    monkeypatch.setattr("getpass.getpass", lambda _prompt: next(answers))
    assert main.main(["--db", server.url("test_lead", None), "org", "audit", "Asha Begum",
                      "--csv", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "\tadvocate_ben\topened\t" in printed and f"Wrote {out}." in printed
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["When", "Signed in as", "Acting as", "What", "Part of the plan",
                       "About whom"]
    assert ["advocate_ben", "advocate_ben", "opened", "", ""] in [row[1:] for row in rows]
    # Who an advocate was let work with the plan is said by the server itself (0008).
    assert ["insert", "assignments", "advocate_ann"] in [row[3:] for row in rows]
    # The advocate's command is refused in words, and writes nothing.
    answers = iter([MEMBER_PASSWORD])
    refused = tmp_path / "ann.csv"
    assert main.main(["--db", server.url("advocate_ann", None), "org", "audit", "Asha Begum",
                      "--csv", str(refused)]) == 1
    assert "Only a team lead can read the record" in capsys.readouterr().err
    assert not refused.exists()
