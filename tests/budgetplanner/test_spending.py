"""Planned and actual money: forecasts and flags on made-up years, and bank statements read in."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import Decimal

import pytest

from budgetplanner.categories import Payer
from budgetplanner.demo import load_demo
from budgetplanner.periods import Period
from budgetplanner.spending import (
    CsvImportError,
    CsvMapping,
    DateOrder,
    Flag,
    OptionPlan,
    PlannedCost,
    Schedule,
    SpendingPlan,
    SpendingReport,
    Spent,
    add_months,
    add_spending,
    csv_headers,
    entries_for,
    guess_mapping,
    import_payments,
    load_csv_mapping,
    month_plan,
    payments_by_month,
    plan_year_start,
    read_bank_csv,
    report_for,
    report_of,
    save_csv_mapping,
    set_plan_year_start,
    spending_report,
)
from budgetplanner.storage.store import PlanStore

D = Decimal
START = date(2026, 4, 1)
PB = Payer.PERSONAL_BUDGET


def history(amounts: list[str], payer: Payer = PB, option: object = "pas") -> list[Spent]:
    return [Spent(add_months(START, n), payer, option, D(a)) for n, a in enumerate(amounts)]


def report(amounts: list[str], planned: str = "12000"):  # type: ignore[no-untyped-def]
    options = [OptionPlan("pas", "My PAs", D(planned), True)]
    return spending_report(START, {PB: D(planned)}, options, history(amounts))


def test_on_track_when_spending_follows_the_plan() -> None:
    # £12,000 a year is £1,000 a month; six months of £1,000 forecast £12,000.
    result = report(["1000", "980", "1020", "1000", "1010", "990"])
    track = result.by_payer[PB]
    assert track.months_counted == 6
    assert track.spent_so_far == D("6000.00")
    assert track.planned_so_far == D("6000.00")
    assert track.left_yearly == D("6000.00")
    assert track.forecast == D("12000.00")
    assert track.flag is Flag.ON_TRACK
    assert "£6,000.00 spent of £6,000.00 planned for 6 months" in track.reason


def test_overspend_from_month_four_is_flagged_in_month_four() -> None:
    # Months 1–3 £1,000, month 4 £1,300: the last three average £1,100, so the year is
    # £4,300 + 8 × £1,100 = £13,100, more than 2% over £12,000.
    track = report(["1000", "1000", "1000", "1300"]).by_payer[PB]
    assert track.forecast == D("13100.00")
    assert track.flag is Flag.OVER
    assert "£1,100.00 a month" in track.reason
    assert "£1,100.00 more than the £12,000.00 planned" in track.reason
    # Three months of it and the forecast is £6,900 + 6 × £1,300 = £14,700.
    later = report(["1000", "1000", "1000", "1300", "1300", "1300"]).by_payer[PB]
    assert later.forecast == D("14700.00")
    assert later.flag is Flag.OVER


def test_underspend_says_the_money_may_be_taken_back() -> None:
    # £600 a month for five months: the year will be £7,200, £4,800 under £12,000.
    result = report(["600", "600", "600", "600", "600"])
    track = result.by_payer[PB]
    assert track.forecast == D("7200.00")
    assert track.flag is Flag.UNDER
    assert "taken back at the review" in track.reason
    assert [t.label for t in result.flagged()] == ["Personal budget or direct payment", "My PAs"]


def test_own_money_under_the_plan_is_not_a_worry_about_the_council() -> None:
    options = [OptionPlan("swim", "Swimming", D(468), False)]
    result = spending_report(START, {Payer.OWN_MONEY: D(468)}, options,
                             history(["10", "10", "10"], Payer.OWN_MONEY, "swim"))
    track = result.by_payer[Payer.OWN_MONEY]
    assert track.flag is Flag.UNDER
    assert "taken back" not in track.reason


def test_a_gap_month_counts_as_nothing_spent_and_later_years_are_ignored() -> None:
    records = [Spent(date(2026, 4, 9), PB, "pas", D(1000)),
               Spent(date(2026, 6, 1), PB, "pas", D(1000)),
               Spent(date(2027, 4, 1), PB, "pas", D(5000))]  # next plan year
    result = spending_report(START, {PB: D(12000)}, [], records)
    track = result.by_payer[PB]
    assert track.months_counted == 3
    assert track.spent_so_far == D(2000)
    assert result.end == date(2027, 3, 31)
    assert "April 2026 to June 2026 (3 of 12 months)" in result.counting_words()


def test_a_planned_option_with_nothing_spent_for_months_is_flagged() -> None:
    options = [OptionPlan("pas", "My PAs", D(12000), True),
               OptionPlan("agency", "Back-up agency", D(1200), True)]
    result = spending_report(START, {PB: D(13200)}, options, history(["1000"] * 4))
    agency = dict(result.by_option)["agency"]
    assert agency.flag is Flag.UNDER
    assert "Nothing has been spent on this in 4 months" in agency.reason


def test_figures_per_period() -> None:
    track = report(["1000"] * 6).by_payer[PB]
    assert track.planned(Period.WEEK).format() == "£230.77"
    assert track.planned(Period.FOUR_WEEKS).format() == "£923.08"
    assert track.spent_rate(Period.MONTH).format() == "£1,000.00"


# -- the plan follows real payment dates ---------------------------------------------------
# Made-up years: spending is what a person really pays, worked out here from a calendar
# (every Friday, every 28 days, the month a bill falls due), never from the rule itself.


def paydays(first: date, every_days: int, until: date) -> list[date]:
    days, day = [], first
    while day <= until:
        days.append(day)
        day += timedelta(days=every_days)
    return days


def by_month(days: list[date], amount: str, option: object, payer: Payer = PB) -> list[Spent]:
    return [Spent(day.replace(day=1), payer, option, D(amount)) for day in days]


def flags_month_by_month(plan: SpendingPlan, records: list[Spent]) -> list[list[str]]:
    """For each month of the year, the rows flagged over or under when counting up to it."""
    seen = []
    for n in range(1, 13):
        last = add_months(plan.start, n - 1)
        entered = [r for r in records if r.month <= last]
        # A month with nothing paid still counts: say so with a zero entry.
        entered.append(Spent(last, PB, "nothing", D(0)))
        result: SpendingReport = report_of(plan, entered)
        rows = [*result.by_payer.values(), result.total,
                *(track for key, track in result.by_option if key is not None)]
        seen.append([f"{t.label}: {t.flag.label}. {t.reason}" for t in rows
                     if t.flag in (Flag.OVER, Flag.UNDER)])
    return seen


YEAR_END = date(2027, 3, 31)
FRIDAYS = paydays(date(2026, 4, 3), 7, YEAR_END)[:52]


def test_weekly_pay_plans_each_payday_so_five_friday_months_plan_five() -> None:
    counts = payments_by_month(START, Schedule.WEEKLY, date(2026, 4, 3))
    fridays = [sum(1 for week in calendar.monthcalendar(m.year, m.month) if week[4])
               for m in (add_months(START, n) for n in range(12))]
    assert sum(counts) == 52
    assert counts == fridays
    assert counts[1] == 5  # May 2026 has five Fridays
    planned = month_plan(START, PlannedCost("pas", PB, D("15600.00"), Schedule.WEEKLY,
                                            date(2026, 4, 3)))
    assert planned[0] == D("1200.00") and planned[1] == D("1500.00")
    assert sum(planned) == D("15600.00")


def test_four_weekly_pay_has_13_paydays_and_one_month_with_two() -> None:
    counts = payments_by_month(START, Schedule.FOUR_WEEKLY, date(2026, 4, 10))
    assert sum(counts) == 13
    assert counts.count(2) == 1 and counts.count(1) == 11
    real = paydays(date(2026, 4, 10), 28, YEAR_END)
    assert [sum(1 for d in real if d.replace(day=1) == add_months(START, n))
            for n in range(12)] == counts


def test_a_normal_year_of_weekly_pay_and_april_insurance_raises_no_flag() -> None:
    plan = SpendingPlan(START, (OptionPlan("pas", "My PAs", D(0), True),), (
        PlannedCost("pas", PB, D("15600.00"), Schedule.WEEKLY, date(2026, 4, 3)),
        PlannedCost("pas", PB, D("240.00"), Schedule.YEARLY, date(2026, 4, 20)),
        PlannedCost("pas", PB, D("600.00"), Schedule.MONTHLY)))
    records = [*by_month(FRIDAYS, "300.00", "pas"),
               Spent(date(2026, 4, 1), PB, "pas", D("240.00")),
               *by_month([add_months(START, n) for n in range(12)], "50.00", "pas")]
    assert flags_month_by_month(plan, records) == [[]] * 12
    full = report_of(plan, records)
    assert full.total.planned_yearly == D("16440.00")
    assert full.total.forecast == D("16440.00")
    assert full.month_rows[0].planned == D("1200.00") + D("240.00") + D("50.00")


def test_four_weekly_pay_raises_no_flag_in_the_month_with_two_paydays() -> None:
    plan = SpendingPlan(START, (OptionPlan("pa", "My PA", D(0), True),), (
        PlannedCost("pa", PB, D("13000.00"), Schedule.FOUR_WEEKLY, date(2026, 4, 10)),))
    records = by_month(paydays(date(2026, 4, 10), 28, YEAR_END)[:13], "1000.00", "pa")
    assert flags_month_by_month(plan, records) == [[]] * 12


def test_a_planned_one_off_in_october_raises_no_flag_before_or_after() -> None:
    plan = SpendingPlan(START, (OptionPlan("kit", "A hoist", D(0), False),
                                OptionPlan("pas", "My PAs", D(0), True)), (
        PlannedCost("kit", PB, D("1800.00"), Schedule.ONE_OFF, date(2026, 10, 1)),
        PlannedCost("pas", PB, D("12000.00"), Schedule.MONTHLY)))
    months = [add_months(START, n) for n in range(12)]
    records = [*by_month(months, "1000.00", "pas"),
               Spent(date(2026, 10, 1), PB, "kit", D("1800.00"))]
    assert flags_month_by_month(plan, records) == [[]] * 12


def test_overspend_from_month_four_is_flagged_from_month_four_with_the_reason() -> None:
    plan = SpendingPlan(START, (OptionPlan("pas", "My PAs", D(0), True),), (
        PlannedCost("pas", PB, D("15600.00"), Schedule.WEEKLY, date(2026, 4, 3)),))
    # £300 a week, then from July (month four) £360 a week: extra hours.
    records = [Spent(day.replace(day=1), PB, "pas",
                     D("360.00") if day >= date(2026, 7, 1) else D("300.00"))
               for day in FRIDAYS]
    seen = flags_month_by_month(plan, records)
    assert seen[:3] == [[], [], []]
    assert all(seen[3:]), seen
    reason = seen[3][0]
    assert reason.startswith("Personal budget or direct payment: Heading over the plan.")
    assert "more than the £15,600.00 planned" in reason
    # May, June and July 2026 have 5, 4 and 5 Fridays: £4,200 planned, £4,500 spent;
    # the year: £5,700 spent + £10,200 still planned + 8 months × £100 over = £16,700.
    assert "(£1,500.00 a month, where £1,400.00 a month was planned)" in reason
    assert "the year will cost £16,700.00" in reason


def test_nothing_spent_before_a_one_off_is_not_an_underspend() -> None:
    plan = SpendingPlan(START, (OptionPlan("kit", "A hoist", D(0), True),), (
        PlannedCost("kit", PB, D("1800.00"), Schedule.ONE_OFF, date(2026, 10, 1)),))
    june = report_of(plan, [Spent(date(2026, 6, 1), Payer.OWN_MONEY, None, D(5))])
    kit = dict(june.by_option)["kit"]
    assert kit.flag is Flag.NOTHING_YET
    november = report_of(plan, [Spent(date(2026, 11, 1), Payer.OWN_MONEY, None, D(5))])
    assert dict(november.by_option)["kit"].flag is Flag.UNDER


# -- stored spending ----------------------------------------------------------------------


def test_spending_is_stored_and_the_plan_year_remembered(store: PlanStore) -> None:
    person = store.add_person("Asha")
    version = store.current_version(person)
    assert plan_year_start(store.session, version).day == 1
    set_plan_year_start(store.session, version, date(2026, 4, 17))
    add_spending(store.session, version, date(2026, 5, 3), D("120.50"), note="Payroll")
    store.save()
    assert plan_year_start(store.session, version) == date(2026, 4, 1)
    [entry] = entries_for(store.session, version)
    assert entry.month == date(2026, 5, 1)
    assert entry.amount == D("120.50")


def test_the_example_plans_show_each_flag(store: PlanStore) -> None:
    people = load_demo(store)
    flags = {p.name: report_for(store.session, store.current_version(p)).by_payer[PB].flag
             for p in people}
    assert flags == {"Sita Patel": Flag.ON_TRACK, "Jenny Walsh": Flag.OVER,
                     "Sam Okafor": Flag.UNDER}


# -- bank statements ------------------------------------------------------------------------

STATEMENT = """\ufeffDate,Description,Amount,Balance
01/05/2026,DIRECT PAYMENT FROM COUNCIL,1096.54,1500.00
08/05/2026,PAYROLL PRIYA,-186.53,1313.47
"15/05/2026","PAYROLL MEERA, WEEK 2",-116.55,1196.92

22/05/2026,AGENCY INVOICE 114,"-1,128.00",68.92
03/03/2026,OLD PAYMENT,-10.00,58.92
"""
MAPPING = CsvMapping("Date", "Amount", "Description", DateOrder.DAY_FIRST, True)


def test_reading_a_bank_statement_with_a_mapping() -> None:
    assert csv_headers(STATEMENT) == ["Date", "Description", "Amount", "Balance"]
    payments = read_bank_csv(STATEMENT, MAPPING)
    # Money in (the direct payment itself) is left out; a blank line is skipped.
    assert [(p.line, p.day, p.amount) for p in payments] == [
        (3, date(2026, 5, 8), D("186.53")),
        (4, date(2026, 5, 15), D("116.55")),
        (6, date(2026, 5, 22), D("1128.00")),
        (7, date(2026, 3, 3), D("10.00")),
    ]
    assert payments[1].description == "PAYROLL MEERA, WEEK 2"


def test_importing_keeps_the_plan_year_and_remembers_the_columns(store: PlanStore) -> None:
    version = store.current_version(store.add_person("Asha"))
    set_plan_year_start(store.session, version, START)
    result = import_payments(store.session, version, read_bank_csv(STATEMENT, MAPPING))
    assert (result.added, result.outside_year, result.total) == (3, 1, D("1431.08"))
    assert all(e.source == "bank" for e in entries_for(store.session, version))
    save_csv_mapping(store.session, MAPPING)
    store.save()
    assert load_csv_mapping(store.session) == MAPPING


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Date,Amount\n01/05/2026,-10.00\n31/13/2026,-5.00\n",
         'Line 3: "31/13/2026" is not a date'),
        ("Date,Amount\n01/05/2026,-10.00\n02/05/2026,ten pounds\n",
         'Line 3: "ten pounds" is not an amount'),
        ("Date,Amount\n01/05/2026\n", "Line 2: This line has only 1 of the 2 columns"),
        ("When,How much\n01/05/2026,-1\n", 'Line 1: There is no column called "Date"'),
        ("", "This file is empty"),
    ],
)
def test_a_malformed_statement_names_the_line_and_imports_nothing(
    store: PlanStore, text: str, message: str
) -> None:
    version = store.current_version(store.add_person("Asha"))
    mapping = CsvMapping("Date", "Amount")
    with pytest.raises(CsvImportError) as caught:
        import_payments(store.session, version, read_bank_csv(text, mapping))
    assert message in str(caught.value)
    assert entries_for(store.session, version) == []


def test_iso_dates_and_a_money_out_column() -> None:
    text = "Paid on,Paid out\n2026-05-08,186.53\n2026-05-09,\n"
    mapping = CsvMapping("Paid on", "Paid out", date_order=DateOrder.ISO,
                         money_out_negative=False)
    assert [(p.day, p.amount) for p in read_bank_csv(text, mapping)] == [
        (date(2026, 5, 8), D("186.53"))]


def test_columns_are_guessed_from_their_names() -> None:
    guess = guess_mapping(["Transaction Date", "Details", "Paid out", "Paid in", "Balance"])
    assert guess == CsvMapping("Transaction Date", "Paid out", "Details",
                               DateOrder.DAY_FIRST, False)
    assert guess_mapping(["Date", "Description", "Amount"]).money_out_negative


def test_a_stored_plan_is_planned_on_its_paydays_and_adds_up_to_its_money(
    store: PlanStore,
) -> None:
    from budgetplanner.plan_money import plan_summary
    from budgetplanner.storage.plan_data import spending_plan

    for person in load_demo(store):
        version = store.current_version(person)
        plan = spending_plan(version, START)
        summary = plan_summary(version)
        for payer in (PB, Payer.OWN_MONEY, Payer.OTHER_FUNDING):
            column = summary.by_payer[payer]
            assert sum(plan.months_for(payer=payer)) == (
                column[Period.YEAR].amount + column.one_off.amount), (person.name, payer)
        assert any(cost.schedule is Schedule.WEEKLY for cost in plan.costs)


def test_costs_paid_alike_are_planned_together_and_still_add_up() -> None:
    # Three weekly costs of one option: shared over the months as one, to the penny.
    costs = tuple(PlannedCost("pas", PB, D(amount), Schedule.WEEKLY, date(2026, 4, 3))
                  for amount in ("100.01", "200.02", "0.05"))
    plan = SpendingPlan(START, (OptionPlan("pas", "My PAs", D(0), True),), costs)
    months = plan.months_for(option_key="pas")
    assert months == month_plan(START, PlannedCost("pas", PB, D("300.08"), Schedule.WEEKLY,
                                                   date(2026, 4, 3)))
    assert sum(months) == D("300.08")
    assert plan.months_for(payer=Payer.OWN_MONEY) == [D(0)] * 12
