"""Warnings about PAs and an employer's duties: one wording each, where they apply."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest

from budgetplanner import employer_warnings as words
from budgetplanner.affordability import AffordRequest, highest_wage, wage_answer_words
from budgetplanner.categories import OptionKind
from budgetplanner.export.pdf import PrintOptions, write_plan_pdf
from budgetplanner.pa_costs import HoursPattern, PARole, PensionChoice, cost_pa
from budgetplanner.periods import Frequency
from budgetplanner.plan_money import employer_duty_warnings
from budgetplanner.rates import RateTable, shipped_table
from budgetplanner.storage.models import PARoleRow
from budgetplanner.storage.store import PlanStore

D = Decimal


@pytest.fixture
def table() -> RateTable:
    return shipped_table("2026/27")


def dai(**changes: object) -> PARole:
    # 12.50 × 10 h × 1.1207 = 140.0875: £140.09 a week with rolled-up holiday pay.
    values: dict[str, object] = {"name": "Dai", "hourly_wage": D("12.50"),
                                 "hours_per_week": D(10),
                                 "hours_pattern": HoursPattern.IRREGULAR}
    values.update(changes)
    return PARole(**values)  # type: ignore[arg-type]


def test_dai_between_the_lower_limit_and_the_trigger_may_ask_to_join(
        table: RateTable) -> None:
    cost = cost_pa(dai(), table)
    assert cost.pay_per_period == D("140.09")
    assert not cost.enrolled
    assert cost.pension.yearly == 0
    expected = words.may_ask_to_join("Dai", D("140.09"), "a week", D(120), D(192), "3%")
    assert expected in cost.warnings
    assert "£140.09 a week" in expected and "3%" in expected and "ask to join" in expected


def test_no_right_to_join_warning_below_the_lower_limit_or_when_already_in(
        table: RateTable) -> None:
    # 12.50 × 8 × 1.1207 = 112.07 a week: not above £120.
    low = cost_pa(dai(hours_per_week=D(8)), table)
    assert not any("right to ask to join" in w for w in low.warnings)
    joined = cost_pa(dai(pension_choice=PensionChoice.OPT_IN), table)
    assert joined.enrolled
    assert not any("right to ask to join" in w for w in joined.warnings)


def test_above_the_trigger_the_duty_to_enrol_is_one_sentence(table: RateTable) -> None:
    cost = cost_pa(dai(hours_per_week=D(20)), table)
    assert cost.enrolled
    assert words.must_enrol("Dai", "20", D(192), "a week", "3%") in cost.warnings
    assert not any("right to ask to join" in w for w in cost.warnings)


def test_the_minimum_wage_has_one_wording_on_costs_and_on_the_afford_page(
        table: RateTable) -> None:
    cost = cost_pa(dai(hourly_wage=D("11.00")), table)
    sentence = words.below_minimum_wage("Dai", D("11.00"), D("12.71"),
                                        "the National Living Wage (21 and over)")
    assert sentence in cost.warnings
    # A budget too small for the minimum wage: the afford page says it the same way.
    answer = highest_wage(AffordRequest(budget_yearly=D(5000)), table, D(10))
    said = wage_answer_words(answer)
    same = words.below_minimum_wage("my PAs", answer.wage, D("12.71"),
                                    "the National Living Wage (21 and over)")
    assert same in said
    assert sum("must be paid at least" in s for s in said) == 1


def test_a_relative_at_home_is_warned_once(table: RateTable) -> None:
    cost = cost_pa(dai(relative_in_household=True), table)
    assert cost.warnings.count(words.relative_in_household("Dai")) == 1


def test_employer_duties_only_when_employing_and_insurance_when_missing() -> None:
    assert words.employer_duties(employs_pas=False, has_insurance_line=False) == []
    duties = words.employer_duties(employs_pas=True, has_insurance_line=False)
    assert duties[0] == words.NO_LIABILITY_INSURANCE
    assert words.REGISTER_WITH_HMRC in duties
    assert "Before my first PA’s first payday" in words.REGISTER_WITH_HMRC
    assert "five months" in words.DECLARATION_OF_COMPLIANCE
    assert "first day" in words.SICK_PAY
    insured = words.employer_duties(employs_pas=True, has_insurance_line=True)
    assert words.NO_LIABILITY_INSURANCE not in insured
    assert words.mentions_insurance(["Employers' liability insurance"])
    assert not words.mentions_insurance(["Payroll service"])


def dai_plan(store: PlanStore, *, insured: bool) -> object:
    person = store.add_person("Dai's employer")
    version = store.current_version(person)
    option = store.add_option(version, "My PA", OptionKind.PERSONAL_ASSISTANTS)
    option.pa_roles.append(PARoleRow(name="Dai", hourly_wage=D("12.50"), hours_per_week=D(10),
                                     hours_pattern="irregular", position=0))
    if insured:
        store.add_cost_line(option, "Employers' liability insurance", D(150),
                            Frequency.PER_YEAR)
    other = store.add_option(version, "Art class", OptionKind.COMMUNITY)
    store.add_cost_line(other, "Class", D(10), Frequency.PER_WEEK)
    store.session.flush()
    return version


def test_plan_duties_follow_the_plan(store: PlanStore) -> None:
    version = dai_plan(store, insured=False)
    assert employer_duty_warnings(version)[0] == words.NO_LIABILITY_INSURANCE  # type: ignore[arg-type]


def test_printed_plan_shows_warnings_beside_the_pa_and_duties_once(
        store: PlanStore, tmp_path: Path) -> None:
    version = dai_plan(store, insured=False)
    result = write_plan_pdf(version, tmp_path / "dai.pdf",  # type: ignore[arg-type]
                            PrintOptions(printed_on=date(2026, 11, 25)))
    with pdfplumber.open(result.path) as pdf:
        pages = [" ".join((page.extract_text() or "").split()) for page in pdf.pages]
    text = " ".join(pages)
    assert "Things to know about these PAs" in text
    assert "Dai has the right to ask to join" in text
    assert text.count("declaration of compliance") == 1
    assert "no line for employers’ liability insurance" in text
    # Beside the PA: on the same page as Dai's costs.
    [page] = [p for p in pages if "Kind: Personal assistants I employ" in p]
    assert "right to ask to join" in page
