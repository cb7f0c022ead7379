"""What I can afford, worked by hand under the 2026/27 table, and checked the other way round.

Working used below (weekly pay, one PA aged 22 or over):
- pay a year = wage × hours × 1.1207 × 52; pay a week = wage × hours × 1.1207, to the penny;
- employer NI = 15% × (pay a week − £96) × 52, cancelled by Employment Allowance;
- pension (pay a week above £192) = 3% × (pay a week − £120) × 52.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from budgetplanner.affordability import (
    AffordError,
    AffordRequest,
    highest_wage,
    most_hours,
    pay_rise_room,
    rise_words,
    wage_answer_words,
    wage_leaving_room,
    yearly_cost,
)
from budgetplanner.pa_costs import Cover, CoverKind, PayFrequency
from budgetplanner.rates import RateTable, shipped_table

D = Decimal
PENNY = D("0.01")
FIXED = (("Employers' liability insurance", D(120)), ("Payroll service", D(180)))


@pytest.fixture
def table() -> RateTable:
    return shipped_table("2026/27")


def test_highest_wage_for_twelve_hours_with_the_allowance(table: RateTable) -> None:
    # £10,000 less £300 fixed = £9,700 for pay; 12 h × 1.1207 × 52 = 699.3168 h a year.
    # £13.87 × 699.3168 = £9,699.52 (+ £300 = £9,999.52); £13.88 gives £10,006.52.
    # NI (15% × (£186.53 − £96) × 52 = £706.13) is all covered by Employment Allowance.
    request = AffordRequest(D(10000), fixed_costs=FIXED)
    answer = highest_wage(request, table, D(12))
    assert answer.wage == D("13.87")
    assert answer.yearly_cost == D("9999.52")
    assert answer.left_yearly == D("0.48")
    assert answer.next_step_cost == D("7.00")
    assert not answer.below_minimum_wage


def test_without_employment_allowance_the_wage_is_lower(table: RateTable) -> None:
    # Now NI is paid: at £12.99, pay £9,084.13; pay a week £174.69; NI 15% × £78.69 × 52
    # = £613.78; with £300 fixed = £9,997.91. At £13.00: £9,091.12 + £614.87 + £300
    # = £10,005.99, over.
    request = AffordRequest(D(10000), fixed_costs=FIXED, employment_allowance_claimed=False)
    answer = highest_wage(request, table, D(12))
    assert answer.wage == D("12.99")
    assert answer.yearly_cost == D("9997.91")


def test_sams_budget_pays_tom_up_to_13_96_with_his_pension(table: RateTable) -> None:
    # £260 a week = £13,520 a year; 16 h. At £13.96: pay £13,016.62; pay a week £250.32;
    # pension 3% × £130.32 × 52 = £203.30; + £300 = £13,519.92. At £13.97: £13,529.52.
    request = AffordRequest(D(13520), fixed_costs=FIXED)
    answer = highest_wage(request, table, D(16))
    assert answer.wage == D("13.96")
    assert answer.yearly_cost == D("13519.92")
    words = " ".join(wage_answer_words(answer))
    assert "up to £13.96 an hour for 16 hours a week" in words
    assert "nothing for a pay rise next April" in words


def test_sams_plan_leaves_room_for_a_71p_rise(table: RateTable) -> None:
    # The plan pays £13.25: £12,838.04 a year (Sam's worked figures), £681.96 left.
    request = AffordRequest(D(13520), fixed_costs=FIXED)
    room = pay_rise_room(request, table, D(16), D("13.25"))
    assert room.left_yearly == D("681.96")
    assert room.rise_per_hour == D("0.71")
    assert room.rise_percent == D("5.3")
    assert "up to 71p an hour (5.3%)" in rise_words(room)


def test_a_wage_that_leaves_room_for_a_four_percent_rise() -> None:
    # £13.42 × 1.04 = £13.9568 → £13.96, affordable; £13.43 × 1.04 = £13.97, not.
    assert wage_leaving_room(D("13.96"), D(4)) == D("13.42")


def test_most_hours_for_a_wage_to_a_quarter_hour(table: RateTable) -> None:
    # £9,700 ÷ (£13.50 × 1.1207 × 52 = £786.73 an hour-a-week) = 12.33 h → 12.25 h.
    # 12.25 h: £9,637.46 + £300 = £9,937.46; 12.5 h costs £9,834.14 + £300, over.
    request = AffordRequest(D(10000), fixed_costs=FIXED)
    answer = most_hours(request, table, D("13.50"))
    assert answer.hours_per_week == D("12.25")
    assert answer.yearly_cost == D("9937.46")


@pytest.mark.parametrize(
    ("budget", "hours", "pas", "frequency", "allowance"),
    [
        (D("10000"), D(12), 1, PayFrequency.WEEKLY, True),
        (D("13520"), D(16), 1, PayFrequency.MONTHLY, True),
        (D("22750"), D(20), 2, PayFrequency.WEEKLY, False),
        (D("61000"), D(60), 3, PayFrequency.FOUR_WEEKLY, False),
        (D("9000"), D("7.5"), 1, PayFrequency.WEEKLY, True),
    ],
)
def test_the_wage_found_fits_and_one_penny_more_overspends(
    table: RateTable, budget: Decimal, hours: Decimal, pas: int, frequency: PayFrequency,
    allowance: bool,
) -> None:
    request = AffordRequest(budget, pa_count=pas, pay_frequency=frequency, fixed_costs=FIXED,
                            cover=Cover(CoverKind.PERCENT, D(5)),
                            employment_allowance_claimed=allowance)
    answer = highest_wage(request, table, hours)
    # Fed back in, the wage spends the budget to within what one penny more an hour costs.
    cost = yearly_cost(request, table, answer.wage, hours)
    assert cost == answer.yearly_cost <= budget
    more = yearly_cost(request, table, answer.wage + PENNY, hours)
    assert more > budget
    assert budget - cost < more - cost


def test_the_hours_found_fit_and_a_quarter_hour_more_overspends(table: RateTable) -> None:
    request = AffordRequest(D("22750"), pa_count=2, fixed_costs=FIXED)
    answer = most_hours(request, table, D("13.25"))
    assert yearly_cost(request, table, D("13.25"), answer.hours_per_week) <= D("22750")
    assert yearly_cost(request, table, D("13.25"), answer.hours_per_week + D("0.25")) > D(
        "22750")


def test_a_budget_below_the_minimum_wage_says_so(table: RateTable) -> None:
    answer = highest_wage(AffordRequest(D(9000), fixed_costs=FIXED), table, D(12))
    assert answer.wage == D("12.44")
    assert answer.below_minimum_wage
    assert "National Living Wage" in " ".join(wage_answer_words(answer))


def test_fixed_costs_above_the_budget_give_a_plain_message(table: RateTable) -> None:
    with pytest.raises(AffordError, match="fixed costs alone"):
        highest_wage(AffordRequest(D(200), fixed_costs=FIXED), table, D(10))
    with pytest.raises(AffordError, match="hours"):
        highest_wage(AffordRequest(D(2000)), table, D(0))
