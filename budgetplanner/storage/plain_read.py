"""A plans file read for one export with Python's own sqlite3, without SQLAlchemy.

A command-line export only reads: loading SQLAlchemy and its models takes longer than the
reading itself. So when the plans file is a plain SQLite file at the newest schema, not in
use, with no changes waiting in a "-wal" file beside it, the plan is read here into plain
objects with the same attribute names, the same values and the same links as the stored
ones (`budgetplanner.storage.models`): Decimal money and hours, enums, dates, and lists in
the same order. The printed plan is built from them by the very same code.

Anything else (a locked or older file, one in use or being repaired) is left to
`PlanStore.open`, which says what is wrong or upgrades it: `PlainPlans.open` returns None.
Nothing is written to the file, and nothing is made beside it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from budgetplanner.categories import OptionKind, Payer
from budgetplanner.periods import Frequency, Period
from budgetplanner.storage import cipher
from budgetplanner.storage.health import FILE_ID_KEY, FileLock, check_file, check_place, wal_path
from budgetplanner.storage.migrations import HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    from budgetplanner.rates import RateTable
    from budgetplanner.storage.models import Person, PlanVersion


# -- the values, converted as the models' column types convert them -----------------------


def _decimal(value: Any) -> Decimal | None:  # storage/types.py DecimalText
    return None if value is None else Decimal(str(value))


def _date(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def _datetime(value: Any) -> datetime | None:
    return None if value is None else datetime.fromisoformat(str(value))


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _enum(kind: Callable[[str], Any]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        return None if value is None else kind(value)
    return convert


def _same(value: Any) -> Any:
    return value


# Each table's columns and how each is read; a column not named is read as it is stored.
_COLUMNS: dict[str, dict[str, Callable[[Any], Any]]] = {
    "people": {"id": _same, "row_version": _same, "name": _same, "created_at": _datetime,
               "archived": _bool, "next_review": _date},
    "plan_versions": {
        "id": _same, "row_version": _same, "person_id": _same, "number": _same,
        "created_at": _datetime, "frozen_at": _datetime, "preferred_name": _same,
        "admired": _same, "communication": _same, "decisions": _same, "good_life": _same,
        "matters_now": _same, "matters_future": _same, "strengths": _same,
        "own_resources": _same, "contribution": _same, "support_needs": _same,
        "personal_budget": _decimal, "personal_budget_period": _enum(Period),
        "rate_table_name": _same, "employment_allowance": _bool,
        "chosen_scenario_id": _same, "why_chosen": _same, "participants": _same,
        "next_review": _date, "review_notes": _same},
    "goals": {"id": _same, "row_version": _same, "uid": _same, "version_id": _same,
              "position": _same, "title": _same, "how_i_will_know": _same,
              "target_date": _date, "what_worked": _same, "what_did_not": _same},
    "relationships": {"id": _same, "row_version": _same, "uid": _same, "version_id": _same,
                      "position": _same, "name": _same, "group": _same, "closeness": _same,
                      "helps_with": _same, "unpaid_hours_per_week": _decimal},
    "options": {"id": _same, "row_version": _same, "uid": _same, "version_id": _same,
                "position": _same, "title": _same, "kind": _enum(OptionKind),
                "description": _same, "pa_payer": _enum(Payer), "cover_kind": _same,
                "cover_value": _decimal, "first_payday": _date,
                "holiday_cover_rate": _decimal, "sick_pay_days": _same},
    "cost_lines": {"id": _same, "row_version": _same, "uid": _same, "option_id": _same,
                   "contingency_id": _same, "position": _same, "description": _same,
                   "amount": _decimal, "frequency": _enum(Frequency),
                   "hours_per_week": _decimal, "payer": _enum(Payer), "due_on": _date},
    "pa_roles": {"id": _same, "row_version": _same, "uid": _same, "option_id": _same,
                 "position": _same, "name": _same, "hourly_wage": _decimal,
                 "hours_per_week": _decimal, "pay_frequency": _same, "age_band": _same,
                 "pension_choice": _same, "relative_in_household": _bool,
                 "hours_pattern": _same},
    "scenarios": {"id": _same, "row_version": _same, "uid": _same, "version_id": _same,
                  "position": _same, "name": _same, "notes": _same},
    "risks": {"id": _same, "row_version": _same, "uid": _same, "version_id": _same,
              "position": _same, "risk": _same, "my_choice": _same, "made_smaller": _same,
              "who_helps": _same, "if_wrong": _same},
    "contingencies": {"id": _same, "row_version": _same, "uid": _same, "version_id": _same,
                      "position": _same, "situation": _same, "arrangement": _same},
}


class PlainRow:
    """A stored row as a plain object: its columns as attributes, then its links.

    Compared by identity, as the stored rows are (a goal is "in" an option's goals when it
    is that very goal)."""

    table = ""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)

    def __repr__(self) -> str:
        return f"<plain {self.table} {self.__dict__.get('id')}>"


class PlainPerson(PlainRow):
    table = "people"
    id: int
    name: str
    versions: list[PlainVersion]


class PlainVersion(PlainRow):
    table = "plan_versions"
    id: int
    person: PlainPerson
    goals: list[PlainRow]
    relationships: list[PlainRow]
    options: list[PlainRow]
    scenarios: list[PlainRow]
    risks: list[PlainRow]
    contingencies: list[PlainRow]
    frozen_at: datetime | None
    # The file's own rate tables (name: JSON text), for budgetplanner.plan_money.rate_table_of,
    # and the ones already read from them.
    saved_rate_tables: dict[str, str]
    rate_table_cache: dict[str, RateTable]

    @property
    def is_frozen(self) -> bool:
        return self.frozen_at is not None


@dataclass(frozen=True)
class PlainPersonRow:
    """What the list of plans shows of a person (as `store.PersonRow`)."""

    id: int
    name: str
    next_review: date | None


def _escaped(search: str) -> str:
    """A LIKE pattern's words taken literally, as SQLAlchemy's `icontains(autoescape=True)`."""
    return search.replace("/", "//").replace("%", "/%").replace("_", "/_")


@dataclass
class PlainPlans:
    """A plans file opened for reading one plan, holding the file's lock meanwhile."""

    connection: sqlite3.Connection
    lock: FileLock
    path: Path
    _people: dict[int, PlainPerson] = field(default_factory=dict)

    @classmethod
    def open(cls, path: Path) -> PlainPlans | None:
        """The plans file opened for reading, or None when `PlanStore.open` must open it
        (it is locked, older or newer, in use, damaged, read-only, has changes waiting in a
        "-wal" file, or has never been opened by the program to be given its name)."""
        if not path.is_file() or not cipher.is_plain(path) or check_place(path) is not None:
            return None
        lock = FileLock(path)
        try:
            if not lock.acquire():
                return None
        except OSError:
            return None
        try:
            wal = wal_path(path)
            if (wal.exists() and wal.stat().st_size > 0) or check_file(
                    path, set(KNOWN_REVISIONS)) is not None:
                lock.release()
                return None
            # Read as it is (SQLite's immutable mode): nothing is written to it or made
            # beside it. The lock keeps every other copy of the program from writing to it
            # meanwhile, and no changes are waiting in a "-wal" file to be read with it.
            connection = sqlite3.connect(cipher.uri(path, "mode=ro&immutable=1"), uri=True)
        except (OSError, sqlite3.Error):
            lock.release()
            return None
        try:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            named = connection.execute("SELECT value FROM settings WHERE key = ?",
                                       (FILE_ID_KEY,)).fetchone()
        except sqlite3.Error:
            revision = named = None
        if revision is None or revision[0] != HEAD_REVISION or named is None or not named[0]:
            connection.close()
            lock.release()
            return None
        return cls(connection, lock, path)

    def close(self) -> None:
        self.connection.close()
        self.lock.release()

    def __enter__(self) -> PlainPlans:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- what the command line asks of the store (see storage/store.py) ---------------------

    def setting(self, key: str, default: str) -> str:
        row = self.connection.execute("SELECT value FROM settings WHERE key = ?",
                                      (key,)).fetchone()
        return default if row is None else str(row[0])

    def people(self, search: str = "", *, offset: int = 0, limit: int = 200,
               include_archived: bool = False) -> list[PlainPersonRow]:
        where, values = [], []
        if not include_archived:
            where.append("archived = 0")
        if search.strip():
            where.append("lower(name) LIKE '%' || lower(?) || '%' ESCAPE '/'")
            values.append(_escaped(search.strip()))
        sql = ("SELECT id, name, next_review FROM people"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY lower(name), id LIMIT ? OFFSET ?")
        rows = self.connection.execute(sql, (*values, limit, offset)).fetchall()
        return [PlainPersonRow(row[0], row[1], _date(row[2])) for row in rows]

    def find_person(self, name: str) -> Person | None:
        wanted = " ".join(name.split()).lower()
        row = self.connection.execute("SELECT id FROM people WHERE lower(name) = ? "
                                      "ORDER BY id LIMIT 1", (wanted,)).fetchone()
        return None if row is None else self.person(row[0])

    def person(self, person_id: int) -> Person:
        """The person with their versions, every part read (the plain objects stand for the
        stored ones: same names, same values)."""
        if person_id not in self._people:
            self._people[person_id] = self._read_person(person_id)
        return cast("Person", self._people[person_id])

    def current_version(self, person: Person) -> PlanVersion | None:
        """The newest version, or None when the person has none yet (the store makes one)."""
        versions = cast(PlainPerson, person).versions
        return cast("PlanVersion", versions[-1]) if versions else None

    # -- reading -----------------------------------------------------------------------------

    def _rows(self, table: str, where: str, keys: Sequence[object],
              order: str = "position") -> list[dict[str, Any]]:
        if not keys:
            return []
        columns = _COLUMNS[table]
        names = ", ".join(f'"{name}"' for name in columns)
        marks = ", ".join("?" for _key in keys)
        cursor = self.connection.execute(
            f"SELECT {names} FROM {table} WHERE {where} IN ({marks}) ORDER BY {order}, id",
            tuple(keys))
        converters = list(columns.items())
        return [{name: convert(value) for (name, convert), value in zip(converters, row,
                                                                          strict=True)}
                for row in cursor]

    def _read_person(self, person_id: int) -> PlainPerson:
        found = self._rows("people", "id", [person_id], "name")
        if not found:
            raise KeyError(person_id)
        person = PlainPerson(found[0])
        person.versions = [PlainVersion(values) for values in
                           self._rows("plan_versions", "person_id", [person_id], "number")]
        saved = dict(self.connection.execute("SELECT name, body FROM rate_tables").fetchall())
        by_version: dict[int, PlainVersion] = {}
        for version in person.versions:
            version.person = person
            version.saved_rate_tables = saved
            version.rate_table_cache = {}
            for part in ("goals", "relationships", "options", "scenarios", "risks",
                         "contingencies"):
                setattr(version, part, [])
            by_version[version.id] = version
        ids = list(by_version)

        def parts(table: str, attribute: str) -> dict[int, Any]:
            made: dict[int, Any] = {}
            for values in self._rows(table, "version_id", ids):
                row: Any = PlainRow(values)
                row.table = table
                row.version = by_version[values["version_id"]]
                getattr(row.version, attribute).append(row)
                made[values["id"]] = row
            return made

        goals = parts("goals", "goals")
        parts("relationships", "relationships")
        options = parts("options", "options")
        scenarios = parts("scenarios", "scenarios")
        parts("risks", "risks")
        contingencies = parts("contingencies", "contingencies")
        for option in options.values():
            option.cost_lines, option.pa_roles, option.goals = [], [], []
        for item in contingencies.values():
            item.cost_lines = []
        for scenario in scenarios.values():
            scenario.options = []
        for goal in goals.values():
            goal.options = []
        self._lines(options, contingencies)
        for values in self._rows("pa_roles", "option_id", list(options)):
            role: Any = PlainRow(values)
            role.table = "pa_roles"
            role.option = options[values["option_id"]]
            role.option.pa_roles.append(role)
        self._links("option_goals", "option_id", "goal_id", options, goals,
                    "goals", "options")
        self._links("scenario_options", "scenario_id", "option_id", scenarios, options,
                    "options", None)
        return person

    def _lines(self, options: dict[int, Any], contingencies: dict[int, Any]) -> None:
        for owner_column, owners in (("option_id", options),
                                     ("contingency_id", contingencies)):
            for values in self._rows("cost_lines", owner_column, list(owners)):
                line: Any = PlainRow(values)
                line.table = "cost_lines"
                line.option = options.get(values["option_id"])
                line.contingency = contingencies.get(values["contingency_id"])
                owners[values[owner_column]].cost_lines.append(line)

    def _links(self, table: str, left: str, right: str, lefts: dict[int, Any],
               rights: dict[int, Any], forward: str, backward: str | None) -> None:
        """A many-to-many link table, both ways, in the order the stored plan reads them
        (SQLite's own: forward by the link table's key, backward in the order linked)."""
        if not lefts:
            return
        marks = ", ".join("?" for _key in lefts)
        links = self.connection.execute(
            f"SELECT {left}, {right} FROM {table} WHERE {left} IN ({marks}) ORDER BY rowid",
            tuple(lefts)).fetchall()
        for one, other in sorted(links):
            if other in rights:
                getattr(lefts[one], forward).append(rights[other])
        if backward is not None:
            for one, other in links:
                if other in rights:
                    getattr(rights[other], backward).append(lefts[one])
