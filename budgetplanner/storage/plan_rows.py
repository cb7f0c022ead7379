"""One person's plan as plain rows, table by table, to copy between two databases.

Taking a plan out copies its rows, with their numbers, from the organisation's server into a
plans file; bringing it back writes what changed in the file onto the server's rows; moving
in adds a plans file's people to the server as new rows. The rows are read and written with
SQLAlchemy Core on the models' tables, so every part of a plan comes along (spending too,
which the portable plan file leaves out).

Rows are plain dicts of column values. Each database numbers its own new rows: a row made on
the laptop is given the server's next number when it comes in, and every reference to it
follows (`add_rows`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum as PyEnum
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Enum,
    Table,
    delete,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.sql.elements import ColumnElement

from budgetplanner.storage.models import Base, Person
from budgetplanner.storage.types import DecimalText
from budgetplanner.translation import _, ngettext

Row = dict[str, Any]
PlanRows = dict[str, list[Row]]

# Every table of a person's plan, parents before the rows that refer to them.
TABLES = ("people", "plan_versions", "goals", "relationships", "options", "scenarios", "risks",
          "contingencies", "cost_lines", "pa_roles", "option_goals", "scenario_options",
          "plan_years", "spending_entries")
# A reference written after every row is in (a version's chosen scenario comes after it).
LATE = {("plan_versions", "chosen_scenario_id")}
# Kept by each database for itself: a save's number, not part of what the plan says.
NOT_COMPARED = frozenset({"row_version"})
# The parts counted in a report of what came across, in the person's words.
# The tables a plan's summary counts, in its order (`counts`).
COUNTED = ("plan_versions", "goals", "relationships", "options", "cost_lines", "pa_roles",
           "risks", "spending_entries")


def _counted(name: str, count: int) -> str:
    """"3 goals": how many rows of table `name`, in the chosen language."""
    words = {
        "plan_versions": ngettext("{count} version", "{count} versions", count),
        "goals": ngettext("{count} goal", "{count} goals", count),
        "relationships": ngettext("{count} person in my life", "{count} people in my life",
                                  count),
        "options": ngettext("{count} option", "{count} options", count),
        "cost_lines": ngettext("{count} cost", "{count} costs", count),
        "pa_roles": ngettext("{count} PA", "{count} PAs", count),
        "risks": ngettext("{count} risk", "{count} risks", count),
        "spending_entries": ngettext("{count} spending entry", "{count} spending entries",
                                     count),
    }[name]
    return words.format(count=count)


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def key_of(name: str, row: Mapping[str, Any]) -> tuple[Any, ...]:
    """A row's own key in its table (its number, or the pair a link row joins)."""
    return tuple(row[column.name] for column in table(name).primary_key.columns)


def _ids(rows: Iterable[Row]) -> list[int]:
    return [int(row["id"]) for row in rows]


def read_plan(connection: Connection, person_id: int) -> PlanRows:
    """Every row of one person's plan, each table in the order of its key."""
    rows: PlanRows = {}

    def fetch(name: str, where: ColumnElement[bool]) -> list[Row]:
        t = table(name)
        query = select(t).where(where).order_by(*t.primary_key.columns)
        rows[name] = [dict(row._mapping) for row in connection.execute(query)]
        return rows[name]

    fetch("people", table("people").c.id == person_id)
    versions = _ids(fetch("plan_versions", table("plan_versions").c.person_id == person_id))
    for name in ("goals", "relationships", "options", "scenarios", "risks", "contingencies",
                 "plan_years", "spending_entries"):
        fetch(name, table(name).c.version_id.in_(versions))
    options = _ids(rows["options"])
    contingencies = _ids(rows["contingencies"])
    lines = table("cost_lines")
    fetch("cost_lines", lines.c.option_id.in_(options) | lines.c.contingency_id.in_(contingencies))
    fetch("pa_roles", table("pa_roles").c.option_id.in_(options))
    fetch("option_goals", table("option_goals").c.option_id.in_(options))
    fetch("scenario_options", table("scenario_options").c.option_id.in_(options))
    return rows


def people_in(connection: Connection) -> list[tuple[int, str]]:
    """Everyone in a database (that I may see), by name."""
    people = table("people")
    query = select(people.c.id, people.c.name).order_by(people.c.name, people.c.id)
    return [(int(row.id), str(row.name)) for row in connection.execute(query)]


# Writing ------------------------------------------------------------------------------


def write_plan(connection: Connection, rows: PlanRows) -> None:
    """Write a plan's rows with their own numbers (into a plans file that has none of them)."""
    for name in TABLES:
        held = [column for t, column in LATE if t == name]
        for row in rows.get(name, []):
            connection.execute(insert(table(name)).values(
                {column: (None if column in held else value) for column, value in row.items()}))
    for name, column in LATE:
        t = table(name)
        for row in rows.get(name, []):
            if row[column] is not None:
                connection.execute(
                    update(t).where(t.c.id == row["id"]).values({column: row[column]}))


def _refer(name: str, row: Row, numbers: Mapping[tuple[str, int], int]) -> Row:
    """The row with each reference to a newly numbered row changed to its new number."""
    out = dict(row)
    for column in table(name).columns:
        for key in column.foreign_keys:
            value = out.get(column.name)
            if value is not None:
                out[column.name] = numbers.get((key.column.table.name, value), value)
    return out


def add_rows(connection: Connection, name: str, rows: Iterable[Row],
             numbers: dict[tuple[str, int], int]) -> None:
    """Add rows as new ones: each is given this database's next number (kept in `numbers`,
    old number -> new), and references to rows numbered anew follow. A new person's number
    is taken with `planner_new_person_id()` on the server, which assigns the advocate."""
    t = table(name)
    held = [column for table_name, column in LATE if table_name == name]
    numbered = "id" in t.c
    for row in rows:
        values = _refer(name, row, numbers)
        for column in held:
            values[column] = None
        values.pop("row_version", None)
        if numbered:
            old = values.pop("id")
            if name == "people" and connection.dialect.name == "postgresql":
                values["id"] = connection.execute(
                    text("SELECT planner_new_person_id()")).scalar_one()
            new = connection.execute(insert(t).values(values).returning(t.c.id)).scalar_one()
            numbers[(name, old)] = int(new)
        else:
            connection.execute(insert(t).values(values))


def set_late_references(connection: Connection, rows: PlanRows,
                        numbers: Mapping[tuple[str, int], int]) -> None:
    """Write the references held back until every row was in (a chosen scenario)."""
    for name, column in LATE:
        t = table(name)
        for row in rows.get(name, []):
            value = row.get(column)
            if value is None:
                continue
            number = numbers.get((name, row["id"]), row["id"])
            target = next(iter(t.c[column].foreign_keys)).column.table.name
            connection.execute(update(t).where(t.c.id == number).values(
                {column: numbers.get((target, value), value)}))


def add_plan(connection: Connection, rows: PlanRows) -> int:
    """Add a whole plan as a new person; returns their number in this database."""
    numbers: dict[tuple[str, int], int] = {}
    for name in TABLES:
        add_rows(connection, name, rows.get(name, []), numbers)
    set_late_references(connection, rows, numbers)
    return numbers[("people", rows["people"][0]["id"])]


class RowsMovedOnError(Exception):
    """A row to be changed was changed or removed by someone else meanwhile."""


def _same(old: Row, new: Row) -> bool:
    """Whether two rows with one key are the same part of the plan: a row removed on the
    laptop may leave its number to a new one, which has a uid of its own."""
    return old.get("uid") == new.get("uid")


def apply_changes(connection: Connection, base: PlanRows, mine: PlanRows, now: PlanRows) -> None:
    """Make the rows of a plan, `now` as saved (the same as `base`), into `mine`: rows gone
    from mine are deleted, rows changed are updated (only where their saved version is still
    the one read: RowsMovedOnError otherwise), new rows are added with new numbers."""
    saved_versions = {(name, key_of(name, row)): row.get("row_version")
                      for name in TABLES for row in now.get(name, [])}
    for name in reversed(TABLES):
        t = table(name)
        kept = {key_of(name, row): row for row in mine.get(name, [])}
        for row in base.get(name, []):
            key = key_of(name, row)
            if key not in kept or not _same(row, kept[key]):
                connection.execute(delete(t).where(*_where(t, key)))
    numbers: dict[tuple[str, int], int] = {}
    for name in TABLES:
        t = table(name)
        before = {key_of(name, row): row for row in base.get(name, [])}
        new = []
        for row in mine.get(name, []):
            key = key_of(name, row)
            if key not in before or not _same(before[key], row):
                new.append(row)
                continue
            changed = {column: value for column, value in _refer(name, row, numbers).items()
                       if column not in NOT_COMPARED and (name, column) not in LATE
                       and before[key].get(column) != value}
            if not changed:
                continue
            saved = saved_versions.get((name, key))
            done = connection.execute(update(t).where(
                *_where(t, key), t.c.row_version == saved).values(
                {**changed, "row_version": t.c.row_version + 1}))
            if done.rowcount != 1:
                raise RowsMovedOnError(name)
        add_rows(connection, name, new, numbers)
    for name, column in LATE:
        t = table(name)
        before_rows = {row["id"]: row for row in base.get(name, [])}
        target = next(iter(t.c[column].foreign_keys)).column.table.name
        for row in mine.get(name, []):
            value = row.get(column)
            if value is not None:
                value = numbers.get((target, value), value)
            was = before_rows.get(row["id"])
            if (name, row["id"]) in numbers:
                if value is None:
                    continue  # a new row starts with none
            elif was is None or was.get(column) == value:
                continue
            number = numbers.get((name, row["id"]), row["id"])
            connection.execute(update(t).where(t.c.id == number).values(
                {column: value, "row_version": t.c.row_version + 1}))


def _where(t: Table, key: tuple[Any, ...]) -> list[ColumnElement[bool]]:
    return [column == value for column, value in zip(t.primary_key.columns, key, strict=True)]


# Comparing, keeping and counting -----------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, PyEnum):
        return value.value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def to_json(rows: PlanRows) -> str:
    """The rows as JSON text (to keep inside a plans file)."""
    return json.dumps({name: [{column: _plain(value) for column, value in row.items()}
                              for row in rows.get(name, [])] for name in TABLES},
                      sort_keys=True, ensure_ascii=False)


def _typed(name: str, column: str, value: Any) -> Any:
    if value is None:
        return None
    kind = table(name).c[column].type
    if isinstance(kind, DecimalText):
        return Decimal(value)
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    return value


def from_json(data: str) -> PlanRows:
    raw = json.loads(data)
    return {name: [{column: _typed(name, column, value) for column, value in row.items()}
                   for row in raw.get(name, [])] for name in TABLES}


def fingerprint(rows: PlanRows) -> str:
    """What a plan says, as one short text: equal for equal plans, whatever their saves'
    numbers."""
    plain = {name: sorted(json.dumps({column: _plain(value) for column, value in row.items()
                                       if column not in NOT_COMPARED}, sort_keys=True)
                           for row in rows.get(name, [])) for name in TABLES}
    return hashlib.sha256(json.dumps(plain, sort_keys=True).encode()).hexdigest()


def counts(rows: PlanRows) -> str:
    """What a plan holds, in words: "2 versions, 3 goals, 1 option, 4 costs"."""
    words = []
    for name in COUNTED:
        count = len(rows.get(name, []))
        if count:
            words.append(_counted(name, count))
    return ", ".join(words) or _("nothing yet")


def as_person(rows: PlanRows) -> Person:
    """The plan as model objects in no session, to compare (review.compare) and to sum."""
    made: dict[tuple[str, Any], Any] = {}
    for name in TABLES:
        if name in ("option_goals", "scenario_options", "plan_years", "spending_entries"):
            continue
        model = _MODELS[name]
        for row in sorted(rows.get(name, []), key=lambda row: row.get("position", 0)):
            made[(name, row["id"])] = model(**row)
    [person] = [made[("people", row["id"])] for row in rows["people"]]
    for (name, _number), item in made.items():
        for attribute, parent_table, column in _PARENTS.get(name, ()):
            parent = made.get((parent_table, getattr(item, column)))
            if parent is not None:
                setattr(item, attribute, parent)
    for link in rows.get("option_goals", []):
        option = made.get(("options", link["option_id"]))
        goal = made.get(("goals", link["goal_id"]))
        if option is not None and goal is not None:
            option.goals.append(goal)
    for link in rows.get("scenario_options", []):
        scenario = made.get(("scenarios", link["scenario_id"]))
        option = made.get(("options", link["option_id"]))
        if scenario is not None and option is not None:
            scenario.options.append(option)
    return person  # type: ignore[no-any-return]


_MODELS: dict[str, type[Any]] = {mapper.local_table.name: mapper.class_
                                  for mapper in Base.registry.mappers
                                  if isinstance(mapper.local_table, Table)}
# Each part's parent: the relationship that holds it, the parent's table, the column.
_PARENTS = {
    "plan_versions": (("person", "people", "person_id"),),
    **{name: (("version", "plan_versions", "version_id"),)
       for name in ("goals", "relationships", "options", "scenarios", "risks", "contingencies")},
    "cost_lines": (("option", "options", "option_id"),
                   ("contingency", "contingencies", "contingency_id")),
    "pa_roles": (("option", "options", "option_id"),),
}
