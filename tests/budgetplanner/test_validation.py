"""Every form check refuses what cannot be right, always with a message, never with a crash."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from budgetplanner.validation import (
    ValidationError,
    clean_text,
    parse_amount,
    parse_date,
    parse_hours,
)

CHECKS = (parse_amount, parse_hours, parse_date, clean_text)


@pytest.mark.parametrize("check, text, words", [
    (parse_hours, "-3", "below zero"),
    (parse_hours, "200", "168 hours"),
    (parse_hours, "7.555", "two figures"),
    (parse_date, "01/01/20260", "like 31/03/2027"),
    (parse_date, "20260-01-01", "like 31/03/2027"),
    (parse_date, "31/02/2027", "no such date"),
    (parse_date, "01/01/1800", "check the year"),
    (parse_amount, "12.345", "two figures"),
    (parse_amount, "-5", "below zero"),
    (clean_text, "x" * 3_000_000, "characters long"),
])
def test_what_cannot_be_right_is_refused_with_a_reason(check, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match=words):
        check(text)


def test_what_can_be_right_is_kept() -> None:
    assert parse_amount("£1,234.50") == Decimal("1234.50")
    assert parse_hours("7.5 h") == Decimal("7.5")
    assert parse_hours("", allow_empty=True) is None
    assert parse_date("31/03/2027") == date(2027, 3, 31)
    assert parse_date("2027-03-31") == date(2027, 3, 31)
    assert clean_text("My words\nover two lines") == "My words\nover two lines"


@given(st.text(max_size=60) | st.from_regex(r"-?\d{1,12}([.,/]\d{0,6}){0,2}", fullmatch=True))
def test_no_input_makes_a_check_fail_without_a_message(text: str) -> None:
    for check in CHECKS:
        try:
            check(text)
        except ValidationError as refused:
            assert str(refused).strip()
