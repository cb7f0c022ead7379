"""Both versions of a clashed record in words, and what each choice writes (plain data)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from budgetplanner.categories import Payer
from budgetplanner.clash import Keep, both_texts, chosen_values, describe, words
from budgetplanner.periods import Frequency
from budgetplanner.storage.conflicts import PendingEdit
from budgetplanner.storage.models import CostLine, PlanVersion


def _line_edit() -> PendingEdit:
    return PendingEdit(CostLine, (7,),
                       mine={"amount": Decimal("15.00"), "description": "Seeds and compost"},
                       theirs={"amount": Decimal("12.00"), "description": "Seeds and bulbs"})


def test_each_field_is_shown_in_words_with_its_label() -> None:
    record = CostLine(description="Seeds and bulbs")
    view = describe(_line_edit(), record, "lead_one")
    assert view.heading == "A cost: “Seeds and bulbs”"
    assert view.who == "lead_one"
    amount, what = view.fields
    assert (amount.label, amount.mine, amount.theirs, amount.can_keep_both) == (
        "How much", "£15.00", "£12.00", False)
    assert (what.label, what.mine, what.theirs, what.can_keep_both) == (
        "What", "Seeds and compost", "Seeds and bulbs", True)


@pytest.mark.parametrize(("attribute", "value", "said"), [
    ("frequency", Frequency.PER_MONTH, "a month"),
    ("payer", Payer.OWN_MONEY, "My own money"),
    ("hours_per_week", Decimal("12.50"), "12.5 hours a week"),
    ("next_review", date(2026, 12, 3), "3 December 2026"),
    ("employment_allowance", False, "no"),
    ("good_life", "", "nothing"),
])
def test_values_read_as_words(attribute: str, value: object, said: str) -> None:
    assert words(attribute, value) == said


def test_a_plan_field_is_named_as_on_its_page() -> None:
    edit = PendingEdit(PlanVersion, (1,), {"good_life": "Gardening"}, {"good_life": "Walks"})
    [field] = describe(edit).fields
    assert field.label == "What a good life looks like for me"
    assert describe(edit).heading == "My plan"


def test_keeping_both_puts_theirs_then_mine_and_never_repeats_one() -> None:
    assert both_texts("Seeds and bulbs", "Seeds and compost") == (
        "Seeds and bulbs / Seeds and compost")
    long_theirs = "I like walking by the canal on Sundays with my brother."
    assert both_texts(long_theirs, "I go to the allotment.") == (
        f"{long_theirs}\n\nI go to the allotment.")
    assert both_texts("Walks", "Walks and swimming") == "Walks and swimming"
    assert both_texts("Walks and swimming", "Walks") == "Walks and swimming"


def test_what_each_choice_writes() -> None:
    edit = _line_edit()
    now = {"amount": Decimal("12.00"), "description": "Seeds and bulbs"}
    assert chosen_values(edit, {"amount": Keep.THEIRS, "description": Keep.THEIRS}, now) == {}
    assert chosen_values(edit, {"amount": Keep.MINE, "description": Keep.MINE}, now) == {
        "amount": Decimal("15.00"), "description": "Seeds and compost"}
    assert chosen_values(edit, {"description": Keep.BOTH}, now) == {
        "description": "Seeds and bulbs / Seeds and compost"}
    with pytest.raises(ValueError, match="only writing"):
        chosen_values(edit, {"amount": Keep.BOTH}, now)
