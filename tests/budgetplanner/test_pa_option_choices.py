"""What a PA option keeps besides its PAs: the holiday cover rate, the days of Statutory Sick
Pay and the first payday, costed from the stored plan, printed, and carried in the plan file.

Figures are worked by hand from /work/shared/reference/uk-rates.md (2026/27 table).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from budgetplanner.categories import OptionKind
from budgetplanner.employer_warnings import SICK_PAY
from budgetplanner.export.pdf import PrintOptions, write_plan_pdf
from budgetplanner.pa_costs import (
    HoursPattern,
    PACostError,
    PAOption,
    PARole,
    cost_pa_options,
)
from budgetplanner.periods import Frequency, Period
from budgetplanner.plan_money import plan_option_lines, plan_summary
from budgetplanner.portable import PlanFileError, export_person, read_plan_file
from budgetplanner.rates import RateTable, shipped_table
from budgetplanner.storage.models import Option, PARoleRow, PlanVersion
from budgetplanner.storage.store import PlanStore
from budgetplanner.validation import ValidationError

D = Decimal
WHEN = datetime(2026, 11, 25, 12, 0)


def ben_plan(store: PlanStore) -> tuple[PlanVersion, Option]:
    """Ben: fixed hours, 30 h a week at £13.50, paid monthly; no Employment Allowance."""
    person = store.add_person("Ben's employer (made up)")
    version = store.current_version(person)
    store.set_value(version, "employment_allowance", False)
    store.set_value(version, "rate_table_name", "2026/27")
    option = store.add_option(version, "Ben", OptionKind.PERSONAL_ASSISTANTS)
    store.add_to(option, "pa_roles", PARoleRow(
        name="Ben", hourly_wage=D("13.50"), hours_per_week=D(30), pay_frequency="monthly",
        hours_pattern="fixed", position=0))
    return version, option


def labelled(version: PlanVersion, option: Option) -> dict[str, Decimal]:
    return {line.label: line.figure(Period.YEAR).amount
            for line in plan_option_lines(version)[option.id]}


# -- holiday cover at an agency's rate ---------------------------------------------------


def test_a_fixed_hours_pa_paid_monthly_with_cover_at_an_agency_rate(db_path: Path) -> None:
    store = PlanStore.open(db_path)
    try:
        version, option = ben_plan(store)
        # At Ben's own wage: 5.6 weeks × 30 h × £13.50 = £2,268.00.
        assert labelled(version, option)["Ben: holiday cover (5.6 weeks)"] == D("2268.00")
        store.set_holiday_cover_rate(option, D("24.00"))
        store.save()
    finally:
        store.close()
    store = PlanStore.open(db_path)  # read back from the file
    try:
        person = store.find_person("Ben's employer (made up)")
        assert person is not None
        version = store.current_version(person)
        option = version.options[0]
        assert option.holiday_cover_rate == D("24.00")
        lines = labelled(version, option)
        # 13.50 × 30 × 52 = £21,060.00 a year, £1,755.00 a month (holiday included).
        assert lines["Ben: wage, 52 weeks with paid holiday"] == D("21060.00")
        # NI: 15% × (1,755.00 − 417) × 12 = £2,408.40.
        assert lines["Employer’s National Insurance"] == D("2408.40")
        # Pension: £1,755 a month is above the £833 trigger: 3% × (1,755 − 520) × 12.
        assert lines["Ben: workplace pension (employer’s share)"] == D("444.60")
        # Cover from an agency at £24.00 an hour: 5.6 × 30 × 24.00 = £4,032.00, its own
        # line, counted once.
        assert lines["Ben: holiday cover (5.6 weeks)"] == D("4032.00")
        assert sum(lines.values()) == D("27945.00")
        assert plan_summary(version).total[Period.YEAR].amount == D("27945.00")
        cover = next(line for line in plan_option_lines(version)[option.id]
                     if line.label.startswith("Ben: holiday cover"))
        assert "£24.00 an hour (the cover rate)" in cover.note
        with pytest.raises(ValidationError, match="below zero"):
            store.set_holiday_cover_rate(option, D("-1"))
        assert option.holiday_cover_rate == D("24.00")
        store.set_holiday_cover_rate(option, None)  # back to Ben's own wage
        assert labelled(version, option)["Ben: holiday cover (5.6 weeks)"] == D("2268.00")
    finally:
        store.close()


# -- Statutory Sick Pay -------------------------------------------------------------------


@pytest.fixture
def table() -> RateTable:
    return shipped_table("2026/27")


def test_the_ssp_rate_is_data_with_its_source() -> None:
    ssp = shipped_table("2026/27").ssp_weekly_rate
    assert ssp.value == D("123.25") and ssp.source_date == date(2026, 4, 6)
    assert "Statutory Sick Pay" in ssp.source and "first day" in ssp.source
    assert shipped_table("2025/26").ssp_weekly_rate.value == D("118.75")
    assert "not yet checked" in shipped_table("2025/26").ssp_weekly_rate.source


def test_sick_pay_is_the_weekly_rate_or_80_percent_of_low_pay(table: RateTable) -> None:
    asha = PARole("Asha", D("13.00"), D(14), hours_pattern=HoursPattern.FIXED)
    jo = PARole("Jo", D("12.71"), D(8))  # hours vary: rolled-up holiday pay
    option = PAOption("o", (asha, jo), sick_pay_days=14)
    [costed] = cost_pa_options([option], table, employment_allowance_claimed=True).options
    assert costed.sick_pay is not None
    # Asha earns £182.00 a week; 80% is £145.60, above £123.25: 14 ÷ 7 × £123.25 = £246.50.
    # Jo earns 12.71 × 8 × 1.1207 = £113.9528 a week; 80% is £91.16224, below £123.25:
    # 14 ÷ 7 × £91.16224 = £182.32448. Together £428.82.
    assert costed.sick_pay.rounded().amount == D("428.82")
    line = next(line for line in costed.lines if line.label.startswith("Statutory Sick Pay"))
    assert line.label == "Statutory Sick Pay (14 days a year for each PA)"
    assert line.figure(Period.YEAR).amount == D("428.82")
    assert "Asha: 14 days ÷ 7 × £123.25 a week = £246.50 a year" in line.note
    assert "Jo: 14 days ÷ 7 × 80% of £113.95 a week average pay" in line.note


def test_a_2025_26_plan_follows_that_years_sick_pay_rules() -> None:
    """Before April 2026: three waiting days, a £125 lower earnings limit, the flat rate."""
    table = shipped_table("2025/26")
    assert (table.ssp_waiting_days.value, table.ssp_lower_earnings_limit_week.value,
            table.ssp_share_of_earnings.value) == (D(3), D(125), D(1))
    asha = PARole("Asha", D("13.00"), D(14), hours_pattern=HoursPattern.FIXED)  # £182 a week
    jo = PARole("Jo", D("12.21"), D(8))  # 12.21 × 8 × 1.1207 = £109.47 a week: below £125
    option = PAOption("o", (asha, jo), sick_pay_days=10)
    [costed] = cost_pa_options([option], table, employment_allowance_claimed=True).options
    assert costed.sick_pay is not None
    # Asha: the first 3 of 10 days are unpaid: 7 ÷ 7 × £118.75 = £118.75. Jo: none.
    assert costed.sick_pay.rounded().amount == D("118.75")
    note = costed.sick_pay.working
    assert "Asha: 10 days less the first 3, unpaid = 7 days ÷ 7 × £118.75 a week" in note
    assert "Jo: average pay £109.47 a week is less than the £125.00 a week" in note
    # The same PAs on the 2026/27 table: from the first day, no limit, 80% of low pay.
    [now] = cost_pa_options([option], shipped_table("2026/27"),
                            employment_allowance_claimed=True).options
    assert now.sick_pay is not None and now.sick_pay.rounded().amount > D("118.75")


def test_a_table_saved_before_the_sick_pay_rules_takes_its_years_rules() -> None:
    """A rate table a person saved before these figures existed takes them from the
    program's own table for its dates, and says so in their source."""
    for name, waiting in (("2025/26", D(3)), ("2026/27", D(0))):
        data = shipped_table(name).to_dict()
        for key in ("ssp_waiting_days", "ssp_lower_earnings_limit_week",
                    "ssp_share_of_earnings"):
            del data["figures"][key]
        read = RateTable.from_dict(data)
        assert read.ssp_waiting_days.value == waiting
        assert read.ssp_waiting_days.source.startswith("Not in this table when it was made")


def test_no_days_no_sick_pay_line_and_too_many_days_are_refused(table: RateTable) -> None:
    role = PARole("Asha", D("13.00"), D(14))
    [costed] = cost_pa_options([PAOption("o", (role,))], table,
                               employment_allowance_claimed=True).options
    assert costed.sick_pay is None
    assert not [line for line in costed.lines if "Sick Pay" in line.label]
    with pytest.raises(PACostError, match="0 to 366"):
        cost_pa_options([PAOption("o", (role,), sick_pay_days=367)], table,
                        employment_allowance_claimed=True)


def test_the_sick_pay_line_is_stored_added_and_printed(db_path: Path, tmp_path: Path) -> None:
    store = PlanStore.open(db_path)
    try:
        version, option = ben_plan(store)
        before = plan_summary(version).total[Period.YEAR].amount
        store.set_sick_pay_days(option, 10)
        store.save()
        # Ben earns £405.00 a week: 10 ÷ 7 × £123.25 = £176.07.
        assert labelled(version, option)[
            "Statutory Sick Pay (10 days a year for each PA)"] == D("176.07")
        assert plan_summary(version).total[Period.YEAR].amount == before + D("176.07")
        with pytest.raises(ValidationError, match="0 to 366"):
            store.set_sick_pay_days(option, 400)
        out = tmp_path / "ben.pdf"
        write_plan_pdf(version, out, PrintOptions(printed_on=date(2026, 11, 25)))
        with pdfplumber.open(out) as pdf:
            words = " ".join(" ".join(page.extract_text() or "" for page in pdf.pages).split())
        assert "Statutory Sick Pay (10 days a year for each PA)" in words
        assert "£176.07" in words
        # The duty is said once, pointing at the line.
        assert words.count("I pay Statutory Sick Pay when a PA is off sick") == 1
        assert "days of sick pay I plan for" in SICK_PAY
    finally:
        store.close()


def test_an_older_rate_table_without_sick_pay_still_reads(table: RateTable) -> None:
    data = json.loads(table.to_json())
    del data["figures"]["ssp_weekly_rate"]
    old = RateTable.from_json(json.dumps(data))
    assert old.ssp_weekly_rate.value == D("123.25")
    assert old.ssp_weekly_rate.source.startswith(
        "Not in this table when it was made; taken from the program's 2026/27 table.")
    assert old.national_living_wage == table.national_living_wage


# -- the plan file ------------------------------------------------------------------------


def exported(db_path: Path) -> dict[str, Any]:
    store = PlanStore.open(db_path)
    try:
        _version, option = ben_plan(store)
        line = store.add_cost_line(option, "Insurance", D(150), Frequency.PER_YEAR)
        store.set_payment_date(line, date(2027, 4, 30))
        store.set_first_payday(option, date(2026, 4, 3))
        store.set_holiday_cover_rate(option, D("24.00"))
        store.set_sick_pay_days(option, 10)
        store.save()
        person = store.find_person("Ben's employer (made up)")
        assert person is not None
        return dict(json.loads(export_person(person, WHEN)))
    finally:
        store.close()


def first_option(data: dict[str, Any]) -> dict[str, Any]:
    option: dict[str, Any] = data["person"]["versions"][0]["options"][0]
    return option


def test_the_choices_round_trip_through_the_plan_file(db_path: Path, tmp_path: Path) -> None:
    data = exported(db_path)
    option = first_option(data)
    assert option["first_payday"] == "2026-04-03"
    assert option["holiday_cover_rate"] == "24.00"
    assert option["sick_pay_days"] == 10
    assert option["cost_lines"][0]["due_on"] == "2027-04-30"
    store = PlanStore.open(tmp_path / "to.sqlite3")
    try:
        person = store.import_plan(json.dumps(data))
        version = person.versions[0]
        imported = version.options[0]
        assert imported.first_payday == date(2026, 4, 3)
        assert imported.holiday_cover_rate == D("24.00")
        assert imported.sick_pay_days == 10
        assert imported.cost_lines[0].due_on == date(2027, 4, 30)
        # Same figures as where it came from: 27,945.00 + 150 insurance + 176.07 sick pay.
        assert plan_summary(version).total[Period.YEAR].amount == D("28271.07")
    finally:
        store.close()


def test_an_older_file_without_the_fields_still_imports(db_path: Path) -> None:
    data = exported(db_path)
    option = first_option(data)
    for key in ("first_payday", "holiday_cover_rate", "sick_pay_days"):
        del option[key]
    del option["cost_lines"][0]["due_on"]
    imported = read_plan_file(json.dumps(data)).versions[0].options[0]
    assert (imported.first_payday, imported.holiday_cover_rate, imported.sick_pay_days,
            imported.cost_lines[0].due_on) == (None, None, None, None)


@pytest.mark.parametrize(("where", "value", "said"), [
    ("first_payday", "2150-01-01", "is a payment date, so must be between 2000 and 2100"),
    ("first_payday", "1999-12-31", "is a payment date, so must be between 2000 and 2100"),
    ("first_payday", "03/04/2026", "must be a date like 2027-03-31"),
    ("first_payday", "2026-02-30", "must be a date like 2027-03-31"),
    ("sick_pay_days", 400, "must be a whole number from 0 to 366"),
    ("sick_pay_days", "10", "must be a whole number"),
    ("holiday_cover_rate", "-1", 'is not a number written with digits, like "12.50"'),
    ("due_on", "3026-04-30", "must be between 1900 and 2200"),
    ("due_on", "2101-01-01", "is a payment date, so must be between 2000 and 2100"),
])
def test_a_date_or_figure_out_of_reason_is_refused_plainly(db_path: Path, where: str,
                                                           value: object, said: str) -> None:
    data = exported(db_path)
    option = first_option(data)
    if where == "due_on":
        option["cost_lines"][0]["due_on"] = value
        at = "versions[0].options[0].cost_lines[0].due_on"
    else:
        option[where] = value
        at = f"versions[0].options[0].{where}"
    with pytest.raises(PlanFileError) as refused:
        read_plan_file(json.dumps(data))
    assert refused.value.problems == [f"{at}: {said}"]



def test_a_review_keeps_the_choices_and_names_a_changed_date(db_path: Path) -> None:
    from budgetplanner.review import differences

    store = PlanStore.open(db_path)
    try:
        version, option = ben_plan(store)
        line = store.add_cost_line(option, "Insurance", D(150), Frequency.PER_YEAR)
        store.set_payment_date(line, date(2027, 4, 30))
        store.set_sick_pay_days(option, 10)
        store.save()
        newer = store.start_review(version)
        copied = newer.options[0]
        assert copied.sick_pay_days == 10
        assert copied.cost_lines[0].due_on == date(2027, 4, 30)
        store.set_payment_date(copied.cost_lines[0], date(2027, 5, 31))
        said = differences(version, newer).changed
        assert "Cost “Insurance”: when paid was 30 April 2027, now 31 May 2027" in said
    finally:
        store.close()
