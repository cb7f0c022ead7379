"""The council's checklist, rule by rule, on plain facts of a plan: no database, no plans file.

Each item is read off a `ChecklistFacts` made here by hand; storage/plan_data.py builds the
same facts from a stored plan (tests/budgetplanner/test_council_checklist.py and the review
statement's tests read stored plans end to end).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from budgetplanner.council_checklist import (
    Answered,
    CheckItem,
    ChecklistFacts,
    Contingency,
    CountedOption,
    GoalFacts,
    checklist,
    summary_words,
)
from budgetplanner.money import Money
from budgetplanner.periods import Period

TODAY = date(2026, 12, 3)
SWIM = GoalFacts(1, "Go swimming on Saturdays", "I swim twice a month")
COOK = GoalFacts(2, "Cook my own tea", "")
PA = CountedOption("Personal assistants", frozenset({1, 2}), paid_by_budget=True)
CLUB = CountedOption("Lunch club", frozenset(), paid_by_budget=False)

# A plan that answers every item.
COMPLETE = ChecklistFacts(
    support_needs="Getting up and out in the morning.",
    goals=(SWIM, replace(COOK, how_i_will_know="I cook three times a week")),
    options_written=2,
    chosen_scenario="PAs and the club",
    counted=(PA, CLUB),
    personal_budget=Decimal("22750"),
    personal_budget_period=Period.YEAR,
    left_a_year=Money.of("1250"),
    contingencies=(Contingency("My PA is ill", "My sister comes"),),
    next_review=date(2027, 6, 1),
    helpers=3,
    brings_own=True,
    participants="My sister Priya and my advocate",
)


def item(facts: ChecklistFacts, key: str, today: date = TODAY) -> CheckItem:
    [found] = [each for each in checklist(facts, today) if each.key == key]
    return found


def test_a_complete_plan_answers_every_item_in_the_panels_order() -> None:
    items = checklist(COMPLETE, TODAY)
    assert [each.key for each in items] == [
        "needs", "outcomes", "how_met", "personal_budget", "direct_payment", "fits",
        "contingency", "other_help", "involved", "review"]
    assert all(each.status is Answered.YES for each in items), [
        (each.key, each.status) for each in items if each.status is not Answered.YES]
    assert summary_words(items) == ("My plan answers all 10 things the council will look "
                                    "for.")


def test_an_empty_plan_answers_nothing_yet_and_says_what_to_add() -> None:
    items = checklist(ChecklistFacts(), TODAY)
    assert all(each.status is Answered.NOT_YET for each in items)
    assert all(each.to_do for each in items)
    assert summary_words(items).startswith("My plan answers 0 of the 10 things")


@pytest.mark.parametrize(("facts", "status"), [
    (ChecklistFacts(support_needs="Cooking.", goals=(SWIM,)), Answered.YES),
    (ChecklistFacts(matters_now="Seeing my friends.", goals=(SWIM,)), Answered.YES),
    (ChecklistFacts(support_needs="Cooking."), Answered.PARTLY),
    (ChecklistFacts(goals=(SWIM,)), Answered.PARTLY),
    (ChecklistFacts(support_needs="   "), Answered.NOT_YET),
])
def test_needs_are_answered_by_what_i_need_support_with_and_my_goals(
        facts: ChecklistFacts, status: Answered) -> None:
    assert item(facts, "needs").status is status


def test_outcomes_need_how_i_will_know_for_every_goal_with_a_title() -> None:
    assert item(ChecklistFacts(goals=(SWIM, GoalFacts(3, "  ", ""))),
                "outcomes").status is Answered.YES
    partly = item(ChecklistFacts(goals=(SWIM, COOK)), "outcomes")
    assert partly.status is Answered.PARTLY
    assert partly.detail == "1 of my 2 goals say how I will know it is happening."
    assert item(ChecklistFacts(), "outcomes").status is Answered.NOT_YET


def test_how_my_needs_are_met_asks_for_a_choice_and_every_goal_linked() -> None:
    unchosen = item(ChecklistFacts(options_written=1), "how_met")
    assert unchosen.status is Answered.PARTLY and unchosen.detail == "I have written 1 option."
    assert item(ChecklistFacts(), "how_met").status is Answered.NOT_YET
    missed = item(replace(COMPLETE, counted=(CLUB,)), "how_met")
    assert missed.status is Answered.PARTLY
    assert missed.detail == "I chose “PAs and the club”: Lunch club."
    assert missed.to_do == ("No chosen option is linked to: Go swimming on Saturdays; Cook my "
                            "own tea.")
    assert item(COMPLETE, "how_met").detail == ("I chose “PAs and the club”: Personal "
                                                "assistants, Lunch club.")


def test_the_personal_budget_is_said_with_how_often() -> None:
    found = item(replace(COMPLETE, personal_budget=Decimal("437.50"),
                         personal_budget_period=Period.WEEK), "personal_budget")
    assert found.status is Answered.YES and found.detail == "£437.50 a week."
    assert item(replace(COMPLETE, personal_budget=None),
                "personal_budget").status is Answered.NOT_YET


def test_the_direct_payment_names_what_it_pays_for() -> None:
    found = item(COMPLETE, "direct_payment")
    assert found.detail == "£22,750.00, every year. It pays for: Personal assistants."
    unpaid = item(replace(COMPLETE, counted=(CLUB,)), "direct_payment")
    assert unpaid.status is Answered.PARTLY and unpaid.detail == "£22,750.00, every year."
    assert item(replace(COMPLETE, personal_budget=None),
                "direct_payment").status is Answered.NOT_YET


def test_support_that_costs_more_than_the_budget_does_not_fit() -> None:
    assert item(COMPLETE, "fits").detail == "£1,250.00 a year is left in my personal budget."
    short = item(replace(COMPLETE, left_a_year=Money.of("-300")), "fits")
    assert short.status is Answered.NOT_YET
    assert short.detail == "My support costs £300.00 a year more than my personal budget."
    assert item(replace(COMPLETE, left_a_year=None), "fits").status is Answered.NOT_YET


def test_a_plan_paid_from_my_own_money_has_no_budget_items_to_answer() -> None:
    own = replace(COMPLETE, budget_applies=False, personal_budget=None, left_a_year=None)
    items = {each.key: each for each in checklist(own, TODAY)}
    for key in ("personal_budget", "direct_payment", "fits"):
        assert items[key].status is Answered.DOES_NOT_APPLY
        assert items[key].status.done
    assert summary_words(list(items.values())).startswith("My plan answers all 10")


def test_contingencies_count_only_those_written() -> None:
    found = item(replace(COMPLETE, contingencies=(
        Contingency("My PA is ill", "My sister comes"), Contingency(" ", " "),
        Contingency("", "Call the agency"))), "contingency")
    assert found.status is Answered.YES
    assert found.detail == "2 plans for when things go wrong: My PA is ill."
    assert item(replace(COMPLETE, contingencies=(Contingency("", ""),)),
                "contingency").status is Answered.NOT_YET


def test_a_review_date_that_has_passed_is_partly_answered() -> None:
    assert item(COMPLETE, "review").detail == "My next review is on 1 June 2027."
    passed = item(COMPLETE, "review", today=date(2027, 6, 2))
    assert passed.status is Answered.PARTLY
    assert passed.detail == "The review date, 1 June 2027, has passed."
    assert item(replace(COMPLETE, next_review=None), "review").status is Answered.NOT_YET


@pytest.mark.parametrize(("helpers", "own", "status"), [
    (3, True, Answered.YES), (3, False, Answered.PARTLY), (0, True, Answered.PARTLY),
    (0, False, Answered.NOT_YET)])
def test_other_help_is_the_people_in_my_life_and_what_i_bring(
        helpers: int, own: bool, status: Answered) -> None:
    assert item(replace(COMPLETE, helpers=helpers, brings_own=own),
                "other_help").status is status


def test_who_helped_me_write_the_plan_is_said_as_written() -> None:
    assert item(COMPLETE, "involved").detail == "My sister Priya and my advocate"
    assert item(replace(COMPLETE, participants="  "), "involved").status is Answered.NOT_YET
