"""Reviews: freeze a plan as a version, start the next from a copy, and say what changed.

What changed is worked out on plain data (`PlanSnapshot`, `compare`);
`budgetplanner.storage.plan_data.plan_snapshot` reads a snapshot from a stored version.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from budgetplanner.budget import BudgetSummary
from budgetplanner.formatting import long_date
from budgetplanner.plan_fields import TEXT_FIELDS
from budgetplanner.translation import N_, _, translated

if TYPE_CHECKING:
    # The models are imported where a review makes new rows: comparing versions needs only
    # their attributes (a printed plan is made without SQLAlchemy, storage/plain_read.py).
    from sqlalchemy.orm import Session

    from budgetplanner.storage.models import CostLine, Goal, Option, PlanVersion, Scenario

# What is copied of each part, and named in the differences, in the person's words (kept in
# English, translated where the differences are written).
PLAN_FIELDS = {
    # Notes for a review belong to that review: a new version starts without them.
    **{f.attribute: f.label for f in TEXT_FIELDS if f.attribute != "review_notes"},
    "personal_budget": N_("My personal budget"),
    "personal_budget_period": N_("How often it comes"),
    "rate_table_name": N_("Rate table"), "employment_allowance": N_("Employment Allowance"),
    "next_review": N_("Next review"),
}
GOAL_FIELDS = {"title": N_("goal"), "how_i_will_know": N_("how I will know"),
               "target_date": N_("by when")}
RELATIONSHIP_FIELDS = {"name": N_("name"), "group": N_("group"), "closeness": N_("how close"),
                       "helps_with": N_("helps with"),
                       "unpaid_hours_per_week": N_("unpaid hours")}
OPTION_FIELDS = {"title": N_("name"), "kind": N_("kind"), "description": N_("what it is"),
                 "pa_payer": N_("who pays for PAs"), "cover_kind": N_("cover"),
                 "cover_value": N_("cover amount"), "first_payday": N_("first payday"),
                 "holiday_cover_rate": N_("holiday cover rate"),
                 "sick_pay_days": N_("days of sick pay")}
LINE_FIELDS = {"description": N_("what"), "amount": N_("how much"),
               "frequency": N_("how often"), "hours_per_week": N_("hours a week"),
               "payer": N_("who pays"), "due_on": N_("when paid")}
PA_FIELDS = {"name": N_("name"), "hourly_wage": N_("wage"),
             "hours_per_week": N_("hours a week"), "pay_frequency": N_("paid"),
             "age_band": N_("age"), "pension_choice": N_("pension"),
             "relative_in_household": N_("family at home"),
             "hours_pattern": N_("hours pattern")}
RISK_FIELDS = {"risk": N_("risk"), "my_choice": N_("what I choose"),
               "made_smaller": N_("what makes it smaller"), "who_helps": N_("who helps"),
               "if_wrong": N_("if it goes wrong")}
CONTINGENCY_FIELDS = {"situation": N_("what happens"), "arrangement": N_("what we do")}
SCENARIO_FIELDS = {"name": N_("name"), "notes": N_("notes")}


class ReviewError(ValueError):
    """A review that cannot be started, with a message for the person."""


def _copy(source: object, target: object, fields: dict[str, str]) -> None:
    for name in fields:
        setattr(target, name, getattr(source, name))


def start_review(session: Session, version: PlanVersion) -> PlanVersion:
    """Freeze `version` as it is and return a new version copied from it.

    The frozen version is never changed again; the copy keeps each item's uid so the two can
    be compared item by item. How each goal went is written afresh in the new version.
    """
    from budgetplanner.storage.models import (
        Contingency,
        Goal,
        Option,
        PARoleRow,
        PlanVersion,
        Relationship,
        Risk,
        Scenario,
    )

    if version.is_frozen:
        raise ReviewError(_("This version is already kept as it was; start from the newest "
                            "one."))
    newer = [v for v in version.person.versions if v.number > version.number]
    if newer:
        raise ReviewError(_("A newer version of this plan exists already."))
    version.frozen_at = datetime.now().replace(microsecond=0)
    copy = PlanVersion(number=version.number + 1)
    _copy(version, copy, PLAN_FIELDS)
    goals: dict[int, Goal] = {}
    for goal in version.goals:
        goals[goal.id] = Goal(uid=goal.uid, position=goal.position)
        _copy(goal, goals[goal.id], GOAL_FIELDS)
        copy.goals.append(goals[goal.id])
    for person in version.relationships:
        twin = Relationship(uid=person.uid, position=person.position)
        _copy(person, twin, RELATIONSHIP_FIELDS)
        copy.relationships.append(twin)
    options: dict[int, Option] = {}
    for option in version.options:
        twin_option = Option(uid=option.uid, position=option.position)
        _copy(option, twin_option, OPTION_FIELDS)
        twin_option.cost_lines = [_copy_line(line) for line in option.cost_lines]
        for role in option.pa_roles:
            twin_role = PARoleRow(uid=role.uid, position=role.position)
            _copy(role, twin_role, PA_FIELDS)
            twin_option.pa_roles.append(twin_role)
        twin_option.goals = [goals[g.id] for g in option.goals if g.id in goals]
        options[option.id] = twin_option
        copy.options.append(twin_option)
    chosen: Scenario | None = None
    for scenario in version.scenarios:
        twin_scenario = Scenario(uid=scenario.uid, position=scenario.position)
        _copy(scenario, twin_scenario, SCENARIO_FIELDS)
        twin_scenario.options = [options[o.id] for o in scenario.options if o.id in options]
        copy.scenarios.append(twin_scenario)
        if scenario.id == version.chosen_scenario_id:
            chosen = twin_scenario
    for risk in version.risks:
        twin_risk = Risk(uid=risk.uid, position=risk.position)
        _copy(risk, twin_risk, RISK_FIELDS)
        copy.risks.append(twin_risk)
    for item in version.contingencies:
        twin_item = Contingency(uid=item.uid, position=item.position)
        _copy(item, twin_item, CONTINGENCY_FIELDS)
        twin_item.cost_lines = [_copy_line(line) for line in item.cost_lines]
        copy.contingencies.append(twin_item)
    version.person.versions.append(copy)
    session.flush()
    if chosen is not None:
        copy.chosen_scenario_id = chosen.id
    session.commit()
    return copy


def _copy_line(line: CostLine) -> CostLine:
    from budgetplanner.storage.models import CostLine

    twin = CostLine(uid=line.uid, position=line.position)
    _copy(line, twin, LINE_FIELDS)
    return twin


@dataclass
class Differences:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    money_before: BudgetSummary | None = None
    money_after: BudgetSummary | None = None

    @property
    def nothing(self) -> bool:
        return not (self.added or self.removed or self.changed)


def _words(value: object) -> str:
    if value is None or value == "":
        return _("nothing")
    if isinstance(value, date) and not isinstance(value, datetime):
        return long_date(value)  # a due date or payday, as the rest of the plan writes it
    label = getattr(value, "label", None)
    return str(label) if isinstance(label, str) else str(value)


@dataclass(frozen=True)
class Item:
    """One part of a plan (a goal, a cost…) as compared at a review: its uid and values."""

    uid: str
    values: Mapping[str, object]


@dataclass(frozen=True)
class PlanSnapshot:
    """A plan as plain data for comparing: its own fields, its parts by kind, its money.

    `values` holds the PLAN_FIELDS; `parts` holds, for each kind named in PARTS, the items
    with the values of that kind's fields.
    """

    values: Mapping[str, object]
    parts: Mapping[str, tuple[Item, ...]] = field(default_factory=dict)
    money: BudgetSummary | None = None


# Each kind of part compared: its name in the differences, its fields, and the field that
# names an item.
PARTS: tuple[tuple[str, dict[str, str], str], ...] = (
    (N_("Goal"), GOAL_FIELDS, "title"),
    (N_("Person in my life"), RELATIONSHIP_FIELDS, "name"),
    (N_("Option"), OPTION_FIELDS, "title"),
    (N_("Cost"), LINE_FIELDS, "description"),
    (N_("PA"), PA_FIELDS, "name"),
    (N_("Scenario"), SCENARIO_FIELDS, "name"),
    (N_("Risk"), RISK_FIELDS, "risk"),
    (N_("If things go wrong"), CONTINGENCY_FIELDS, "situation"),
)


def _compare_items(kind: str, old: Sequence[Item], new: Sequence[Item],
                   fields: dict[str, str], title: str, out: Differences) -> None:
    before = {item.uid: item for item in old}
    after = {item.uid: item for item in new}
    kind_words = translated(kind)
    for uid, item in after.items():
        name = _words(item.values.get(title))
        if uid not in before:
            out.added.append(_("{kind}: {name}").format(kind=kind_words, name=name))
            continue
        for attribute, label in fields.items():
            was, now = before[uid].values.get(attribute), item.values.get(attribute)
            if was != now:
                out.changed.append(_("{kind} “{name}”: {field} was {was}, now {now}").format(
                    kind=kind_words, name=name, field=translated(label), was=_words(was),
                    now=_words(now)))
    for uid, item in before.items():
        if uid not in after:
            out.removed.append(_("{kind}: {name}").format(
                kind=kind_words, name=_words(item.values.get(title))))


def compare(old: PlanSnapshot, new: PlanSnapshot) -> Differences:
    """What changed from `old` to `new`: items added, removed and changed, and the money."""
    out = Differences(money_before=old.money, money_after=new.money)
    for attribute, label in PLAN_FIELDS.items():
        was, now = old.values.get(attribute), new.values.get(attribute)
        if was != now:
            out.changed.append(_("{field}: was {was}, now {now}").format(
                field=translated(label), was=_words(was), now=_words(now)))
    for kind, fields, title in PARTS:
        _compare_items(kind, old.parts.get(kind, ()), new.parts.get(kind, ()), fields, title,
                       out)
    return out


def differences(old: PlanVersion, new: PlanVersion) -> Differences:
    """What changed from one stored version of a plan to another."""
    from budgetplanner.storage.plan_data import plan_snapshot

    return compare(plan_snapshot(old), plan_snapshot(new))
