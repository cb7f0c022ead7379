from decimal import Decimal

import pytest

from budgetplanner.money import Money, MoneyError, money_sum, round_penny


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
