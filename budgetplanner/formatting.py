"""How money and dates are written for people: one formatter, British English (Babel en_GB).

Files and editing boxes use plain digits (`Money.plain`); everything a person reads comes
from here, so "£1,234.50" and "3 December 2026" look the same on screen and on paper.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import get_currency_symbol, get_decimal_symbol, get_group_symbol

LOCALE = "en_GB"
MINUS = "−"  # a true minus sign, not a hyphen: it reads clearly in print and to a screen reader

# The locale's symbols, looked up once: tables of a thousand lines format thousands of
# figures, and Babel's own pattern formatter is a hundred times slower than Python's.
_LOCALE = Locale.parse(LOCALE)
_POUND = get_currency_symbol("GBP", _LOCALE)
_GROUP = get_group_symbol(_LOCALE)
_DECIMAL = get_decimal_symbol(_LOCALE)


def money_text(amount: Decimal, *, pence: bool = True) -> str:
    """'£1,234.50' (rounded to the penny, half up), '−£3.00'; '£1,235' without pence."""
    places = Decimal("0.01") if pence else Decimal(1)
    value = amount.quantize(places, rounding="ROUND_HALF_UP")
    digits = f"{abs(value):,.2f}" if pence else f"{abs(value):,.0f}"
    if (_GROUP, _DECIMAL) != (",", "."):
        digits = digits.replace(",", "\0").replace(".", _DECIMAL).replace("\0", _GROUP)
    text = f"{_POUND}{digits}"
    return f"{MINUS}{text}" if value < 0 else text


def pounds(value: Decimal) -> str:
    """A figure that reads better without pence when it has none: "£10,000", "£96", "£12.21"."""
    return money_text(value, pence=value != value.to_integral_value())


def long_date(day: date) -> str:
    """'3 December 2026'."""
    return format_date(day, "d MMMM y", locale=LOCALE)


def short_date(day: date) -> str:
    """'3 Dec 2026'."""
    return format_date(day, "d MMM y", locale=LOCALE)


def typed_date(day: date | None) -> str:
    """'03/12/2026': a date as a person types it into a field (empty for none)."""
    return "" if day is None else day.strftime("%d/%m/%Y")


def month_year(day: date) -> str:
    """'December 2026'."""
    return format_date(day, "MMMM y", locale=LOCALE)


def date_and_time(moment: datetime) -> str:
    """'3 December 2026, 14:05'."""
    return format_datetime(moment, "d MMMM y, HH:mm", locale=LOCALE)
