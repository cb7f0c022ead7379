"""The portable plan file: one person's plan, every version, in one checked JSON file.

The format is documented in docs/plan-file-format.md. Writing is stable (the same plan gives
the same bytes); reading checks the whole file first and imports nothing from a file with any
problem, reporting each one with where it is.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, String, Text
from sqlalchemy.orm import Session

from budgetplanner.pa_costs import HoursPattern
from budgetplanner.review import (
    CONTINGENCY_FIELDS,
    GOAL_FIELDS,
    LINE_FIELDS,
    OPTION_FIELDS,
    PA_FIELDS,
    PLAN_FIELDS,
    RELATIONSHIP_FIELDS,
    RISK_FIELDS,
    SCENARIO_FIELDS,
)
from budgetplanner.storage.models import (
    Base,
    Contingency,
    CostLine,
    Goal,
    Option,
    PARoleRow,
    Person,
    PlanVersion,
    Relationship,
    Risk,
    Scenario,
)
from budgetplanner.storage.types import DecimalText
from budgetplanner.validation import MAX_TEXT_LENGTH

FORMAT = "Budget Planner plan file"
SCHEMA_VERSION = 1
MAX_FILE_BYTES = 20_000_000

_GOAL = [*GOAL_FIELDS, "what_worked", "what_did_not"]
_VERSION = ["number", "created_at", "frozen_at", *PLAN_FIELDS, "review_notes"]


class PlanFileError(ValueError):
    """A plan file that cannot be imported; `problems` lists each one with where it is."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


# Writing ------------------------------------------------------------------------------


def _value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "value") and isinstance(value.value, str):
        return value.value
    return value


def _record(item: Any, fields: list[str] | Mapping[str, str]) -> dict[str, Any]:
    data = {name: _value(getattr(item, name)) for name in fields}
    if hasattr(item, "uid"):
        data["uid"] = item.uid
    return data


def person_to_data(person: Person, exported_at: datetime) -> dict[str, Any]:
    versions = []
    for version in person.versions:
        data = _record(version, _VERSION)
        data["goals"] = [_record(goal, _GOAL) for goal in version.goals]
        data["relationships"] = [_record(p, RELATIONSHIP_FIELDS) for p in version.relationships]
        data["options"] = [{**_record(o, OPTION_FIELDS),
                            "goals": [goal.uid for goal in o.goals],
                            "cost_lines": [_record(line, LINE_FIELDS) for line in o.cost_lines],
                            "pa_roles": [_record(role, PA_FIELDS) for role in o.pa_roles]}
                           for o in version.options]
        data["scenarios"] = [{**_record(s, SCENARIO_FIELDS),
                              "options": [option.uid for option in s.options],
                              "chosen": s.id == version.chosen_scenario_id}
                             for s in version.scenarios]
        data["risks"] = [_record(risk, RISK_FIELDS) for risk in version.risks]
        data["contingencies"] = [{**_record(c, CONTINGENCY_FIELDS),
                                  "cost_lines": [_record(line, LINE_FIELDS)
                                                 for line in c.cost_lines]}
                                 for c in version.contingencies]
        versions.append(data)
    return {"format": FORMAT, "schema_version": SCHEMA_VERSION,
            "exported_at": exported_at.isoformat(timespec="seconds"),
            "person": {"name": person.name, "versions": versions}}


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def export_person(person: Person, exported_at: datetime | None = None) -> str:
    return dumps(person_to_data(person, exported_at or datetime.now()))


# Reading ------------------------------------------------------------------------------


class _Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def add(self, where: str, message: str) -> None:
        if len(self.problems) < 500:  # a hostile file cannot make the report endless
            self.problems.append(f"{where}: {message}")

    def convert(self, model: type[Base], name: str, raw: Any, where: str) -> Any:
        column = model.__table__.columns[name]
        kind = column.type
        if raw is None:
            if column.nullable:
                return None
            self.add(where, "must not be empty")
            return None
        if isinstance(kind, DecimalText):
            if not isinstance(raw, str):
                self.add(where, "must be a number written as text, like \"12.50\"")
                return None
            try:
                number = Decimal(raw)
            except InvalidOperation:
                self.add(where, f"\"{raw[:30]}\" is not a number")
                return None
            if not number.is_finite() or number < 0 or number >= Decimal("100000000"):
                self.add(where, "is not an amount that can be right")
                return None
            if number != number.quantize(Decimal("0.01")):
                self.add(where, "has more than two figures after the point")
                return None
            return number
        if isinstance(kind, Enum):
            allowed = list(kind.enums)
            if raw not in allowed:
                self.add(where, f"must be one of {', '.join(allowed)}")
                return None
            enum_class = kind.enum_class
            return enum_class(raw) if enum_class is not None else raw
        if isinstance(kind, Boolean):
            if not isinstance(raw, bool):
                self.add(where, "must be true or false")
            return bool(raw)
        if isinstance(kind, Integer):
            if not isinstance(raw, int) or isinstance(raw, bool) or not 0 <= raw < 10**9:
                self.add(where, "must be a whole number")
                return None
            return raw
        if isinstance(kind, DateTime | Date):
            parse: Callable[[str], Any] = (datetime.fromisoformat if isinstance(kind, DateTime)
                                           else date.fromisoformat)
            try:
                value = parse(raw) if isinstance(raw, str) else None
            except ValueError:
                value = None
            if value is None:
                self.add(where, "must be a date like 2027-03-31")
            return value
        if isinstance(kind, String | Text):
            limit = kind.length or MAX_TEXT_LENGTH
            if not isinstance(raw, str):
                self.add(where, "must be text")
                return None
            if len(raw) > limit:
                self.add(where, f"is longer than {limit:,} characters")
                return None
            return raw
        return raw  # pragma: no cover - every column type is handled above

    def build(self, model: type[Base], raw: Any, fields: list[str] | Mapping[str, str],
              where: str, **extra: Any) -> Any:
        if not isinstance(raw, dict):
            self.add(where, "must be an object")
            return model(**extra)
        values = {name: self.convert(model, name, raw.get(name), f"{where}.{name}")
                  for name in fields if name in raw or not _nullable(model, name)}
        if "uid" in model.__table__.columns:
            uid = raw.get("uid")
            if not isinstance(uid, str) or not 1 <= len(uid) <= 36:
                self.add(f"{where}.uid", "must be an id of up to 36 characters")
            else:
                values["uid"] = uid
        return model(**{k: v for k, v in values.items() if v is not None}, **extra)

    def items(self, raw: Any, key: str, where: str) -> list[Any]:
        value = raw.get(key, []) if isinstance(raw, dict) else []
        if not isinstance(value, list):
            self.add(f"{where}.{key}", "must be a list")
            return []
        return value


def _nullable(model: type[Base], name: str) -> bool:
    return bool(model.__table__.columns[name].nullable)


def read_plan_file(text: str) -> Person:
    """Check the whole file and build the person with every version, not yet in a session."""
    if len(text) > MAX_FILE_BYTES:
        raise PlanFileError(["The file is too large to be a plan file."])
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        line = getattr(exc, "lineno", "?")
        raise PlanFileError([f"line {line}: this is not a readable plan file (not JSON)"]) from exc
    check = _Checker()
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise PlanFileError([f"format: this is not a \"{FORMAT}\""])
    schema = data.get("schema_version")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise PlanFileError(["schema_version: must be a whole number"])
    if schema > SCHEMA_VERSION:
        raise PlanFileError([f"schema_version: {schema} was written by a newer Budget Planner; "
                             "please update the program to read it"])
    raw_person = data.get("person")
    if not isinstance(raw_person, dict):
        raise PlanFileError(["person: must be an object with a name and versions"])
    name = check.convert(Person, "name", raw_person.get("name"), "person.name")
    if isinstance(name, str) and not name.strip():
        check.add("person.name", "must not be empty")
    person = Person(name=name or "")
    raw_versions = check.items(raw_person, "versions", "person")
    if not raw_versions:
        check.add("person.versions", "must hold at least one version")
    for v, raw_version in enumerate(raw_versions):
        where = f"versions[{v}]"
        version = check.build(PlanVersion, raw_version, _VERSION, where)
        goals: dict[str, Goal] = {}
        for g, raw in enumerate(check.items(raw_version, "goals", where)):
            goal = check.build(Goal, raw, _GOAL, f"{where}.goals[{g}]", position=g)
            goals[goal.uid] = goal
            version.goals.append(goal)
        for r, raw in enumerate(check.items(raw_version, "relationships", where)):
            version.relationships.append(check.build(
                Relationship, raw, list(RELATIONSHIP_FIELDS), f"{where}.relationships[{r}]",
                position=r))
        options: dict[str, Option] = {}
        for o, raw in enumerate(check.items(raw_version, "options", where)):
            at = f"{where}.options[{o}]"
            option = check.build(Option, raw, list(OPTION_FIELDS), at, position=o)
            for n, line in enumerate(check.items(raw, "cost_lines", at)):
                option.cost_lines.append(check.build(
                    CostLine, line, list(LINE_FIELDS), f"{at}.cost_lines[{n}]", position=n))
            for n, role in enumerate(check.items(raw, "pa_roles", at)):
                if isinstance(role, dict) and "hours_pattern" not in role:
                    # Files from before the choice existed: every PA was costed with
                    # rolled-up holiday pay, so they keep their figures.
                    role = {**role, "hours_pattern": HoursPattern.IRREGULAR.value}
                pa_role = check.build(
                    PARoleRow, role, list(PA_FIELDS), f"{at}.pa_roles[{n}]", position=n)
                if pa_role.hours_pattern not in (None, *HoursPattern):
                    check.add(f"{at}.pa_roles[{n}].hours_pattern",
                              f"must be one of {', '.join(HoursPattern)}")
                option.pa_roles.append(pa_role)
            for n, uid in enumerate(check.items(raw, "goals", at)):
                if uid in goals:
                    option.goals.append(goals[uid])
                else:
                    check.add(f"{at}.goals[{n}]", "names a goal that is not in this version")
            options[option.uid] = option
            version.options.append(option)
        chosen = []
        for s, raw in enumerate(check.items(raw_version, "scenarios", where)):
            at = f"{where}.scenarios[{s}]"
            scenario = check.build(Scenario, raw, list(SCENARIO_FIELDS), at, position=s)
            for n, uid in enumerate(check.items(raw, "options", at)):
                if uid in options:
                    scenario.options.append(options[uid])
                else:
                    check.add(f"{at}.options[{n}]", "names an option that is not in this version")
            if isinstance(raw, dict) and raw.get("chosen") is True:
                chosen.append(scenario)
            version.scenarios.append(scenario)
        if len(chosen) > 1:
            check.add(f"{where}.scenarios", "more than one scenario is marked as chosen")
        version.chosen_scenario = chosen[0] if chosen else None
        for r, raw in enumerate(check.items(raw_version, "risks", where)):
            version.risks.append(check.build(Risk, raw, list(RISK_FIELDS),
                                             f"{where}.risks[{r}]", position=r))
        for c, raw in enumerate(check.items(raw_version, "contingencies", where)):
            at = f"{where}.contingencies[{c}]"
            item = check.build(Contingency, raw, list(CONTINGENCY_FIELDS), at, position=c)
            for n, line in enumerate(check.items(raw, "cost_lines", at)):
                item.cost_lines.append(check.build(
                    CostLine, line, list(LINE_FIELDS), f"{at}.cost_lines[{n}]", position=n))
            version.contingencies.append(item)
        person.versions.append(version)
    if check.problems:
        raise PlanFileError(check.problems)
    return person


def import_plan_file(session: Session, text: str) -> Person:
    """Add the plan in the file as a new person; nothing is added if the file has a problem."""
    person = read_plan_file(text)
    chosen = {id(v): getattr(v, "chosen_scenario", None) for v in person.versions}
    session.add(person)
    session.flush()
    for version in person.versions:
        scenario = chosen.get(id(version))
        version.chosen_scenario_id = scenario.id if scenario is not None else None
    latest = person.versions[-1] if person.versions else None
    person.next_review = latest.next_review if latest is not None else None
    session.commit()
    return person
