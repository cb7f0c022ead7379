"""Properties of PA costs that must hold for any PAs, not only the worked examples."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from budgetplanner.budget import BudgetSummary, summarise
from budgetplanner.pa_costs import (
    AgeBand,
    Cover,
    CoverKind,
    PAOption,
    PARole,
    PayFrequency,
    PensionChoice,
    cost_pa_options,
)
from budgetplanner.periods import Period
from budgetplanner.rates import RateFigure, RateTable, shipped_table

TABLE = shipped_table("2026/27")


def pennies(low: str, high: str) -> st.SearchStrategy[Decimal]:
    return st.decimals(min_value=Decimal(low), max_value=Decimal(high), places=2)


roles = st.builds(
    PARole,
    name=st.sampled_from(["Priya", "Meera", "Tom", ""]),
    hourly_wage=pennies("0", "40"),
    hours_per_week=st.decimals(min_value=0, max_value=60, places=2),
    pay_frequency=st.sampled_from(PayFrequency),
    age_band=st.sampled_from(AgeBand),
    pension_choice=st.sampled_from(PensionChoice),
    relative_in_household=st.booleans(),
)

covers = st.one_of(
    st.just(Cover()),
    st.builds(Cover, kind=st.just(CoverKind.PERCENT), value=pennies("0", "20")),
    st.builds(Cover, kind=st.just(CoverKind.HOURS), value=pennies("0", "500")),
)

options = st.lists(
    st.builds(
        PAOption,
        option_key=st.uuids(),
        roles=st.lists(roles, max_size=3).map(tuple),
        fixed_costs=st.lists(st.tuples(st.just("Insurance"), pennies("0", "500")), max_size=2)
        .map(tuple),
        cover=covers,
    ),
    min_size=1,
    max_size=3,
)

# Small allowances as well as the real one, so that partly used allowances are tried too.
tables = st.one_of(
    st.just(TABLE),
    pennies("0", "3000").map(
        lambda amount: TABLE.with_figure("employment_allowance", RateFigure(amount, "test"))
    ),
)


def summary(opts: list[PAOption], table: RateTable, allowance: bool) -> BudgetSummary:
    return summarise(cost_pa_options(opts, table, employment_allowance_claimed=allowance).lines)


@settings(max_examples=200, deadline=None)
@given(options, tables, st.booleans())
def test_totals_are_never_negative(opts: list[PAOption], table: RateTable, allowance: bool) -> None:
    costs = cost_pa_options(opts, table, employment_allowance_claimed=allowance)
    for option in costs.options:
        assert option.total_yearly >= 0
    totals = summarise(costs.lines)
    for period in Period:
        assert not totals.total[period].is_negative()
        for column in totals.by_option.values():
            assert not column[period].is_negative()


@settings(max_examples=200, deadline=None)
@given(
    options,
    tables,
    st.booleans(),
    st.integers(min_value=0, max_value=2),
    st.integers(min_value=0, max_value=2),
    st.decimals(min_value=Decimal("0.01"), max_value=20, places=2),
)
def test_more_hours_never_cost_less(
    opts: list[PAOption],
    table: RateTable,
    allowance: bool,
    option_index: int,
    role_index: int,
    extra: Decimal,
) -> None:
    option = opts[option_index % len(opts)]
    if not option.roles:
        return
    index = role_index % len(option.roles)
    role = option.roles[index]
    more = replace(role, hours_per_week=role.hours_per_week + extra)
    longer = replace(option, roles=(*option.roles[:index], more, *option.roles[index + 1 :]))
    more_opts = [longer if o is option else o for o in opts]

    before = cost_pa_options(opts, table, employment_allowance_claimed=allowance)
    after = cost_pa_options(more_opts, table, employment_allowance_claimed=allowance)
    assert sum(o.total_yearly for o in after.options) >= sum(o.total_yearly for o in before.options)
    for period in Period:
        assert summarise(after.lines).total[period] >= summarise(before.lines).total[period]


@settings(max_examples=200, deadline=None)
@given(options, tables)
def test_claiming_employment_allowance_never_costs_more(
    opts: list[PAOption], table: RateTable
) -> None:
    with_allowance = cost_pa_options(opts, table, employment_allowance_claimed=True)
    without = cost_pa_options(opts, table, employment_allowance_claimed=False)
    total_ni = sum(o.employer_ni.yearly for o in without.options)
    # The allowance takes off exactly what it can: the NI, up to the allowance.
    assert with_allowance.allowance_used == min(total_ni, table.employment_allowance.value)
    for period in Period:
        assert summary(opts, table, True).total[period] <= summary(opts, table, False).total[period]
