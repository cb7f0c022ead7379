"""Plain, frozen copies of a stored plan for the rules: where ORM rows become rule inputs.

The rules (spending, the review statement, a plan's money, the council's checklist) work on
frozen dataclasses so
that each can be tested without a database; this module is the one thin place that reads
a `PlanVersion` and builds them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from budgetplanner.budget import BudgetLine, budget_line
from budgetplanner.categories import OptionKind, Payer
from budgetplanner.council_checklist import (
    CheckItem,
    ChecklistFacts,
    Contingency,
    CountedOption,
    GoalFacts,
    checklist,
)
from budgetplanner.money import allocate_pennies
from budgetplanner.pa_costs import PayFrequency
from budgetplanner.periods import Frequency, Period
from budgetplanner.plan_money import (
    CostLineData,
    OptionMoney,
    PlanMoney,
    counted_options,
    lines_for_options,
    pa_costs_for,
    pa_option,
    personal_budget_applies,
    personal_budget_of,
    plan_summary,
    rate_table_of,
)
from budgetplanner.review import PARTS, PLAN_FIELDS, Item, PlanSnapshot
from budgetplanner.translation import _

if TYPE_CHECKING:
    # The spending plan and the review statement are imported where they are made: the
    # printed plan needs only the money (and is made without SQLAlchemy, which spending's
    # reading of the database loads; see storage/plain_read.py).
    from budgetplanner.review_statement import PaidOption, StatementFacts
    from budgetplanner.spending import PlannedCost, Schedule, SpendingPlan
    from budgetplanner.storage.models import Option, PlanVersion

ZERO = Decimal(0)


def _line_schedules() -> dict[Frequency, Schedule]:
    """A typed cost line is paid as often as it is typed: hourly help is paid weekly."""
    from budgetplanner.spending import Schedule

    return {
        Frequency.PER_HOUR: Schedule.WEEKLY,
        Frequency.PER_WEEK: Schedule.WEEKLY,
        Frequency.PER_MONTH: Schedule.MONTHLY,
        Frequency.PER_YEAR: Schedule.YEARLY,
        Frequency.ONE_OFF: Schedule.ONE_OFF,
    }


def _pay_schedules() -> dict[PayFrequency, Schedule]:
    from budgetplanner.spending import Schedule

    return {
        PayFrequency.WEEKLY: Schedule.WEEKLY,
        PayFrequency.FOUR_WEEKLY: Schedule.FOUR_WEEKLY,
        PayFrequency.MONTHLY: Schedule.MONTHLY,
    }


def _line_cost(line: BudgetLine, due: date | None = None) -> PlannedCost | None:
    """A typed cost line as a planned cost, paid when its frequency says.

    `due` is the stored day a yearly cost falls due or a one-off is planned; weekly and
    monthly lines are paid all year, so a date on them is not needed.
    """
    from budgetplanner.spending import PlannedCost, Schedule

    assert line.typed is not None
    frequency = line.typed[1]
    amount = (line.one_off_figure() if frequency is Frequency.ONE_OFF
              else line.figure(Period.YEAR)).amount
    if amount == 0:
        return None
    schedule = _line_schedules()[frequency]
    when = due if schedule in (Schedule.YEARLY, Schedule.ONE_OFF) else None
    return PlannedCost(line.option_key, line.payer, amount, schedule, when)


def _pa_costs(version: PlanVersion, options: Sequence[Option],
              lines: Sequence[BudgetLine]) -> list[PlannedCost]:
    """The PA costs worked out from roles, paid on the PAs' paydays.

    Wages, NI, pension and cover of an option are shared among its PAs' pay frequencies
    in proportion to what each PA costs, so an option with a weekly and a monthly PA plans
    each PA's share on that PA's paydays.
    """
    from budgetplanner.spending import PlannedCost, Schedule

    # Pay that falls every 7 or 28 days, counted from the option's first payday.
    payday_schedules = (Schedule.WEEKLY, Schedule.FOUR_WEEKLY)
    pay_schedules = _pay_schedules()
    paydays: dict[object, date | None] = {option.id: option.first_payday for option in options}
    weights: dict[object, dict[Schedule, Decimal]] = {}
    for option_cost in pa_costs_for(version, options).options:
        by_schedule = weights.setdefault(option_cost.option.option_key, {})
        for pa in option_cost.pas:
            schedule = pay_schedules[pa.role.pay_frequency]
            by_schedule[schedule] = by_schedule.get(schedule, ZERO) + pa.total_yearly
    totals: dict[tuple[object, Payer], Decimal] = {}
    for line in lines:
        if line.typed is None:
            key = (line.option_key, line.payer)
            totals[key] = totals.get(key, ZERO) + line.figure(Period.YEAR).amount
    costs: list[PlannedCost] = []
    for (option_key, payer), amount in totals.items():
        by_schedule = {s: w for s, w in weights.get(option_key, {}).items() if w > 0}
        if not by_schedule:
            by_schedule = {Schedule.WEEKLY: Decimal(1)}
        shares = allocate_pennies(amount, list(by_schedule.values()))
        costs.extend(PlannedCost(option_key, payer, share, schedule,
                                 paydays.get(option_key) if schedule in payday_schedules
                                 else None)
                     for schedule, share in zip(by_schedule, shares, strict=True) if share)
    return costs


def spending_plan(version: PlanVersion, start: date) -> SpendingPlan:
    """The plan's counted options and their costs, each with when it is paid.

    Figures are the rounded yearly (or one-off) figures the Money page adds, so the planned
    totals here match the plan's own. A yearly cost falls in the month of its due date and a
    one-off in its planned month; a PA option's weekly and four-weekly pay falls on the
    paydays counted from its first payday. Without a date, the plan year's first month (or
    its first day, for paydays) is taken.
    """
    from budgetplanner.spending import SPENDING_PAYERS, OptionPlan, SpendingPlan

    options = counted_options(version)
    lines = lines_for_options(version, options)
    costs = [cost for option in options for row in option.cost_lines
             for cost in [_line_cost(budget_line(row, option_key=option.id, kind=option.kind),
                                     row.due_on)]
             if cost is not None]
    costs.extend(_pa_costs(version, options, lines))
    # Free things and unpaid help are never spent, so they are not planned here either.
    costs = [cost for cost in costs if cost.payer in SPENDING_PAYERS]
    by_option: dict[object, Decimal] = {}
    direct: set[object] = set()
    for cost in costs:
        by_option[cost.option_key] = by_option.get(cost.option_key, ZERO) + cost.amount
        if cost.payer is Payer.PERSONAL_BUDGET:
            direct.add(cost.option_key)
    plans = tuple(OptionPlan(o.id, o.title or _("An option"), by_option.get(o.id, ZERO),
                             o.id in direct) for o in options)
    return SpendingPlan(start, plans, tuple(costs))


def _paid_options(version: PlanVersion) -> tuple[PaidOption, ...]:
    """The counted options with any money from my personal budget, with their PAs."""
    from budgetplanner.review_statement import PaidOption

    options = counted_options(version)
    summary = plan_summary(version)
    paid = {line.option_key for line in summary.lines
            if line.payer is Payer.PERSONAL_BUDGET and (line.yearly or line.one_off)}
    chosen = [o for o in options if o.id in paid]
    costs = {cost.option.option_key: cost for cost in pa_costs_for(version, chosen).options}
    result = []
    for option in chosen:
        cost = costs.get(option.id)
        pas = cost.pas if cost is not None else ()
        result.append(PaidOption(option.title, option.kind,
                                 tuple(pa.role.name for pa in pas),
                                 any(pa.enrolled for pa in pas)))
    return tuple(result)


def statement_facts(version: PlanVersion, today: date) -> StatementFacts:
    """What the review statement needs of a stored plan, besides its spending."""
    from budgetplanner.review_statement import EarlierVersion, GoalNotes, StatementFacts

    earlier = [v for v in version.person.versions if v.number < version.number]
    last = None
    if earlier:
        before = earlier[-1]
        last = EarlierVersion(before.personal_budget, before.personal_budget_period,
                              plan_summary(before).total[Period.YEAR].amount)
    return StatementFacts(
        person_name=version.person.name,
        preferred_name=version.preferred_name,
        personal_budget=version.personal_budget,
        personal_budget_period=version.personal_budget_period,
        next_review=version.next_review,
        review_notes=version.review_notes,
        goals=tuple(GoalNotes(g.title, g.what_worked, g.what_did_not) for g in version.goals),
        paid_by_budget=_paid_options(version),
        yearly_total=plan_summary(version).total[Period.YEAR].amount,
        earlier=last,
        checklist=tuple(council_checklist(version, today)),
    )


def checklist_facts(version: PlanVersion) -> ChecklistFacts:
    """What the council's checklist reads of a stored plan."""
    chosen = next((s for s in version.scenarios if s.id == version.chosen_scenario_id), None)
    summary = plan_summary(version)
    paid = {line.option_key for line in summary.lines
            if line.payer is Payer.PERSONAL_BUDGET and line.yearly}
    comparison = summary.comparison
    return ChecklistFacts(
        support_needs=version.support_needs,
        matters_now=version.matters_now,
        goals=tuple(GoalFacts(g.id, g.title, g.how_i_will_know) for g in version.goals),
        options_written=len(version.options),
        chosen_scenario=chosen.name if chosen is not None else None,
        counted=tuple(CountedOption(o.title, frozenset(g.id for g in o.goals), o.id in paid)
                      for o in counted_options(version)),
        budget_applies=personal_budget_applies(version),
        personal_budget=version.personal_budget,
        personal_budget_period=version.personal_budget_period,
        left_a_year=comparison.left(Period.YEAR) if comparison is not None else None,
        contingencies=tuple(Contingency(c.situation, c.arrangement)
                            for c in version.contingencies),
        next_review=version.next_review,
        helpers=sum(1 for r in version.relationships if r.name.strip()),
        brings_own=bool(version.strengths.strip() or version.own_resources.strip()),
        participants=version.participants,
    )


def council_checklist(version: PlanVersion, today: date | None = None) -> list[CheckItem]:
    """The council's checklist of a stored plan (council_checklist.checklist on its facts)."""
    return checklist(checklist_facts(version), today)


def option_money(option: Option, *, lines: bool = True) -> OptionMoney:
    """One stored option's money as plain data (without its typed cost lines when `lines`
    is false: the PA costs need only the roles, and an option may have a thousand lines)."""
    return OptionMoney(
        key=option.id,
        title=option.title,
        kind=option.kind,
        cost_lines=tuple(CostLineData(line.description, line.amount, line.frequency,
                                      line.hours_per_week, line.payer)
                         for line in option.cost_lines) if lines else (),
        pas=(pa_option(option)
             if option.kind is OptionKind.PERSONAL_ASSISTANTS and option.pa_roles else None),
    )


def plan_money(version: PlanVersion, options: Iterable[Option] | None = None, *,
               lines: bool = True) -> PlanMoney:
    """The plan's money as plain data: its options (or just `options`), the chosen ones,
    the personal budget and the rate table; without the typed cost lines when `lines` is
    false (for the PA costs alone)."""
    chosen = next((s for s in version.scenarios if s.id == version.chosen_scenario_id), None)
    return PlanMoney(
        options=tuple(option_money(o, lines=lines)
                      for o in (version.options if options is None else options)),
        rate_table=rate_table_of(version),
        chosen=frozenset(o.id for o in chosen.options) if chosen is not None else None,
        personal_budget=personal_budget_of(version),
        employment_allowance=version.employment_allowance,
    )


def _parts(version: PlanVersion) -> dict[str, Sequence[object]]:
    options = version.options
    return {
        "Goal": version.goals,
        "Person in my life": version.relationships,
        "Option": options,
        "Cost": [line for option in options for line in option.cost_lines],
        "PA": [role for option in options for role in option.pa_roles],
        "Scenario": version.scenarios,
        "Risk": version.risks,
        "If things go wrong": version.contingencies,
    }


def plan_snapshot(version: PlanVersion) -> PlanSnapshot:
    """A stored version as plain data for comparing at a review, with its money."""
    parts = _parts(version)
    return PlanSnapshot(
        values={name: getattr(version, name) for name in PLAN_FIELDS},
        parts={kind: tuple(Item(getattr(item, "uid"),  # noqa: B009 - every part has a uid
                                {name: getattr(item, name) for name in fields})
                           for item in parts[kind])
               for kind, fields, _title in PARTS},
        money=plan_summary(version),
    )
