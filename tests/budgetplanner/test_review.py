"""Starting a review: the old version is kept as it was; the differences are listed."""

from decimal import Decimal
from pathlib import Path

import pytest

from budgetplanner.categories import Payer
from budgetplanner.demo import load_demo
from budgetplanner.money import Money
from budgetplanner.periods import Period
from budgetplanner.review import Item, PlanSnapshot, ReviewError, compare, differences, start_review
from budgetplanner.storage.store import PlanStore


def test_review_freezes_copies_and_lists_what_changed(db_path: Path) -> None:
    store = PlanStore.open(db_path)
    sita = load_demo(store)[0]
    first = store.current_version(sita)
    new = start_review(store.session, first)
    assert first.is_frozen and not new.is_frozen
    assert new.number == 2
    assert [g.title for g in new.goals] == [g.title for g in first.goals]
    assert new.chosen_scenario_id is not None
    assert new.chosen_scenario_id != first.chosen_scenario_id

    # Edit the new version: a goal done, a new goal, a raise for the back-up agency.
    new.goals[0].what_worked = "I went every week."
    new.goals.remove(new.goals[1])
    store.session.flush()
    from budgetplanner.storage.models import Goal

    new.goals.append(Goal(title="Cook for the temple festival", position=9))
    agency = next(o for o in new.options if o.title.startswith("Back-up"))
    agency.cost_lines[0].amount = Decimal("34.00")
    store.save()

    changes = differences(first, new)
    assert "Goal: Cook for the temple festival" in changes.added
    assert "Goal: Learn to dance again" in changes.removed
    assert any("how much was 32.00, now 34.00" in c for c in changes.changed)
    # 4 h × 2.00 more × 52 = 416.00 a year more from the personal budget.
    assert changes.money_before is not None and changes.money_after is not None
    before = changes.money_before.by_payer[Payer.PERSONAL_BUDGET][Period.YEAR]
    after = changes.money_after.by_payer[Payer.PERSONAL_BUDGET][Period.YEAR]
    assert after - before == Money.of("416.00")
    store.close()

    # The old version is unchanged on disk.
    again = PlanStore.open(db_path)
    try:
        person = again.find_person("Sita Patel")
        assert person is not None
        old, newest = person.versions
        assert old.is_frozen and newest.number == 2
        assert [g.title for g in old.goals][1] == "Learn to dance again"
        assert old.options[1].cost_lines[0].amount == Decimal("32.00")
        assert again.current_version(person).number == 2
    finally:
        again.close()


def test_a_frozen_version_cannot_be_reviewed_again(store: PlanStore) -> None:
    sam = load_demo(store)[2]
    first = store.current_version(sam)
    start_review(store.session, first)
    with pytest.raises(ReviewError):
        start_review(store.session, first)


# -- comparing on plain data: no database -------------------------------------------------


def snapshot(budget: str | None, goals: dict[str, str], wage: str) -> PlanSnapshot:
    return PlanSnapshot(
        values={"personal_budget": None if budget is None else Decimal(budget),
                "personal_budget_period": Period.YEAR},
        parts={"Goal": tuple(Item(uid, {"title": title}) for uid, title in goals.items()),
               "PA": (Item("pa-1", {"name": "Meg", "hourly_wage": Decimal(wage),
                                    "pay_frequency": "weekly"}),)})


def test_compare_lists_added_removed_and_changed_in_my_words() -> None:
    before = snapshot(None, {"g1": "Swim each week", "g2": "Learn to cook"}, "12.71")
    after = snapshot("18000", {"g1": "Swim twice a week", "g3": "Visit my sister"}, "13.50")
    changes = compare(before, after)
    assert changes.added == ["Goal: Visit my sister"]
    assert changes.removed == ["Goal: Learn to cook"]
    assert changes.changed == [
        "My personal budget: was nothing, now 18000",
        "Goal “Swim twice a week”: goal was Swim each week, now Swim twice a week",
        "PA “Meg”: wage was 12.71, now 13.50",
    ]
    assert not changes.nothing
    assert compare(after, after).nothing
