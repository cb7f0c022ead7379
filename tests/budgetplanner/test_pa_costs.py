"""Hand-worked PA costs under the 2026/27 table, including Sita's and Sam's plans.

Each test gives its working in a comment, so a reader can check it with a calculator.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from budgetplanner.budget import BudgetLine, summarise
from budgetplanner.categories import OptionKind, Payer
from budgetplanner.money import Money
from budgetplanner.pa_costs import (
    AgeBand,
    Cover,
    CoverKind,
    FixedCost,
    PACostError,
    PAOption,
    PARole,
    PayFrequency,
    PensionChoice,
    cost_pa,
    cost_pa_options,
    pa_budget_lines,
)
from budgetplanner.periods import Period
from budgetplanner.rates import RateFigure, RateTable, shipped_table

D = Decimal
FIXED = (FixedCost("Employers' liability insurance", D(120)), FixedCost("Payroll service", D(180)))


@pytest.fixture
def table() -> RateTable:
    return shipped_table("2026/27")


def money(value: Decimal) -> Money:
    return Money(value).rounded()


def sita_option() -> PAOption:
    return PAOption(
        "sita-pas",
        (PARole("Priya", D("13.50"), D(12)), PARole("Meera", D("13.00"), D(8))),
        FIXED,
    )


def sam_option(frequency: PayFrequency = PayFrequency.WEEKLY) -> PAOption:
    return PAOption("sam-pa", (PARole("Tom", D("13.25"), D(16), pay_frequency=frequency),), FIXED)


# -- pay and holiday ----------------------------------------------------------------------


def test_wage_and_holiday_for_priya_and_meera(table: RateTable) -> None:
    # Priya: 13.50 × 12 = 162.00 a week; × 1.1207 = 181.5534 → £181.55;
    #        × 52 = 9,440.7768 → £9,440.78 a year.
    # Meera: 13.00 × 8 = 104.00; × 1.1207 = 116.5528 → £116.55; × 52 = 6,060.7456 → £6,060.75.
    priya = cost_pa(PARole("Priya", D("13.50"), D(12)), table)
    meera = cost_pa(PARole("Meera", D("13.00"), D(8)), table)
    assert money(priya.wage.yearly / 52) == Money.of("162.00")
    assert priya.pay_per_period == D("181.55")
    assert priya.pay.rounded() == Money.of("9440.78")
    assert priya.pay.working == "£13.50 × 12 h × 52 weeks × 1.1207 = £9,440.78 a year"
    assert priya.wage.yearly + priya.holiday_pay.yearly == priya.pay.yearly
    assert meera.pay_per_period == D("116.55")
    assert meera.pay.rounded() == Money.of("6060.75")


def test_tom_wage_and_holiday_and_monthly_gross(table: RateTable) -> None:
    # 13.25 × 16 = 212.00 a week; × 1.1207 = 237.5884 → £237.59 a week;
    # × 52 = 12,354.5968 → £12,354.60 a year. Monthly: 12,354.5968 / 12 = 1,029.5497
    # → £1,029.55 a month (people are paid in pennies).
    weekly = cost_pa(PARole("Tom", D("13.25"), D(16)), table)
    monthly = cost_pa(PARole("Tom", D("13.25"), D(16), pay_frequency=PayFrequency.MONTHLY), table)
    assert weekly.pay_per_period == D("237.59")
    assert weekly.pay.rounded() == Money.of("12354.60")
    assert monthly.pay_per_period == D("1029.55")
    assert monthly.pay.rounded() == Money.of("12354.60")


# -- employer's National Insurance --------------------------------------------------------


def test_pa_below_the_ni_threshold_pays_no_ni(table: RateTable) -> None:
    # 12.71 × 6 = 76.26; × 1.1207 = 85.4646 → £85.46 a week, not above £96: no NI.
    pa = cost_pa(PARole("Ash", D("12.71"), D(6)), table)
    assert pa.pay_per_period == D("85.46")
    assert pa.employer_ni.yearly == 0
    assert pa.employer_ni.working == (
        "£85.46 a week is not above the threshold of £96 a week: no employer’s National Insurance"
    )


def test_pa_above_the_ni_threshold_paid_weekly(table: RateTable) -> None:
    # Tom weekly: 15% × (237.59 − 96) = 21.2385 a week; × 52 = 1,104.402 → £1,104.40.
    # Priya: 15% × (181.55 − 96) × 52 = 667.29. Meera: 15% × (116.55 − 96) × 52 = 160.29.
    tom = cost_pa(PARole("Tom", D("13.25"), D(16)), table)
    assert tom.employer_ni.rounded() == Money.of("1104.40")
    assert tom.employer_ni.working == "15% × (£237.59 − £96) × 52 weeks = £1,104.40 a year"
    assert cost_pa(PARole("Priya", D("13.50"), D(12)), table).employer_ni.rounded() == Money.of(
        "667.29"
    )
    assert cost_pa(PARole("Meera", D("13.00"), D(8)), table).employer_ni.rounded() == Money.of(
        "160.29"
    )


def test_pa_above_the_ni_threshold_paid_monthly(table: RateTable) -> None:
    # 15% × (1,029.55 − 417) = 91.8825 a month; × 12 = 1,102.59.
    tom = cost_pa(PARole("Tom", D("13.25"), D(16), pay_frequency=PayFrequency.MONTHLY), table)
    assert tom.employer_ni.yearly == D("1102.5900")
    assert tom.employer_ni.working == "15% × (£1,029.55 − £417) × 12 months = £1,102.59 a year"


def test_pa_paid_every_four_weeks(table: RateTable) -> None:
    # 12,354.5968 × 4 / 52 = 950.3536 → £950.35; NI 15% × (950.35 − 384) × 13 = 1,104.3825
    # → £1,104.38; pension 3% × (950.35 − 480) × 13 = 183.4365 → £183.44.
    tom = cost_pa(
        PARole("Tom", D("13.25"), D(16), pay_frequency=PayFrequency.FOUR_WEEKLY), table
    )
    assert tom.pay_per_period == D("950.35")
    assert tom.employer_ni.rounded() == Money.of("1104.38")
    assert tom.pension.rounded() == Money.of("183.44")


def test_two_pas_below_threshold_pay_no_ni(table: RateTable) -> None:
    # Each: 13.00 × 6 = 78.00; × 1.1207 = 87.4146 → £87.41 a week, under £96: no NI.
    # Together £174.82 a week is above £96, but NI is worked out per PA, so still none.
    option = PAOption("two", (PARole("Ann", D(13), D(6)), PARole("Bea", D(13), D(6))))
    costs = cost_pa_options([option], table, employment_allowance_claimed=False)
    assert [pa.pay_per_period for pa in costs.options[0].pas] == [D("87.41"), D("87.41")]
    assert costs.options[0].employer_ni.yearly == 0
    ni_line = next(line for line in costs.lines if "National Insurance" in line.label)
    assert ni_line.yearly == 0


def test_under_21s_pay_no_employer_ni_up_to_the_upper_limit(table: RateTable) -> None:
    # 11.00 × 30 = 330.00; × 1.1207 = 369.831 → £369.83 a week. Aged 18 to 20: no employer
    # NI up to £967 a week. The same pay at 22: 15% × (369.83 − 96) × 52 = 2,135.874 → £2,135.87.
    young = cost_pa(PARole("Jo", D(11), D(30), age_band=AgeBand.AGE_18_TO_20), table)
    older = cost_pa(PARole("Jo", D(11), D(30)), table)
    assert young.employer_ni.yearly == 0
    assert "limit for PAs under 21 of £967 a week" in young.employer_ni.working
    assert older.employer_ni.rounded() == Money.of("2135.87")


# -- Employment Allowance -----------------------------------------------------------------


def test_employment_allowance_on_offsets_all_of_sitas_ni(table: RateTable) -> None:
    # NI 667.29 + 160.29 = 827.58, below the £10,500 allowance: all of it is offset.
    costs = cost_pa_options([sita_option()], table, employment_allowance_claimed=True)
    labels = {line.label: line for line in costs.lines}
    assert labels["Employer’s National Insurance"].yearly == D("827.58")
    assert labels["Employment Allowance"].yearly == D("-827.58")
    assert costs.allowance_used == D("827.58")
    # The two lines cancel to the penny in every column, not just the year.
    for period in Period:
        net = (
            labels["Employer’s National Insurance"].figure(period)
            + labels["Employment Allowance"].figure(period)
        )
        assert net.is_zero()


def test_employment_allowance_off_leaves_the_ni_to_pay(table: RateTable) -> None:
    # Without the allowance nothing offsets the 827.58 of NI, so the year costs 827.58 more.
    on = cost_pa_options([sita_option()], table, employment_allowance_claimed=True)
    off = cost_pa_options([sita_option()], table, employment_allowance_claimed=False)
    assert all(line.label != "Employment Allowance" for line in off.lines)
    assert off.allowance_used == 0
    assert summarise(off.lines).total[Period.YEAR] - summarise(on.lines).total[
        Period.YEAR
    ] == Money.of("827.58")


def test_employment_allowance_is_shared_across_options_in_order(table: RateTable) -> None:
    # With an allowance of £1,000: Sita's option takes 827.58 (all its NI), leaving
    # 1,000 − 827.58 = 172.42 for Tom's option, whose NI of 1,104.40 leaves 931.98 to pay.
    small = table.with_figure("employment_allowance", RateFigure(D(1000), "test"))
    costs = cost_pa_options(
        [sita_option(), sam_option()], small, employment_allowance_claimed=True
    )
    assert [option.allowance_used for option in costs.options] == [D("827.58"), D("172.42")]
    tom = costs.options[1]
    assert money(tom.employer_ni.yearly - tom.allowance_used) == Money.of("931.98")
    assert costs.allowance_used == D(1000)


# -- workplace pension --------------------------------------------------------------------


def test_pa_just_below_the_pension_trigger_is_not_enrolled(table: RateTable) -> None:
    # 13.00 × 13 = 169.00; × 1.1207 = 189.3983 → £189.40 a week, below £192: not enrolled.
    # It is within 10% of the trigger, so the plan says how many hours would cross it:
    # 192 / (13.00 × 1.1207) = 13.178... → about 13.18 hours.
    pa = cost_pa(PARole("Kit", D(13), D(13)), table)
    assert not pa.enrolled
    assert pa.pension.yearly == 0
    assert pa.enrolment_reason == (
        "Earns £9,848.71 a year (£189.40 a week), below the £10,000 trigger (£192 a week): "
        "not enrolled automatically; can ask to join."
    )
    assert any("about 13.18 hours a week" in warning for warning in pa.warnings)


def test_pa_just_above_the_pension_trigger_is_enrolled(table: RateTable) -> None:
    # 13.00 × 13.25 = 172.25; × 1.1207 = 193.0406 → £193.04 a week, above £192: enrolled.
    # Pension 3% × (193.04 − 120) × 52 = 113.9424 → £113.94.
    pa = cost_pa(PARole("Kit", D(13), D("13.25")), table)
    assert pa.enrolled
    assert pa.pension.rounded() == Money.of("113.94")
    assert any("must put Kit into a workplace pension" in warning for warning in pa.warnings)


def test_trigger_is_applied_per_pay_period_not_per_year(table: RateTable) -> None:
    # 17.14 × 10 = 171.40; × 1.1207 = 192.0880 → £192.09 a week, above £192, although
    # 192.088 × 52 = £9,988.57 a year is below £10,000. The law looks at each pay period.
    # Pension 3% × (192.09 − 120) × 52 = 112.4604 → £112.46.
    pa = cost_pa(PARole("Lee", D("17.14"), D(10)), table)
    assert pa.pay.rounded() == Money.of("9988.57")
    assert pa.enrolled
    assert pa.pension.rounded() == Money.of("112.46")
    assert pa.enrolment_reason.startswith("Earns £192.09 a week (£9,988.57 a year), above")


def test_tom_pension_weekly_and_monthly(table: RateTable) -> None:
    # Weekly: 3% × (237.59 − 120) × 52 = 183.4404 → £183.44.
    # Monthly: 3% × (1,029.55 − 520) × 12 = 183.438 → £183.44.
    weekly = cost_pa(PARole("Tom", D("13.25"), D(16)), table)
    monthly = cost_pa(PARole("Tom", D("13.25"), D(16), pay_frequency=PayFrequency.MONTHLY), table)
    assert weekly.pension.rounded() == Money.of("183.44")
    assert weekly.pension.working == "3% × (£237.59 − £120) × 52 weeks = £183.44 a year"
    assert monthly.pension.rounded() == Money.of("183.44")
    assert weekly.enrolment_reason == (
        "Earns £237.59 a week (£12,354.60 a year), above the pension trigger of £192 a week "
        "(£10,000 a year): enrolled automatically."
    )


def test_pa_above_the_upper_qualifying_limit(table: RateTable) -> None:
    # 25.00 × 40 = 1,000.00; × 1.1207 = £1,120.70 a week. Pension counts pay only up to
    # £967: 3% × (967 − 120) × 52 = 1,321.32. NI has no upper limit:
    # 15% × (1,120.70 − 96) × 52 = 7,992.66.
    pa = cost_pa(PARole("Max", D(25), D(40)), table)
    assert pa.pay_per_period == D("1120.70")
    assert pa.pension.yearly == D("1321.32")
    assert "upper limit of £967 a week does not count" in pa.pension.working
    assert pa.employer_ni.rounded() == Money.of("7992.66")


def test_priyas_enrolment_reason(table: RateTable) -> None:
    pa = cost_pa(PARole("Priya", D("13.50"), D(12)), table)
    assert pa.enrolment_reason == (
        "Earns £9,440.78 a year (£181.55 a week), below the £10,000 trigger (£192 a week): "
        "not enrolled automatically; can ask to join."
    )


def test_under_22_is_not_enrolled_but_can_ask_to_join(table: RateTable) -> None:
    # £369.83 a week is above the trigger, but at 18 to 20 nobody is enrolled automatically.
    pa = cost_pa(PARole("Jo", D(11), D(30), age_band=AgeBand.AGE_18_TO_20), table)
    assert not pa.enrolled
    assert pa.pension.yearly == 0
    assert pa.enrolment_reason.startswith("Aged 18 to 20: not enrolled automatically")
    assert any("can ask to join" in warning for warning in pa.warnings)


def test_opting_in_enrols_anyone_over_the_lower_limit(table: RateTable) -> None:
    # Jo, 18 to 20, £369.83 a week, asks to join: 3% × (369.83 − 120) × 52 = 389.7348
    # → £389.73. Sol earns 12.71 × 8 × 1.1207 = 113.9528 → £113.95, not above £120: the
    # employer does not have to pay in.
    jo = cost_pa(
        PARole("Jo", D(11), D(30), age_band=AgeBand.AGE_18_TO_20,
               pension_choice=PensionChoice.OPT_IN),
        table,
    )
    sol = cost_pa(PARole("Sol", D("12.71"), D(8), pension_choice=PensionChoice.OPT_IN), table)
    assert jo.enrolled
    assert jo.pension.rounded() == Money.of("389.73")
    assert not sol.enrolled
    assert sol.pension.yearly == 0
    assert "I do not have to pay in" in sol.enrolment_reason


def test_opting_out_counts_no_pension_and_says_what_the_law_asks(table: RateTable) -> None:
    pa = cost_pa(PARole("Tom", D("13.25"), D(16), pension_choice=PensionChoice.OPT_OUT), table)
    assert not pa.enrolled
    assert pa.pension.yearly == 0
    assert any("then choose to leave" in warning for warning in pa.warnings)


# -- warnings -----------------------------------------------------------------------------


def test_wage_below_the_national_living_wage_is_warned(table: RateTable) -> None:
    # £12.00 is below the £12.71 National Living Wage for anyone 21 or over.
    pa = cost_pa(PARole("Ray", D(12), D(10)), table)
    assert pa.minimum_wage == D("12.71")
    assert (
        "£12.00 an hour for Ray is below the National Living Wage (21 and over) of £12.71 "
        "an hour. The law says a PA must be paid at least that."
    ) in pa.warnings


def test_age_band_minimum_wages(table: RateTable) -> None:
    # £11.00 is fine at 18 to 20 (minimum £10.85) but not at 21 (£12.71); £10.50 is too
    # little at 18 to 20; £8.00 is the minimum at 16 or 17.
    def below(wage: str, band: AgeBand) -> bool:
        pa = cost_pa(PARole("Jo", D(wage), D(5), age_band=band), table)
        return any("must be paid at least" in warning for warning in pa.warnings)

    assert not below("11.00", AgeBand.AGE_18_TO_20)
    assert below("11.00", AgeBand.AGE_21)
    assert below("10.50", AgeBand.AGE_18_TO_20)
    assert not below("8.00", AgeBand.UNDER_18)
    assert below("7.99", AgeBand.UNDER_18)


def test_relative_in_the_household_is_warned_not_refused(table: RateTable) -> None:
    pa = cost_pa(PARole("Mum", D("13.00"), D(8), relative_in_household=True), table)
    assert pa.pay.rounded() == Money.of("6060.75")
    assert any("unless the council agrees it is necessary" in w for w in pa.warnings)


def test_figures_that_cannot_be_costed_are_refused(table: RateTable) -> None:
    with pytest.raises(PACostError, match="cannot be below zero"):
        cost_pa(PARole("X", D(-1), D(5)), table)
    with pytest.raises(PACostError, match="168 hours"):
        cost_pa(PARole("X", D(13), D(169)), table)
    with pytest.raises(PACostError, match="cannot be below zero"):
        cost_pa_options(
            [PAOption("o", (), (("Insurance", D(-5)),))], table, employment_allowance_claimed=True
        )


# -- fixed costs, cover and lines ---------------------------------------------------------


def test_fixed_costs(table: RateTable) -> None:
    # £120 + £180 = £300 a year; 300 / 52 = 5.769 → £5.77 a week.
    option = PAOption("fixed", (), FIXED)
    summary = summarise(pa_budget_lines([option], table, employment_allowance_claimed=True))
    assert summary.total[Period.YEAR] == Money.of("300.00")
    assert summary.total[Period.WEEK] == Money.of("5.77")


def test_cover_as_a_share_of_the_wage_bill(table: RateTable) -> None:
    # Wage bill 9,440.7768 + 6,060.7456 = 15,501.5224; 5% = 775.07612 → £775.08.
    option = replace(sita_option(), cover=Cover(CoverKind.PERCENT, D(5)))
    costs = cost_pa_options([option], table, employment_allowance_claimed=True)
    cover = costs.options[0].cover
    assert cover is not None
    assert cover.rounded() == Money.of("775.08")
    assert cover.working == "5% of the PAs’ pay £15,501.52 = £775.08 a year"


def test_cover_as_hours_at_the_average_wage(table: RateTable) -> None:
    # Average of £13.50 and £13.00 = £13.25; 40 h × 13.25 = £530.00 a year.
    option = replace(sita_option(), cover=Cover(CoverKind.HOURS, D(40)))
    costs = cost_pa_options([option], table, employment_allowance_claimed=True)
    cover = costs.options[0].cover
    assert cover is not None
    assert cover.yearly == D("530.00")
    assert "average of the PAs’ wages" in cover.working


def test_lines_carry_the_options_payer_kind_and_key(table: RateTable) -> None:
    option = replace(sita_option(), payer=Payer.OWN_MONEY)
    lines = pa_budget_lines([option], table, employment_allowance_claimed=True)
    assert {line.payer for line in lines} == {Payer.OWN_MONEY}
    assert {line.kind for line in lines} == {OptionKind.PERSONAL_ASSISTANTS}
    assert {line.option_key for line in lines} == {"sita-pas"}
    assert [line.label for line in lines] == [
        "Priya: wage and holiday pay",
        "Meera: wage and holiday pay",
        "Employer’s National Insurance",
        "Employment Allowance",
        "Employers' liability insurance",
        "Payroll service",
    ]


# -- the example plans --------------------------------------------------------------------


def test_sitas_chosen_scenario(table: RateTable) -> None:
    # Week: 181.55 + 116.55 + 15.92 − 15.92 + 2.31 + 3.46 + 128.00 (agency) = £431.87.
    # Year: 9,440.78 + 6,060.75 + 827.58 − 827.58 + 120 + 180 + 6,656 = £22,457.53;
    # left over 22,750 − 22,457.53 = £292.47.
    agency = BudgetLine(
        "Back-up agency", Payer.PERSONAL_BUDGET, D(128) * 52, option_key="agency",
        kind=OptionKind.AGENCY,
    )
    lines = pa_budget_lines([sita_option()], table, employment_allowance_claimed=True)
    summary = summarise([*lines, agency], (D(22750), Period.YEAR))
    assert summary.total[Period.WEEK] == Money.of("431.87")
    assert summary.total[Period.YEAR] == Money.of("22457.53")
    assert summary.by_payer[Payer.PERSONAL_BUDGET][Period.YEAR] == Money.of("22457.53")
    assert summary.comparison is not None
    assert summary.comparison.left(Period.YEAR) == Money.of("292.47")
    costs = cost_pa_options([sita_option()], table, employment_allowance_claimed=True)
    assert not any(pa.enrolled for pa in costs.options[0].pas)


def test_sams_chosen_scenario(table: RateTable) -> None:
    # Year: 12,354.60 + 1,104.40 − 1,104.40 + 183.44 + 300.00 = £12,838.04.
    # Week: 237.59 + 21.24 − 21.24 + 3.53 + 2.31 + 3.46 = £246.89.
    # Left over against £260 a week (£13,520 a year): £681.96.
    costs = cost_pa_options([sam_option()], table, employment_allowance_claimed=True)
    summary = summarise(costs.lines, (D(260), Period.WEEK))
    assert summary.total[Period.YEAR] == Money.of("12838.04")
    assert summary.total[Period.WEEK] == Money.of("246.89")
    assert summary.comparison is not None
    assert summary.comparison.left(Period.YEAR) == Money.of("681.96")
    option = costs.options[0]
    assert option.employer_ni.rounded() == Money.of("1104.40")
    assert option.allowance_used == option.employer_ni.yearly


def test_sams_pa_paid_monthly_costs_the_same_from_the_budget(table: RateTable) -> None:
    # NI (1,102.59) is fully offset again; pension is still £183.44, so the total is unchanged.
    costs = cost_pa_options(
        [sam_option(PayFrequency.MONTHLY)], table, employment_allowance_claimed=True
    )
    assert summarise(costs.lines).total[Period.YEAR] == Money.of("12838.04")
