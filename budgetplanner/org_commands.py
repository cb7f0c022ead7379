"""`main.py --db postgresql+psycopg://me@server/plans org ...`: the organisation's advocates.

The password is asked for at the start and held only in memory; a new advocate's password
is asked for twice and sent to the server only as a SCRAM hash.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL

    from budgetplanner.storage.models import Person
    from budgetplanner.storage.store import PlanStore

# The commands are described to argparse on every start, the window's too; the server and
# SQLAlchemy are loaded only when an org command runs.

Ask = Callable[[str], str]


def add_org_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    org = commands.add_parser(
        "org", help="the organisation's advocates and who works with whom (with --db "
        "postgresql+psycopg://my-name@server/database)")
    steps = org.add_subparsers(dest="org_command", required=True)
    add = steps.add_parser("add-advocate", help="let someone sign in as an advocate")
    add.add_argument("name", help="their sign-in name, for example asha.begum")
    add.add_argument("--lead", action="store_true", help="as a team lead, who sees everyone")
    remove = steps.add_parser("remove-advocate", help="stop someone signing in")
    remove.add_argument("name")
    assign = steps.add_parser("assign", help="let an advocate work with a person's plan")
    assign.add_argument("person", help="the name on the plan")
    assign.add_argument("advocate", help="the advocate's sign-in name")
    assign.add_argument("--instead-of", metavar="ADVOCATE",
                        help="and take the plan from this advocate")
    unassign = steps.add_parser("unassign", help="take a person's plan from an advocate")
    unassign.add_argument("person")
    unassign.add_argument("advocate")
    steps.add_parser("list", help="who works with whom")
    take = steps.add_parser("take-out", help="take a person's plan with me for a home visit, "
                            "as a plans file locked with a passphrase; no one else can change "
                            "it on the server until I bring it back")
    take.add_argument("person", help="the name on the plan")
    take.add_argument("--to", required=True, type=Path, metavar="FILE",
                      help="the new plans file to write, on this computer")
    back = steps.add_parser("bring-back", help="show what I changed in a plan I took out, "
                            "save it on the server and erase the copy")
    back.add_argument("file", type=Path, help="the plans file made by take-out")
    release = steps.add_parser("release", help="let a plan someone took out be changed on the "
                               "server again without its copy (a lost laptop): the advocate who "
                               "took it out, or a team lead")
    release.add_argument("person")
    move = steps.add_parser("move-in", help="bring every plan in a plans file on this computer "
                            "to the organisation's server, as mine")
    move.add_argument("file", type=Path, help="the plans file")
    move.add_argument("--again", action="store_true",
                      help="move the file's plans in again, although they were once already")
    record = steps.add_parser("audit", help="who opened, changed and exported a person's plan, "
                              "and when (for a team lead)")
    record.add_argument("person", help="the name on the plan")
    record.add_argument("--csv", type=Path, metavar="OUT", help="also write it as CSV here")


# Steps that work on plans, through the program's own checks (storage/server.open_server).
PLAN_STEPS = frozenset({"take-out", "bring-back", "release", "move-in", "audit"})


def run_org(args: argparse.Namespace, address: str | None, ask: Ask | None = None) -> int:
    from budgetplanner.storage.server import ServerError, describe, server_engine, server_url

    ask = ask or getpass.getpass  # looked up at each call, so a test can answer it
    if not address:
        print("The org commands work on the organisation's server: please give its address "
              "with --db postgresql+psycopg://my-name@server/database.", file=sys.stderr)
        return 2
    try:
        url = server_url(address)
        if url.password is None:
            url = url.set(password=ask(f"Password for {url.username} {describe(url)}: "))
        if args.org_command in PLAN_STEPS:
            return _run_plan_step(args, url, ask)
        engine = server_engine(url)
        try:
            return _run(args, engine, ask)
        finally:
            engine.dispose()
    except ServerError as refused:
        print(refused, file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, engine: Engine, ask: Ask) -> int:
    from sqlalchemy.exc import DBAPIError

    from budgetplanner.storage import organisation
    from budgetplanner.storage.server import ServerError, connection_problem

    try:
        if args.org_command == "add-advocate":
            password = ask(f"A password for {args.name} (at least 12 characters): ")
            if ask("The same password again: ") != password:
                raise ServerError("The two passwords are not the same, so no one was added.")
            organisation.add_member(engine, args.name, password, lead=args.lead)
            kind = "a team lead" if args.lead else "an advocate"
            print(f"{args.name} can now sign in as {kind}.")
        elif args.org_command == "remove-advocate":
            organisation.remove_member(engine, args.name)
            print(f"{args.name} can no longer sign in. The record of what they did is kept.")
        elif args.org_command == "assign":
            organisation.assign(engine, args.person, args.advocate, instead_of=args.instead_of)
            print(f"{args.advocate} now works with {args.person}.")
        elif args.org_command == "unassign":
            organisation.unassign(engine, args.person, args.advocate)
            print(f"{args.advocate} no longer works with {args.person}.")
        else:
            for row in organisation.assignments(engine):
                print(f"{row.person}\t{row.advocate}")
    except DBAPIError as error:
        raise ServerError(connection_problem(error)) from error
    return 0


def _run_plan_step(args: argparse.Namespace, url: URL, ask: Ask) -> int:
    """take-out, bring-back, release, move-in and audit: on the server's plans, as me."""
    from budgetplanner.storage import audit
    from budgetplanner.storage.health import StoreOpenError
    from budgetplanner.storage.moving_in import MoveInError, move_in
    from budgetplanner.storage.server import ServerError, open_server
    from budgetplanner.storage.taking_out import (
        BringBackClashError,
        TakeOutError,
        bring_back,
        describe_changes,
        look_at,
        release,
        take_out,
    )

    store = open_server(url)
    try:
        if args.org_command == "take-out":
            person = _person(store, args.person)
            passphrase = ask("A passphrase for the copy (at least 8 letters; write it down): ")
            if ask("The same passphrase again: ") != passphrase:
                raise ServerError("The two passphrases are not the same, so nothing was taken "
                                  "out.")
            mark = take_out(store, person.id, args.to, passphrase)
            print(f"{person.name}'s plan is in {args.to}, locked with the passphrase. On the "
                  f"server it is marked as out with {mark.taken_by}: no one else can change it "
                  "until it is brought back (org bring-back).")
        elif args.org_command == "bring-back":
            passphrase = ask("The copy's passphrase: ")
            home = look_at(args.file, passphrase)
            print(f"{home.name}'s plan, which {home.taken_by} took out. What changed:")
            for line in home.changed_lines or ["Nothing."]:
                print(f"  {line}")
            bring_back(store, args.file, passphrase, home)
            print(f"Brought back {home.name}'s plan: saved on the server, and the copy on this "
                  "computer is erased.")
        elif args.org_command == "release":
            person = _person(store, args.person)
            held = release(store, person.id)
            print(f"{person.name}'s plan can be changed on the server again. The copy "
                  f"{held.taken_by} took out can no longer be brought back if it changes here.")
        elif args.org_command == "move-in":
            try:
                report = move_in(store, args.file, again=args.again)
            except StoreOpenError as refused:
                if refused.problem.kind != "locked":
                    raise ServerError(str(refused)) from refused
                report = move_in(store, args.file, ask("The plans file's passphrase: "),
                                 again=args.again)
            for line in report.lines():
                print(line)
        else:
            person_id, entries = audit.person_record(store, args.person)
            for entry in entries:
                print(f"{entry.at.isoformat(timespec='seconds')}\t{entry.signed_in_as}\t"
                      f"{entry.action}\t{entry.table_name or ''}")
            if args.csv is not None:
                audit.export_history(store, person_id, args.csv)
                print(f"Wrote {args.csv}.")
    except BringBackClashError as clash:
        print(clash, file=sys.stderr)
        for title, changes in (("Changed on the server meanwhile:", clash.theirs),
                               ("Changed in my copy:", clash.mine)):
            print(title, file=sys.stderr)
            for line in describe_changes(changes) or ["Nothing."]:
                print(f"  {line}", file=sys.stderr)
        return 1
    except (TakeOutError, MoveInError, audit.RecordRefusedError) as refused:
        raise ServerError(str(refused)) from refused
    except StoreOpenError as refused:
        raise ServerError(str(refused)) from refused
    finally:
        store.close()
    return 0


def _person(store: PlanStore, name: str) -> Person:
    from budgetplanner.storage.server import ServerError

    person = store.find_person(name)
    if person is None:
        raise ServerError(f'There is no plan for "{name}" that I can see.')
    return person
