"""A PA's hours pattern travels in the plan file; older files keep their figures."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from budgetplanner.demo import load_demo
from budgetplanner.plan_money import plan_summary
from budgetplanner.portable import PlanFileError, export_person, read_plan_file
from budgetplanner.storage.store import PlanStore

WHEN = datetime(2026, 11, 25, 12, 0)


def sita_data(tmp_path: Path) -> dict[str, object]:
    store = PlanStore.open(tmp_path / "from.sqlite3")
    try:
        sita = load_demo(store)[0]
        return dict(json.loads(export_person(sita, WHEN)))
    finally:
        store.close()


def roles(data: dict[str, object]) -> list[dict[str, object]]:
    version = data["person"]["versions"][0]  # type: ignore[index]
    return [role for option in version["options"] for role in option["pa_roles"]]


def test_the_example_plans_pas_work_irregular_hours_and_the_file_says_so(
        tmp_path: Path) -> None:
    data = sita_data(tmp_path)
    assert roles(data)
    assert {role["hours_pattern"] for role in roles(data)} == {"irregular"}


def test_a_fixed_hours_pa_round_trips(tmp_path: Path) -> None:
    data = sita_data(tmp_path)
    roles(data)[0]["hours_pattern"] = "fixed"
    person = read_plan_file(json.dumps(data))
    assert person.versions[0].options[0].pa_roles[0].hours_pattern == "fixed"
    assert person.versions[0].options[0].pa_roles[1].hours_pattern == "irregular"


def test_a_file_from_before_the_choice_is_read_as_irregular_and_keeps_its_figures(
        tmp_path: Path) -> None:
    data = sita_data(tmp_path)
    store = PlanStore.open(tmp_path / "figures.sqlite3")
    try:
        with_field = read_plan_file(json.dumps(data))
        for role in roles(data):
            del role["hours_pattern"]
        without = read_plan_file(json.dumps(data))
        patterns = {r.hours_pattern for o in without.versions[0].options for r in o.pa_roles}
        assert patterns == {"irregular"}
        store.session.add_all([with_field, without])
        store.session.flush()
        assert (plan_summary(with_field.versions[0]).total.by_period
                == plan_summary(without.versions[0]).total.by_period)
    finally:
        store.close()


def test_an_unknown_hours_pattern_is_refused_with_where_it_is(tmp_path: Path) -> None:
    data = sita_data(tmp_path)
    roles(data)[0]["hours_pattern"] = "sometimes"
    with pytest.raises(PlanFileError) as caught:
        read_plan_file(json.dumps(data))
    assert any("pa_roles[0].hours_pattern" in problem and "fixed, irregular" in problem
               for problem in caught.value.problems)
