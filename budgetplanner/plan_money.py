"""The money of one plan: every option's lines gathered for the budget engine."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from budgetplanner.budget import BudgetLine, BudgetSummary, budget_line, summarise
from budgetplanner.periods import Period
from budgetplanner.storage.models import Option, PlanVersion


def option_lines(option: Option) -> list[BudgetLine]:
    """The engine's lines for one option's own cost lines."""
    return [budget_line(line, option_key=option.id, kind=option.kind) for line in option.cost_lines]


def personal_budget_of(version: PlanVersion) -> tuple[Decimal, Period] | None:
    if version.personal_budget is None:
        return None
    return version.personal_budget, version.personal_budget_period


def lines_for_options(options: Iterable[Option]) -> list[BudgetLine]:
    lines: list[BudgetLine] = []
    for option in options:
        lines.extend(option_lines(option))
    return lines


def options_summary(version: PlanVersion, options: Iterable[Option]) -> BudgetSummary:
    """Totals for a set of options (a scenario, or all of them) against the personal budget."""
    return summarise(lines_for_options(options), personal_budget_of(version))


def plan_summary(version: PlanVersion) -> BudgetSummary:
    """Totals for the plan: the chosen scenario's options when one is chosen, else all options."""
    return options_summary(version, counted_options(version))


def counted_options(version: PlanVersion) -> list[Option]:
    chosen = next((s for s in version.scenarios if s.id == version.chosen_scenario_id), None)
    if chosen is not None:
        chosen_ids = {option.id for option in chosen.options}
        return [option for option in version.options if option.id in chosen_ids]
    return list(version.options)
