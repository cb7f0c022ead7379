"""A plan's money on plain data: counted options, payers, one-offs and one Employment Allowance.

No database, no files: plans are built from frozen dataclasses, as the rules see them.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from budgetplanner.budget import PERIODS
from budgetplanner.categories import OptionKind, Payer
from budgetplanner.pa_costs import PAOption, PARole, cost_pa
from budgetplanner.periods import Frequency, Period
from budgetplanner.plan_money import CostLineData, OptionMoney, PlanMoney
from budgetplanner.rates import shipped_table

D = Decimal
TABLE = shipped_table("2026/27")
PA = OptionKind.PERSONAL_ASSISTANTS


def full_time_pas(key: str, name: str) -> OptionMoney:
    # 40 h × £20.00 × 52 = £41,600 a year: well over the secondary threshold.
    return OptionMoney(key, f"{name}'s hours", PA,
                       pas=PAOption(key, (PARole(name, D("20.00"), D(40)),)))


def swimming() -> OptionMoney:
    return OptionMoney("swim", "Swimming", OptionKind.COMMUNITY, (
        CostLineData("Pool entry", D("4.50"), Frequency.PER_WEEK, payer=Payer.OWN_MONEY),
        CostLineData("Swim kit", D("60"), Frequency.ONE_OFF, payer=Payer.OWN_MONEY),
    ))


def agency() -> OptionMoney:
    return OptionMoney("agency", "Back-up agency", OptionKind.AGENCY, (
        CostLineData("Agency hours", D("28.00"), Frequency.PER_HOUR, D(3)),
        CostLineData("Agency membership", D("25.00"), Frequency.PER_MONTH),
    ))


def test_every_option_counts_until_a_scenario_is_chosen() -> None:
    plan = PlanMoney((swimming(), agency(), full_time_pas("pa", "Ann")), TABLE)
    assert [o.key for o in plan.counted()] == ["swim", "agency", "pa"]
    chosen = PlanMoney(plan.options, TABLE, chosen=frozenset({"pa", "swim"}))
    # The plan's own order, not the scenario's.
    assert [o.key for o in chosen.counted()] == ["swim", "pa"]


def test_typed_lines_are_added_by_payer_with_one_offs_apart() -> None:
    plan = PlanMoney((swimming(), agency()), TABLE, personal_budget=(D(7000), Period.YEAR))
    summary = plan.plan_summary()
    # £4.50 × 52 = £234.00; £28 × 3 h × 52 = £4,368.00; £25 × 12 = £300.00.
    assert summary.by_payer[Payer.OWN_MONEY][Period.YEAR].plain() == "234.00"
    assert summary.by_payer[Payer.OWN_MONEY].one_off.plain() == "60.00"
    assert summary.by_payer[Payer.PERSONAL_BUDGET][Period.YEAR].plain() == "4668.00"
    assert summary.total[Period.YEAR].plain() == "4902.00"
    assert summary.comparison is not None
    assert summary.comparison.left(Period.YEAR).plain() == "2332.00"
    assert not summary.comparison.is_short()


def test_employment_allowance_is_one_amount_shared_across_pa_options() -> None:
    options = tuple(full_time_pas(key, name) for key, name in
                    (("a", "Ann"), ("b", "Bea"), ("c", "Cal")))
    plan = PlanMoney(options, TABLE)
    costs = plan.pa_costs(plan.counted())
    allowance = TABLE.employment_allowance.value
    ni = sum((option.employer_ni.yearly for option in costs.options), D(0))
    assert ni > allowance  # three options together need more than the allowance
    assert costs.allowance_used == allowance
    lines = [line for line in plan.plan_summary().lines if line.label == "Employment Allowance"]
    assert sum((line.yearly for line in lines), D(0)) == -allowance
    # Each option on its own would claim its own allowance: never the plan's figure.
    alone = sum((plan.option_summary(o).total[Period.YEAR].amount for o in options), D(0))
    assert alone < plan.plan_summary().total[Period.YEAR].amount


def test_no_allowance_when_it_is_not_claimed() -> None:
    plan = PlanMoney((full_time_pas("a", "Ann"),), TABLE, employment_allowance=False)
    assert all(line.label != "Employment Allowance" for line in plan.plan_summary().lines)


def test_the_plan_uses_its_own_rate_table() -> None:
    # A table of my own with the NI rate of 2024 (13.8%) against the shipped 15%.
    older = replace(TABLE, name="Mine", employer_ni_rate=replace(TABLE.employer_ni_rate,
                                                                  value=D("0.138")))
    option = full_time_pas("a", "Ann")
    assert option.pas is not None
    figures = []
    for table in (older, TABLE):
        plan = PlanMoney((option,), table, employment_allowance=False)
        ni = plan.pa_costs(plan.counted()).options[0].employer_ni.yearly
        assert ni == cost_pa(option.pas.roles[0], table).employer_ni.yearly
        figures.append(plan.plan_summary().total[Period.YEAR])
    assert figures[0] < figures[1]


money = st.decimals(min_value=0, max_value=3000, places=2, allow_nan=False,
                    allow_infinity=False)
line = st.builds(CostLineData, st.just("A cost"), money, st.sampled_from(list(Frequency)),
                 st.one_of(st.none(), st.decimals(0, 60, places=1)),
                 st.sampled_from(list(Payer)))
role = st.builds(PARole, st.just("A PA"), st.decimals(12, 30, places=2),
                 st.decimals(1, 45, places=1))


@st.composite
def plans(draw: st.DrawFn) -> PlanMoney:
    options = []
    for n in range(draw(st.integers(1, 5))):
        roles = tuple(draw(st.lists(role, max_size=3)))
        kind = PA if roles else draw(st.sampled_from(list(OptionKind)))
        options.append(OptionMoney(n, f"Option {n}", kind, tuple(draw(st.lists(line,
                                                                                max_size=4))),
                                   PAOption(n, roles) if roles else None))
    return PlanMoney(tuple(options), TABLE, employment_allowance=draw(st.booleans()))


@settings(max_examples=80, deadline=None)
@given(plans())
def test_options_and_payers_add_up_to_the_total_in_every_period(plan: PlanMoney) -> None:
    summary = plan.plan_summary()
    for period in PERIODS:
        total = summary.total[period].amount
        assert sum((c[period].amount for c in summary.by_option.values()), D(0)) == total
        assert sum((c[period].amount for c in summary.by_payer.values()), D(0)) == total
        assert sum((line.figure(period).amount for line in summary.lines), D(0)) == total
    assert sum((c.one_off.amount for c in summary.by_option.values()), D(0)) == (
        summary.total.one_off.amount)
