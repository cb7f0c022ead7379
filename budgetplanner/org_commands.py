"""`main.py --db postgresql+psycopg://me@server/plans org ...`: the organisation's advocates.

The password is asked for at the start and held only in memory; a new advocate's password
is asked for twice and sent to the server only as a SCRAM hash.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

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
