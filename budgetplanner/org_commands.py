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

from budgetplanner.translation import _

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL

    from budgetplanner.storage.models import Person
    from budgetplanner.storage.store import PlanStore

# The commands are described to argparse on every start, the window's too; the server and
# SQLAlchemy are loaded only when an org command runs.

Ask = Callable[[str], str]


def add_org_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    org = commands.add_parser("org", help=_(
        "the organisation's advocates and who works with whom (with --db "
        "postgresql+psycopg://my-name@server/database)"))
    steps = org.add_subparsers(dest="org_command", required=True)
    add = steps.add_parser("add-advocate", help=_("let someone sign in as an advocate"))
    add.add_argument("name", help=_("their sign-in name, for example asha.begum"))
    add.add_argument("--lead", action="store_true", help=_("as a team lead, who sees everyone"))
    remove = steps.add_parser("remove-advocate", help=_("stop someone signing in"))
    remove.add_argument("name")
    assign = steps.add_parser("assign", help=_("let an advocate work with a person's plan"))
    assign.add_argument("person", help=_("the name on the plan"))
    assign.add_argument("advocate", help=_("the advocate's sign-in name"))
    assign.add_argument("--instead-of", metavar="ADVOCATE",
                        help=_("and take the plan from this advocate"))
    unassign = steps.add_parser("unassign", help=_("take a person's plan from an advocate"))
    unassign.add_argument("person")
    unassign.add_argument("advocate")
    steps.add_parser("list", help=_("who works with whom"))
    take = steps.add_parser("take-out", help=_(
        "take a person's plan with me for a home visit, as a plans file locked with a "
        "passphrase; no one else can change it on the server until I bring it back"))
    take.add_argument("person", help=_("the name on the plan"))
    take.add_argument("--to", required=True, type=Path, metavar="FILE",
                      help=_("the new plans file to write, on this computer"))
    back = steps.add_parser("bring-back", help=_(
        "show what I changed in a plan I took out, save it on the server and erase the copy"))
    back.add_argument("file", type=Path, help=_("the plans file made by take-out"))
    release = steps.add_parser("release", help=_(
        "let a plan someone took out be changed on the server again without its copy (a lost "
        "laptop): the advocate who took it out, or a team lead"))
    release.add_argument("person")
    move = steps.add_parser("move-in", help=_(
        "bring every plan in a plans file on this computer to the organisation's server, as "
        "mine"))
    move.add_argument("file", type=Path, help=_("the plans file"))
    move.add_argument("--again", action="store_true",
                      help=_("move the file's plans in again, although they were once already"))
    record = steps.add_parser("audit", help=_(
        "who opened, changed and exported a person's plan, and when (for a team lead)"))
    record.add_argument("person", help=_("the name on the plan"))
    record.add_argument("--csv", type=Path, metavar="OUT", help=_("also write it as CSV here"))


# Steps that work on plans, through the program's own checks (storage/server.open_server).
PLAN_STEPS = frozenset({"take-out", "bring-back", "release", "move-in", "audit"})


def run_org(args: argparse.Namespace, address: str | None, ask: Ask | None = None) -> int:
    from budgetplanner.storage.server import ServerError, describe, server_engine, server_url

    ask = ask or getpass.getpass  # looked up at each call, so a test can answer it
    if not address:
        print(_("The org commands work on the organisation's server: please give its "
                "address with --db postgresql+psycopg://my-name@server/database."),
              file=sys.stderr)
        return 2
    try:
        url = server_url(address)
        if url.password is None:
            url = url.set(password=ask(_("Password for {name} {server}: ").format(
                name=url.username, server=describe(url))))
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
            password = ask(_("A password for {name} (at least 12 characters): ").format(
                name=args.name))
            if ask(_("The same password again: ")) != password:
                raise ServerError(_("The two passwords are not the same, so no one was added."))
            organisation.add_member(engine, args.name, password, lead=args.lead)
            print((_("{name} can now sign in as a team lead.") if args.lead else
                   _("{name} can now sign in as an advocate.")).format(name=args.name))
        elif args.org_command == "remove-advocate":
            organisation.remove_member(engine, args.name)
            print(_("{name} can no longer sign in. The record of what they did is kept.")
                  .format(name=args.name))
        elif args.org_command == "assign":
            organisation.assign(engine, args.person, args.advocate, instead_of=args.instead_of)
            print(_("{advocate} now works with {person}.").format(advocate=args.advocate,
                                                                  person=args.person))
        elif args.org_command == "unassign":
            organisation.unassign(engine, args.person, args.advocate)
            print(_("{advocate} no longer works with {person}.").format(
                advocate=args.advocate, person=args.person))
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
            passphrase = ask(_("A passphrase for the copy (at least 8 letters; write it "
                               "down): "))
            if ask(_("The same passphrase again: ")) != passphrase:
                raise ServerError(_("The two passphrases are not the same, so nothing was "
                                    "taken out."))
            mark = take_out(store, person.id, args.to, passphrase)
            print(_("{name}'s plan is in {file}, locked with the passphrase. On the server it "
                    "is marked as out with {advocate}: no one else can change it until it is "
                    "brought back (org bring-back).").format(
                        name=person.name, file=args.to, advocate=mark.taken_by))
        elif args.org_command == "bring-back":
            passphrase = ask(_("The copy's passphrase: "))
            home = look_at(args.file, passphrase)
            print(_("{name}'s plan, which {advocate} took out. What changed:").format(
                name=home.name, advocate=home.taken_by))
            for line in home.changed_lines or [_("Nothing.")]:
                print(f"  {line}")
            bring_back(store, args.file, passphrase, home)
            print(_("Brought back {name}'s plan: saved on the server, and the copy on this "
                    "computer is erased.").format(name=home.name))
        elif args.org_command == "release":
            person = _person(store, args.person)
            held = release(store, person.id)
            print(_("{name}'s plan can be changed on the server again. The copy {advocate} "
                    "took out can no longer be brought back if it changes here.").format(
                        name=person.name, advocate=held.taken_by))
        elif args.org_command == "move-in":
            try:
                report = move_in(store, args.file, again=args.again)
            except StoreOpenError as refused:
                if refused.problem.kind != "locked":
                    raise ServerError(str(refused)) from refused
                report = move_in(store, args.file, ask(_("The plans file's passphrase: ")),
                                 again=args.again)
            for line in report.lines():
                print(line)
        else:
            person_id, entries = audit.person_record(store, args.person)
            for entry in entries:
                print(f"{entry.at.isoformat(timespec='seconds')}\t{entry.signed_in_as}\t"
                      f"{entry.action}\t{entry.table_name or ''}\t{entry.about or ''}")
            if args.csv is not None:
                audit.export_history(store, person_id, args.csv)
                print(_("Wrote {file}.").format(file=args.csv))
    except BringBackClashError as clash:
        print(clash, file=sys.stderr)
        for title, changes in ((_("Changed on the server meanwhile:"), clash.theirs),
                               (_("Changed in my copy:"), clash.mine)):
            print(title, file=sys.stderr)
            for line in describe_changes(changes) or [_("Nothing.")]:
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
        raise ServerError(_('There is no plan for "{name}" that I can see.').format(name=name))
    return person
