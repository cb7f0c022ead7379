"""The organisation's people who use the plans: advocates, leads, and who works with whom.

Run by the organisation's administrator (a member of `planner_admin`) or, for assignments, a
team lead (`planner_lead`), signed in as themselves. Roles and the assignments table are made
by migration 0005. Passwords never travel or rest in plain text: they are hashed (SCRAM) on
this computer by libpq before `CREATE ROLE` is sent, as psql's \\password does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from budgetplanner.storage.server import ServerError
from budgetplanner.translation import _

ADVOCATE_GROUP = "planner_advocate"
LEAD_GROUP = "planner_lead"
ADMIN_GROUP = "planner_admin"
# A sign-in name: lower-case letters, digits, dot, dash or underscore, starting with a letter.
SIGN_IN_NAME = re.compile(r"[a-z][a-z0-9._-]{0,62}")


@dataclass(frozen=True)
class Assignment:
    person: str
    advocate: str


def check_sign_in_name(name: str) -> str:
    if not SIGN_IN_NAME.fullmatch(name):
        raise ServerError(_('"{name}" cannot be a sign-in name: please use lower-case '
                            "letters, digits, dots, dashes or underscores, starting with a "
                            "letter.").format(name=name))
    if name.startswith(("pg_", "planner_")):
        raise ServerError(_('"{name}" is kept for the database itself: please choose '
                            "another.").format(name=name))
    return name


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _scram(connection: Connection, name: str, password: str) -> str:
    raw = connection.connection.dbapi_connection
    pgconn = getattr(raw, "pgconn", None)
    if pgconn is None:
        raise ServerError(_("Advocates can be added only on a PostgreSQL server."))
    hashed = pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")
    return bytes(hashed).decode("ascii")


def role_exists(connection: Connection, name: str) -> bool:
    return bool(connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"),
                                   {"name": name}).first())


def add_member(engine: Engine, name: str, password: str, *, lead: bool = False) -> None:
    """Add an advocate (or a team lead) who signs in as `name` with `password`."""
    check_sign_in_name(name)
    if len(password) < 12:
        raise ServerError(_("A password needs at least 12 characters."))
    group = LEAD_GROUP if lead else ADVOCATE_GROUP
    with engine.begin() as connection:
        if role_exists(connection, name):
            raise ServerError(_('There is already someone who signs in as "{name}".').format(
                name=name))
        hashed = _scram(connection, name, password).replace("'", "''")
        try:
            # Only the administrators' group may create roles (CREATEROLE is not inherited).
            connection.execute(text(f"SET LOCAL ROLE {ADMIN_GROUP}"))
        except Exception as refused:
            raise ServerError(_("Only the organisation's administrator can add advocates.")) \
                from refused
        connection.execute(text(
            f"CREATE ROLE {_quote(connection, name)} LOGIN PASSWORD '{hashed}' IN ROLE {group}"
            .replace(":", r"\:")))


def remove_member(engine: Engine, name: str) -> None:
    """Stop `name` signing in; their assignments go, the record of what they did stays."""
    check_sign_in_name(name)
    with engine.begin() as connection:
        if not role_exists(connection, name):
            raise ServerError(_('No one signs in as "{name}".').format(name=name))
        connection.execute(text(f"SET LOCAL ROLE {ADMIN_GROUP}"))
        connection.execute(text("DELETE FROM assignments WHERE advocate = :name"), {"name": name})
        connection.execute(text(f"ALTER ROLE {_quote(connection, name)} NOLOGIN"))


def _person_id(connection: Connection, person: str) -> int:
    wanted = " ".join(person.split()).lower()
    ids = connection.execute(text("SELECT id FROM people WHERE lower(name) = :name ORDER BY id"),
                             {"name": wanted}).scalars().all()
    if not ids:
        raise ServerError(_('There is no plan for "{name}" that I can see.').format(
            name=person))
    if len(ids) > 1:
        raise ServerError(_('More than one plan is for "{name}": please rename one '
                            "first.").format(name=person))
    return int(ids[0])


def assign(engine: Engine, person: str, advocate: str, *, instead_of: str | None = None) -> None:
    """Let `advocate` work with `person` (and, when given, take them from `instead_of`)."""
    with engine.begin() as connection:
        member = connection.execute(text(
            "SELECT pg_has_role(rolname, :group, 'USAGE') FROM pg_roles WHERE rolname = :name"),
            {"group": ADVOCATE_GROUP, "name": advocate}).scalar()
        if not member:
            raise ServerError(_('"{name}" is not one of the organisation\'s advocates.')
                              .format(name=advocate))
        person_id = _person_id(connection, person)
        connection.execute(text(
            "INSERT INTO assignments (person_id, advocate) VALUES (:person, :advocate) "
            "ON CONFLICT DO NOTHING"), {"person": person_id, "advocate": advocate})
        if instead_of is not None and instead_of != advocate:
            connection.execute(text(
                "DELETE FROM assignments WHERE person_id = :person AND advocate = :advocate"),
                {"person": person_id, "advocate": instead_of})


def unassign(engine: Engine, person: str, advocate: str) -> None:
    with engine.begin() as connection:
        person_id = _person_id(connection, person)
        connection.execute(text(
            "DELETE FROM assignments WHERE person_id = :person AND advocate = :advocate"),
            {"person": person_id, "advocate": advocate})


def advocates(engine: Engine) -> list[str]:
    """The sign-in names of everyone who may work with plans as an advocate now: members of
    the advocates' group who can sign in (not a removed one, not a superuser), by name. Roles
    belong to the whole server, so these are the organisation's advocates on it."""
    with engine.connect() as connection:
        names = connection.execute(text(
            "SELECT rolname FROM pg_roles WHERE rolcanlogin AND NOT rolsuper "
            "AND pg_has_role(oid, :group, 'USAGE') ORDER BY rolname"),
            {"group": ADVOCATE_GROUP}).scalars().all()
    return [str(name) for name in names]


def assignments(engine: Engine) -> list[Assignment]:
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT p.name, a.advocate FROM assignments a JOIN people p ON p.id = a.person_id "
            "ORDER BY lower(p.name), a.advocate")).all()
    return [Assignment(row.name, row.advocate) for row in rows]
