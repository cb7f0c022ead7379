"""Dated tables of the wage, National Insurance and pension figures that PA costs rest on."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from importlib import resources
from typing import Any

from budgetplanner.formatting import pounds
from budgetplanner.periods import Period

FORMAT_NAME = "budgetplanner-rate-table"
FORMAT_VERSION = 1

# The tables the program ships, oldest first; files live in budgetplanner/data/.
SHIPPED_FILES: tuple[str, ...] = ("rates_2025_26.json", "rates_2026_27.json")

_NAME = re.compile(r"^(\d{4})/(\d{2})$")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Bounds on what a table read from a file or the plans file may hold (see _read_decimal).
MAX_FIGURE = Decimal(1_000_000_000)
MAX_FIGURE_PLACES = 12
MAX_NAME_LENGTH = 40  # models.RateTableRow.name
MAX_SOURCE_LENGTH = 20_000
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2200, 12, 31)


class RateTableError(ValueError):
    """A rate table that cannot be read, with a message a person can act on."""


@dataclass(frozen=True)
class RateFigure:
    """One figure with where it came from, so a reader of the plan can check it.

    `source_date` is the date the source gives for the figure (the day it starts to
    apply), or None when the person who typed it did not know.
    """

    value: Decimal
    source: str = ""
    source_date: date | None = None


@dataclass(frozen=True)
class RateTable:
    """The figures for one tax year. Rates are fractions: 0.15 means 15%."""

    name: str
    valid_from: date
    valid_to: date
    national_living_wage: RateFigure
    nmw_18_20: RateFigure
    nmw_under_18: RateFigure
    employer_ni_rate: RateFigure
    ni_secondary_threshold_week: RateFigure
    ni_secondary_threshold_four_weeks: RateFigure
    ni_secondary_threshold_month: RateFigure
    ni_secondary_threshold_year: RateFigure
    # Employers pay no NI for PAs under 21 on pay up to this threshold.
    ni_upper_secondary_threshold_week: RateFigure
    ni_upper_secondary_threshold_four_weeks: RateFigure
    ni_upper_secondary_threshold_month: RateFigure
    ni_upper_secondary_threshold_year: RateFigure
    employment_allowance: RateFigure
    holiday_weeks: RateFigure
    holiday_accrual_rate: RateFigure
    # Statutory Sick Pay a week (the most: a PA on low pay gets 80% of their average weekly
    # earnings when that is less). Added after format version 1: see _LATER_FIGURES.
    ssp_weekly_rate: RateFigure
    # The rules of Statutory Sick Pay, which changed in April 2026: days off sick before it
    # is paid (3 before, none from then), the average weekly pay a PA needs for it (£125
    # before, none from then) and the share of that pay it is capped at (none before, so 1;
    # 80% from then). Added after format version 1 too.
    ssp_waiting_days: RateFigure
    ssp_lower_earnings_limit_week: RateFigure
    ssp_share_of_earnings: RateFigure
    pension_trigger_week: RateFigure
    pension_trigger_four_weeks: RateFigure
    pension_trigger_month: RateFigure
    pension_trigger_year: RateFigure
    qualifying_lower_week: RateFigure
    qualifying_lower_four_weeks: RateFigure
    qualifying_lower_month: RateFigure
    qualifying_lower_year: RateFigure
    qualifying_upper_week: RateFigure
    qualifying_upper_four_weeks: RateFigure
    qualifying_upper_month: RateFigure
    qualifying_upper_year: RateFigure
    employer_pension_rate: RateFigure
    auto_enrolment_min_age: RateFigure

    # -- figures by pay period ------------------------------------------------------

    def ni_threshold(self, period: Period) -> Decimal:
        return self._per_period("ni_secondary_threshold", period)

    def ni_upper_threshold(self, period: Period) -> Decimal:
        return self._per_period("ni_upper_secondary_threshold", period)

    def pension_trigger(self, period: Period) -> Decimal:
        return self._per_period("pension_trigger", period)

    def qualifying_lower(self, period: Period) -> Decimal:
        return self._per_period("qualifying_lower", period)

    def qualifying_upper(self, period: Period) -> Decimal:
        return self._per_period("qualifying_upper", period)

    def _per_period(self, stem: str, period: Period) -> Decimal:
        figure: RateFigure = getattr(self, f"{stem}_{_PERIOD_SUFFIX[period]}")
        return figure.value

    def figures(self) -> list[tuple[str, RateFigure]]:
        """Every figure with its key, in the order the table is shown and stored."""
        return [(key, getattr(self, key)) for key in FIGURE_KEYS]

    def with_figure(self, key: str, figure: RateFigure) -> RateTable:
        """A copy with one figure changed, for an editor that changes one figure at a time."""
        if key not in FIGURE_LABELS:
            raise KeyError(key)
        changes: dict[str, Any] = {key: figure}
        return replace(self, **changes)

    # -- storage --------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "name": self.name,
            "valid_from": self.valid_from.isoformat(),
            "valid_to": self.valid_to.isoformat(),
            "figures": {
                key: {
                    "value": str(figure.value),
                    "source": figure.source,
                    "source_date": (
                        figure.source_date.isoformat() if figure.source_date else None
                    ),
                }
                for key, figure in self.figures()
            },
        }

    def to_json(self) -> str:
        """Stable text: the same table always gives the same bytes, so files diff cleanly."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> RateTable:
        # parse_float keeps any figure typed as a bare number exact: no float ever appears.
        # A number too long for Python (over 4,300 digits) or nesting too deep to read is
        # damage like any other: ValueError covers JSONDecodeError and the first.
        try:
            data = json.loads(text, parse_float=Decimal)
        except (ValueError, RecursionError) as exc:
            raise RateTableError("This rate table file is damaged and cannot be read.") from exc
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: object) -> RateTable:
        if not isinstance(data, dict):
            raise RateTableError("This is not a rate table.")
        if data.get("format") != FORMAT_NAME:
            raise RateTableError("This is not a Budget Planner rate table.")
        if data.get("version") != FORMAT_VERSION:
            raise RateTableError(
                "This rate table was made by a newer Budget Planner. Please update the program."
            )
        raw_figures = data.get("figures")
        if not isinstance(raw_figures, dict):
            raise RateTableError("This rate table has no figures.")
        figures: dict[str, RateFigure] = {}
        for key in FIGURE_KEYS:
            label = FIGURE_LABELS[key]
            raw = raw_figures.get(key)
            if raw is None and key in _LATER_FIGURES:
                continue  # filled in below, once the table's dates are known
            if not isinstance(raw, dict):
                raise RateTableError(f"The rate table has no figure for {label}.")
            figures[key] = RateFigure(
                value=_read_decimal(raw.get("value"), label),
                source=_read_text(raw.get("source"), f"The source of {label}"),
                source_date=_read_date(raw.get("source_date"), f"the source date of {label}"),
            )
        name = data.get("name")
        if not isinstance(name, str) or not name.strip():
            raise RateTableError("The rate table has no name.")
        name = _read_text(name, "The rate table's name", limit=MAX_NAME_LENGTH)
        valid_from = _required_date(data.get("valid_from"), "the date the table starts")
        for key in _LATER_FIGURES:
            if key not in figures:
                figures[key] = _later_figure(key, valid_from)
        return cls(
            name=name,
            valid_from=valid_from,
            valid_to=_required_date(data.get("valid_to"), "the date the table ends"),
            **figures,
        )

    # -- a new year -----------------------------------------------------------------

    def copy_for_next_year(self) -> RateTable:
        """The starting point for next year's table: same figures, dates a year on.

        Each source says it was copied, so nobody mistakes last year's figure for a
        checked one.
        """
        note = f"Copied from the {self.name} table, not yet checked."
        copied = {
            key: RateFigure(
                value=figure.value,
                source=f"{note} {figure.source}".rstrip(),
                source_date=figure.source_date,
            )
            for key, figure in self.figures()
        }
        return replace(
            self,
            name=next_year_name(self.name),
            valid_from=_year_on(self.valid_from),
            valid_to=_year_on(self.valid_to),
            **copied,
        )

    def covers(self, day: date) -> bool:
        return self.valid_from <= day <= self.valid_to


_PERIOD_SUFFIX = {
    Period.WEEK: "week",
    Period.FOUR_WEEKS: "four_weeks",
    Period.MONTH: "month",
    Period.YEAR: "year",
}

_NOT_FIGURES = {"name", "valid_from", "valid_to"}
FIGURE_KEYS: tuple[str, ...] = tuple(
    f.name for f in fields(RateTable) if f.name not in _NOT_FIGURES
)

# What each figure is called where a person reads it.
FIGURE_LABELS: dict[str, str] = {
    "national_living_wage": "the National Living Wage (21 and over)",
    "nmw_18_20": "the National Minimum Wage for ages 18 to 20",
    "nmw_under_18": "the National Minimum Wage for under 18s",
    "employer_ni_rate": "the employer National Insurance rate",
    "ni_secondary_threshold_week": "the National Insurance threshold a week",
    "ni_secondary_threshold_four_weeks": "the National Insurance threshold every four weeks",
    "ni_secondary_threshold_month": "the National Insurance threshold a month",
    "ni_secondary_threshold_year": "the National Insurance threshold a year",
    "ni_upper_secondary_threshold_week": "the under 21s National Insurance limit a week",
    "ni_upper_secondary_threshold_four_weeks": (
        "the under 21s National Insurance limit every four weeks"
    ),
    "ni_upper_secondary_threshold_month": "the under 21s National Insurance limit a month",
    "ni_upper_secondary_threshold_year": "the under 21s National Insurance limit a year",
    "employment_allowance": "the Employment Allowance",
    "holiday_weeks": "the weeks of holiday a year",
    "holiday_accrual_rate": "the holiday pay rate",
    "ssp_weekly_rate": "Statutory Sick Pay a week",
    "ssp_waiting_days": "the days off sick before Statutory Sick Pay is paid",
    "ssp_lower_earnings_limit_week": "the average pay a week a PA needs for Statutory Sick Pay",
    "ssp_share_of_earnings": "the share of a PA's average pay Statutory Sick Pay is kept to",
    "pension_trigger_week": "the pension earnings trigger a week",
    "pension_trigger_four_weeks": "the pension earnings trigger every four weeks",
    "pension_trigger_month": "the pension earnings trigger a month",
    "pension_trigger_year": "the pension earnings trigger a year",
    "qualifying_lower_week": "the pension lower limit a week",
    "qualifying_lower_four_weeks": "the pension lower limit every four weeks",
    "qualifying_lower_month": "the pension lower limit a month",
    "qualifying_lower_year": "the pension lower limit a year",
    "qualifying_upper_week": "the pension upper limit a week",
    "qualifying_upper_four_weeks": "the pension upper limit every four weeks",
    "qualifying_upper_month": "the pension upper limit a month",
    "qualifying_upper_year": "the pension upper limit a year",
    "employer_pension_rate": "the employer pension rate",
    "auto_enrolment_min_age": "the age automatic pension enrolment starts",
}

# Figures added to the format after tables were already saved by people (in the plans file
# or as files). Such a table is still read: the figure is taken from the program's own table
# for the same dates (or the nearest), and its source says so, so nothing is made up.
_LATER_FIGURES: tuple[str, ...] = (
    "ssp_weekly_rate", "ssp_waiting_days", "ssp_lower_earnings_limit_week",
    "ssp_share_of_earnings",
)


def _later_figure(key: str, valid_from: date) -> RateFigure:
    tables = load_shipped_tables()
    in_force = [table for table in tables if table.valid_from <= valid_from]
    source = in_force[-1] if in_force else tables[0]
    figure: RateFigure = getattr(source, key)
    return RateFigure(
        figure.value,
        f"Not in this table when it was made; taken from the program's {source.name} "
        f"table. {figure.source}".rstrip(),
        figure.source_date,
    )


RATE_KEYS = frozenset({
    "employer_ni_rate", "holiday_accrual_rate", "employer_pension_rate", "ssp_share_of_earnings",
})

_PER_PERIOD_STEMS = (
    "ni_secondary_threshold",
    "ni_upper_secondary_threshold",
    "pension_trigger",
    "qualifying_lower",
    "qualifying_upper",
)

# How many of each period a year holds, to check per-period figures against the yearly one.
_PERIODS_A_YEAR = {"week": Decimal(52), "four_weeks": Decimal(13), "month": Decimal(12)}
_PERIOD_WORDS = {"week": "a week", "four_weeks": "every four weeks", "month": "a month"}


def _read_decimal(raw: object, label: str) -> Decimal:
    if isinstance(raw, bool) or not isinstance(raw, (str, int, Decimal)):
        raise RateTableError(f"The figure for {label} is missing or is not a number.")
    if isinstance(raw, str) and len(raw) > 40:
        raise RateTableError(f"The figure for {label} is not a number.")
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise RateTableError(f"The figure for {label} is not a number.") from exc
    if not value.is_finite():
        raise RateTableError(f"The figure for {label} is not a number.")
    # Every figure is a rate, an age, a count of weeks or an amount of pounds: a figure
    # beyond these bounds is damage, and would break the sums that use it.
    exponent = value.as_tuple().exponent
    if (not isinstance(exponent, int) or exponent < -MAX_FIGURE_PLACES
            or not -MAX_FIGURE < value < MAX_FIGURE):
        raise RateTableError(f"The figure for {label} cannot be right.")
    return value


def _read_text(raw: object, what: str, *, limit: int = MAX_SOURCE_LENGTH) -> str:
    if raw is None:
        return ""
    if not isinstance(raw, str) or len(raw) > limit:
        raise RateTableError(f"{what} is not text of at most {limit:,} characters.")
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate from a "\ud800" escape
        raise RateTableError(f"{what} holds a broken character.") from exc
    return raw


def _read_date(raw: object, what: str) -> date | None:
    if raw is None or raw == "":
        return None
    if not isinstance(raw, str) or not _DATE.fullmatch(raw):
        raise RateTableError(f"{_upper_first(what)} is not a date.")
    try:
        value = date.fromisoformat(raw)
    except ValueError as exc:
        raise RateTableError(f"{_upper_first(what)} is not a date.") from exc
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise RateTableError(f"{_upper_first(what)} is not between {EARLIEST_DATE.year} and "
                             f"{LATEST_DATE.year}.")
    return value


def _required_date(raw: object, what: str) -> date:
    value = _read_date(raw, what)
    if value is None:
        raise RateTableError(f"The rate table does not say {what}.")
    return value


def _year_on(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def next_year_name(name: str) -> str:
    """ "2026/27" becomes "2027/28"; any other name gets " (next year)" added."""
    match = _NAME.match(name.strip())
    if not match:
        return f"{name} (next year)"
    start = int(match.group(1)) + 1
    return f"{start}/{(start + 1) % 100:02d}"


# -- the shipped tables ---------------------------------------------------------------


def load_shipped_tables() -> list[RateTable]:
    """The tables that come with the program, oldest first."""
    folder = resources.files("budgetplanner").joinpath("data")
    return [
        RateTable.from_json(folder.joinpath(file).read_text(encoding="utf-8"))
        for file in SHIPPED_FILES
    ]


def shipped_table(name: str) -> RateTable:
    for table in load_shipped_tables():
        if table.name == name:
            return table
    raise KeyError(name)


def table_for_date(tables: Iterable[RateTable], day: date) -> RateTable | None:
    """The table in force on a day; the latest-starting one wins if tables overlap."""
    matching = [table for table in tables if table.covers(day)]
    return max(matching, key=lambda table: table.valid_from) if matching else None


# -- checking a table a person edited -------------------------------------------------


def _upper_first(text: str) -> str:
    # str.capitalize would lower "National Insurance" too.
    return text[:1].upper() + text[1:]


_pounds = pounds


def validate(table: RateTable) -> list[str]:
    """Problems with a table, in plain English; an empty list means it can be used."""
    problems: list[str] = []
    if not table.name.strip():
        problems.append("Give the table a name, for example 2027/28.")
    if table.valid_to < table.valid_from:
        problems.append("The table ends before it starts. Check the two dates.")

    for key, figure in table.figures():
        label = FIGURE_LABELS[key]
        if figure.value < 0:
            problems.append(f"{_upper_first(label)} cannot be below zero.")
        elif key in RATE_KEYS and figure.value > 1:
            problems.append(
                f"{_upper_first(label)} is more than 100%. Rates are kept as fractions: "
                "type 0.15 for 15%."
            )
        if not figure.source.strip():
            problems.append(f"Say where {label} comes from, so a reader can check it.")

    wages = (table.nmw_under_18.value, table.nmw_18_20.value, table.national_living_wage.value)
    if not wages[0] <= wages[1] <= wages[2]:
        problems.append(
            "The wage for an older age group is lower than for a younger one. "
            "Check the National Living Wage and the minimum wages."
        )

    age = table.auto_enrolment_min_age.value
    if age != age.to_integral_value() or not 16 <= age <= 30:
        problems.append("The age automatic pension enrolment starts should be a whole number, 22.")

    weeks = table.holiday_weeks.value
    if 0 < weeks < 52:
        expected = weeks / (52 - weeks)
        if abs(expected - table.holiday_accrual_rate.value) > Decimal("0.0005"):
            problems.append(
                f"The holiday pay rate does not match {weeks} weeks of holiday: it should be "
                f"about {expected * 100:.2f}% (the weeks of holiday ÷ the weeks worked)."
            )
    elif weeks >= 52:
        problems.append("The weeks of holiday a year must be fewer than 52.")

    for suffix in ("week", "four_weeks", "month", "year"):
        lower = getattr(table, f"qualifying_lower_{suffix}").value
        upper = getattr(table, f"qualifying_upper_{suffix}").value
        trigger = getattr(table, f"pension_trigger_{suffix}").value
        words = _PERIOD_WORDS.get(suffix, "a year")
        if lower > upper:
            problems.append(
                f"The pension lower limit ({_pounds(lower)} {words}) is above the upper limit "
                f"({_pounds(upper)} {words})."
            )
        if trigger < lower:
            problems.append(
                f"The pension earnings trigger ({_pounds(trigger)} {words}) is below the lower "
                f"limit ({_pounds(lower)} {words})."
            )

    # A per-period figure far from the yearly one is nearly always a typing slip (960 for 96).
    for stem in _PER_PERIOD_STEMS:
        yearly = getattr(table, f"{stem}_year").value
        if yearly <= 0:
            continue
        for suffix, count in _PERIODS_A_YEAR.items():
            key = f"{stem}_{suffix}"
            value = getattr(table, key).value
            if abs(value * count - yearly) > yearly * Decimal("0.05"):
                problems.append(
                    f"{_upper_first(FIGURE_LABELS[key])} ({_pounds(value)}) does not fit "
                    f"the yearly figure ({_pounds(yearly)}). Check for a typing slip."
                )
    return problems
