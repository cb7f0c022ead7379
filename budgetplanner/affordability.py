"""What I can afford: the highest PA wage for my budget and hours, or the most hours for a wage.

The cost of PAs is piecewise (National Insurance and pension start above thresholds, and
Employment Allowance stops at its limit), so no formula can be turned round to give the
wage. Instead the answer is searched for, exactly, by halving a range of whole pennies
(or quarter hours): the cost is worked out by the same `pa_costs` sums the plan uses and
added up the way the Money page adds it (rounded lines), so the answer, fed back into the
plan, fits the budget on paper too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from budgetplanner import employer_warnings
from budgetplanner.budget import summarise
from budgetplanner.categories import OptionKind, Payer
from budgetplanner.money import PENNY, Money, round_penny
from budgetplanner.pa_costs import (
    AgeBand,
    Cover,
    HoursPattern,
    PACosts,
    PAOption,
    PARole,
    PayFrequency,
    cost_pa_options,
    minimum_wage,
)
from budgetplanner.periods import MAX_HOURS_PER_WEEK, Frequency, Period
from budgetplanner.plan_money import counted_options, lines_for_options
from budgetplanner.rates import RateTable
from budgetplanner.storage.models import PlanVersion
from budgetplanner.translation import _

ZERO = Decimal(0)
QUARTER = Decimal("0.25")
HUNDRED = Decimal(100)
# No one pays a PA this much an hour: the search for a wage stops here rather than run on.
WAGE_CEILING = Decimal(1000)
MAX_PAS = 20


class AffordError(ValueError):
    """Figures that cannot give an answer, with a message a person can act on."""


@dataclass(frozen=True)
class AffordRequest:
    """The money there is for PAs, and how they would be employed.

    `budget_yearly` is what is available for the PAs a year (a personal budget, or my own
    money, less anything set aside for other support). The hours are shared equally
    between `pa_count` PAs, because the law's thresholds apply to each PA's own pay.
    """

    budget_yearly: Decimal
    pa_count: int = 1
    pay_frequency: PayFrequency = PayFrequency.WEEKLY
    age_band: AgeBand = AgeBand.AGE_22_TO_SPA
    fixed_costs: tuple[tuple[str, Decimal], ...] = ()
    cover: Cover = field(default_factory=Cover)
    employment_allowance_claimed: bool = True
    # Fixed hours: holiday cover is worked out as its own line (5.6 weeks at the PAs'
    # wage), so `cover` is then for sickness only and holiday is never counted twice.
    hours_pattern: HoursPattern = HoursPattern.IRREGULAR


def check_request(request: AffordRequest) -> None:
    if request.budget_yearly < 0:
        raise AffordError(_("The money for PAs cannot be below zero."))
    if not 1 <= request.pa_count <= MAX_PAS:
        raise AffordError(_("Choose between 1 and {most} PAs.").format(most=MAX_PAS))
    for label, amount in request.fixed_costs:
        if amount < 0:
            raise AffordError(_("The yearly cost of {what} cannot be below zero.").format(
                what=label or _("a fixed cost")))


def pa_option(request: AffordRequest, wage: Decimal, hours_per_week: Decimal) -> PAOption:
    """The PAs as one option: `hours_per_week` in all, shared equally, all at `wage`."""
    share = hours_per_week / request.pa_count
    roles = tuple(
        PARole(
            name=_("PA {number}").format(number=number) if request.pa_count > 1 else _("My PA"),
            hourly_wage=wage,
            hours_per_week=share,
            pay_frequency=request.pay_frequency,
            age_band=request.age_band,
            hours_pattern=request.hours_pattern,
        )
        for number in range(1, request.pa_count + 1)
    )
    return PAOption("afford", roles, request.fixed_costs, request.cover)


def costs_at(
    request: AffordRequest, table: RateTable, wage: Decimal, hours_per_week: Decimal
) -> PACosts:
    return cost_pa_options(
        [pa_option(request, wage, hours_per_week)],
        table,
        employment_allowance_claimed=request.employment_allowance_claimed,
    )


def yearly_cost(
    request: AffordRequest, table: RateTable, wage: Decimal, hours_per_week: Decimal
) -> Decimal:
    """The PAs' whole cost a year as the plan prints it: the sum of the rounded lines."""
    lines = costs_at(request, table, wage, hours_per_week).lines
    return summarise(lines).total[Period.YEAR].amount


@dataclass(frozen=True)
class Affordable:
    """One answer: a wage and hours that fit the budget, and what they cost."""

    wage: Decimal
    hours_per_week: Decimal
    yearly_cost: Decimal
    budget_yearly: Decimal
    # What one more penny an hour (or a quarter hour more) would cost a year, to show
    # why the money left over cannot buy any more.
    next_step_cost: Decimal
    costs: PACosts
    minimum_wage: Decimal
    minimum_wage_name: str

    @property
    def left_yearly(self) -> Decimal:
        return self.budget_yearly - self.yearly_cost

    @property
    def below_minimum_wage(self) -> bool:
        return self.wage < self.minimum_wage

    def cost(self, period: Period) -> Money:
        return Money(round_penny(period.from_yearly(self.yearly_cost)))

    def left(self, period: Period) -> Money:
        return Money(round_penny(period.from_yearly(self.left_yearly)))


def _largest(fits: Callable[[int], bool], low: int, high: int) -> int:
    """The largest step in [low, high] that fits, given that `low` fits and cost only rises.

    Halving the range keeps the search exact: each step is tried by the full sums.
    """
    if fits(high):
        return high
    # Invariant: fits(low) and not fits(high).
    while high - low > 1:
        middle = (low + high) // 2
        if fits(middle):
            low = middle
        else:
            high = middle
    return low


def highest_wage(request: AffordRequest, table: RateTable, hours_per_week: Decimal) -> Affordable:
    """The highest hourly wage, to the penny, that pays for these hours within the budget."""
    check_request(request)
    if hours_per_week <= 0:
        raise AffordError(_("Type the hours of support I want each week."))
    if hours_per_week > MAX_HOURS_PER_WEEK:
        raise AffordError(_("A week has only 168 hours."))

    def fits(pennies: int) -> bool:
        wage = PENNY * pennies
        return yearly_cost(request, table, wage, hours_per_week) <= request.budget_yearly

    if not fits(0):
        raise AffordError(_(
            "The fixed costs alone are more than the money there is, so no wage fits. "
            "Look again at the budget, or at the insurance, payroll and cover."
        ))
    ceiling = int(WAGE_CEILING / PENNY)
    pennies = _largest(fits, 0, ceiling)
    wage = PENNY * pennies
    return _answer(request, table, wage, hours_per_week,
                   next_wage=wage + PENNY, next_hours=hours_per_week)


def most_hours(request: AffordRequest, table: RateTable, hourly_wage: Decimal) -> Affordable:
    """The most hours a week, to a quarter hour, that this wage can pay for within the budget."""
    check_request(request)
    if hourly_wage <= 0:
        raise AffordError(_("Type the hourly wage I want to pay."))

    def fits(quarters: int) -> bool:
        hours = QUARTER * quarters
        return yearly_cost(request, table, hourly_wage, hours) <= request.budget_yearly

    if not fits(0):
        raise AffordError(_(
            "The fixed costs alone are more than the money there is, so no hours fit. "
            "Look again at the budget, or at the insurance, payroll and cover."
        ))
    quarters = _largest(fits, 0, int(MAX_HOURS_PER_WEEK / QUARTER))
    hours = QUARTER * quarters
    return _answer(request, table, hourly_wage, hours,
                   next_wage=hourly_wage, next_hours=hours + QUARTER)


def _answer(
    request: AffordRequest,
    table: RateTable,
    wage: Decimal,
    hours: Decimal,
    *,
    next_wage: Decimal,
    next_hours: Decimal,
) -> Affordable:
    cost = yearly_cost(request, table, wage, hours)
    lowest, name = minimum_wage(request.age_band, table)
    next_step = ZERO
    if next_hours <= MAX_HOURS_PER_WEEK:
        next_step = yearly_cost(request, table, next_wage, next_hours) - cost
    return Affordable(
        wage=wage,
        hours_per_week=hours,
        yearly_cost=cost,
        budget_yearly=request.budget_yearly,
        next_step_cost=next_step,
        costs=costs_at(request, table, wage, hours),
        minimum_wage=lowest,
        minimum_wage_name=name,
    )


# -- room for a pay rise ----------------------------------------------------------------


@dataclass(frozen=True)
class PayRiseRoom:
    """How much of a rise next April the budget leaves room for, at a wage I would pay."""

    planned_wage: Decimal
    highest_wage: Decimal
    left_yearly: Decimal

    @property
    def rise_per_hour(self) -> Decimal:
        return max(self.highest_wage - self.planned_wage, ZERO)

    @property
    def rise_percent(self) -> Decimal:
        """The rise as a percentage of the wage, rounded down to one decimal place."""
        if self.planned_wage <= 0:
            return ZERO
        percent = self.rise_per_hour * HUNDRED / self.planned_wage
        return percent.quantize(Decimal("0.1"), rounding="ROUND_DOWN")


def pay_rise_room(
    request: AffordRequest, table: RateTable, hours_per_week: Decimal, planned_wage: Decimal
) -> PayRiseRoom:
    """At `planned_wage`, what is left a year and the largest rise the budget would still pay.

    The budget is taken to stay the same next year, which is what councils usually say;
    if it goes up, there is more room.
    """
    highest = highest_wage(request, table, hours_per_week)
    left = request.budget_yearly - yearly_cost(request, table, planned_wage, hours_per_week)
    return PayRiseRoom(planned_wage, highest.wage, left)


def wage_leaving_room(highest: Decimal, rise_percent: Decimal) -> Decimal:
    """The highest wage today that, after a rise of `rise_percent`, is still affordable.

    Because cost only rises with the wage, a wage whose risen value (rounded to the
    penny, as pay is) is at most the highest affordable wage is affordable after the rise.
    """
    if rise_percent < 0:
        raise AffordError(_("A pay rise cannot be below zero."))
    factor = 1 + rise_percent / HUNDRED
    pennies = int((highest / factor / PENNY).to_integral_value(rounding="ROUND_FLOOR"))
    # Rounding half up can push the risen wage a penny over; step down until it fits.
    while pennies > 0 and round_penny(PENNY * pennies * factor) > highest:
        pennies -= 1
    return PENNY * pennies


# -- words ------------------------------------------------------------------------------


def _hours(value: Decimal) -> str:
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _pence(value: Decimal) -> str:
    if value < 1:
        return _("{pence}p").format(pence=int(value * HUNDRED))
    return Money(value).format()


def _holiday(answer: Affordable) -> str:
    """Fixed hours: holiday is paid leave, and cover is bought; irregular: holiday pay."""
    fixed = any(pa.role.hours_pattern is HoursPattern.FIXED
                for option in answer.costs.options for pa in option.pas)
    return _("holiday cover") if fixed else _("holiday pay")


def _below_minimum(answer: Affordable) -> str:
    return employer_warnings.below_minimum_wage(
        _("my PAs"), answer.wage, answer.minimum_wage, answer.minimum_wage_name)


def wage_answer_words(answer: Affordable, period: Period = Period.YEAR) -> list[str]:
    """The highest-wage answer in the person's words, one idea a sentence."""
    words = [
        _("I can pay my PAs up to {wage} an hour for {hours} hours a week.").format(
            wage=Money(answer.wage).format(), hours=_hours(answer.hours_per_week)),
        _("That costs {cost} {per}, with {holiday}, National Insurance, pension and the other "
          "costs of employing them.").format(cost=answer.cost(period).format(),
                                             per=period.label, holiday=_holiday(answer)),
    ]
    left = Money(answer.left_yearly)
    if answer.next_step_cost > 0:
        words.append(
            _("{left} a year is left over: one penny more an hour would cost "
              "{more} a year more.").format(left=left.rounded().format(),
                                            more=Money(answer.next_step_cost).format())
        )
    words.append(
        _("Paying the most I can afford leaves nothing for a pay rise next April. "
          "Wages usually go up each April, and the personal budget often does not.")
    )
    if answer.below_minimum_wage:
        words.append(_below_minimum(answer))
        words.append(_("So this budget does not pay for these hours."))
    return words


def hours_answer_words(
    answer: Affordable, period: Period = Period.YEAR, rise: PayRiseRoom | None = None
) -> list[str]:
    words = [
        _("At {wage} an hour I can have up to {hours} hours of support a week.").format(
            wage=Money(answer.wage).format(), hours=_hours(answer.hours_per_week)),
        _("That costs {cost} {per}, with {holiday}, National Insurance, pension and the other "
          "costs of employing my PAs.").format(cost=answer.cost(period).format(),
                                               per=period.label, holiday=_holiday(answer)),
        _("{left} a year is left over.").format(
            left=Money(answer.left_yearly).rounded().format()),
    ]
    if rise is not None:
        words.append(rise_words(rise))
    if answer.below_minimum_wage:
        words.append(_below_minimum(answer))
    return words


def rise_words(rise: PayRiseRoom) -> str:
    if rise.left_yearly < 0:
        return _(
            "At {wage} an hour these hours cost {over} a year more than the money there "
            "is, so there is no room for a pay rise."
        ).format(wage=Money(rise.planned_wage).format(),
                 over=Money(-rise.left_yearly).rounded().format())
    if rise.rise_per_hour <= 0:
        return _(
            "At {wage} an hour there is no room for a pay rise "
            "next April unless the budget goes up."
        ).format(wage=Money(rise.planned_wage).format())
    return _(
        "At {wage} an hour, {left} a year is left: enough for a pay rise "
        "next April of up to {rise} an hour ({percent}%), if my budget stays the same."
    ).format(wage=Money(rise.planned_wage).format(),
             left=Money(rise.left_yearly).rounded().format(), rise=_pence(rise.rise_per_hour),
             percent=rise.rise_percent)


# -- starting from the plan -------------------------------------------------------------


@dataclass(frozen=True)
class AffordStart:
    """Figures from the plan to start the sums from, so the person need not type them twice."""

    budget: Decimal | None
    budget_period: Period
    set_aside_yearly: Decimal
    hours_per_week: Decimal
    wage: Decimal | None
    pa_count: int
    pay_frequency: PayFrequency
    fixed_yearly: Decimal
    employment_allowance: bool
    hours_pattern: HoursPattern = HoursPattern.IRREGULAR


def starting_point(version: PlanVersion) -> AffordStart:
    """The plan's PAs, their yearly costs, and what else the personal budget pays for."""
    options = counted_options(version)
    pa_options = [o for o in options if o.kind is OptionKind.PERSONAL_ASSISTANTS and o.pa_roles]
    roles = [role for option in pa_options for role in option.pa_roles]
    pa_ids = {option.id for option in pa_options}
    set_aside = ZERO
    fixed = ZERO
    for line in lines_for_options(version, options):
        if line.payer is not Payer.PERSONAL_BUDGET:
            continue
        if line.option_key not in pa_ids:
            set_aside += line.figure(Period.YEAR).amount + line.one_off_figure().amount
    for option in pa_options:
        for cost in option.cost_lines:
            if cost.payer is Payer.PERSONAL_BUDGET and cost.frequency is Frequency.PER_YEAR:
                fixed += cost.amount
    return AffordStart(
        budget=version.personal_budget,
        budget_period=version.personal_budget_period,
        set_aside_yearly=set_aside,
        hours_per_week=sum((role.hours_per_week for role in roles), ZERO),
        wage=roles[0].hourly_wage if roles else None,
        pa_count=max(len(roles), 1),
        pay_frequency=PayFrequency(roles[0].pay_frequency) if roles else PayFrequency.WEEKLY,
        fixed_yearly=fixed,
        employment_allowance=version.employment_allowance,
        hours_pattern=(HoursPattern(roles[0].hours_pattern) if roles
                       else HoursPattern.IRREGULAR),
    )
