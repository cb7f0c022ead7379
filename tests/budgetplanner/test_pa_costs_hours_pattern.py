"""Fixed-hours PAs (paid 52 weeks, holiday cover bought) against irregular hours (12.07%).

Worked by hand from /work/shared/reference/uk-rates.md, 2026/27 table.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from budgetplanner.affordability import (
    AffordRequest,
    highest_wage,
    hours_answer_words,
    most_hours,
    wage_answer_words,
    yearly_cost,
)
from budgetplanner.budget import summarise
from budgetplanner.pa_costs import (
    AgeBand,
    Cover,
    CoverKind,
    HoursPattern,
    PACostError,
    PAOption,
    PARole,
    PayFrequency,
    cost_pa,
    cost_pa_options,
)
from budgetplanner.periods import Period
from budgetplanner.rates import RateTable, shipped_table

D = Decimal
FIXED = HoursPattern.FIXED


@pytest.fixture
def table() -> RateTable:
    return shipped_table("2026/27")


def asha(**changes: object) -> PARole:
    values: dict[str, object] = {"name": "Asha", "hourly_wage": D("13.00"),
                                 "hours_per_week": D(14), "hours_pattern": FIXED}
    values.update(changes)
    return PARole(**values)  # type: ignore[arg-type]


def test_asha_fixed_hours_worked_example(table: RateTable) -> None:
    cost = cost_pa(asha(), table)
    # 13.00 × 14 = 182.00 a week, 52 weeks: 9,464.00 a year, holiday included.
    assert cost.pay_per_period == D("182.00")
    assert cost.pay.rounded().amount == D("9464.00")
    assert cost.holiday_pay.yearly == 0
    # 182 is below the 192 trigger: not enrolled, no employer's pension.
    assert not cost.enrolled
    assert cost.pension.yearly == 0
    # (182 − 96) × 15% = 12.90 a week, × 52 = 670.80 a year.
    assert cost.employer_ni.rounded().amount == D("670.80")
    # Cover: 5.6 × 14 × 13.00 = 1,019.20 a year, paid to someone else.
    assert cost.holiday_cover.rounded().amount == D("1019.20")
    assert cost.total_yearly == D("9464.00") + D("670.80")


def test_asha_option_lines_show_cover_once(table: RateTable) -> None:
    costs = cost_pa_options([PAOption("a", (asha(),))], table,
                            employment_allowance_claimed=False)
    summary = summarise(costs.lines)
    labels = [line.label for line in costs.lines]
    assert labels == ["Asha: wage, 52 weeks with paid holiday", "Employer’s National Insurance",
                      "Asha: holiday cover (5.6 weeks)"]
    assert summary.total[Period.WEEK].amount == D("182.00") + D("12.90") + D("19.60")
    assert summary.total[Period.YEAR].amount == D("9464.00") + D("670.80") + D("1019.20")


def test_same_pa_on_irregular_hours_is_enrolled_from_rolled_up_pay(table: RateTable) -> None:
    # 182.00 × 1.1207 = 203.97 a week: above the 192 trigger, so enrolled.
    cost = cost_pa(asha(hours_pattern=HoursPattern.IRREGULAR), table)
    assert cost.pay_per_period == D("203.97")
    assert cost.enrolled
    assert cost.holiday_cover.yearly == 0
    # 3% × (203.97 − 120) × 52 = 130.99
    assert cost.pension.rounded().amount == D("130.99")


def test_fixed_hours_paid_monthly_with_cover_at_an_agency_rate(table: RateTable) -> None:
    role = PARole("Ben", D("13.50"), D(30), pay_frequency=PayFrequency.MONTHLY,
                  hours_pattern=FIXED)
    option = PAOption("b", (role,), holiday_cover_rate=D("24.00"))
    [costed] = cost_pa_options([option], table, employment_allowance_claimed=False).options
    [pa] = costed.pas
    # 13.50 × 30 × 52 = 21,060 a year; ÷ 12 = 1,755.00 a month.
    assert pa.pay_per_period == D("1755.00")
    # NI: (1,755 − 417) × 15% = 200.70 a month, × 12 = 2,408.40.
    assert pa.employer_ni.rounded().amount == D("2408.40")
    # Pension: above the 833 trigger; 3% × (1,755 − 520) × 12 = 444.60.
    assert pa.enrolled
    assert pa.pension.rounded().amount == D("444.60")
    # Cover from an agency: 5.6 × 30 × 24.00 = 4,032.00 a year.
    assert pa.holiday_cover.rounded().amount == D("4032.00")
    assert "24.00" in pa.holiday_cover.working


def test_under_21_fixed_hours_pays_no_ni_and_is_not_enrolled(table: RateTable) -> None:
    role = PARole("Cal", D("10.85"), D(35), age_band=AgeBand.AGE_18_TO_20, hours_pattern=FIXED)
    cost = cost_pa(role, table)
    # 10.85 × 35 = 379.75 a week: below the 967 limit for under-21s, so no NI.
    assert cost.pay_per_period == D("379.75")
    assert cost.employer_ni.yearly == 0
    assert not cost.enrolled
    # 5.6 × 35 × 10.85 = 2,126.60
    assert cost.holiday_cover.rounded().amount == D("2126.60")


def test_negative_cover_rate_is_refused(table: RateTable) -> None:
    with pytest.raises(PACostError, match="holiday cover"):
        cost_pa(asha(), table, D("-1"))


def test_option_cover_is_for_sickness_only_when_every_pa_works_fixed_hours(
        table: RateTable) -> None:
    option = PAOption("a", (asha(),), cover=Cover(CoverKind.PERCENT, D(5)))
    labels = [line.label for line in cost_pa_options(
        [option], table, employment_allowance_claimed=True).lines]
    assert "Cover when a PA is off sick" in labels
    assert not any("on holiday" in label for label in labels)
    assert sum("holiday cover" in label for label in labels) == 1


def test_afford_counts_fixed_hours_holiday_cover_once(table: RateTable) -> None:
    request = AffordRequest(budget_yearly=D(20000), hours_pattern=FIXED)
    # With the allowance paying the NI: 9,464.00 pay + 1,019.20 cover, nothing else.
    assert yearly_cost(request, table, D("13.00"), D(14)) == D("10483.20")
    irregular = AffordRequest(budget_yearly=D(20000))
    # Irregular: 13.00 × 14 × 52 × 1.1207 = 10,606.30 pay + 130.99 pension (NI paid by the
    # allowance).
    assert yearly_cost(irregular, table, D("13.00"), D(14)) == D("10737.29")


def test_afford_words_speak_of_holiday_cover_for_fixed_hours(table: RateTable) -> None:
    fixed = AffordRequest(budget_yearly=D(20000), hours_pattern=FIXED)
    assert "with holiday cover" in " ".join(wage_answer_words(highest_wage(fixed, table, D(14))))
    assert "with holiday cover" in " ".join(hours_answer_words(most_hours(fixed, table,
                                                                          D("13.00"))))
    irregular = AffordRequest(budget_yearly=D(20000))
    assert "with holiday pay" in " ".join(wage_answer_words(highest_wage(irregular, table,
                                                                         D(14))))
