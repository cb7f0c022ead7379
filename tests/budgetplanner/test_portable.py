"""The portable plan file: stable round trip, full checks, nothing imported from a bad file."""

import json
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budgetplanner.demo import load_demo
from budgetplanner.portable import PlanFileError, export_person, import_plan_file, read_plan_file
from budgetplanner.review import start_review
from budgetplanner.storage.store import PlanStore

WHEN = datetime(2026, 11, 25, 12, 0)


def sita_file(tmp_path: Path) -> str:
    store = PlanStore.open(tmp_path / "from.sqlite3")
    sita = load_demo(store)[0]
    start_review(store.session, store.current_version(sita))
    text = export_person(sita, WHEN)
    store.close()
    return text


def test_round_trip_is_byte_for_byte_stable(tmp_path: Path) -> None:
    text = sita_file(tmp_path)
    store = PlanStore.open(tmp_path / "to.sqlite3")
    try:
        person = import_plan_file(store.session, text)
        assert [v.number for v in person.versions] == [1, 2]
        assert person.versions[0].is_frozen
        assert export_person(person, WHEN) == text
        version = store.current_version(person)
        chosen = next(s for s in version.scenarios if s.id == version.chosen_scenario_id)
        assert chosen.name == "My network with agency back-up"
        assert [role.name for role in version.options[0].pa_roles] == ["Priya", "Meera"]
    finally:
        store.close()


def test_every_problem_is_reported_with_where_it_is_and_nothing_imported(
    tmp_path: Path
) -> None:
    data = json.loads(sita_file(tmp_path))
    version = data["person"]["versions"][1]
    version["options"][1]["cost_lines"][0]["amount"] = "32.005"
    version["options"][1]["cost_lines"][0]["frequency"] = "per_fortnight"
    version["goals"][0]["target_date"] = "20260-01-01"
    version["scenarios"][0]["options"].append("no-such-option")
    store = PlanStore.open(tmp_path / "to.sqlite3")
    try:
        with pytest.raises(PlanFileError) as refused:
            import_plan_file(store.session, json.dumps(data))
        assert refused.value.problems == [
            "versions[1].goals[0].target_date: must be a date like 2027-03-31",
            "versions[1].options[1].cost_lines[0].amount: has more than two figures after "
            "the point",
            "versions[1].options[1].cost_lines[0].frequency: must be one of per_hour, "
            "per_week, per_month, per_year, one_off",
            "versions[1].scenarios[0].options[4]: names an option that is not in this version",
        ]
        assert store.count_people() == 0
    finally:
        store.close()


def test_files_that_are_not_plan_files_are_refused() -> None:
    for text, words in (("{not json", "not JSON"), ("[]", "format"),
                        (json.dumps({"format": "Budget Planner plan file",
                                     "schema_version": 99, "person": {}}), "newer")):
        with pytest.raises(PlanFileError, match=words):
            read_plan_file(text)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20)
    | st.decimals(allow_nan=False, allow_infinity=False).map(str),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=25)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300) | json_values.map(json.dumps))
def test_hostile_input_raises_only_plan_file_errors_with_messages(text: str) -> None:
    try:
        read_plan_file(text)
    except PlanFileError as refused:
        assert refused.problems and all(problem.strip() for problem in refused.problems)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["amount", "frequency", "payer", "description",
                                        "hours_per_week", "uid"]), json_values, max_size=6))
def test_hostile_cost_lines_are_refused_with_messages(line: dict[str, object]) -> None:
    data = {"format": "Budget Planner plan file", "schema_version": 1,
            "person": {"name": "X", "versions": [{"number": 1, "options": [
                {"uid": "o", "title": "x", "kind": "other", "cost_lines": [line]}]}]}}
    try:
        read_plan_file(json.dumps(data))
    except PlanFileError as refused:
        assert all(problem.strip() for problem in refused.problems)
