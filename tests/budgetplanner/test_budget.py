"""The budget engine against figures worked out by hand."""

from dataclasses import dataclass
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from budgetplanner.budget import PERIODS, budget_line, exact_yearly, summarise_cost_lines
from budgetplanner.categories import Payer
from budgetplanner.money import Money, round_penny
from budgetplanner.periods import Frequency, Period


@dataclass
class Line:
    description: str
    amount: Decimal
    frequency: Frequency
    payer: Payer = Payer.PERSONAL_BUDGET
    hours_per_week: Decimal | None = None


def line(amount: str, frequency: Frequency, payer: Payer = Payer.PERSONAL_BUDGET,
         hours: str | None = None) -> Line:
    return Line("x", Decimal(amount), frequency, payer, Decimal(hours) if hours else None)


def test_hourly_line_uses_hours_a_week_and_52_weeks() -> None:
    # 28.50 × 15 h = 427.50 a week; × 52 = 22,230.00 a year; ÷ 12 = 1,852.50 a month.
    figures = budget_line(line("28.50", Frequency.PER_HOUR, hours="15"))
    assert figures.figure(Period.WEEK) == Money.of("427.50")
    assert figures.figure(Period.YEAR) == Money.of("22230.00")
    assert figures.figure(Period.MONTH) == Money.of("1852.50")
    assert "£28.50 × 15 h × 52 weeks" in figures.working


def test_monthly_line_shown_weekly_is_rounded_once_from_exact() -> None:
    # 60.00 a month = 720.00 a year; 720 ÷ 52 = 13.846… → 13.85 a week.
    figures = budget_line(line("60.00", Frequency.PER_MONTH, Payer.OWN_MONEY))
    assert figures.figure(Period.WEEK) == Money.of("13.85")
    assert figures.figure(Period.YEAR) == Money.of("720.00")


def test_totals_are_sums_of_rounded_figures_in_each_column() -> None:
    # Three lines of 1.00 a year: each is 0.019230… a week → 0.02 shown.
    # The week total is 0.06 (sum of what is printed), not 0.0577 → 0.06 by luck:
    # use 10 lines so the difference shows: 10 × 0.02 = 0.20, exact 0.1923 → 0.19.
    summary = summarise_cost_lines([line("1.00", Frequency.PER_YEAR) for _ in range(10)])
    assert summary.total[Period.WEEK] == Money.of("0.20")
    assert summary.total[Period.YEAR] == Money.of("10.00")


def test_half_penny_rounds_up() -> None:
    # 0.26 a year ÷ 52 = 0.005 exactly: half a penny → 0.01 a week.
    summary = summarise_cost_lines([line("0.26", Frequency.PER_YEAR)])
    assert summary.total[Period.WEEK] == Money.of("0.01")


def test_one_off_cost_is_kept_apart_from_yearly_totals() -> None:
    summary = summarise_cost_lines([
        line("250.00", Frequency.ONE_OFF, Payer.OWN_MONEY),
        line("10.00", Frequency.PER_WEEK, Payer.OWN_MONEY),
    ])
    assert summary.total.one_off == Money.of("250.00")
    assert summary.total[Period.YEAR] == Money.of("520.00")
    assert summary.by_payer[Payer.OWN_MONEY].one_off == Money.of("250.00")


def test_zero_and_large_amounts() -> None:
    summary = summarise_cost_lines([
        line("0", Frequency.PER_WEEK, Payer.FREE),
        line("1450.00", Frequency.PER_WEEK, Payer.OTHER_FUNDING),
        line("9999999.99", Frequency.PER_YEAR, Payer.OTHER_FUNDING),
    ])
    assert summary.by_payer[Payer.FREE][Period.YEAR] == Money.of("0.00")
    # 1,450.00 × 52 = 75,400.00; plus 9,999,999.99 = 10,075,399.99 a year.
    assert summary.total[Period.YEAR] == Money.of("10075399.99")
    assert summary.payers_used() == [Payer.OTHER_FUNDING]


def test_totals_by_who_pays_and_against_the_personal_budget() -> None:
    # Jenny: provider 427.50 + 171.00 + 385.00 = 983.50 a week = 51,142.00 a year;
    # budget 1,000.00 a week = 52,000.00 a year: 858.00 a year left, 16.50 a week.
    summary = summarise_cost_lines(
        [
            line("28.50", Frequency.PER_HOUR, hours="15"),
            line("28.50", Frequency.PER_HOUR, hours="6"),
            line("385.00", Frequency.PER_WEEK),
            line("325.00", Frequency.PER_MONTH, Payer.OTHER_FUNDING),
            line("60.00", Frequency.PER_MONTH, Payer.OWN_MONEY),
        ],
        personal_budget=(Decimal("1000"), Period.WEEK),
    )
    assert summary.by_payer[Payer.PERSONAL_BUDGET][Period.YEAR] == Money.of("51142.00")
    assert summary.by_payer[Payer.OTHER_FUNDING][Period.WEEK] == Money.of("75.00")
    assert summary.comparison is not None
    assert summary.comparison.left(Period.YEAR) == Money.of("858.00")
    assert summary.comparison.left(Period.WEEK) == Money.of("16.50")
    assert not summary.comparison.is_short()


def test_short_of_the_personal_budget_is_negative() -> None:
    # Sam's agency: 30.00 × 16 h × 52 = 24,960.00 against 260 × 52 = 13,520.00: 11,440.00 short.
    summary = summarise_cost_lines([line("30.00", Frequency.PER_HOUR, hours="16")],
                                   personal_budget=(Decimal("260"), Period.WEEK))
    assert summary.comparison is not None
    assert summary.comparison.left(Period.YEAR) == Money.of("-11440.00")
    assert summary.comparison.is_short()


@given(pence=st.integers(min_value=0, max_value=10**10),
       frequency=st.sampled_from(list(Frequency)),
       hours=st.integers(min_value=1, max_value=1680))
def test_each_figure_is_the_period_share_rounded_once_to_the_penny(
        pence: int, frequency: Frequency, hours: int) -> None:
    # A line's figures are worked out quickly when it is made; they are the very figures
    # of the one rule: the exact share of the year in the period, rounded half up once.
    amount = Decimal(pence) / 100
    typed = Line("x", amount, frequency,
                 hours_per_week=Decimal(hours) / 10 if frequency is Frequency.PER_HOUR
                 else None)
    made = budget_line(typed)
    yearly = exact_yearly(amount, frequency, typed.hours_per_week)
    for period in PERIODS:
        expected = round_penny(period.from_yearly(yearly))
        assert made.figure(period).amount == expected
        assert str(made.figure(period).amount) == str(expected)
    one_off = round_penny(amount if frequency is Frequency.ONE_OFF else Decimal(0))
    assert str(made.one_off_figure().amount) == str(one_off)
