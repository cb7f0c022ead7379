"""The checklist reads "What I need support with", the plan's own answer to the first item."""

from __future__ import annotations

from datetime import date

from budgetplanner.council_checklist import Answered
from budgetplanner.storage.models import Goal, PlanVersion
from budgetplanner.storage.plan_data import council_checklist
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


def test_the_facts_of_a_stored_plan_are_what_the_rules_read(store: PlanStore) -> None:
    from budgetplanner.demo import load_demo
    from budgetplanner.storage.plan_data import checklist_facts

    sita = store.current_version(load_demo(store)[0])
    facts = checklist_facts(sita)
    chosen = next(s for s in sita.scenarios if s.id == sita.chosen_scenario_id)
    assert facts.chosen_scenario == chosen.name
    assert [o.title for o in facts.counted] == [o.title for o in sita.options
                                                if o in chosen.options]
    assert any(o.paid_by_budget for o in facts.counted)
    assert [g.title for g in facts.goals] == [g.title for g in sita.goals]
    assert facts.options_written == len(sita.options)
    assert facts.personal_budget == sita.personal_budget and facts.budget_applies
    assert facts.left_a_year is not None
    assert facts.next_review == sita.next_review
