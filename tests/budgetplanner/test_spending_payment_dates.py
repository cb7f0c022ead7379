"""Spending follows the payment dates kept in the plan: end to end on a real plans file.

A made-up year (2031): the dates are typed through the store's named operations, saved,
and read back from the file; spending is what the person really pays, worked out here from
a calendar (every Friday, every 28 days, the month a bill falls due), never from the rule.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from budgetplanner.categories import OptionKind, Payer
from budgetplanner.money import round_penny
from budgetplanner.periods import Frequency, Period
from budgetplanner.plan_money import plan_option_lines
from budgetplanner.spending import Flag, SpendingReport, add_months
from budgetplanner.storage.models import PARoleRow, PlanVersion
from budgetplanner.storage.store import PlanStore

D = Decimal
START = date(2031, 1, 1)
WEEKLY_FIRST = date(2031, 1, 3)  # a Friday; January, May, August and October have five
FOUR_WEEKLY_FIRST = date(2031, 1, 17)
INSURANCE_DUE = date(2031, 4, 15)
HOIST_DAY = date(2031, 10, 10)
NAME = "Rowan (made up)"
NO_EXTRA = D(0)


def paydays(first: date, every_days: int, count: int) -> list[date]:
    return [first + timedelta(days=every_days * n) for n in range(count)]


def make_plan(db_path: Path) -> None:
    """Two options of PAs paid weekly and four-weekly, a yearly insurance due in April and
    a hoist bought in October, with every date set through the store and saved."""
    store = PlanStore.open(db_path)
    try:
        person = store.add_person(NAME)
        version = store.current_version(person)
        weekly = store.add_option(version, "Kit, weekly", OptionKind.PERSONAL_ASSISTANTS)
        store.add_to(weekly, "pa_roles", PARoleRow(
            name="Kit", hourly_wage=D("13.00"), hours_per_week=D(20), pay_frequency="weekly",
            hours_pattern="fixed", position=0))
        insurance = store.add_cost_line(weekly, "Employers' liability insurance", D(180),
                                        Frequency.PER_YEAR)
        hoist = store.add_cost_line(weekly, "A hoist", D(1800), Frequency.ONE_OFF)
        four = store.add_option(version, "Lee, four-weekly", OptionKind.PERSONAL_ASSISTANTS)
        store.add_to(four, "pa_roles", PARoleRow(
            name="Lee", hourly_wage=D("13.00"), hours_per_week=D(10),
            pay_frequency="four_weekly", hours_pattern="fixed", position=0))
        store.set_first_payday(weekly, WEEKLY_FIRST)
        store.set_first_payday(four, FOUR_WEEKLY_FIRST)
        store.set_payment_date(insurance, INSURANCE_DUE)
        store.set_payment_date(hoist, HOIST_DAY)
        store.set_plan_year_start(version, START)
        store.save()
    finally:
        store.close()


def pa_yearly(version: PlanVersion, title: str) -> Decimal:
    """An option's PA costs a year (pay, NI, allowance, pension, holiday cover), as the
    plan prints them: the lines worked out from its PAs, not its typed lines."""
    option = next(o for o in version.options if o.title == title)
    return sum((line.figure(Period.YEAR).amount
                for line in plan_option_lines(version)[option.id] if line.typed is None),
               D(0))


def real_payments(version: PlanVersion, *, extra_from_april: Decimal = NO_EXTRA) -> list[
        tuple[date, Decimal, str]]:
    """Every payment of the year by the calendar: (day, amount, option title)."""
    weekly_title, four_title = "Kit, weekly", "Lee, four-weekly"
    weekly = round_penny(pa_yearly(version, weekly_title) / 52)
    four = round_penny(pa_yearly(version, four_title) / 13)
    payments = [(day, weekly * (1 + extra_from_april) if day >= date(2031, 4, 1) else weekly,
                 weekly_title) for day in paydays(WEEKLY_FIRST, 7, 52)]
    payments += [(day, four, four_title) for day in paydays(FOUR_WEEKLY_FIRST, 28, 13)]
    payments += [(INSURANCE_DUE, D(180), weekly_title), (HOIST_DAY, D(1800), weekly_title)]
    return payments


def flagged(result: SpendingReport) -> list[str]:
    rows = [*result.by_payer.values(), result.total, *(t for _k, t in result.by_option)]
    return [f"{t.label}: {t.flag.label}. {t.reason}" for t in rows
            if t.flag in (Flag.OVER, Flag.UNDER)]


def spend_month_by_month(db_path: Path, payments: list[tuple[date, Decimal, str]],
                         ) -> list[list[str]]:
    """Type each month's payments in turn, reopening the file each time, and note the
    flags the spending page would show after each month."""
    seen = []
    for n in range(12):
        month = add_months(START, n)
        store = PlanStore.open(db_path)
        try:
            person = store.find_person(NAME)
            assert person is not None
            version = store.current_version(person)
            options = {o.title: o.id for o in version.options}
            for day, amount, title in payments:
                if day.replace(day=1) == month:
                    store.add_spending(version, day, round_penny(amount),
                                       payer=Payer.PERSONAL_BUDGET, option_id=options[title],
                                       note=f"paid {day:%d/%m/%Y}")
            store.save()
            seen.append(flagged(store.spending_report(version)))
        finally:
            store.close()
    return seen


def test_the_dates_are_kept_in_the_file(db_path: Path) -> None:
    make_plan(db_path)
    store = PlanStore.open(db_path)
    try:
        person = store.find_person(NAME)
        assert person is not None
        version = store.current_version(person)
        weekly, four = version.options
        assert weekly.first_payday == WEEKLY_FIRST and four.first_payday == FOUR_WEEKLY_FIRST
        assert [line.due_on for line in weekly.cost_lines] == [INSURANCE_DUE, HOIST_DAY]
        report = store.spending_report(version)
        by_option = {key: track for key, track in report.by_option}
        kit, lee = (by_option[o.id].planned_months for o in version.options)
        # Kit: £292.20 each Friday (£15,194.40 ÷ 52: pay, and holiday cover for a fixed-hours
        # PA), so five-Friday months plan five; the insurance in April, the hoist in October.
        assert pa_yearly(version, "Kit, weekly") == D("15194.40")
        fridays = [sum(1 for day in paydays(WEEKLY_FIRST, 7, 52)
                       if day.replace(day=1) == add_months(START, n)) for n in range(12)]
        assert fridays == [5, 4, 4, 4, 5, 4, 4, 5, 4, 5, 4, 4]
        extra = {3: D(180), 9: D(1800)}
        assert list(kit) == [D("292.20") * count + extra.get(n, D(0))
                             for n, count in enumerate(fridays)]
        # Lee: £576 every 28 days from 17 January: two paydays in August (1st and 29th).
        assert list(lee) == [D(1152) if n == 7 else D(576) for n in range(12)]
        assert sum(row.planned for row in report.month_rows) == report.total.planned_yearly
    finally:
        store.close()


def test_a_normal_year_raises_no_flag(db_path: Path) -> None:
    """Yearly insurance due in April, weekly pay with five-payday months, four-weekly pay
    with one month of two paydays, and a hoist bought in October: no month is flagged."""
    make_plan(db_path)
    store = PlanStore.open(db_path)
    person = store.find_person(NAME)
    assert person is not None
    payments = real_payments(store.current_version(person))
    store.close()
    assert len([p for p in payments if p[2] == "Lee, four-weekly"]) == 13
    assert spend_month_by_month(db_path, payments) == [[]] * 12


def test_without_the_dates_the_same_year_is_flagged(db_path: Path) -> None:
    """The dates are what keeps the normal year quiet: cleared, the hoist is expected in
    January and the plan cries 'under' at once."""
    make_plan(db_path)
    store = PlanStore.open(db_path)
    person = store.find_person(NAME)
    assert person is not None
    version = store.current_version(person)
    payments = real_payments(version)
    for option in version.options:
        store.set_first_payday(option, None)
        for line in option.cost_lines:
            store.set_payment_date(line, None)
    store.save()
    store.close()
    seen = spend_month_by_month(db_path, payments)
    assert seen[0], "with no dates the one-off is planned in January"
    assert any("Well under the plan" in words for words in seen[0])


def test_an_overspend_from_month_four_is_flagged_from_month_four_or_five(db_path: Path,
                                                                          ) -> None:
    """Kit works extra hours from April (month four): 15% more each week."""
    make_plan(db_path)
    store = PlanStore.open(db_path)
    person = store.find_person(NAME)
    assert person is not None
    payments = real_payments(store.current_version(person), extra_from_april=D("0.15"))
    store.close()
    seen = spend_month_by_month(db_path, payments)
    assert seen[:3] == [[], [], []]
    first = next(n for n, words in enumerate(seen) if words)
    assert first in (3, 4), seen
    assert all(seen[first:]), seen
    kit = next(words for words in seen[first] if words.startswith("Kit, weekly"))
    assert kit.startswith("Kit, weekly: Heading over the plan. If spending goes on as in")
    assert "a month was planned" in kit and "more than the" in kit
    assert any(words.startswith(Payer.PERSONAL_BUDGET.label) for words in seen[first])
