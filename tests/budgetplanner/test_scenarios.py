"""Scenarios compared side by side, against hand-worked totals."""

from budgetplanner.categories import Payer
from budgetplanner.demo import load_demo
from budgetplanner.money import Money
from budgetplanner.periods import Period
from budgetplanner.scenarios import compare, goals_without_options
from budgetplanner.storage.store import PlanStore


def test_jennys_two_scenarios_side_by_side(store: PlanStore) -> None:
    jenny = {p.name: p for p in load_demo(store)}["Jenny Walsh"]
    flat, stay = compare(store.current_version(jenny))
    # Flat with Lucy: 427.50 + 171.00 + 385.00 = 983.50 a week from the personal budget;
    # 1,000.00 − 983.50 = 16.50 a week left, 858.00 a year.
    assert flat.scenario.name == "Flat with Lucy" and flat.chosen
    assert flat.summary.by_payer[Payer.PERSONAL_BUDGET][Period.WEEK] == Money.of("983.50")
    assert flat.gap(Period.YEAR) == Money.of("858.00")
    # Stay where I am: 1,450.00 a week by the council (other funding) = 75,400.00 a year;
    # nothing from the personal budget, so all 52,000.00 is left.
    assert stay.summary.by_payer[Payer.OTHER_FUNDING][Period.YEAR] == Money.of("75400.00")
    assert stay.summary.by_payer[Payer.PERSONAL_BUDGET][Period.YEAR] == Money.of("0.00")
    assert not stay.chosen
    assert {g.title for g in flat.goals_met} >= {"Live with Lucy in a flat of our own"}
    assert "Live with Lucy in a flat of our own" not in {g.title for g in stay.goals_met}


def test_sams_agency_scenario_is_over_the_personal_budget(store: PlanStore) -> None:
    sam = {p.name: p for p in load_demo(store)}["Sam Okafor"]
    mine, agency = compare(store.current_version(sam))
    # 30.00 × 16 h × 52 = 24,960.00 a year (480.00 a week) against 13,520.00: 11,440.00 over.
    assert agency.summary.by_payer[Payer.PERSONAL_BUDGET][Period.WEEK] == Money.of("480.00")
    assert agency.summary.by_payer[Payer.PERSONAL_BUDGET][Period.YEAR] == Money.of("24960.00")
    assert agency.gap(Period.YEAR) == Money.of("-11440.00")
    # My own PA: 12,838.04 a year, 681.96 left; Tom is the person involved.
    assert mine.summary.by_payer[Payer.PERSONAL_BUDGET][Period.YEAR] == Money.of("12838.04")
    assert mine.people == ["Tom"]


def test_goals_with_no_option_yet(store: PlanStore) -> None:
    sita = load_demo(store)[0]
    version = store.current_version(sita)
    assert goals_without_options(version) == []
    goal = version.goals[0]
    for option in list(goal.options):
        option.goals.remove(goal)
    assert goals_without_options(version) == [goal]
