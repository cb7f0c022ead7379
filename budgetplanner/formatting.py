"""How money and dates are written for people: one formatter, through Babel.

Files and editing boxes use plain digits (`Money.plain`); everything a person reads comes
from here, so "£1,234.50" and "3 December 2026" look the same on screen and on paper.

Dates follow the language of the sentences around them (the catalogue translation.install
put in use): "3 Rhagfyr 2026" in Welsh. British English is the language of English, of no
catalogue, of a code Babel does not know and of the pseudo test language. Money is always
pounds written the British way ("£1,234.50"): the plans are British plans of pounds, and
a figure should read the same on every copy of them, in whatever language its words are.
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime
from babel.numbers import get_currency_symbol, get_decimal_symbol, get_group_symbol

from budgetplanner.translation import installed

LOCALE = "en_GB"  # money's, and the dates' when the language is English or unknown
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


_DATE_LOCALES: dict[str | None, Locale] = {None: _LOCALE}


def date_locale() -> Locale:
    """The Babel locale dates are written in: the installed language's ("cy" → Welsh), or
    en_GB for English, for no catalogue, for the pseudo language and for a code Babel does
    not know."""
    code = installed()
    found = _DATE_LOCALES.get(code)
    if found is None:
        found = _LOCALE
        if code is not None and not code.lower().startswith("en"):
            with contextlib.suppress(ValueError, UnknownLocaleError):
                found = Locale.parse(code)
        _DATE_LOCALES[code] = found
    return found


def long_date(day: date) -> str:
    """'3 December 2026'."""
    return format_date(day, "d MMMM y", locale=date_locale())


def short_date(day: date) -> str:
    """'3 Dec 2026'."""
    return format_date(day, "d MMM y", locale=date_locale())


def short_month(month: date) -> str:
    """'Dec 2026'."""
    return format_date(month, "MMM y", locale=date_locale())


def typed_date(day: date | None) -> str:
    """'03/12/2026': a date as a person types it into a field (empty for none)."""
    return "" if day is None else day.strftime("%d/%m/%Y")


def month_year(day: date) -> str:
    """'December 2026'."""
    return format_date(day, "MMMM y", locale=date_locale())


def date_and_time(moment: datetime) -> str:
    """'3 December 2026, 14:05'."""
    return format_datetime(moment, "d MMMM y, HH:mm", locale=date_locale())
