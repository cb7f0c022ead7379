"""The money of one plan: every option's lines gathered for the budget engine.

Cost lines are counted as typed; personal assistants are costed from their roles with the
plan's rate table, with Employment Allowance shared across the options counted together.

The rules work on plain data (`PlanMoney`, `OptionMoney`, `CostLineData`), so they can be
tested without a database; the functions taking a `PlanVersion` below map the stored plan
to that data (`budgetplanner.storage.plan_data.plan_money`) and ask the same rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from budgetplanner.budget import (
    BudgetLine,
    BudgetSummary,
    Column,
    budget_line,
    line_figures,
    summarise,
)
from budgetplanner.categories import OptionKind, Payer
from budgetplanner.employer_warnings import employer_duties, mentions_insurance
from budgetplanner.formatting import money_text
from budgetplanner.pa_costs import (
    AgeBand,
    Cover,
    CoverKind,
    HoursPattern,
    PACosts,
    PAOption,
    PARole,
    PayFrequency,
    PensionChoice,
    cost_pa_options,
)
from budgetplanner.periods import Frequency, Period
from budgetplanner.rates import RateTable, RateTableError, load_shipped_tables, shipped_table
from budgetplanner.translation import N_, _

if TYPE_CHECKING:
    # Only named here: a plan read without SQLAlchemy (storage/plain_read.py) has the same
    # attributes, and the printed plan is made from it without loading SQLAlchemy.
    from sqlalchemy.orm import Session

    from budgetplanner.storage.models import Option, PARoleRow, PlanVersion

# -- the rules, on plain data --------------------------------------------------------------


@dataclass(frozen=True)
class CostLineData:
    """One typed cost line: what, how much, how often and who pays."""

    description: str
    amount: Decimal
    frequency: Frequency
    hours_per_week: Decimal | None = None
    payer: Payer = Payer.PERSONAL_BUDGET


@dataclass(frozen=True)
class OptionMoney:
    """One option's money: its typed cost lines, and its PAs when it employs any."""

    key: object
    title: str = ""
    kind: OptionKind = OptionKind.OTHER
    cost_lines: tuple[CostLineData, ...] = ()
    pas: PAOption | None = None

    def lines(self) -> list[BudgetLine]:
        """The engine's lines for the option's own cost lines (PA roles apart)."""
        return [budget_line(line, option_key=self.key, kind=self.kind)
                for line in self.cost_lines]


@dataclass(frozen=True)
class PlanMoney:
    """Everything a plan's money is worked out from, as plain data.

    `chosen` holds the keys of the chosen scenario's options, or None when no scenario is
    chosen (then every option counts).
    """

    options: tuple[OptionMoney, ...]
    rate_table: RateTable
    chosen: frozenset[object] | None = None
    personal_budget: tuple[Decimal, Period] | None = None
    employment_allowance: bool = True

    def counted(self) -> list[OptionMoney]:
        """The chosen scenario's options when one is chosen, else all options."""
        if self.chosen is None:
            return list(self.options)
        return [option for option in self.options if option.key in self.chosen]

    def pick(self, keys: Iterable[object]) -> list[OptionMoney]:
        """The options with these keys, in the order given."""
        by_key = {option.key: option for option in self.options}
        return [by_key[key] for key in keys if key in by_key]

    def pa_costs(self, options: Sequence[OptionMoney]) -> PACosts:
        """PA costs of these options together (Employment Allowance shared in this order)."""
        with_pas = [o.pas for o in options
                    if o.kind is OptionKind.PERSONAL_ASSISTANTS and o.pas is not None
                    and o.pas.roles]
        return cost_pa_options(with_pas, self.rate_table,
                               employment_allowance_claimed=self.employment_allowance)

    def lines(self, options: Sequence[OptionMoney]) -> list[BudgetLine]:
        """Each option's PA lines, then its typed lines, option by option."""
        pa_lines = self.pa_costs(options).lines
        lines: list[BudgetLine] = []
        for option in options:
            lines.extend(line for line in pa_lines if line.option_key == option.key)
            lines.extend(option.lines())
        return lines

    def summary(self, options: Sequence[OptionMoney]) -> BudgetSummary:
        """Totals for a set of options (a scenario, or all of them) against the budget.

        No comparison is made when there is no personal budget to speak of (see
        `budget_applies`): a plan paid from my own money is never "short of my personal
        budget".
        """
        lines = self.lines(options)
        amount = self.personal_budget[0] if self.personal_budget else None
        budget = self.personal_budget if budget_applies(amount, lines) else None
        return summarise(lines, budget)

    def plan_summary(self) -> BudgetSummary:
        """Totals for the chosen support, or every option when none is chosen yet."""
        return self.summary(self.counted())

    def option_summary(self, option: OptionMoney) -> BudgetSummary:
        """One option on its own (PA costs with the allowance as if it stood alone)."""
        return summarise(self.lines([option]))


# -- the stored plan ------------------------------------------------------------------------


def _money(version: PlanVersion, options: Iterable[Option] | None = None, *,
           lines: bool = True) -> PlanMoney:
    from budgetplanner.storage.plan_data import plan_money

    return plan_money(version, options, lines=lines)


def option_lines(option: Option) -> list[BudgetLine]:
    """The engine's lines for one option's own cost lines (PA roles apart)."""
    return [budget_line(line, option_key=option.id, kind=option.kind) for line in option.cost_lines]


def personal_budget_of(version: PlanVersion) -> tuple[Decimal, Period] | None:
    if version.personal_budget is None:
        return None
    return version.personal_budget, version.personal_budget_period


def rate_table_of(version: PlanVersion) -> RateTable:
    """The rate table the plan names: a user's own table first, then a shipped one.

    A plan naming no table (or one since removed) uses the newest shipped table. Tables are
    remembered for the session, so recalculating on each keystroke reads nothing from disk;
    whoever saves a rate table calls `forget_rate_tables`. A plan read without SQLAlchemy
    (storage/plain_read.py) brings the file's own tables with it.
    """
    name = version.rate_table_name
    saved: dict[str, str] | None = getattr(version, "saved_rate_tables", None)
    if saved is not None:
        cache: dict[str, RateTable] = getattr(version, "rate_table_cache")  # noqa: B009
        if name not in cache:
            cache[name] = _rate_table(saved.get(name) if name else None, name)
        return cache[name]
    from sqlalchemy.orm import object_session

    session = object_session(version)
    cache = session.info.setdefault(_CACHE_KEY, {}) if session else {}
    if name in cache:
        return cache[name]
    table = _find_rate_table(version, name)
    cache[name] = table
    return table


_CACHE_KEY = "budgetplanner.rate_tables"


def forget_rate_tables(session: Session) -> None:
    session.info.pop(_CACHE_KEY, None)


def _find_rate_table(version: PlanVersion, name: str) -> RateTable:
    from sqlalchemy import select
    from sqlalchemy.orm import object_session

    from budgetplanner.storage.models import RateTableRow

    session = object_session(version)
    body = None
    if name and session is not None:
        with session.no_autoflush:
            row = session.scalars(select(RateTableRow).where(RateTableRow.name == name)).first()
        if row is not None:
            body = row.body
    return _rate_table(body, name)


def _rate_table(body: str | None, name: str) -> RateTable:
    """The user's own table saved as `body` when it reads, else the shipped one of that name,
    else the newest shipped table."""
    if body is not None:
        try:
            return RateTable.from_json(body)
        except RateTableError:
            pass
    if name:
        try:
            return shipped_table(name)
        except (KeyError, RateTableError):
            pass
    return load_shipped_tables()[-1]


def pa_role(row: PARoleRow) -> PARole:
    return PARole(
        name=row.name,
        hourly_wage=row.hourly_wage,
        hours_per_week=row.hours_per_week,
        pay_frequency=PayFrequency(row.pay_frequency),
        age_band=AgeBand(row.age_band),
        pension_choice=PensionChoice(row.pension_choice),
        relative_in_household=row.relative_in_household,
        hours_pattern=HoursPattern(row.hours_pattern or HoursPattern.FIXED),
    )


def pa_option(option: Option) -> PAOption:
    cover = Cover()
    if option.cover_kind != CoverKind.NONE and option.cover_value is not None:
        cover = Cover(CoverKind(option.cover_kind), option.cover_value)
    return PAOption(
        option_key=option.id,
        roles=tuple(pa_role(row) for row in option.pa_roles),
        cover=cover,
        payer=option.pa_payer,
        holiday_cover_rate=option.holiday_cover_rate,
        sick_pay_days=option.sick_pay_days or 0,
    )


def pa_costs_for(version: PlanVersion, options: Sequence[Option]) -> PACosts:
    """PA costs of these options together (Employment Allowance shared in option order)."""
    money = _money(version, options, lines=False)  # the roles are costed, not the lines
    return money.pa_costs(money.options)


def lines_for_options(version: PlanVersion, options: Iterable[Option]) -> list[BudgetLine]:
    money = _money(version, options)
    return money.lines(money.options)


def options_summary(version: PlanVersion, options: Iterable[Option]) -> BudgetSummary:
    """Totals for a set of options (a scenario, or all of them) against the personal budget.

    No comparison is made when there is no personal budget to speak of (see
    `budget_applies`): a plan paid from my own money is never "short of my personal budget".
    """
    money = _money(version, options)
    return money.summary(money.options)


# In English as data; translated where it is shown.
NO_PERSONAL_BUDGET = N_("I pay for my own support: nothing in my plan is paid from a personal "
                        "budget or direct payment.")


def budget_applies(amount: Decimal | None, lines: Iterable[BudgetLine]) -> bool:
    """Whether a personal budget is part of this plan.

    It is when an amount above zero is typed, when something is paid from it, or while
    nothing is costed yet (the budget may come first). A plan whose costs are all paid
    another way (my own money, other funding) and has no budget has none to speak of.
    """
    if amount:
        return True
    costed = [line for line in lines if line.yearly or line.one_off]
    return not costed or any(line.payer is Payer.PERSONAL_BUDGET for line in costed)


def personal_budget_applies(version: PlanVersion) -> bool:
    """`budget_applies` for the support the plan counts (the chosen one, or all)."""
    return budget_applies(version.personal_budget,
                          lines_for_options(version, counted_options(version)))


def counted_options(version: PlanVersion) -> list[Option]:
    """The chosen scenario's options when one is chosen, else all options."""
    chosen = next((s for s in version.scenarios if s.id == version.chosen_scenario_id), None)
    if chosen is not None:
        chosen_ids = {option.id for option in chosen.options}
        return [option for option in version.options if option.id in chosen_ids]
    return list(version.options)


def plan_summary(version: PlanVersion) -> BudgetSummary:
    """Totals for the plan: the chosen support, or every option when none is chosen yet."""
    return _money(version).plan_summary()


def allowance_order(version: PlanVersion) -> list[Option]:
    """Every option, the counted ones first: the order Employment Allowance is shared in.

    The allowance is the employer's (the person's), one amount a year however many options
    there are. Setting it against the counted options first means their shares add up to
    the plan's totals; the options not chosen get what is left, so no option ever shows an
    allowance of its own that the person could not claim alongside the others.
    """
    counted = counted_options(version)
    counted_ids = {option.id for option in counted}
    return [*counted, *(option for option in version.options if option.id not in counted_ids)]


def plan_pa_costs(version: PlanVersion) -> PACosts:
    """The PA costs of every option of the plan with one Employment Allowance shared."""
    return pa_costs_for(version, allowance_order(version))


def plan_option_lines(version: PlanVersion) -> dict[object, list[BudgetLine]]:
    """Each option's lines as the plan prints them, keyed by option id.

    PA lines carry the option's share of the one Employment Allowance, so the lines of the
    counted options add up to the plan's totals to the penny.
    """
    pa_lines = plan_pa_costs(version).lines
    return {option.id: _printed_lines(option, pa_lines) for option in version.options}


def _printed_lines(option: Option, pa_lines: Iterable[BudgetLine]) -> list[BudgetLine]:
    """An option's lines as printed: its PAs' (with its share of the allowance), then its own."""
    return [*(line for line in pa_lines if line.option_key == option.id), *option_lines(option)]


def option_total(version: PlanVersion, option: Option) -> Column:
    """`option_summary(version, option).total`, adding up the figures alone: the subtotal
    shown under an option's costs, worked out again on each edit of a line."""
    if option not in version.options:
        return option_summary(version, option).total
    pa_lines = plan_pa_costs(version).lines
    return Column.of([*(line.rounded_figures for line in pa_lines if line.option_key == option.id),
                      *(line_figures(line) for line in option.cost_lines)])


def option_summary(version: PlanVersion, option: Option,
                   plan_costs: PACosts | None = None) -> BudgetSummary:
    """One option with its share of the plan's one Employment Allowance.

    `plan_costs`: the plan's `plan_pa_costs`, when worked out already (a printed plan shows
    every option: the plan's PA costs are then worked out once, not once an option)."""
    if option in version.options:
        # Only this option's lines are made; the PA costs are the plan's, for the allowance.
        costs = plan_costs if plan_costs is not None else plan_pa_costs(version)
        return summarise(_printed_lines(option, costs.lines))
    return summarise(lines_for_options(version, [option]))


def option_warnings(version: PlanVersion) -> dict[object, tuple[str, ...]]:
    """Each PA option's warnings about its PAs (wage, pension, family), keyed by option id."""
    return {option.option.option_key: option.warnings
            for option in plan_pa_costs(version).options}


def employer_duty_warnings(version: PlanVersion) -> list[str]:
    """What employing PAs asks of me: insurance, HMRC, The Pensions Regulator, sick pay."""
    employs = any(option.kind is OptionKind.PERSONAL_ASSISTANTS and option.pa_roles
                  for option in counted_options(version))
    insured = mentions_insurance(line.description for option in version.options
                                 for line in option.cost_lines)
    return employer_duties(employs_pas=employs, has_insurance_line=insured)


def allowance_sentence(version: PlanVersion) -> str:
    """One sentence saying how the one Employment Allowance is shared; empty when unused.

    Only said when the allowance is shared by more than one option of PAs, or runs out.
    """
    costs = plan_pa_costs(version)
    if not costs.employment_allowance_claimed or not costs.options:
        return ""
    with_ni = [option for option in costs.options if option.employer_ni.yearly > 0]
    if len(with_ni) < 2 and costs.allowance_used >= sum(
            (option.employer_ni.yearly for option in with_ni), Decimal(0)):
        return ""
    available = money_text(costs.allowance_available, pence=False)
    return _(
        "Employment Allowance is up to {available} a year for me as the employer, not for "
        "each option: it is set against the employer’s National Insurance of my options in "
        "turn (the support I chose first, then the others, in the order listed) until it "
        "runs out, so each option shows only its share and the tables add up to my totals."
    ).format(available=available)
