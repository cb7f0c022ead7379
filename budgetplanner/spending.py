"""Planned and actual money: what was spent each month of the plan year, and where it is heading.

A council reviews a direct payment at least once a year and can take back money that was
not spent, so the person needs to see early when spending is heading over the plan or
well under it, and why, in words.

The forecast carries on at the rate of the last few months entered, not the average of
the whole year, so a change (a PA's extra hours from month four) shows at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from budgetplanner.bank_statement import (
    BankPayment,
    CsvImportError,
    CsvMapping,
    DateOrder,  # noqa: F401 - the names of bank_statement stay importable from here
    csv_headers,  # noqa: F401
    guess_mapping,  # noqa: F401
    read_bank_csv,  # noqa: F401
)
from budgetplanner.categories import Payer
from budgetplanner.money import Money, round_penny
from budgetplanner.periods import MONTHS_PER_YEAR, Period
from budgetplanner.plan_money import counted_options, lines_for_options
from budgetplanner.storage.models import (
    Person,
    PlanVersion,
    PlanYear,
    Setting,
    SpendingEntry,
)
from budgetplanner.storage.store import PlanStore

ZERO = Decimal(0)
MONTHS = 12
# Who pays with money that can be counted; free things and unpaid help have no spending.
SPENDING_PAYERS: tuple[Payer, ...] = (Payer.PERSONAL_BUDGET, Payer.OWN_MONEY,
                                      Payer.OTHER_FUNDING)
# The forecast goes on at the pace of this many recent months.
RECENT_MONTHS = 3
# A little over is noise (a five-week month, a late invoice); more than this is a trend.
OVER_MARGIN = Decimal("0.02")
# Councils look hard at direct payments that build up unspent; a sixth under is worth a word.
UNDER_MARGIN = Decimal("0.15")
# A row with nothing entered is only called an underspend once this many months have gone.
QUIET_MONTHS = 3
NOT_LINKED = "Not linked to an option"
CSV_MAPPING_KEY = "spending.csv_mapping"


class SpendingError(ValueError):
    """Spending that cannot be stored or read, with a message a person can act on."""


# -- months -----------------------------------------------------------------------------


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def year_months(start: date) -> list[date]:
    """The twelve months of the plan year that starts in `start`'s month."""
    first = first_of_month(start)
    return [add_months(first, n) for n in range(MONTHS)]


def month_name(month: date) -> str:
    return month.strftime("%B %Y")


def short_month(month: date) -> str:
    return month.strftime("%b %Y")


# -- tracking ---------------------------------------------------------------------------


class Flag(StrEnum):
    ON_TRACK = "on_track"
    OVER = "over"
    UNDER = "under"
    NOTHING_YET = "nothing_yet"

    @property
    def label(self) -> str:
        return _FLAG_LABELS[self]


_FLAG_LABELS = {
    Flag.ON_TRACK: "On track",
    Flag.OVER: "Heading over the plan",
    Flag.UNDER: "Well under the plan",
    Flag.NOTHING_YET: "Nothing entered yet",
}


@dataclass(frozen=True)
class Spent:
    """One amount spent, as the sums need it (a stored entry, or a test's own)."""

    month: date
    payer: Payer
    option_key: object
    amount: Decimal


@dataclass(frozen=True)
class Track:
    """Planned against spent for one row (a payer, an option, or everything)."""

    label: str
    planned_yearly: Decimal
    months_counted: int
    spent_so_far: Decimal
    recent_monthly: Decimal
    entries: int
    flag: Flag
    reason: str

    @property
    def planned_so_far(self) -> Decimal:
        return round_penny(self.planned_yearly * self.months_counted / MONTHS)

    @property
    def left_yearly(self) -> Decimal:
        """What is left of the year's plan after what has been spent."""
        return self.planned_yearly - self.spent_so_far

    @property
    def forecast(self) -> Decimal:
        remaining = MONTHS - self.months_counted
        return round_penny(self.spent_so_far + self.recent_monthly * remaining)

    def planned(self, period: Period) -> Money:
        return Money(round_penny(period.from_yearly(self.planned_yearly)))

    def spent_rate(self, period: Period) -> Money:
        """The average spent in one period so far, from the months counted."""
        if self.months_counted == 0:
            return Money.zero()
        yearly = self.spent_so_far * MONTHS / self.months_counted
        return Money(round_penny(period.from_yearly(yearly)))


def _m(value: Decimal) -> str:
    return Money(value).format()


def _track(
    label: str,
    planned_yearly: Decimal,
    by_month: dict[date, Decimal],
    entries: int,
    counted: list[date],
    *,
    direct_payment: bool,
) -> Track:
    planned_yearly = round_penny(planned_yearly)
    spent = round_penny(sum((by_month.get(m, ZERO) for m in counted), ZERO))
    recent = counted[-RECENT_MONTHS:]
    recent_monthly = (sum((by_month.get(m, ZERO) for m in recent), ZERO) / len(recent)
                      if recent else ZERO)
    track = Track(label, planned_yearly, len(counted), spent, recent_monthly, entries,
                  Flag.ON_TRACK, "")
    flag, reason = _judge(track, counted, direct_payment=direct_payment)
    return Track(label, planned_yearly, len(counted), spent, recent_monthly, entries, flag,
                 reason)


def _judge(track: Track, counted: list[date], *, direct_payment: bool) -> tuple[Flag, str]:
    """The flag and its reason in words, so nobody has to guess why a row is marked."""
    n = len(counted)
    if n == 0:
        return Flag.NOTHING_YET, "Nothing is entered for this plan year yet."
    planned, spent, forecast = track.planned_yearly, track.spent_so_far, track.forecast
    recent_n = min(n, RECENT_MONTHS)
    pace = (f"If spending goes on as in the last {recent_n} months "
            f"({_m(track.recent_monthly)} a month)" if recent_n > 1 else
            f"If spending goes on as in {month_name(counted[-1])} "
            f"({_m(track.recent_monthly)} a month)")
    if planned == 0:
        if spent > 0:
            return Flag.OVER, (f"{_m(spent)} was spent on this, and none of it was in the plan. "
                               "I may need to ask the council about it.")
        return Flag.ON_TRACK, "Nothing planned and nothing spent."
    if track.entries == 0:
        if direct_payment and n >= QUIET_MONTHS:
            return Flag.UNDER, (
                f"Nothing has been spent on this in {n} months, though {_m(planned)} a year "
                "is planned. Direct payment money that is not spent may be taken back at "
                "the review.")
        return Flag.NOTHING_YET, "Nothing is entered for this yet."
    if spent > planned:
        return Flag.OVER, (f"{_m(spent)} is spent already: more than the {_m(planned)} "
                           "planned for the whole year.")
    if forecast > planned * (1 + OVER_MARGIN):
        return Flag.OVER, (f"{pace}, the year will cost {_m(forecast)}: "
                           f"{_m(forecast - planned)} more than the {_m(planned)} planned.")
    if forecast < planned * (1 - UNDER_MARGIN):
        reason = (f"{pace}, the year will cost {_m(forecast)}: "
                  f"{_m(planned - forecast)} less than the {_m(planned)} planned.")
        if direct_payment:
            reason += (" Direct payment money that is not spent may be taken back at the "
                       "review, so it is worth asking whether the plan still fits.")
        return Flag.UNDER, reason
    return Flag.ON_TRACK, (f"{_m(spent)} spent of {_m(track.planned_so_far)} planned for "
                           f"{n} months; the year looks like {_m(forecast)} of {_m(planned)}.")


@dataclass(frozen=True)
class MonthRow:
    month: date
    planned: Decimal
    spent: dict[Payer, Decimal]
    counted: bool

    @property
    def spent_total(self) -> Decimal:
        return sum(self.spent.values(), ZERO)


@dataclass(frozen=True)
class OptionPlan:
    """What one option is planned to cost a year, and how much of it is direct payment."""

    key: object
    title: str
    planned_yearly: Decimal
    direct_payment: bool


@dataclass
class SpendingReport:
    start: date
    months: list[date]
    counted: list[date]
    total: Track
    by_payer: dict[Payer, Track]
    by_option: list[tuple[object, Track]]
    month_rows: list[MonthRow] = field(default_factory=list)

    @property
    def end(self) -> date:
        """The last day of the plan year."""
        return add_months(self.start, MONTHS) - timedelta(days=1)

    @property
    def last_counted(self) -> date | None:
        return self.counted[-1] if self.counted else None

    def rows(self) -> list[Track]:
        return [*self.by_payer.values(), self.total]

    def flagged(self) -> list[Track]:
        """Rows marked over or under, payers first, then options."""
        rows = [*self.by_payer.values(), *(track for _key, track in self.by_option)]
        return [track for track in rows if track.flag in (Flag.OVER, Flag.UNDER)]

    def counting_words(self) -> str:
        if not self.counted:
            return (f"My plan year runs from {month_name(self.start)} to "
                    f"{month_name(self.months[-1])}. Nothing is entered yet.")
        first, last = self.counted[0], self.counted[-1]
        span = month_name(first) if first == last else f"{month_name(first)} to {month_name(last)}"
        return (f"My plan year runs from {month_name(self.start)} to "
                f"{month_name(self.months[-1])}. Counting {span} "
                f"({len(self.counted)} of 12 months), up to the last month with spending "
                "entered.")


def spending_report(
    start: date,
    planned_by_payer: dict[Payer, Decimal],
    options: Sequence[OptionPlan],
    records: Iterable[Spent],
) -> SpendingReport:
    """Planned against spent for the plan year starting in `start`'s month."""
    months = year_months(start)
    in_year = [r for r in records if first_of_month(r.month) in months]
    entered = sorted({first_of_month(r.month) for r in in_year})
    counted = months[: months.index(entered[-1]) + 1] if entered else []

    def gather(chosen: Iterable[Spent]) -> tuple[dict[date, Decimal], int]:
        by_month: dict[date, Decimal] = {}
        count = 0
        for record in chosen:
            month = first_of_month(record.month)
            by_month[month] = by_month.get(month, ZERO) + record.amount
            count += 1
        return by_month, count

    by_payer: dict[Payer, Track] = {}
    for payer in SPENDING_PAYERS:
        planned = planned_by_payer.get(payer, ZERO)
        by_month, count = gather(r for r in in_year if r.payer is payer)
        if planned == 0 and count == 0:
            continue
        by_payer[payer] = _track(payer.label, planned, by_month, count, counted,
                                 direct_payment=payer is Payer.PERSONAL_BUDGET)

    known = {option.key for option in options}
    by_option: list[tuple[object, Track]] = []
    for option in options:
        by_month, count = gather(r for r in in_year if r.option_key == option.key)
        if option.planned_yearly == 0 and count == 0:
            continue
        by_option.append((option.key, _track(option.title, option.planned_yearly, by_month,
                                             count, counted,
                                             direct_payment=option.direct_payment)))
    loose = [r for r in in_year if r.option_key not in known]
    if loose:
        by_month, count = gather(loose)
        by_option.append((None, _track(NOT_LINKED, ZERO, by_month, count, counted,
                                       direct_payment=False)))

    planned_total = sum((planned_by_payer.get(p, ZERO) for p in SPENDING_PAYERS), ZERO)
    by_month, count = gather(r for r in in_year if r.payer in SPENDING_PAYERS)
    total = _track("All my support", planned_total, by_month, count, counted,
                   direct_payment=False)

    month_rows = []
    for month in months:
        spent = {payer: sum((r.amount for r in in_year
                             if first_of_month(r.month) == month and r.payer is payer), ZERO)
                 for payer in SPENDING_PAYERS}
        month_rows.append(MonthRow(month, planned_total / MONTHS, spent, month in counted))
    return SpendingReport(months[0], months, counted, total, by_payer, by_option, month_rows)


# -- the plan's figures -----------------------------------------------------------------


def planned_for_version(version: PlanVersion) -> tuple[dict[Payer, Decimal], list[OptionPlan]]:
    """Each payer's and each counted option's planned money a year (one-off costs included).

    Lines are rounded and then added, the way the Money page adds them, so the planned
    figures here match the plan's own totals.
    """
    options = counted_options(version)
    lines = lines_for_options(version, options)
    by_payer: dict[Payer, Decimal] = {}
    by_option: dict[object, Decimal] = {}
    direct: dict[object, bool] = {}
    for line in lines:
        yearly = line.figure(Period.YEAR).amount + line.one_off_figure().amount
        by_payer[line.payer] = by_payer.get(line.payer, ZERO) + yearly
        by_option[line.option_key] = by_option.get(line.option_key, ZERO) + yearly
        if line.payer is Payer.PERSONAL_BUDGET and yearly:
            direct[line.option_key] = True
    plans = [OptionPlan(o.id, o.title or "An option", by_option.get(o.id, ZERO),
                        direct.get(o.id, False)) for o in options]
    return by_payer, plans


def plan_year_start(session: Session, version: PlanVersion) -> date:
    """The first month of the plan year: as set, or else twelve months before the review.

    With neither, the plan year starts in the month the plan was made.
    """
    row = session.get(PlanYear, version.id)
    if row is not None:
        return row.starts_on
    if version.next_review is not None:
        return add_months(first_of_month(version.next_review), -MONTHS)
    made = version.created_at.date() if version.created_at is not None else date.today()
    return first_of_month(made)


def set_plan_year_start(session: Session, version: PlanVersion, start: date) -> None:
    row = session.get(PlanYear, version.id)
    if row is None:
        session.add(PlanYear(version_id=version.id, starts_on=first_of_month(start)))
    else:
        row.starts_on = first_of_month(start)
    session.flush()


def entries_for(session: Session, version: PlanVersion) -> list[SpendingEntry]:
    query = (select(SpendingEntry).where(SpendingEntry.version_id == version.id)
             .order_by(SpendingEntry.month, SpendingEntry.id))
    return list(session.scalars(query))


def records_of(entries: Iterable[SpendingEntry]) -> list[Spent]:
    return [Spent(e.month, e.payer, e.option_id, e.amount) for e in entries]


def report_for(session: Session, version: PlanVersion) -> SpendingReport:
    by_payer, options = planned_for_version(version)
    records = records_of(entries_for(session, version))
    return spending_report(plan_year_start(session, version), by_payer, options, records)


def add_spending(
    session: Session,
    version: PlanVersion,
    month: date,
    amount: Decimal,
    *,
    payer: Payer = Payer.PERSONAL_BUDGET,
    option_id: int | None = None,
    note: str = "",
    source: str = "typed",
) -> SpendingEntry:
    if amount < 0:
        raise SpendingError("An amount spent cannot be below zero.")
    if payer not in SPENDING_PAYERS:
        raise SpendingError("Spending is paid by my personal budget, my own money or "
                            "other funding.")
    entry = SpendingEntry(version_id=version.id, month=first_of_month(month), payer=payer,
                          option_id=option_id, amount=amount, note=note, source=source)
    session.add(entry)
    session.flush()
    return entry


def remove_spending(session: Session, entry: SpendingEntry) -> None:
    session.delete(entry)
    session.flush()


# -- bank statements --------------------------------------------------------------------


# Reading the bank's file lives in bank_statement.py (imported at the top of this file).


@dataclass(frozen=True)
class ImportResult:
    added: int
    outside_year: int
    total: Decimal


def import_payments(
    session: Session,
    version: PlanVersion,
    payments: Sequence[BankPayment],
    *,
    payer: Payer = Payer.PERSONAL_BUDGET,
    option_id: int | None = None,
) -> ImportResult:
    """Add each payment inside the plan year as spending; count those outside it."""
    months = year_months(plan_year_start(session, version))
    added, outside, total = 0, 0, ZERO
    for payment in payments:
        if first_of_month(payment.day) not in months:
            outside += 1
            continue
        note = f"{payment.description} ({payment.day.strftime('%d/%m/%Y')})".strip()
        add_spending(session, version, payment.day, payment.amount, payer=payer,
                     option_id=option_id, note=note, source="bank")
        added += 1
        total += payment.amount
    return ImportResult(added, outside, total)


def load_csv_mapping(session: Session) -> CsvMapping | None:
    row = session.get(Setting, CSV_MAPPING_KEY)
    if row is None or not row.value:
        return None
    try:
        return CsvMapping.from_json(row.value)
    except CsvImportError:
        return None


def save_csv_mapping(session: Session, mapping: CsvMapping) -> None:
    row = session.get(Setting, CSV_MAPPING_KEY)
    if row is None:
        session.add(Setting(key=CSV_MAPPING_KEY, value=mapping.to_json()))
    else:
        row.value = mapping.to_json()
    session.flush()


# -- example spending -------------------------------------------------------------------

# Month by month, the share of each option's planned monthly cost that was spent, so a
# newcomer sees each flag: Sita on track, Jenny over from month four, Sam well under
# (Tom was off for weeks and no one else came).
_DEMO_HISTORY: dict[str, tuple[date, tuple[str, ...]]] = {
    "Sita Patel": (date(2026, 6, 1), ("1.00", "0.98", "1.03", "0.99", "1.01")),
    "Jenny Walsh": (date(2026, 1, 1), ("1.00", "0.99", "1.01", "1.14", "1.16", "1.15")),
    "Sam Okafor": (date(2026, 4, 1), ("0.72", "0.60", "0.75", "0.66", "0.70", "0.64")),
}


def add_demo_spending(store: PlanStore, person: Person) -> None:
    """Give an example plan a few months of spending; other plans are left alone.

    Called after `load_demo`; amounts follow each option's planned cost, so the flags
    show what they are for.
    """
    history = _DEMO_HISTORY.get(person.name)
    if history is None or not person.versions:
        return
    session = store.session
    session.flush()
    version = store.current_version(person)
    if entries_for(session, version):
        return  # asked twice: the example months are there already
    start, shares = history
    set_plan_year_start(session, version, start)
    options = counted_options(version)
    lines = lines_for_options(version, options)
    for number, share in enumerate(shares):
        month = add_months(start, number)
        for option in options:
            for payer in SPENDING_PAYERS:
                yearly = sum((line.figure(Period.YEAR).amount for line in lines
                              if line.option_key == option.id and line.payer is payer), ZERO)
                if yearly == 0:
                    continue
                # The story is in the direct payment; the rest is spent as planned.
                factor = Decimal(share) if payer is Payer.PERSONAL_BUDGET else Decimal(1)
                amount = round_penny(yearly / MONTHS_PER_YEAR * factor)
                add_spending(session, version, month, amount, payer=payer,
                             option_id=option.id)

