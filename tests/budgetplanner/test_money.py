from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from budgetplanner.money import Money, MoneyError, allocate_pennies, money_sum, round_penny


def test_rounds_half_up_at_the_half_penny() -> None:
    assert round_penny(Decimal("0.005")) == Decimal("0.01")
    assert round_penny(Decimal("0.0049")) == Decimal("0.00")
    assert round_penny(Decimal("2.675")) == Decimal("2.68")  # a float would give 2.67


def test_keeps_exact_value_until_rounded() -> None:
    third = Money.of("100") / 3
    assert third.amount != Decimal("33.33")
    assert third.rounded() == Money.of("33.33")
    assert (third * 3).rounded() == Money.of("100.00")


def test_formats_like_people_read_money() -> None:
    assert Money.of("1234.5").format() == "£1,234.50"
    assert Money.of("-3").format() == "−£3.00"
    assert Money.of("0").format() == "£0.00"


@pytest.mark.parametrize("text, expected", [
    ("£1,234.50", "1234.50"), ("12", "12"), (" 7.5 ", "7.5"), ("0", "0"),
])
def test_parses_typed_amounts(text: str, expected: str) -> None:
    assert Money.parse(text).amount == Decimal(expected)


@pytest.mark.parametrize("text, words", [
    ("", "type an amount"), ("12.345", "two figures"), ("-4", "below zero"),
    ("abc", "not an amount"), ("1" * 30, "not an amount"), ("999999999", "too large"),
])
def test_refuses_amounts_that_cannot_be_right(text: str, words: str) -> None:
    with pytest.raises(MoneyError, match=words):
        Money.parse(text)


def test_sums_and_compares() -> None:
    assert money_sum([Money.of("1.10"), Money.of("2.20")]) == Money.of("3.30")
    assert Money.of("1") < Money.of("2")
    assert (Money.of("1") - Money.of("2")).is_negative()


def test_pennies_left_over_go_to_the_largest_remainders() -> None:
    assert allocate_pennies(Decimal(100), [Decimal(1)] * 3) == [
        Decimal("33.34"), Decimal("33.33"), Decimal("33.33")]
    assert allocate_pennies(Decimal("-0.05"), [Decimal(1), Decimal(4)]) == [
        Decimal("-0.01"), Decimal("-0.04")]
    assert allocate_pennies(Decimal(0), [Decimal(0), Decimal(0)]) == [Decimal(0)] * 2


@given(st.decimals(min_value=-100000, max_value=100000, places=3),
       st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=13)
       .filter(any))
def test_shared_pennies_add_up_and_each_is_within_a_penny(total: Decimal,
                                                         weights: list[int]) -> None:
    shares = allocate_pennies(total, [Decimal(w) for w in weights])
    assert sum(shares) == round_penny(total)
    for share, weight in zip(shares, weights, strict=True):
        exact = round_penny(total) * weight / sum(weights)
        assert abs(share - exact) < Decimal("0.01")
        assert share == share.quantize(Decimal("0.01"))
