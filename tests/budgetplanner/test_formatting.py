"""Money and dates are written one way, British English."""

from datetime import date, datetime
from decimal import Decimal

import pytest

from budgetplanner.formatting import date_and_time, long_date, money_text, month_year, short_date
from budgetplanner.money import Money


@pytest.mark.parametrize(("amount", "pence", "text"), [
    ("1234.5", True, "£1,234.50"),
    ("0.005", True, "£0.01"),
    ("-3", True, "−£3.00"),
    ("1234567.891", True, "£1,234,567.89"),
    ("1234.5", False, "£1,235"),
    ("0", True, "£0.00"),
])
def test_money_is_written_in_pounds_with_commas(amount: str, pence: bool, text: str) -> None:
    assert money_text(Decimal(amount), pence=pence) == text


def test_money_objects_use_the_same_formatter() -> None:
    assert Money.of("22750").format() == "£22,750.00"
    assert Money.of("-0.01").format() == "−£0.01"


def test_dates_are_written_day_month_year() -> None:
    day = date(2026, 12, 3)
    assert long_date(day) == "3 December 2026"
    assert short_date(day) == "3 Dec 2026"
    assert month_year(day) == "December 2026"
    assert date_and_time(datetime(2026, 12, 3, 14, 5)) == "3 December 2026, 14:05"
