"""How often a cost comes round, and the periods money is shown in.

One year is 52 weeks; one month is a twelfth of a year; four weeks is 4/52 of a year.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from budgetplanner.translation import N_, translated

WEEKS_PER_YEAR = Decimal(52)
MONTHS_PER_YEAR = Decimal(12)
MAX_HOURS_PER_WEEK = Decimal(168)


class Frequency(StrEnum):
    """How often a cost line is paid."""

    PER_HOUR = "per_hour"
    PER_WEEK = "per_week"
    PER_MONTH = "per_month"
    PER_YEAR = "per_year"
    ONE_OFF = "one_off"

    @property
    def label(self) -> str:
        return translated(_FREQUENCY_LABELS[self])

    def is_recurring(self) -> bool:
        return self is not Frequency.ONE_OFF


_FREQUENCY_LABELS = {
    Frequency.PER_HOUR: N_("an hour"),
    Frequency.PER_WEEK: N_("a week"),
    Frequency.PER_MONTH: N_("a month"),
    Frequency.PER_YEAR: N_("a year"),
    Frequency.ONE_OFF: N_("once"),
}


class Period(StrEnum):
    """A period that money is shown in."""

    WEEK = "week"
    FOUR_WEEKS = "four_weeks"
    MONTH = "month"
    YEAR = "year"

    @property
    def label(self) -> str:
        return translated(_PERIOD_LABELS[self])

    @property
    def heading(self) -> str:
        return translated(_PERIOD_HEADINGS[self])

    def from_yearly(self, yearly: Decimal) -> Decimal:
        """The exact share of a yearly amount that falls in one of these periods."""
        if self is Period.WEEK:
            return yearly / WEEKS_PER_YEAR
        if self is Period.FOUR_WEEKS:
            return yearly * 4 / WEEKS_PER_YEAR
        if self is Period.MONTH:
            return yearly / MONTHS_PER_YEAR
        return yearly

    def to_yearly(self, amount: Decimal) -> Decimal:
        """The exact yearly amount of an amount paid once every one of these periods."""
        if self is Period.WEEK:
            return amount * WEEKS_PER_YEAR
        if self is Period.FOUR_WEEKS:
            return amount * WEEKS_PER_YEAR / 4
        if self is Period.MONTH:
            return amount * MONTHS_PER_YEAR
        return amount


_PERIOD_LABELS = {
    Period.WEEK: N_("a week"),
    Period.FOUR_WEEKS: N_("every four weeks"),
    Period.MONTH: N_("a month"),
    Period.YEAR: N_("a year"),
}

_PERIOD_HEADINGS = {
    Period.WEEK: N_("Per week"),
    Period.FOUR_WEEKS: N_("Per four weeks"),
    Period.MONTH: N_("Per month"),
    Period.YEAR: N_("Per year"),
}
