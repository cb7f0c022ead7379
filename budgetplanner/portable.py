"""The portable plan file: one person's plan, every version, in one checked JSON file.

The format is documented in docs/plan-file-format.md. Writing is stable (the same plan gives
the same bytes); reading checks the whole file first and imports nothing from a file with any
problem, reporting each one with where it is.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, String, Text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from budgetplanner.money import MAX_AMOUNT, PENNY
from budgetplanner.pa_costs import (
    MAX_SICK_PAY_DAYS,
    AgeBand,
    CoverKind,
    PayFrequency,
    PensionChoice,
)
from budgetplanner.periods import MAX_HOURS_PER_WEEK
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
from budgetplanner.storage.store import clean_name
from budgetplanner.storage.types import DecimalText
from budgetplanner.translation import N_, _, ngettext, translated
from budgetplanner.validation import (
    EARLIEST_PAYMENT_DATE,
    LATEST_PAYMENT_DATE,
    MAX_TEXT_LENGTH,
)

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

    def sentence(self) -> str:
        """One plain sentence for the person: the first problem, and how many more."""
        first = self.problems[0] if self.problems else _("the file cannot be read")
        more = len(self.problems) - 1
        if more > 0:
            return ngettext("Nothing was imported from this plan file: {problem} (and {count} "
                            "more problem).",
                            "Nothing was imported from this plan file: {problem} (and {count} "
                            "more problems).", more).format(problem=first, count=more)
        return _("Nothing was imported from this plan file: {problem}.").format(problem=first)


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
#
# Two steps, so that a refused file touches nothing: `check_plan_file` turns the JSON into
# plain, checked values (or raises PlanFileError listing every problem), and only then does
# `build_person` make rows from them. `import_plan_file` adds the rows to a session.

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2200, 12, 31)
# Version numbers and the like: far beyond any real plan, far below anything that hurts.
MAX_WHOLE_NUMBER = 1_000_000
MAX_PROBLEMS = 500  # a hostile file cannot make the report endless
# A whole number in the file with more digits than this is not read at all (Python refuses
# over 4,300 digits with its own error; no field needs more than a few).
_MAX_INT_DIGITS = 30
# Money and hours: plain digits with an optional point, never a sign or an exponent.
_NUMBER = re.compile(r"[0-9]{1,30}(?:\.[0-9]{1,30})?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}")

# The groups of the circle of support, as documented in docs/plan-file-format.md.
RELATIONSHIP_GROUPS = ("family", "friends", "neighbours", "community", "paid")
# How a PA's hours fall (models.PARoleRow.hours_pattern).
HOURS_PATTERNS = ("fixed", "irregular")


class _TooLong:
    """Stands in for a whole number too long to read; every check refuses it."""


def _read_int(text: str) -> int | _TooLong:
    return int(text) if len(text.lstrip("-")) <= _MAX_INT_DIGITS else _TooLong()


class _RefusedError(Exception):
    """One value that cannot be right; the message says why, for the problem list."""


Check = Callable[[Any], Any]


def _text(limit: int) -> Check:
    def check(raw: Any) -> str:
        if not isinstance(raw, str):
            raise _RefusedError(_("must be text"))
        if len(raw) > limit:
            raise _RefusedError(_("is longer than {count} characters").format(
                count=f"{limit:,}"))
        try:
            raw.encode("utf-8")
        except UnicodeEncodeError as exc:  # a lone surrogate, from a "\ud800" escape
            raise _RefusedError(_("holds a broken character that cannot be stored")) from exc
        return raw.replace("\x00", "")
    return check


def _number(limit: Decimal, too_big: str, figure: Decimal) -> Check:
    """`too_big`: marked with N_, with {figure} for the figure it names."""
    def check(raw: Any) -> Decimal:
        if not isinstance(raw, str):
            raise _RefusedError(_('must be a number written as text, like "12.50"'))
        if not _NUMBER.fullmatch(raw):
            raise _RefusedError(_('is not a number written with digits, like "12.50"'))
        if len(raw.partition(".")[2]) > 2:
            raise _RefusedError(_("has more than two figures after the point"))
        value = Decimal(raw)
        if value > limit:
            raise _RefusedError(translated(too_big).format(figure=f"{figure:,}"))
        return value
    return check


# The same ceiling as money typed into the window (money.MAX_AMOUNT).
_amount = _number(MAX_AMOUNT - PENNY, N_("is £{figure} or more, so it cannot be right"),
                  MAX_AMOUNT)
_hours = _number(MAX_HOURS_PER_WEEK, N_("is more than the {figure} hours in a week"),
                 MAX_HOURS_PER_WEEK)


def _whole(lowest: int, highest: int) -> Check:
    def check(raw: Any) -> int:
        if not isinstance(raw, int) or isinstance(raw, bool):
            raise _RefusedError(_("must be a whole number"))
        if not lowest <= raw <= highest:
            raise _RefusedError(_("must be a whole number from {lowest} to {highest}").format(
                lowest=f"{lowest:,}", highest=f"{highest:,}"))
        return raw
    return check


def _choice(allowed: Sequence[str], enum_class: type[Any] | None = None) -> Check:
    def check(raw: Any) -> Any:
        if not isinstance(raw, str) or raw not in allowed:
            raise _RefusedError(_("must be one of {choices}").format(
                choices=", ".join(allowed)))
        return enum_class(raw) if enum_class is not None else raw
    return check


def _boolean(raw: Any) -> bool:
    if not isinstance(raw, bool):
        raise _RefusedError(_("must be true or false"))
    return raw


def _in_range(day: date) -> None:
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise _RefusedError(_("must be between {first} and {last}").format(
            first=EARLIEST_DATE.year, last=LATEST_DATE.year))


def _date(raw: Any) -> date:
    try:
        value = date.fromisoformat(raw) if isinstance(raw, str) and _DATE.fullmatch(raw) else None
    except ValueError:
        value = None
    if value is None:
        raise _RefusedError(_("must be a date like 2027-03-31"))
    _in_range(value)
    return value


def _payment_date(raw: Any) -> date:
    """A payday or due date: a date, and one within the years a payment can be planned."""
    value = _date(raw)
    if not EARLIEST_PAYMENT_DATE <= value <= LATEST_PAYMENT_DATE:
        raise _RefusedError(_("is a payment date, so must be between {first} and {last}")
                            .format(first=EARLIEST_PAYMENT_DATE.year,
                                    last=LATEST_PAYMENT_DATE.year))
    return value


def _time(raw: Any) -> datetime:
    try:
        value = (datetime.fromisoformat(raw) if isinstance(raw, str) and _TIME.fullmatch(raw)
                 else None)
    except ValueError:
        value = None
    if value is None:
        raise _RefusedError(_("must be a time like 2027-03-31T14:30:00, without a time zone"))
    _in_range(value.date())
    return value


# What each value means, beyond the kind of column it is kept in (table, column).
_MEANING: dict[tuple[str, str], Check] = {
    ("plan_versions", "number"): _whole(1, MAX_WHOLE_NUMBER),
    ("relationships", "group"): _choice(RELATIONSHIP_GROUPS),
    ("relationships", "closeness"): _whole(1, 4),
    ("relationships", "unpaid_hours_per_week"): _hours,
    ("options", "cover_kind"): _choice([kind.value for kind in CoverKind]),
    ("options", "first_payday"): _payment_date,
    ("options", "sick_pay_days"): _whole(0, MAX_SICK_PAY_DAYS),
    ("cost_lines", "due_on"): _payment_date,
    ("cost_lines", "hours_per_week"): _hours,
    ("pa_roles", "hours_per_week"): _hours,
    ("pa_roles", "pay_frequency"): _choice([kind.value for kind in PayFrequency]),
    ("pa_roles", "age_band"): _choice([band.value for band in AgeBand]),
    ("pa_roles", "pension_choice"): _choice([choice.value for choice in PensionChoice]),
    ("pa_roles", "hours_pattern"): _choice(HOURS_PATTERNS),
}
# What a key left out of an older file means, where that is not a new item's default
# (table, column). Before the hours pattern existed every PA was costed with rolled-up
# holiday pay, so such files keep their figures.
_OLD_FILE_DEFAULTS: dict[tuple[str, str], Any] = {
    ("pa_roles", "hours_pattern"): "irregular",
}
# Cover is a percentage of the wage bill or hours a year (pa_costs.Cover).
_COVER_LIMITS = {
    CoverKind.PERCENT.value: (Decimal(100), N_("a percentage cannot be over 100")),
    CoverKind.HOURS.value: (Decimal(8784), N_("a year has no more than 8,784 hours"))}


@cache
def _check_for(model: type[Base], name: str) -> Check:
    meaning = _MEANING.get((model.__tablename__, name))
    if meaning is not None:
        return meaning
    kind = model.__table__.columns[name].type
    if isinstance(kind, DecimalText):
        return _amount
    if isinstance(kind, Enum):
        return _choice(list(kind.enums), kind.enum_class)
    if isinstance(kind, Boolean):
        return _boolean
    if isinstance(kind, Integer):
        return _whole(0, MAX_WHOLE_NUMBER)
    if isinstance(kind, DateTime):
        return _time
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, String | Text):
        return _text(kind.length or MAX_TEXT_LENGTH)
    raise TypeError(f"no check for {model.__tablename__}.{name}")  # pragma: no cover


_uid = _text(36)


@dataclass
class CheckedItem:
    """One part of a plan as checked plain values, before any row is made from it."""

    values: dict[str, Any]
    children: dict[str, list[CheckedItem]] = field(default_factory=dict)
    links: list[str] = field(default_factory=list)  # uids of goals or options
    chosen: bool = False


@dataclass
class CheckedPlan:
    """A whole plan file, checked: nothing in it can fail when rows are made."""

    name: str
    versions: list[CheckedItem]


class _Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def add(self, where: str, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(f"{where}: {message}")

    def value(self, model: type[Base], name: str, raw: Any, where: str) -> Any:
        if raw is None:
            if not model.__table__.columns[name].nullable:
                self.add(where, _("must not be empty"))
            return None
        try:
            return _check_for(model, name)(raw)
        except _RefusedError as refused:
            self.add(where, str(refused))
            return None

    def item(self, model: type[Base], raw: Any, fields: Iterable[str], where: str,
             uids: dict[str, str]) -> CheckedItem:
        """The named fields of one part; a field left out of the file keeps its default.

        `uids` collects the ids of this kind of part in the version, which must differ.
        """
        if not isinstance(raw, dict):
            self.add(where, _("must be an object"))
            return CheckedItem({})
        values = {name: self.value(model, name, raw[name], f"{where}.{name}")
                  for name in fields if name in raw}
        for name in fields:
            old_default = _OLD_FILE_DEFAULTS.get((model.__tablename__, name))
            if name not in raw and old_default is not None:
                values[name] = old_default
        if "uid" in model.__table__.columns:
            try:
                uid = _uid(raw.get("uid"))
            except _RefusedError:
                uid = ""
            if not uid.strip():
                self.add(f"{where}.uid", _("must be an id of 1 to 36 characters"))
            elif uid in uids:
                self.add(f"{where}.uid", _("is the same id as {other}").format(
                    other=uids[uid]))
            else:
                uids[uid] = where
                values["uid"] = uid
        return CheckedItem(values)

    def items(self, raw: Any, key: str, where: str) -> list[Any]:
        value = raw.get(key) if isinstance(raw, dict) else None
        if value is None:
            return []
        if not isinstance(value, list):
            self.add(f"{where}.{key}", _("must be a list"))
            return []
        return value

    def links(self, raw: Any, key: str, where: str, known: Mapping[str, str],
              what: str) -> list[str]:
        found: list[str] = []
        for n, uid in enumerate(self.items(raw, key, where)):
            at = f"{where}.{key}[{n}]"
            if not isinstance(uid, str):
                self.add(at, _("must be the id of a goal in this version") if what == "goal"
                         else _("must be the id of an option in this version"))
            elif uid not in known:
                self.add(at, _("names a goal that is not in this version") if what == "goal"
                         else _("names an option that is not in this version"))
            elif uid in found:
                self.add(at, _("names the same goal twice") if what == "goal"
                         else _("names the same option twice"))
            else:
                found.append(uid)
        return found

    def cost_lines(self, raw: Any, where: str, uids: dict[str, str]) -> list[CheckedItem]:
        return [self.item(CostLine, line, LINE_FIELDS, f"{where}.cost_lines[{n}]", uids)
                for n, line in enumerate(self.items(raw, "cost_lines", where))]

    def option(self, raw: Any, where: str, uids: dict[str, dict[str, str]]) -> CheckedItem:
        option = self.item(Option, raw, OPTION_FIELDS, where, uids["options"])
        kind, value = option.values.get("cover_kind"), option.values.get("cover_value")
        if kind in _COVER_LIMITS and isinstance(value, Decimal):
            limit, words = _COVER_LIMITS[kind]
            if value > limit:
                self.add(f"{where}.cover_value", translated(words))
        option.children["cost_lines"] = self.cost_lines(raw, where, uids["cost_lines"])
        option.children["pa_roles"] = [
            self.item(PARoleRow, role, PA_FIELDS, f"{where}.pa_roles[{n}]", uids["pa_roles"])
            for n, role in enumerate(self.items(raw, "pa_roles", where))]
        option.links = self.links(raw, "goals", where, uids["goals"], "goal")
        return option

    def version(self, raw: Any, where: str) -> CheckedItem:
        uids: dict[str, dict[str, str]] = defaultdict(dict)
        version = self.item(PlanVersion, raw, _VERSION, where, {})
        for key, model, fields in (("goals", Goal, _GOAL),
                                   ("relationships", Relationship, RELATIONSHIP_FIELDS)):
            version.children[key] = [
                self.item(model, part, fields, f"{where}.{key}[{n}]", uids[key])
                for n, part in enumerate(self.items(raw, key, where))]
        version.children["options"] = [
            self.option(part, f"{where}.options[{n}]", uids)
            for n, part in enumerate(self.items(raw, "options", where))]
        scenarios = []
        for n, part in enumerate(self.items(raw, "scenarios", where)):
            at = f"{where}.scenarios[{n}]"
            scenario = self.item(Scenario, part, SCENARIO_FIELDS, at, uids["scenarios"])
            scenario.links = self.links(part, "options", at, uids["options"], "option")
            chosen = part.get("chosen") if isinstance(part, dict) else None
            if chosen is not None and not isinstance(chosen, bool):
                self.add(f"{at}.chosen", _("must be true or false"))
            scenario.chosen = chosen is True
            scenarios.append(scenario)
        if sum(scenario.chosen for scenario in scenarios) > 1:
            self.add(f"{where}.scenarios", _("more than one scenario is marked as chosen"))
        version.children["scenarios"] = scenarios
        version.children["risks"] = [
            self.item(Risk, part, RISK_FIELDS, f"{where}.risks[{n}]", uids["risks"])
            for n, part in enumerate(self.items(raw, "risks", where))]
        contingencies = []
        for n, part in enumerate(self.items(raw, "contingencies", where)):
            at = f"{where}.contingencies[{n}]"
            item = self.item(Contingency, part, CONTINGENCY_FIELDS, at, uids["contingencies"])
            item.children["cost_lines"] = self.cost_lines(part, at, uids["cost_lines"])
            contingencies.append(item)
        version.children["contingencies"] = contingencies
        return version


def _decode(data: str | bytes) -> str:
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PlanFileError([_("This file is not UTF-8 text, so it is not a plan file.")]) from exc


def plan_file_bytes(path: Path) -> bytes:
    """The bytes of a plan file; one too large to be a plan is refused before it is read.

    Raises PlanFileError, or OSError when the file cannot be read at all.
    """
    if path.stat().st_size > MAX_FILE_BYTES:
        raise PlanFileError([_("The file is too large to be a plan file.")])
    return path.read_bytes()


def check_plan_file(data: str | bytes) -> CheckedPlan:
    """Check the whole file; raises PlanFileError listing every problem, and nothing else."""
    if len(data) > MAX_FILE_BYTES:
        raise PlanFileError([_("The file is too large to be a plan file.")])
    text = _decode(data)
    try:
        parsed = json.loads(text, parse_int=_read_int)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        line = getattr(exc, "lineno", None)
        raise PlanFileError([_("line {line}: this is not a readable plan file (not JSON)")
                             .format(line=line) if line else
                             _("this is not a readable plan file (not JSON)")]) from exc
    if not isinstance(parsed, dict) or parsed.get("format") != FORMAT:
        raise PlanFileError([_('format: this is not a "{format}"').format(format=FORMAT)])
    schema = parsed.get("schema_version")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise PlanFileError([_("schema_version: must be a whole number")])
    if schema > SCHEMA_VERSION:
        raise PlanFileError([_("schema_version: {schema} was written by a newer Budget "
                               "Planner; please update the program to read it").format(
                                   schema=schema)])
    raw_person = parsed.get("person")
    if not isinstance(raw_person, dict):
        raise PlanFileError([_("person: must be an object with a name and versions")])
    check = _Checker()
    name = check.value(Person, "name", raw_person.get("name"), "person.name")
    if isinstance(name, str) and not name.strip():
        check.add("person.name", _("must not be empty"))
    elif isinstance(name, str):
        name = clean_name(name)  # spacing as a typed name; the length is checked above
    raw_versions = check.items(raw_person, "versions", "person")
    if not raw_versions:
        check.add("person.versions", _("must hold at least one version"))
    versions = [check.version(raw, f"versions[{v}]") for v, raw in enumerate(raw_versions)]
    numbers: dict[int, int] = {}
    for v, version in enumerate(versions):
        number = version.values.get("number", 1)
        if number in numbers:
            check.add(f"versions[{v}].number", _("is the same as {other}").format(
                other=f"versions[{numbers[number]}]"))
        elif number is not None:
            numbers[number] = v
    if check.problems:
        raise PlanFileError(check.problems)
    return CheckedPlan(name=name, versions=versions)


def build_person(plan: CheckedPlan) -> Person:
    """Rows from a checked plan, not yet in a session (nothing here can fail)."""
    person = Person(name=plan.name)
    for checked in plan.versions:
        version = PlanVersion(**checked.values)
        goals: dict[str, Goal] = {}
        for n, item in enumerate(checked.children["goals"]):
            goal = Goal(**item.values, position=n)
            goals[goal.uid] = goal
            version.goals.append(goal)
        for n, item in enumerate(checked.children["relationships"]):
            version.relationships.append(Relationship(**item.values, position=n))
        options: dict[str, Option] = {}
        for n, item in enumerate(checked.children["options"]):
            option = Option(**item.values, position=n)
            option.cost_lines = [CostLine(**line.values, position=p)
                                 for p, line in enumerate(item.children["cost_lines"])]
            option.pa_roles = [PARoleRow(**role.values, position=p)
                               for p, role in enumerate(item.children["pa_roles"])]
            option.goals = [goals[uid] for uid in item.links]
            options[option.uid] = option
            version.options.append(option)
        for n, item in enumerate(checked.children["scenarios"]):
            scenario = Scenario(**item.values, position=n)
            scenario.options = [options[uid] for uid in item.links]
            version.scenarios.append(scenario)
        for n, item in enumerate(checked.children["risks"]):
            version.risks.append(Risk(**item.values, position=n))
        for n, item in enumerate(checked.children["contingencies"]):
            contingency = Contingency(**item.values, position=n)
            contingency.cost_lines = [CostLine(**line.values, position=p)
                                      for p, line in enumerate(item.children["cost_lines"])]
            version.contingencies.append(contingency)
        person.versions.append(version)
    return person


def read_plan_file(data: str | bytes) -> Person:
    """Check the whole file and build the person with every version, not yet in a session."""
    return build_person(check_plan_file(data))


def import_plan_file(session: Session, data: str | bytes) -> Person:
    """Add the plan in the file as a new person; nothing is added if the file has a problem.

    Raises PlanFileError only. The file is checked in full before any row is made, so a
    refused file leaves the session as it was.
    """
    plan = check_plan_file(data)
    person = build_person(plan)
    try:
        session.add(person)
        session.flush()
        for checked, version in zip(plan.versions, person.versions, strict=True):
            chosen = [scenario for item, scenario in zip(checked.children["scenarios"],
                                                         version.scenarios, strict=True)
                      if item.chosen]
            version.chosen_scenario_id = chosen[0].id if chosen else None
        latest = max(person.versions, key=lambda version: version.number)
        person.next_review = latest.next_review
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise PlanFileError([_("The plan could not be saved in the plans file, so nothing was "
                             "imported; please try again.")]) from exc
    return person
