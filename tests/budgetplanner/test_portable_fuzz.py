"""Hostile and damaged plan files: refused in words, nothing added, the plans file still saves.

The committed corpus (data/nasty_plan_files/) holds one file for each way a plan file once
made the import throw or let an impossible value in (issue 19). The mutation run imports
hundreds of changed example plans into a real SQLite file; benchmarks/fuzz_importers.py
runs the same mutator 10,000 times.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.fuzz_importers import Tally, example_plan_files, fuzz_plan_files
from budgetplanner.portable import (
    MAX_FILE_BYTES,
    PlanFileError,
    _Checker,
    import_plan_file,
    plan_file_bytes,
)
from budgetplanner.review import PA_FIELDS
from budgetplanner.storage.models import PARoleRow
from budgetplanner.storage.store import PlanStore

DATA = Path(__file__).parent / "data"
NASTY = sorted((DATA / "nasty_plan_files").glob("*.bpplan.json"))

# What the person is told for some of the files, so the reason is the right one.
REASONS = {
    "huge_integer": "relationships[0].closeness: must be a whole number",
    "link_as_list": "options[0].goals[0]: must be the id of a goal",
    "link_twice": "options[0].goals[1]: names the same goal twice",
    "scenario_option_twice": "scenarios[0].options[1]: names the same option twice",
    "lone_surrogate": "goals[0].title: holds a broken character",
    "duplicate_goal_uid": "goals[1].uid: is the same id as versions[0].goals[0]",
    "duplicate_version_number": "versions[1].number: is the same as versions[0]",
    "group_not_documented": "group: must be one of family, friends, neighbours, community, paid",
    "closeness_999999": "closeness: must be a whole number from 1 to 4",
    "hours_a_week_99999999": "hours_per_week: is more than the 168 hours in a week",
    "amount_200_digits": "amount: is not a number written with digits",
    "wage_too_large": "hourly_wage: is £100,000,000 or more",
    "date_in_9999": "target_date: must be between 1900 and 2200",
    "time_with_timezone": "created_at: must be a time like 2027-03-31T14:30:00, without a "
                          "time zone",
    "cover_percent_over_100": "cover_value: a percentage cannot be over 100",
    "not_utf8": "not UTF-8",
    "newer_schema": "newer Budget Planner",
}


@pytest.fixture
def plans(tmp_path: Path) -> Iterator[PlanStore]:
    store = PlanStore.open(tmp_path / "plans.sqlite3")
    store.add_person("Already here")
    store.save()
    yield store
    store.close()


def test_the_corpus_has_the_cases_of_issue_19() -> None:
    names = {path.name.removesuffix(".bpplan.json") for path in NASTY}
    assert set(REASONS) <= names
    assert len(NASTY) >= 35


@pytest.mark.parametrize("path", NASTY, ids=lambda path: path.name.split(".")[0])
def test_a_nasty_file_is_refused_in_words_and_adds_nothing(plans: PlanStore,
                                                            path: Path) -> None:
    with pytest.raises(PlanFileError) as refused:
        import_plan_file(plans.session, path.read_bytes())
    problems = refused.value.problems
    assert problems and all(problem.strip() for problem in problems)
    reason = REASONS.get(path.name.removesuffix(".bpplan.json"))
    if reason is not None:
        assert any(reason in problem for problem in problems), problems
    sentence = refused.value.sentence()
    assert sentence.startswith("Nothing was imported") and "\n" not in sentence
    sentence.encode("utf-8")  # printable: no broken character from the file is echoed
    assert not plans.session.new and not plans.session.dirty
    assert [row.name for row in plans.people()] == ["Already here"]
    plans.rename_person(plans.person(plans.people()[0].id), "Still saving")
    plans.save()


def test_the_good_file_the_corpus_starts_from_imports(plans: PlanStore) -> None:
    person = import_plan_file(plans.session, (DATA / "good_plan_file.bpplan.json").read_text())
    version = plans.current_version(person)
    assert version.options[0].goals == [version.goals[0]]
    assert version.chosen_scenario_id == version.scenarios[0].id
    assert plans.count_people() == 2


def test_mutated_example_plans_import_cleanly_or_are_refused(tmp_path: Path) -> None:
    seeds = example_plan_files(tmp_path)
    store = PlanStore.open(tmp_path / "fuzz.sqlite3")
    try:
        tally = Tally()
        fuzz_plan_files(store, seeds, range(400), tally)
        assert tally.failures == []
        # Most changes are refused, some are harmless: both outcomes are exercised.
        assert tally.outcomes["refused"] > 200 and tally.outcomes["imported"] > 10
        store.add_person("After the fuzz")
        store.save()
    finally:
        store.close()


def test_a_file_too_large_to_be_a_plan_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.bpplan.json"
    with huge.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no 20 MB written
    with pytest.raises(PlanFileError, match="too large to be a plan file"):
        plan_file_bytes(huge)
    assert plan_file_bytes(DATA / "good_plan_file.bpplan.json").startswith(b"{")


def test_a_pa_role_from_an_older_file_keeps_rolled_up_holiday_pay() -> None:
    checker = _Checker()
    assert "hours_pattern" in PA_FIELDS
    fields = list(PA_FIELDS)
    older = checker.item(PARoleRow, {"uid": "p", "name": "Dai"}, fields, "a", {})
    newer = checker.item(PARoleRow, {"uid": "q", "hours_pattern": "fixed"}, fields, "b", {})
    checker.item(PARoleRow, {"uid": "r", "hours_pattern": "sometimes"}, fields, "c", {})
    assert older.values["hours_pattern"] == "irregular"
    assert newer.values["hours_pattern"] == "fixed"
    assert checker.problems == ["c.hours_pattern: must be one of fixed, irregular"]
