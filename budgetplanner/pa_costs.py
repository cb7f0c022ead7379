"""The true yearly cost of employing personal assistants, as lines the budget engine adds up.

The law applies its thresholds per PA and per pay period, so the sums do too: each PA's
pay is divided into pay periods and rounded to the penny (people are paid in pennies),
National Insurance and pension are worked out on that pay, and only then multiplied up
to a year. Employment Allowance belongs to the employer, so it is set against the
National Insurance of all the PAs in a plan or scenario together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from budgetplanner import employer_warnings as words
from budgetplanner.budget import BudgetLine
from budgetplanner.categories import OptionKind, Payer
from budgetplanner.formatting import pounds
from budgetplanner.money import Money, round_penny
from budgetplanner.periods import MAX_HOURS_PER_WEEK, WEEKS_PER_YEAR, Period
from budgetplanner.rates import RateTable
from budgetplanner.translation import N_, _, ngettext, translated

ZERO = Decimal(0)
HUNDRED = Decimal(100)

# How close below the pension trigger a PA's pay must be before the plan points it out:
# a few more hours, or a pay rise, would then bring pension costs.
NEAR_TRIGGER_SHARE = Decimal("0.9")


class PACostError(ValueError):
    """A PA's figures that cannot be costed, with a message a person can act on."""


class PayFrequency(StrEnum):
    """How often a PA is paid; thresholds are applied per pay period."""

    WEEKLY = "weekly"
    FOUR_WEEKLY = "four_weekly"
    MONTHLY = "monthly"

    @property
    def period(self) -> Period:
        return _PAY_PERIODS[self]

    @property
    def periods_a_year(self) -> Decimal:
        return _PERIODS_A_YEAR[self]

    @property
    def label(self) -> str:
        return self.period.label

    @property
    def count_words(self) -> str:
        """How the periods in a year are written in a working: "52 weeks"."""
        return translated(_COUNT_WORDS[self])


_PAY_PERIODS = {
    PayFrequency.WEEKLY: Period.WEEK,
    PayFrequency.FOUR_WEEKLY: Period.FOUR_WEEKS,
    PayFrequency.MONTHLY: Period.MONTH,
}
_PERIODS_A_YEAR = {
    PayFrequency.WEEKLY: Decimal(52),
    PayFrequency.FOUR_WEEKLY: Decimal(13),
    PayFrequency.MONTHLY: Decimal(12),
}
_COUNT_WORDS = {
    PayFrequency.WEEKLY: N_("52 weeks"),
    PayFrequency.FOUR_WEEKLY: N_("13 four-week periods"),
    PayFrequency.MONTHLY: N_("12 months"),
}


class AgeBand(StrEnum):
    """Age bands that decide the minimum wage, NI for under 21s and pension enrolment."""

    UNDER_18 = "under_18"
    AGE_18_TO_20 = "18_to_20"
    AGE_21 = "21"
    AGE_22_TO_SPA = "22_to_spa"
    OVER_SPA = "over_spa"

    @property
    def label(self) -> str:
        return translated(_AGE_LABELS[self])

    @property
    def youngest(self) -> int:
        return _YOUNGEST[self]

    @property
    def under_21(self) -> bool:
        return self in (AgeBand.UNDER_18, AgeBand.AGE_18_TO_20)


_AGE_LABELS = {
    AgeBand.UNDER_18: N_("16 or 17"),
    AgeBand.AGE_18_TO_20: N_("18 to 20"),
    AgeBand.AGE_21: N_("21"),
    AgeBand.AGE_22_TO_SPA: N_("22 to State Pension age"),
    AgeBand.OVER_SPA: N_("over State Pension age"),
}
_YOUNGEST = {
    AgeBand.UNDER_18: 16,
    AgeBand.AGE_18_TO_20: 18,
    AgeBand.AGE_21: 21,
    AgeBand.AGE_22_TO_SPA: 22,
    AgeBand.OVER_SPA: 66,
}


class PensionChoice(StrEnum):
    """AUTO follows the law; OPT_IN is a PA who asked to join; OPT_OUT one who left."""

    AUTO = "auto"
    OPT_IN = "opt_in"
    OPT_OUT = "opt_out"


class HoursPattern(StrEnum):
    """Whether a PA works the same hours every week; it decides how holiday is paid.

    FIXED: paid the same 52 weeks a year, holiday included, and the person buys 5.6 weeks
    of cover from someone else. IRREGULAR: holiday accrues at 12.07% of the hours worked
    and is paid rolled up on each payslip.
    """

    FIXED = "fixed"
    IRREGULAR = "irregular"

    @property
    def label(self) -> str:
        return translated(_PATTERN_LABELS[self])


_PATTERN_LABELS = {
    HoursPattern.FIXED: N_("Same hours every week"),
    HoursPattern.IRREGULAR: N_("Hours change week to week"),
}


class CoverKind(StrEnum):
    """How the plan sets money aside for cover when a PA is off sick or on holiday."""

    NONE = "none"
    PERCENT = "percent"
    HOURS = "hours"


@dataclass(frozen=True)
class Cover:
    """`value` is a percentage of the wage bill (5 means 5%) or a number of hours a year."""

    kind: CoverKind = CoverKind.NONE
    value: Decimal = ZERO


@dataclass(frozen=True)
class PARole:
    name: str
    hourly_wage: Decimal
    hours_per_week: Decimal
    pay_frequency: PayFrequency = PayFrequency.WEEKLY
    age_band: AgeBand = AgeBand.AGE_22_TO_SPA
    pension_choice: PensionChoice = PensionChoice.AUTO
    relative_in_household: bool = False
    # Irregular by default: the rule every PA was costed by before the choice existed,
    # so plans and tests written then keep their figures.
    hours_pattern: HoursPattern = HoursPattern.IRREGULAR


class FixedCost(NamedTuple):
    """A yearly employer's cost such as insurance or payroll; a plain (label, amount) fits."""

    label: str
    yearly: Decimal


@dataclass(frozen=True)
class PAOption:
    """One option of personal assistants with the employer's costs that come with it."""

    option_key: object
    roles: Sequence[PARole]
    fixed_costs: Sequence[tuple[str, Decimal]] = ()
    cover: Cover = field(default_factory=Cover)
    payer: Payer = Payer.PERSONAL_BUDGET
    # The hourly rate paid to whoever covers a fixed-hours PA's holiday (another PA's wage
    # or an agency's rate); None means each PA's own wage.
    holiday_cover_rate: Decimal | None = None
    # Days a year of Statutory Sick Pay planned for each PA, counted on the calendar (a
    # week off sick is 7 days); 0 means no sick pay line.
    sick_pay_days: int = 0


@dataclass(frozen=True)
class Worked:
    """An exact yearly figure with how it was worked out, in words a person can check."""

    yearly: Decimal
    working: str

    def rounded(self) -> Money:
        return Money(round_penny(self.yearly))


@dataclass(frozen=True)
class PACost:
    """What one PA costs in a year, figure by figure, with warnings to act on."""

    role: PARole
    wage: Worked
    holiday_pay: Worked
    pay: Worked
    pay_per_period: Decimal
    employer_ni: Worked
    enrolled: bool
    enrolment_reason: str
    pension: Worked
    minimum_wage: Decimal
    warnings: tuple[str, ...]
    # Fixed hours only: 5.6 weeks of the PA's hours paid to whoever covers (zero otherwise).
    holiday_cover: Worked = Worked(ZERO, "")

    @property
    def total_yearly(self) -> Decimal:
        """Exact, before Employment Allowance (which belongs to the employer, not the PA).

        Holiday cover is left out: it is paid to someone else, so it is its own line.
        """
        return self.pay.yearly + self.employer_ni.yearly + self.pension.yearly


@dataclass(frozen=True)
class OptionCost:
    """One PA option costed: each PA, its share of Employment Allowance and its lines."""

    option: PAOption
    pas: tuple[PACost, ...]
    employer_ni: Worked
    allowance_used: Decimal
    fixed_costs: tuple[tuple[str, Worked], ...]
    cover: Worked | None
    lines: tuple[BudgetLine, ...]
    # Statutory Sick Pay for the days planned (None when none are).
    sick_pay: Worked | None = None

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(warning for pa in self.pas for warning in pa.warnings)

    @property
    def total_yearly(self) -> Decimal:
        return sum((line.yearly for line in self.lines), ZERO)


@dataclass(frozen=True)
class PACosts:
    """Every PA option of a plan or scenario, costed with one Employment Allowance."""

    table_name: str
    options: tuple[OptionCost, ...]
    employment_allowance_claimed: bool
    allowance_available: Decimal
    allowance_used: Decimal

    @property
    def lines(self) -> list[BudgetLine]:
        return [line for option in self.options for line in option.lines]


# -- words ------------------------------------------------------------------------------


def _money(value: Decimal) -> str:
    return Money(value).format()


_limit = pounds  # thresholds read better without pence when they have none


def _number(value: Decimal) -> str:
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _percent(rate: Decimal) -> str:
    return f"{_number(rate * HUNDRED)}%"


def _s(name: str) -> str:
    return f"{name}’" if name.endswith("s") else f"{name}’s"


# -- one PA -----------------------------------------------------------------------------


def role_problems(role: PARole) -> list[str]:
    """Figures that cannot be costed, in plain words; empty when the role can be costed."""
    problems: list[str] = []
    if role.hourly_wage < 0:
        problems.append(_("The hourly wage cannot be below zero."))
    if role.hours_per_week < 0:
        problems.append(_("The hours a week cannot be below zero."))
    if role.hours_per_week > MAX_HOURS_PER_WEEK:
        problems.append(_("A week has only 168 hours."))
    return problems


def minimum_wage(age_band: AgeBand, table: RateTable) -> tuple[Decimal, str]:
    """The lowest legal hourly wage for the age band, and what it is called."""
    if age_band is AgeBand.UNDER_18:
        return table.nmw_under_18.value, _("the National Minimum Wage for 16 and 17 year olds")
    if age_band is AgeBand.AGE_18_TO_20:
        return table.nmw_18_20.value, _("the National Minimum Wage for ages 18 to 20")
    return table.national_living_wage.value, _("the National Living Wage (21 and over)")


def auto_enrolment_age(age_band: AgeBand, table: RateTable) -> bool:
    """Whether the law enrols a PA of this age band automatically (22 to State Pension age).

    The youngest age comes from the table, so a lower starting age in a future year
    needs only a new table.
    """
    if age_band is AgeBand.OVER_SPA:
        return False
    return age_band.youngest >= table.auto_enrolment_min_age.value


def cost_pa(role: PARole, table: RateTable, cover_rate: Decimal | None = None) -> PACost:
    """Cost one PA for a year under the table's rules. Raise PACostError on bad figures.

    `cover_rate` is the hourly rate paid for a fixed-hours PA's holiday cover (None: the
    PA's own wage).
    """
    problems = role_problems(role)
    if problems:
        raise PACostError(" ".join(problems))
    if cover_rate is not None and cover_rate < 0:
        raise PACostError(_("The hourly rate for holiday cover cannot be below zero."))

    name = role.name.strip() or _("This PA")
    frequency = role.pay_frequency
    period = frequency.period
    wage, hours = role.hourly_wage, role.hours_per_week
    weeks_off = table.holiday_weeks.value
    fixed = role.hours_pattern is HoursPattern.FIXED
    accrual = ZERO if fixed else table.holiday_accrual_rate.value

    wage_yearly = wage * hours * WEEKS_PER_YEAR
    wage_worked = Worked(
        wage_yearly,
        _("{wage} × {hours} h × 52 weeks = {yearly} a year").format(
            wage=_money(wage), hours=_number(hours), yearly=_money(wage_yearly)),
    )
    if fixed:
        # The same pay every week of the year: holiday is taken as paid leave, not added.
        holiday_worked = Worked(
            ZERO,
            _("Same hours every week: paid 52 weeks a year, {weeks} weeks of "
              "them as paid holiday, so nothing is added for holiday").format(
                weeks=_number(weeks_off)),
        )
        pay_yearly = wage_yearly
        pay_worked = Worked(
            pay_yearly,
            _("{wage} × {hours} h × 52 weeks = {yearly} a year (holiday included)").format(
                wage=_money(wage), hours=_number(hours), yearly=_money(pay_yearly)),
        )
        rate = wage if cover_rate is None else cover_rate
        whose = _("the PA’s own wage") if cover_rate is None else _("the cover rate")
        cover_yearly = weeks_off * hours * rate
        cover_worked = Worked(
            cover_yearly,
            _("{weeks} weeks × {hours} h × {rate} an hour ({whose}) = {yearly} a year, "
              "paid to whoever covers").format(weeks=_number(weeks_off), hours=_number(hours),
                                               rate=_money(rate), whose=whose,
                                               yearly=_money(cover_yearly)),
        )
    else:
        holiday_yearly = wage_yearly * accrual
        pay_yearly = wage * hours * (1 + accrual) * WEEKS_PER_YEAR
        holiday_worked = Worked(
            holiday_yearly,
            _("{wages} × {rate} = {yearly} a year ({weeks} weeks of paid holiday)").format(
                wages=_money(wage_yearly), rate=_percent(accrual),
                yearly=_money(holiday_yearly), weeks=_number(weeks_off)),
        )
        pay_worked = Worked(
            pay_yearly,
            _("{wage} × {hours} h × 52 weeks × {accrual} = {yearly} a year").format(
                wage=_money(wage), hours=_number(hours), accrual=_number(1 + accrual),
                yearly=_money(pay_yearly)),
        )
        cover_worked = Worked(ZERO, "")
    pay_pp = round_penny(period.from_yearly(pay_yearly))

    ni = _employer_ni(role, table, pay_pp)
    enrolled, reason, pension = _pension(role, table, pay_pp, pay_yearly)
    lowest, wage_name = minimum_wage(role.age_band, table)

    warnings: list[str] = []
    if wage < lowest:
        warnings.append(words.below_minimum_wage(name, wage, lowest, wage_name))
    warnings.extend(_pension_warnings(role, table, name, pay_pp, enrolled))
    if role.relative_in_household:
        warnings.append(words.relative_in_household(name))

    return PACost(
        role=role,
        wage=wage_worked,
        holiday_pay=holiday_worked,
        pay=pay_worked,
        pay_per_period=pay_pp,
        employer_ni=ni,
        enrolled=enrolled,
        enrolment_reason=reason,
        pension=pension,
        minimum_wage=lowest,
        warnings=tuple(warnings),
        holiday_cover=cover_worked,
    )


def _employer_ni(role: PARole, table: RateTable, pay_pp: Decimal) -> Worked:
    frequency = role.pay_frequency
    per, count_words = frequency.label, frequency.count_words
    rate = table.employer_ni_rate.value
    if role.age_band.under_21:
        # Employers pay no NI for under 21s on pay up to the upper secondary threshold.
        threshold = table.ni_upper_threshold(frequency.period)
        where = _("the limit for PAs under 21 of {limit} {per}").format(
            limit=_limit(threshold), per=per)
    else:
        threshold = table.ni_threshold(frequency.period)
        where = _("the threshold of {limit} {per}").format(limit=_limit(threshold), per=per)
    if pay_pp <= threshold:
        return Worked(
            ZERO,
            _("{pay} {per} is not above {where}: no employer’s National Insurance").format(
                pay=_money(pay_pp), per=per, where=where),
        )
    per_period = rate * (pay_pp - threshold)
    yearly = per_period * frequency.periods_a_year
    return Worked(
        yearly,
        _("{rate} × ({pay} − {threshold}) × {count} = {yearly} a year").format(
            rate=_percent(rate), pay=_money(pay_pp), threshold=_limit(threshold),
            count=count_words, yearly=_money(yearly)),
    )


def _pension(
    role: PARole, table: RateTable, pay_pp: Decimal, pay_yearly: Decimal
) -> tuple[bool, str, Worked]:
    frequency = role.pay_frequency
    period, per = frequency.period, frequency.label
    trigger = table.pension_trigger(period)
    lower = table.qualifying_lower(period)
    upper = table.qualifying_upper(period)
    trigger_year = table.pension_trigger(Period.YEAR)
    rate = table.employer_pension_rate.value
    earns = _("Earns {pay} {per} ({yearly} a year)").format(
        pay=_money(pay_pp), per=per, yearly=_money(pay_yearly))
    above_lower = pay_pp > lower

    choice = role.pension_choice
    if choice is PensionChoice.OPT_OUT:
        enrolled = False
        reason = _("Has chosen not to be in the workplace pension: no employer’s pension.")
    elif choice is PensionChoice.OPT_IN:
        enrolled = above_lower
        if above_lower:
            reason = (
                _("Has chosen to join the workplace pension. {earns}, above the "
                  "lower limit of {lower} {per}: I pay in {rate}.").format(
                    earns=earns, lower=_limit(lower), per=per, rate=_percent(rate))
            )
        else:
            reason = (
                _("Has chosen to join the workplace pension, but earns {pay} {per}, "
                  "not above the lower limit of {lower} {per}: I do not have to pay in.").format(
                    pay=_money(pay_pp), per=per, lower=_limit(lower))
            )
    elif not auto_enrolment_age(role.age_band, table):
        enrolled = False
        reason = (
            _("Aged {age}: not enrolled automatically (that is for ages "
              "{youngest} to State Pension age); can ask to join.").format(
                age=role.age_band.label, youngest=_number(table.auto_enrolment_min_age.value))
        )
    elif pay_pp > trigger:
        enrolled = True
        reason = (
            _("Earns {pay} {per} ({yearly} a year), above the pension trigger of "
              "{trigger} {per} ({trigger_year} a year): enrolled automatically.").format(
                pay=_money(pay_pp), per=per, yearly=_money(pay_yearly),
                trigger=_limit(trigger), trigger_year=_limit(trigger_year))
        )
    else:
        enrolled = False
        below = _("below") if pay_pp < trigger else _("not above")
        reason = (
            _("Earns {yearly} a year ({pay} {per}), {below} the {trigger_year} trigger "
              "({trigger} {per}): not enrolled automatically; can ask to join.").format(
                yearly=_money(pay_yearly), pay=_money(pay_pp), per=per, below=below,
                trigger_year=_limit(trigger_year), trigger=_limit(trigger))
        )

    if not enrolled or not above_lower:
        return enrolled, reason, Worked(
            ZERO, _("Not in the workplace pension: no employer’s pension"))
    counted = min(pay_pp, upper)
    yearly = rate * (counted - lower) * frequency.periods_a_year
    working = (
        _("{rate} × ({pay} − {lower}) × {count} = {yearly} a year").format(
            rate=_percent(rate), pay=_money(counted), lower=_limit(lower),
            count=frequency.count_words, yearly=_money(yearly))
    )
    if pay_pp > upper:
        working += " " + _("(pay above the upper limit of {upper} {per} does not count)").format(
            upper=_limit(upper), per=per)
    return enrolled, reason, Worked(yearly, working)


def _pension_warnings(
    role: PARole, table: RateTable, name: str, pay_pp: Decimal, enrolled: bool
) -> list[str]:
    frequency = role.pay_frequency
    period, per = frequency.period, frequency.label
    trigger = table.pension_trigger(period)
    lower = table.qualifying_lower(period)
    rate = _percent(table.employer_pension_rate.value)
    choice = role.pension_choice
    warnings: list[str] = []

    if not auto_enrolment_age(role.age_band, table):
        if choice is PensionChoice.AUTO:
            warnings.append(words.too_young_to_enrol(name, role.age_band.label, lower, per, rate))
        return warnings

    hours = _number(role.hours_per_week)
    if pay_pp > trigger:
        if choice is PensionChoice.OPT_OUT:
            warnings.append(words.must_enrol_then_may_leave(name, hours, trigger, per))
        elif choice is PensionChoice.AUTO and enrolled:
            warnings.append(words.must_enrol(name, hours, trigger, per, rate))
        return warnings
    if choice is PensionChoice.AUTO and pay_pp > lower:
        warnings.append(words.may_ask_to_join(name, pay_pp, per, lower, trigger, rate))
    if pay_pp >= trigger * NEAR_TRIGGER_SHARE and role.hourly_wage > 0:
        accrual = (ZERO if role.hours_pattern is HoursPattern.FIXED
                   else table.holiday_accrual_rate.value)
        hours_at_trigger = (
            trigger * frequency.periods_a_year
            / (role.hourly_wage * (1 + accrual) * WEEKS_PER_YEAR)
        )
        warnings.append(words.near_trigger(name, _number(round_penny(hours_at_trigger)),
                                           trigger, per, rate))
    return warnings


# -- options, Employment Allowance and budget lines -------------------------------------


def _check_option(option: PAOption) -> None:
    for label, amount in option.fixed_costs:
        if amount < 0:
            raise PACostError(_("The yearly cost of {what} cannot be below zero.").format(
                what=label or _("a fixed cost")))
    if option.cover.value < 0:
        raise PACostError(_("The money for cover cannot be below zero."))
    if not 0 <= option.sick_pay_days <= MAX_SICK_PAY_DAYS:
        raise PACostError(translated(SICK_PAY_DAYS_PROBLEM))


# A plan sets aside sick pay for at most a year of days for each PA.
MAX_SICK_PAY_DAYS = 366
SICK_PAY_DAYS_PROBLEM = N_("Days of sick pay a year are a whole number from 0 to 366.")
DAYS_A_WEEK = Decimal(7)


def sick_pay(option: PAOption, pas: Sequence[PACost], table: RateTable) -> Worked | None:
    """Statutory Sick Pay for the planned days, for each PA; None when none are planned.

    The rules are the rate table's, as they were in its year. Each PA's weekly SSP is the
    table's weekly rate, or the table's share of their average weekly earnings when that is
    less (80% from April 2026; before, the flat rate). A PA whose average pay is below the
    table's lower earnings limit gets none (£125 a week before April 2026; none from then).
    The table's waiting days are not paid (3 before April 2026, none from then); the planned
    days are counted as one spell off sick, the most it could cost. Days are calendar days,
    so a week off sick is a week of SSP however many days the PA works.
    """
    days = option.sick_pay_days
    if days <= 0 or not pas:
        return None
    rate = table.ssp_weekly_rate.value
    limit = table.ssp_lower_earnings_limit_week.value
    share_of_pay = table.ssp_share_of_earnings.value
    waiting = int(table.ssp_waiting_days.value)
    paid_days = max(days - waiting, 0)
    total = ZERO
    parts: list[str] = []
    for pa in pas:
        name = pa.role.name.strip() or _("A PA")
        average = pa.pay.yearly / WEEKS_PER_YEAR
        if average < limit:
            parts.append(_("{name}: average pay {average} a week is less than the {limit} a "
                           "week Statutory Sick Pay needs, so none").format(
                name=name, average=_money(round_penny(average)), limit=_money(limit)))
            continue
        share = share_of_pay * average
        weekly = min(rate, share)
        yearly = Decimal(paid_days) / DAYS_A_WEEK * weekly
        total += yearly
        which = (_("{rate} a week").format(rate=_money(rate)) if weekly == rate else
                 _("{percent}% of {average} a week average pay = {share} a week, less than "
                   "{rate}").format(percent=_number(share_of_pay * HUNDRED),
                                    average=_money(round_penny(average)),
                                    share=_money(round_penny(share)), rate=_money(rate)))
        counted = (_("{days} days").format(days=days) if not waiting else
                   _("{days} days less the first {waiting}, unpaid = {paid} days").format(
                       days=days, waiting=waiting, paid=paid_days))
        parts.append(_("{name}: {counted} ÷ 7 × {which} = {yearly} a year").format(
            name=name, counted=counted, which=which, yearly=_money(yearly)))
    if len(pas) > 1:
        parts.append(_("together {total} a year").format(total=_money(total)))
    return Worked(total, "; ".join(parts))


def _cover(option: PAOption, pas: Sequence[PACost]) -> Worked | None:
    cover = option.cover
    if cover.kind is CoverKind.NONE:
        return None
    if cover.kind is CoverKind.PERCENT:
        bill = sum((pa.pay.yearly for pa in pas), ZERO)
        yearly = bill * cover.value / HUNDRED
        return Worked(
            yearly,
            _("{percent}% of the PAs’ pay {bill} = {yearly} a year").format(
                percent=_number(cover.value), bill=_money(bill), yearly=_money(yearly)),
        )
    # A plain average of the wages, not one weighted by hours, so that giving a PA more
    # hours can never make cover cheaper.
    wages = [pa.role.hourly_wage for pa in pas]
    average = sum(wages, ZERO) / len(wages) if wages else ZERO
    yearly = cover.value * average
    return Worked(
        yearly,
        _("{hours} h a year × {average} an hour (the average of the PAs’ wages) = "
          "{yearly} a year").format(hours=_number(cover.value), average=_money(average),
                                     yearly=_money(yearly)),
    )


def sick_pay_label(days: int) -> str:
    return ngettext("Statutory Sick Pay ({days} day a year for each PA)",
                    "Statutory Sick Pay ({days} days a year for each PA)", days).format(days=days)


def _pay_label(role: PARole) -> str:
    name = role.name.strip() or _("A PA")
    if role.hours_pattern is HoursPattern.FIXED:
        return _("{name}: wage, 52 weeks with paid holiday").format(name=name)
    return _("{name}: wage and holiday pay").format(name=name)


def _line(option: PAOption, label: str, yearly: Decimal, working: str) -> BudgetLine:
    return BudgetLine(
        label=label,
        payer=option.payer,
        yearly=yearly,
        option_key=option.option_key,
        kind=OptionKind.PERSONAL_ASSISTANTS,
        note=working,
    )


def cost_pa_options(
    options: Sequence[PAOption],
    table: RateTable,
    *,
    employment_allowance_claimed: bool,
) -> PACosts:
    """Cost every PA option of one plan or scenario, sharing one Employment Allowance.

    Pass the options that are paid for together (a scenario, or the chosen support):
    the allowance is the employer's, so it is set against the National Insurance of
    those options in the order given, until it runs out.
    """
    allowance = table.employment_allowance.value if employment_allowance_claimed else ZERO
    left = allowance
    costed: list[OptionCost] = []
    for option in options:
        _check_option(option)
        pas = tuple(cost_pa(role, table, option.holiday_cover_rate) for role in option.roles)
        ni_yearly = sum((pa.employer_ni.yearly for pa in pas), ZERO)
        ni_parts = [f"{pa.role.name.strip() or _('A PA')}: {pa.employer_ni.working}"
                    for pa in pas]
        if len(pas) > 1:
            ni_parts.append(_("together {yearly} a year").format(yearly=_money(ni_yearly)))
        ni = Worked(ni_yearly, "; ".join(ni_parts))
        used = min(ni_yearly, left)
        left -= used

        # NI and its allowance are one line each per option, so that where the allowance
        # covers all the NI the two cancel to the penny in every column.
        lines = [
            _line(option, _pay_label(pa.role), pa.pay.yearly, pa.pay.working) for pa in pas
        ]
        if pas:
            lines.append(_line(option, _("Employer’s National Insurance"), ni.yearly,
                               ni.working))
        if used > 0:
            lines.append(
                _line(
                    option,
                    _("Employment Allowance"),
                    -used,
                    _("{used} of the {allowance} a year Employment Allowance, "
                      "set against the employer’s National Insurance").format(
                        used=_money(used), allowance=_limit(allowance)),
                )
            )
        lines.extend(
            _line(
                option,
                _("{name}: workplace pension (employer’s share)").format(
                    name=pa.role.name.strip() or _("A PA")),
                pa.pension.yearly,
                pa.pension.working,
            )
            for pa in pas
            if pa.pension.yearly > 0
        )
        weeks_off = _number(table.holiday_weeks.value)
        lines.extend(
            _line(
                option,
                _("{name}: holiday cover ({weeks} weeks)").format(
                    name=pa.role.name.strip() or _("A PA"), weeks=weeks_off),
                pa.holiday_cover.yearly,
                pa.holiday_cover.working,
            )
            for pa in pas
            if pa.role.hours_pattern is HoursPattern.FIXED
        )
        fixed = tuple(
            (label, Worked(amount, _("{amount} a year").format(amount=_money(amount))))
            for label, amount in option.fixed_costs
        )
        lines.extend(_line(option, label, worked.yearly, worked.working) for label, worked in fixed)
        sick = sick_pay(option, pas, table)
        if sick is not None:
            lines.append(_line(option, sick_pay_label(option.sick_pay_days), sick.yearly,
                               sick.working))
        cover = _cover(option, pas)
        if cover is not None:
            # Fixed-hours PAs have their holiday cover as its own line, so this cover is
            # for sickness only when every PA works fixed hours: never holiday twice.
            all_fixed = all(pa.role.hours_pattern is HoursPattern.FIXED for pa in pas)
            label = (_("Cover when a PA is off sick") if pas and all_fixed
                     else _("Cover when a PA is off sick or on holiday"))
            lines.append(_line(option, label, cover.yearly, cover.working))
        costed.append(
            OptionCost(
                option=option,
                pas=pas,
                employer_ni=ni,
                allowance_used=used,
                fixed_costs=fixed,
                cover=cover,
                lines=tuple(lines),
                sick_pay=sick,
            )
        )
    return PACosts(
        table_name=table.name,
        options=tuple(costed),
        employment_allowance_claimed=employment_allowance_claimed,
        allowance_available=allowance,
        allowance_used=allowance - left,
    )


def pa_budget_lines(
    options: Sequence[PAOption],
    table: RateTable,
    *,
    employment_allowance_claimed: bool,
) -> list[BudgetLine]:
    """The budget engine's lines for every PA option, ready for budget.summarise()."""
    return cost_pa_options(
        options, table, employment_allowance_claimed=employment_allowance_claimed
    ).lines
