"""The budget engine: from cost lines to the figures and totals printed in a plan.

Rules, so that the paper always adds up:
- each line's cost is worked out exactly as a yearly amount (one-off costs apart);
- each figure shown (per week, month, four weeks, year) is rounded half up to the penny
  from that exact value, once;
- every total is the sum of the rounded figures above it in the same column.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from budgetplanner.categories import OptionKind, Payer
from budgetplanner.formatting import money_text
from budgetplanner.money import Money, round_penny
from budgetplanner.periods import MONTHS_PER_YEAR, WEEKS_PER_YEAR, Frequency, Period
from budgetplanner.translation import _

PERIODS: tuple[Period, ...] = (Period.WEEK, Period.FOUR_WEEKS, Period.MONTH, Period.YEAR)
# Nothing to pay (the yearly figure of a one-off, the one-off of a recurring cost): one
# object, so a line can tell at once that its figures in that column are all 0.00.
_NOTHING = Decimal(0)
_NO_PENNIES = round_penny(_NOTHING)
_NOTHING_IN_PERIODS = (_NO_PENNIES,) * len(PERIODS)


class CostLineLike(Protocol):
    """What the engine needs of a cost line; storage rows and test objects both fit."""

    @property
    def description(self) -> str: ...
    @property
    def amount(self) -> Decimal: ...
    @property
    def frequency(self) -> Frequency: ...
    @property
    def hours_per_week(self) -> Decimal | None: ...
    @property
    def payer(self) -> Payer: ...


def exact_yearly(amount: Decimal, frequency: Frequency, hours_per_week: Decimal | None) -> Decimal:
    """The exact yearly cost of a recurring line; zero for a one-off cost."""
    if frequency is Frequency.PER_HOUR:
        return amount * (hours_per_week or Decimal(0)) * WEEKS_PER_YEAR
    if frequency is Frequency.PER_WEEK:
        return amount * WEEKS_PER_YEAR
    if frequency is Frequency.PER_MONTH:
        return Period.MONTH.to_yearly(amount)
    if frequency is Frequency.PER_YEAR:
        return amount
    return Decimal(0)


@dataclass(frozen=True)
class BudgetLine:
    """One line of money as the engine sees it, from a cost line or worked out (PA costs).

    `yearly` is exact; `one_off` is the exact amount paid once. `working` says how the
    figure was worked out, in words a person can check.
    """

    label: str
    payer: Payer
    yearly: Decimal
    one_off: Decimal = _NOTHING
    option_key: object = None
    kind: OptionKind = OptionKind.OTHER
    # How the figure was worked out: given (PA costs), or written from `typed` when asked,
    # since most figures are summed on every keystroke and their working is rarely read.
    note: str = ""
    typed: tuple[Decimal, Frequency, Decimal | None] | None = None

    @property
    def working(self) -> str:
        if self.note or self.typed is None:
            return self.note
        return describe_working(*self.typed)

    # Each period's figure rounded once from the exact value, then the one-off: worked out
    # when the line is made, since every line is added up (functools.cached_property takes
    # a lock on each read, which cost more than the rounding itself on a 1,000-line plan).
    rounded_figures: tuple[Decimal, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rounded_figures", rounded_figures(self.yearly, self.one_off))

    def figure(self, period: Period) -> Money:
        return Money(self.rounded_figures[_PERIOD_INDEX[period]])

    def one_off_figure(self) -> Money:
        return Money(self.rounded_figures[-1])


def rounded_figures(yearly: Decimal, one_off: Decimal) -> tuple[Decimal, ...]:
    """Each period's figure (PERIODS order) rounded once from the exact yearly amount, then
    the one-off rounded: the figures every total adds up."""
    # The same sums as Period.from_yearly, written out (a thousand lines are worked out when
    # a plan opens); nothing to pay in a column (the one object _NOTHING) is 0.00 at once.
    if yearly is _NOTHING:
        figures = _NOTHING_IN_PERIODS
    else:
        figures = (round_penny(yearly / WEEKS_PER_YEAR),
                   round_penny(yearly * 4 / WEEKS_PER_YEAR),
                   round_penny(yearly / MONTHS_PER_YEAR),
                   round_penny(yearly))
    return (*figures, _NO_PENNIES if one_off is _NOTHING else round_penny(one_off))


def line_figures(line: CostLineLike) -> tuple[Decimal, ...]:
    """A cost line's rounded figures (as `budget_line(line).rounded_figures`), for a total
    that needs only the figures and not the line with its words."""
    amount, frequency = line.amount, line.frequency
    if frequency is Frequency.ONE_OFF:
        return rounded_figures(_NOTHING, amount)
    return rounded_figures(exact_yearly(amount, frequency, line.hours_per_week), _NOTHING)


def budget_line(
    line: CostLineLike, *, option_key: object = None, kind: OptionKind = OptionKind.OTHER
) -> BudgetLine:
    """Turn a cost line into the engine's line, with its working in words."""
    amount, frequency, hours = line.amount, line.frequency, line.hours_per_week
    if frequency is Frequency.ONE_OFF:
        one_off, yearly = amount, _NOTHING
    else:
        one_off, yearly = _NOTHING, exact_yearly(amount, frequency, hours)
    return BudgetLine(
        label=line.description,
        payer=line.payer,
        yearly=yearly,
        one_off=one_off,
        option_key=option_key,
        kind=kind,
        typed=(amount, frequency, hours),
    )


def _num(value: Decimal) -> str:
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def describe_working(amount: Decimal, frequency: Frequency, hours: Decimal | None) -> str:
    yearly = round_penny(exact_yearly(amount, frequency, hours))
    money = money_text(amount)
    if frequency is Frequency.PER_HOUR:
        return _("{amount} × {hours} h × 52 weeks = {yearly} a year").format(
            amount=money, hours=_num(hours or Decimal(0)), yearly=money_text(yearly))
    if frequency is Frequency.PER_WEEK:
        return _("{amount} × 52 weeks = {yearly} a year").format(amount=money,
                                                                 yearly=money_text(yearly))
    if frequency is Frequency.PER_MONTH:
        return _("{amount} × 12 months = {yearly} a year").format(amount=money,
                                                                  yearly=money_text(yearly))
    if frequency is Frequency.PER_YEAR:
        return _("{amount} a year").format(amount=money)
    return _("{amount} once").format(amount=money)


class Column:
    """Figures for each period plus one-off costs, summed from rounded line figures."""

    __slots__ = ("_sums",)

    def __init__(self) -> None:
        # Plain Decimals while adding up (one per period, then one-off): this runs on every
        # keystroke over every line, so no Money objects are made until a figure is read.
        self._sums = [Decimal(0)] * (len(PERIODS) + 1)

    @classmethod
    def of(cls, figures: Sequence[tuple[Decimal, ...]]) -> Column:
        """The column of these lines' rounded figures, each period added up at once."""
        column = cls()
        if figures:
            column._sums = [sum(each, Decimal(0)) for each in zip(*figures, strict=True)]
        return column

    @property
    def by_period(self) -> dict[Period, Money]:
        return {period: Money(self._sums[i]) for i, period in enumerate(PERIODS)}

    @property
    def one_off(self) -> Money:
        return Money(self._sums[-1])

    def __getitem__(self, period: Period) -> Money:
        return Money(self._sums[_PERIOD_INDEX[period]])

    def is_zero(self) -> bool:
        return all(value == 0 for value in self._sums)


_PERIOD_INDEX = {period: index for index, period in enumerate(PERIODS)}


@dataclass
class BudgetComparison:
    """The personal budget against what the personal budget pays for, per period."""

    budget: dict[Period, Money]
    spent: dict[Period, Money]

    def left(self, period: Period) -> Money:
        """What is left (positive) or short (negative) in that period."""
        return self.budget[period] - self.spent[period]

    def is_short(self, period: Period = Period.YEAR) -> bool:
        return self.left(period).is_negative()


@dataclass
class BudgetSummary:
    lines: list[BudgetLine]
    total: Column
    by_payer: dict[Payer, Column]
    by_kind: dict[OptionKind, Column]
    by_option: dict[object, Column]
    comparison: BudgetComparison | None

    def payers_used(self) -> list[Payer]:
        return [payer for payer in Payer if not self.by_payer[payer].is_zero()]


def personal_budget_figures(amount: Decimal, period: Period) -> dict[Period, Money]:
    yearly = period.to_yearly(amount)
    return {p: Money(round_penny(p.from_yearly(yearly))) for p in PERIODS}


def summarise(
    lines: Iterable[BudgetLine],
    personal_budget: tuple[Decimal, Period] | None = None,
) -> BudgetSummary:
    """Add up the lines by payer, by kind of support and by option, and compare."""
    all_lines = list(lines)
    payers: dict[Payer, list[tuple[Decimal, ...]]] = {payer: [] for payer in Payer}
    kinds: dict[OptionKind, list[tuple[Decimal, ...]]] = {kind: [] for kind in OptionKind}
    options: dict[object, list[tuple[Decimal, ...]]] = {}
    for line in all_lines:
        figures = line.rounded_figures
        payers[line.payer].append(figures)
        kinds[line.kind].append(figures)
        options.setdefault(line.option_key, []).append(figures)
    total = Column.of([line.rounded_figures for line in all_lines])
    by_payer = {payer: Column.of(figures) for payer, figures in payers.items()}
    by_kind = {kind: Column.of(figures) for kind, figures in kinds.items()}
    by_option = {key: Column.of(figures) for key, figures in options.items()}
    comparison = None
    if personal_budget is not None:
        amount, period = personal_budget
        comparison = BudgetComparison(
            budget=personal_budget_figures(amount, period),
            spent=dict(by_payer[Payer.PERSONAL_BUDGET].by_period),
        )
    return BudgetSummary(all_lines, total, by_payer, by_kind, by_option, comparison)


def summarise_cost_lines(
    lines: Sequence[CostLineLike], personal_budget: tuple[Decimal, Period] | None = None
) -> BudgetSummary:
    return summarise((budget_line(line) for line in lines), personal_budget)
