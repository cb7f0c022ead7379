"""Budget Planner: start the window, or run a command (export a plan as PDF)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="budgetplanner",
        description="Plan support for a good life, with honest money, in your own words.",
    )
    parser.add_argument("--db", help="the plans file to use (default: your data folder), or "
                        "the organisation's plans server: postgresql+psycopg://my-name@server/"
                        "database (the password is asked for)")
    parser.add_argument("--demo", action="store_true",
                        help="load the example plans of Sita, Jenny and Sam when the file is "
                        "empty")
    commands = parser.add_subparsers(dest="command")
    export = commands.add_parser("export", help="write a plan as a PDF")
    export.add_argument("--plan", required=True, help="the name on the plan")
    export.add_argument("--pdf", required=True, type=Path, help="where to write the PDF")
    export.add_argument("--db", type=Path, dest="export_db", help=argparse.SUPPRESS)
    add_organisation_commands(commands)
    return parser


def add_organisation_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The organisation's server: `org add-advocate`, `org assign` (see org_commands.py)."""
    from budgetplanner.org_commands import add_org_commands

    add_org_commands(commands)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from budgetplanner.commands import CommandError, demo_pdf, export_plan, has_display
    from budgetplanner.storage.connection import default_database_path

    if args.command == "org":
        from budgetplanner.org_commands import run_org

        return run_org(args, args.db)
    from budgetplanner.storage.server import is_server_address

    if args.db and is_server_address(args.db):
        if args.command is not None or not has_display():
            print("Export works on plans on this computer only for now; the window and the "
                  "org commands open the organisation's server.", file=sys.stderr)
            return 2
        from ui.app import run_window as run_server_window

        return run_server_window(args.db, demo=False)
    db_path: Path = (getattr(args, "export_db", None) or (Path(args.db) if args.db else None)
                     or default_database_path())
    if args.command == "export":
        try:
            out = export_plan(db_path, args.plan, args.pdf)
        except CommandError as exc:
            print(exc, file=sys.stderr)
            return 1
        print(f"Wrote {out}")
        return 0
    if not has_display():
        out = demo_pdf()
        print("There is no screen to show the window on, so here is the example plan as a "
              f"PDF instead: {out}")
        return 0
    from ui.app import run_window

    return run_window(db_path, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
