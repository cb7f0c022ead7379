"""Planned and actual money: what was spent each month of the plan year, and where it is heading.

A council reviews a direct payment at least once a year and can take back money that was
not spent, so the person needs to see early when spending is heading over the plan or
well under it, and why, in words.

The plan for each month follows when money is really paid: weekly pay on each of its 52
paydays (a month with five paydays plans five), four-weekly pay on its 13, monthly costs
each month, a yearly cost in the month it falls due and a one-off in its planned month.
So a month is judged against what was due in it, never against a flat twelfth.

The forecast is the rest of the year's plan plus how far the last few months ran over or
under their own plan, so a change (a PA's extra hours from month four) shows at once,
while a month with an extra payday or the insurance bill does not.

The rules here take plain data (`SpendingPlan`, `Spent`); `budgetplanner.storage.plan_data`
builds them from a stored plan.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import cached_property

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
from budgetplanner.formatting import month_year
from budgetplanner.formatting import short_month as short_month
from budgetplanner.money import Money, allocate_pennies, round_penny
from budgetplanner.periods import Period
from budgetplanner.storage.models import (
    Person,
    PlanVersion,
    PlanYear,
    Setting,
    SpendingEntry,
)
from budgetplanner.storage.settings import BANK_COLUMNS
from budgetplanner.storage.store import PlanStore
from budgetplanner.translation import N_, _, translated

ZERO = Decimal(0)
MONTHS = 12
# Who pays with money that can be counted; free things and unpaid help have no spending.
SPENDING_PAYERS: tuple[Payer, ...] = (Payer.PERSONAL_BUDGET, Payer.OWN_MONEY,
                                      Payer.OTHER_FUNDING)
# The forecast carries on how far this many recent months ran over or under their plan.
RECENT_MONTHS = 3
# A little over is noise (a late invoice); more than this is a trend.
OVER_MARGIN = Decimal("0.02")
# Councils look hard at direct payments that build up unspent; a sixth under is worth a word.
UNDER_MARGIN = Decimal("0.15")
# A row with nothing entered is only called an underspend once this many months have gone.
QUIET_MONTHS = 3
NOT_LINKED = N_("Not linked to an option")  # translated where the row is made
CSV_MAPPING_KEY = BANK_COLUMNS.key


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
    return month_year(month)


# -- when money is paid -----------------------------------------------------------------


class Schedule(StrEnum):
    """When the money for a cost really leaves the account."""

    WEEKLY = "weekly"
    FOUR_WEEKLY = "four_weekly"
    MONTHLY = "monthly"
    YEARLY = "yearly"
    ONE_OFF = "one_off"


# Days between paydays, and paydays in a plan year (the plan's year is 52 weeks).
_PAYDAYS = {Schedule.WEEKLY: (7, 52), Schedule.FOUR_WEEKLY: (28, 13)}


@dataclass(frozen=True)
class PlannedCost:
    """One planned cost as the spending rules need it: for what, who pays, how much, when.

    `amount` is the cost's rounded yearly figure, as the Money page adds it (a one-off's
    amount once). `due` is the first payday of weekly or four-weekly pay, the day a yearly
    cost falls due, or the day a one-off is planned; without one, the plan year's first day.
    """

    option_key: object
    payer: Payer
    amount: Decimal
    schedule: Schedule
    due: date | None = None


def payments_by_month(start: date, schedule: Schedule, due: date | None = None) -> list[int]:
    """How many times the cost is paid in each month of the plan year starting at `start`.

    Weekly and four-weekly pay fall every 7 or 28 days from the first payday, 52 or 13 times
    (the first payday is moved into the plan year's first week or four weeks, keeping its
    weekday); a yearly cost or a one-off falls in the plan year's month with the same name
    as its due month.
    """
    months = year_months(start)
    first = months[0]
    anchor = due or first
    counts = [0] * MONTHS
    if schedule in _PAYDAYS:
        step, paydays = _PAYDAYS[schedule]
        day = first + timedelta(days=(anchor - first).days % step)
        for _ in range(paydays):
            counts[months.index(first_of_month(day))] += 1
            day += timedelta(days=step)
    elif schedule is Schedule.MONTHLY:
        counts = [1] * MONTHS
    else:
        counts[next(i for i, month in enumerate(months) if month.month == anchor.month)] = 1
    return counts


def month_plan(start: date, cost: PlannedCost) -> list[Decimal]:
    """The cost's planned money in each month of the plan year, in pennies that add up
    exactly to its yearly figure (each payment an equal share)."""
    weights = [Decimal(count) for count in payments_by_month(start, cost.schedule, cost.due)]
    return allocate_pennies(cost.amount, weights)


def flat_plan(yearly: Decimal) -> list[Decimal]:
    """A twelfth a month, in pennies that add up to the rounded yearly figure."""
    return allocate_pennies(yearly, [Decimal(1)] * MONTHS)


def _add(months: list[Decimal], more: Sequence[Decimal]) -> list[Decimal]:
    return [a + b for a, b in zip(months, more, strict=True)]


# -- tracking ---------------------------------------------------------------------------


class Flag(StrEnum):
    ON_TRACK = "on_track"
    OVER = "over"
    UNDER = "under"
    NOTHING_YET = "nothing_yet"

    @property
    def label(self) -> str:
        return translated(_FLAG_LABELS[self])


_FLAG_LABELS = {
    Flag.ON_TRACK: N_("On track"),
    Flag.OVER: N_("Heading over the plan"),
    Flag.UNDER: N_("Well under the plan"),
    Flag.NOTHING_YET: N_("Nothing entered yet"),
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
    """Planned against spent for one row (a payer, an option, or everything).

    Every figure is in pennies: `planned_months` are the plan's twelve months, so the
    planned-so-far of several rows adds up to the planned-so-far of their total.
    """

    label: str
    planned_months: tuple[Decimal, ...]
    months_counted: int
    spent_so_far: Decimal
    recent_monthly: Decimal
    recent_planned: Decimal
    forecast: Decimal
    entries: int
    flag: Flag
    reason: str

    @property
    def planned_yearly(self) -> Decimal:
        return sum(self.planned_months, ZERO)

    @property
    def planned_so_far(self) -> Decimal:
        return sum(self.planned_months[: self.months_counted], ZERO)

    @property
    def left_yearly(self) -> Decimal:
        """What is left of the year's plan after what has been spent."""
        return self.planned_yearly - self.spent_so_far

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


def forecast_for(planned_months: Sequence[Decimal], spent_months: Sequence[Decimal],
                 counted: int) -> Decimal:
    """The year's cost if spending goes on as in the recent months, exact (not rounded).

    What is spent so far, plus the plan for the months still to come, plus how far the
    recent months ran over (or under) their own plan, carried on for each month to come.
    It is a sum of each row's figures, so the forecasts of several rows add up to the
    forecast of their total.
    """
    recent = range(max(0, counted - RECENT_MONTHS), counted)
    drift = (sum((spent_months[i] - planned_months[i] for i in recent), ZERO) / len(recent)
             if recent else ZERO)
    rest = MONTHS - counted
    return (sum(spent_months[:counted], ZERO) + sum(planned_months[counted:], ZERO)
            + drift * rest)


def _track(
    label: str,
    planned_months: Sequence[Decimal],
    by_month: dict[date, Decimal],
    entries: int,
    months: list[date],
    counted: int,
    *,
    direct_payment: bool,
) -> Track:
    """One row of planned against spent, judged."""
    spent_months = [by_month.get(m, ZERO) for m in months]
    spent = round_penny(sum(spent_months[:counted], ZERO))
    recent = range(max(0, counted - RECENT_MONTHS), counted)
    recent_monthly = (sum((spent_months[i] for i in recent), ZERO) / len(recent)
                      if recent else ZERO)
    recent_planned = (sum((planned_months[i] for i in recent), ZERO) / len(recent)
                      if recent else ZERO)
    forecast = round_penny(forecast_for(planned_months, spent_months, counted))
    track = Track(label, tuple(planned_months), counted, spent, recent_monthly,
                  recent_planned, forecast, entries, Flag.ON_TRACK, "")
    flag, reason = _judge(track, months[:counted], direct_payment=direct_payment)
    return replace(track, flag=flag, reason=reason)


def _total_track(label: str, planned_months: list[Decimal], rows: Sequence[Track],
                 months: list[date], counted: int) -> Track:
    """The total of some rows: each of its figures is the sum of theirs, to the penny."""
    track = Track(label, tuple(planned_months), counted,
                  sum((row.spent_so_far for row in rows), ZERO),
                  sum((row.recent_monthly for row in rows), ZERO),
                  sum((row.recent_planned for row in rows), ZERO),
                  sum((row.forecast for row in rows), ZERO),
                  sum((row.entries for row in rows), 0), Flag.ON_TRACK, "")
    flag, reason = _judge(track, months[:counted], direct_payment=False)
    return replace(track, flag=flag, reason=reason)


def _judge(track: Track, counted: list[date], *, direct_payment: bool) -> tuple[Flag, str]:
    """The flag and its reason in words, so nobody has to guess why a row is marked."""
    n = len(counted)
    if n == 0:
        return Flag.NOTHING_YET, _("Nothing is entered for this plan year yet.")
    planned, spent, forecast = track.planned_yearly, track.spent_so_far, track.forecast
    recent_n = min(n, RECENT_MONTHS)
    against = _("{spent} a month, where {planned} a month was planned").format(
        spent=_m(track.recent_monthly), planned=_m(track.recent_planned))
    pace = (_("If spending goes on as in the last {count} months ({against})").format(
                count=recent_n, against=against)
            if recent_n > 1 else
            _("If spending goes on as in {month} ({against})").format(
                month=month_name(counted[-1]), against=against))
    if planned == 0:
        if spent > 0:
            return Flag.OVER, _("{spent} was spent on this, and none of it was in the plan. "
                                "I may need to ask the council about it.").format(
                                    spent=_m(spent))
        return Flag.ON_TRACK, _("Nothing planned and nothing spent.")
    if track.entries == 0:
        if direct_payment and n >= QUIET_MONTHS and track.planned_so_far > 0:
            return Flag.UNDER, _(
                "Nothing has been spent on this in {count} months, though "
                "{planned} was planned for them. Direct payment money "
                "that is not spent may be taken back at the review.").format(
                    count=n, planned=_m(track.planned_so_far))
        return Flag.NOTHING_YET, _("Nothing is entered for this yet.")
    if spent > planned:
        return Flag.OVER, _("{spent} is spent already: more than the {planned} "
                            "planned for the whole year.").format(spent=_m(spent),
                                                                  planned=_m(planned))
    if forecast > planned * (1 + OVER_MARGIN):
        return Flag.OVER, _("{pace}, the year will cost {forecast}: "
                            "{difference} more than the {planned} planned.").format(
            pace=pace, forecast=_m(forecast), difference=_m(forecast - planned),
            planned=_m(planned))
    if forecast < planned * (1 - UNDER_MARGIN):
        reason = _("{pace}, the year will cost {forecast}: "
                   "{difference} less than the {planned} planned.").format(
            pace=pace, forecast=_m(forecast), difference=_m(planned - forecast),
            planned=_m(planned))
        if direct_payment:
            reason += " " + _("Direct payment money that is not spent may be taken back at "
                              "the review, so it is worth asking whether the plan still fits.")
        return Flag.UNDER, reason
    return Flag.ON_TRACK, _("{spent} spent of {so_far} planned for {count} months; the year "
                            "looks like {forecast} of {planned}.").format(
        spent=_m(spent), so_far=_m(track.planned_so_far), count=n, forecast=_m(forecast),
        planned=_m(planned))


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


@dataclass(frozen=True)
class SpendingPlan:
    """Everything the spending rules need of a plan, as plain data.

    `options` name the rows by option (their `planned_yearly` is not used when `costs`
    are given: the costs say how much and when).
    """

    start: date
    options: tuple[OptionPlan, ...]
    costs: tuple[PlannedCost, ...]

    @cached_property
    def _planned(self) -> tuple[tuple[object, Payer, list[Decimal]], ...]:
        """Each option's and payer's months, worked out once: costs paid alike are added
        before they are shared over the months (a plan of 1,000 lines has a few dozen)."""
        alike: dict[tuple[object, Payer, Schedule, date | None], Decimal] = {}
        for cost in self.costs:
            key = (cost.option_key, cost.payer, cost.schedule, cost.due)
            alike[key] = alike.get(key, ZERO) + cost.amount
        return tuple((option_key, payer, month_plan(self.start, PlannedCost(
            option_key, payer, amount, schedule, due)))
            for (option_key, payer, schedule, due), amount in alike.items())

    def months_for(self, *, payer: Payer | None = None,
                   option_key: object = ...) -> list[Decimal]:
        """The planned pennies per month of the costs matching a payer and/or an option."""
        months = [Decimal("0.00")] * MONTHS
        for cost_option, cost_payer, planned in self._planned:
            if payer is not None and cost_payer is not payer:
                continue
            if option_key is not ... and cost_option != option_key:
                continue
            months = _add(months, planned)
        return months


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
            return _("My plan year runs from {first} to {last}. Nothing is entered yet.").format(
                first=month_name(self.start), last=month_name(self.months[-1]))
        first, last = self.counted[0], self.counted[-1]
        span = month_name(first) if first == last else _("{first} to {last}").format(
            first=month_name(first), last=month_name(last))
        return _("My plan year runs from {first} to {last}. Counting {span} "
                 "({count} of 12 months), up to the last month with spending "
                 "entered.").format(first=month_name(self.start),
                                    last=month_name(self.months[-1]), span=span,
                                    count=len(self.counted))


def spending_report(
    start: date,
    planned_by_payer: dict[Payer, Decimal],
    options: Sequence[OptionPlan],
    records: Iterable[Spent],
) -> SpendingReport:
    """Planned against spent, with each yearly figure spread as a flat twelfth a month.

    For plans whose costs are known, `report_of` spreads each cost over the months it is
    really paid in; this flat form is for figures with no costs behind them.
    """
    payer_months = {payer: flat_plan(planned_by_payer.get(payer, ZERO))
                    for payer in SPENDING_PAYERS}
    option_months = [(option, flat_plan(option.planned_yearly)) for option in options]
    return _report(start, payer_months, option_months, records)


def report_of(plan: SpendingPlan, records: Iterable[Spent]) -> SpendingReport:
    """Planned against spent, each cost planned in the months it is really paid in."""
    payer_months = {payer: plan.months_for(payer=payer) for payer in SPENDING_PAYERS}
    option_months = [(option, plan.months_for(option_key=option.key))
                     for option in plan.options]
    return _report(plan.start, payer_months, option_months, records)


def _report(
    start: date,
    payer_months: dict[Payer, list[Decimal]],
    option_months: Sequence[tuple[OptionPlan, list[Decimal]]],
    records: Iterable[Spent],
) -> SpendingReport:
    months = year_months(start)
    in_year = [r for r in records if first_of_month(r.month) in months]
    entered = sorted({first_of_month(r.month) for r in in_year})
    n = months.index(entered[-1]) + 1 if entered else 0

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
        planned = payer_months[payer]
        by_month, count = gather(r for r in in_year if r.payer is payer)
        if not any(planned) and count == 0:
            continue
        by_payer[payer] = _track(payer.label, planned, by_month, count, months, n,
                                 direct_payment=payer is Payer.PERSONAL_BUDGET)

    known = {option.key for option, _months in option_months}
    by_option: list[tuple[object, Track]] = []
    for option, planned in option_months:
        by_month, count = gather(r for r in in_year if r.option_key == option.key)
        if not any(planned) and count == 0:
            continue
        by_option.append((option.key, _track(option.title, planned, by_month, count, months,
                                             n, direct_payment=option.direct_payment)))
    loose = [r for r in in_year if r.option_key not in known]
    if loose:
        by_month, count = gather(loose)
        by_option.append((None, _track(translated(NOT_LINKED), [ZERO] * MONTHS, by_month,
                                       count, months, n, direct_payment=False)))

    # The total row is the sum of the payer rows, figure by figure, so the printed table
    # adds up to the penny; payers with nothing planned or spent add nothing.
    planned_total = [ZERO] * MONTHS
    for payer in SPENDING_PAYERS:
        planned_total = _add(planned_total, payer_months[payer])
    total = _total_track(_("All my support"), planned_total, list(by_payer.values()), months, n)

    month_rows = []
    for index, month in enumerate(months):
        spent = {payer: sum((r.amount for r in in_year
                             if first_of_month(r.month) == month and r.payer is payer), ZERO)
                 for payer in SPENDING_PAYERS}
        month_rows.append(MonthRow(month, planned_total[index], spent, index < n))
    return SpendingReport(months[0], months, months[:n], total, by_payer, by_option,
                          month_rows)


# -- the stored plan ----------------------------------------------------------------------


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
    from budgetplanner.storage.plan_data import spending_plan

    plan = spending_plan(version, plan_year_start(session, version))
    return report_of(plan, records_of(entries_for(session, version)))


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
        raise SpendingError(_("An amount spent cannot be below zero."))
    if payer not in SPENDING_PAYERS:
        raise SpendingError(_("Spending is paid by my personal budget, my own money or "
                              "other funding."))
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
    from budgetplanner.storage.plan_data import spending_plan

    plan = spending_plan(version, start)
    for option in plan.options:
        for payer in SPENDING_PAYERS:
            planned = plan.months_for(payer=payer, option_key=option.key)
            # The story is in the direct payment; the rest is spent as planned.
            for number, share in enumerate(shares):
                if planned[number] == 0:
                    continue
                factor = Decimal(share) if payer is Payer.PERSONAL_BUDGET else Decimal(1)
                add_spending(session, version, add_months(start, number),
                             round_penny(planned[number] * factor), payer=payer,
                             option_id=option.key if isinstance(option.key, int) else None)
