"""The checklist reads "What I need support with", the plan's own answer to the first item."""

from __future__ import annotations

from datetime import date

from budgetplanner.council_checklist import Answered, council_checklist
from budgetplanner.storage.models import Goal, PlanVersion
from budgetplanner.storage.store import PlanStore


def _needs(version: PlanVersion) -> tuple[Answered, str]:
    [item] = [i for i in council_checklist(version, date(2026, 12, 3)) if i.key == "needs"]
    return item.status, item.to_do


def _plan(store: PlanStore) -> PlanVersion:
    version = store.current_version(store.add_person("Ann"))
    store.save()
    return version


def test_what_i_need_support_with_and_my_goals_answer_the_needs_item(store: PlanStore) -> None:
    version = _plan(store)
    store.set_value(version, "support_needs", "Getting up and out in the morning.")
    store.add_to(version, "goals", Goal(title="Go swimming on Saturdays"))
    assert _needs(version)[0] is Answered.YES


def test_an_empty_plan_is_asked_for_what_i_need_support_with(store: PlanStore) -> None:
    status, to_do = _needs(_plan(store))
    assert status is Answered.NOT_YET
    assert "what I need support with" in to_do


def test_needs_without_goals_are_partly_answered(store: PlanStore) -> None:
    version = _plan(store)
    store.set_value(version, "support_needs", "Cooking.")
    assert _needs(version)[0] is Answered.PARTLY
