"""Scenarios side by side: what each costs, who pays, the gap, goals met, people involved."""

from __future__ import annotations

from dataclasses import dataclass

from budgetplanner.budget import BudgetSummary
from budgetplanner.categories import OptionKind
from budgetplanner.money import Money
from budgetplanner.periods import Period
from budgetplanner.plan_money import options_summary
from budgetplanner.storage.models import Goal, PlanVersion, Scenario


@dataclass(frozen=True)
class ScenarioFigures:
    scenario: Scenario
    summary: BudgetSummary
    goals_met: list[Goal]
    people: list[str]
    chosen: bool

    def gap(self, period: Period) -> Money | None:
        """Left (positive) or short (negative) against the personal budget, if there is one."""
        comparison = self.summary.comparison
        return None if comparison is None else comparison.left(period)


def compare(version: PlanVersion) -> list[ScenarioFigures]:
    """Every scenario of the plan, costed on its own (PA costs and allowance per scenario)."""
    return [figures_for(version, scenario) for scenario in version.scenarios]


def figures_for(version: PlanVersion, scenario: Scenario) -> ScenarioFigures:
    option_ids = {option.id for option in scenario.options}
    options = [option for option in version.options if option.id in option_ids]
    goals = [goal for goal in version.goals
             if any(option.id in option_ids for option in goal.options)]
    people: list[str] = []
    for option in options:
        if option.kind is OptionKind.PERSONAL_ASSISTANTS:
            people.extend(role.name for role in option.pa_roles if role.name)
    return ScenarioFigures(
        scenario=scenario,
        summary=options_summary(version, options),
        goals_met=goals,
        people=people,
        chosen=scenario.id == version.chosen_scenario_id,
    )


def goals_without_options(version: PlanVersion) -> list[Goal]:
    """Goals no option serves yet: the Money page lists them so none is forgotten."""
    return [goal for goal in version.goals if not goal.options]
