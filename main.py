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
    parser.add_argument("--db", type=Path, help="the plans file to use (default: your data "
                        "folder)")
    parser.add_argument("--demo", action="store_true",
                        help="load the example plans of Sita, Jenny and Sam when the file is "
                        "empty")
    commands = parser.add_subparsers(dest="command")
    export = commands.add_parser("export", help="write a plan as a PDF")
    export.add_argument("--plan", required=True, help="the name on the plan")
    export.add_argument("--pdf", required=True, type=Path, help="where to write the PDF")
    export.add_argument("--db", type=Path, dest="export_db", help=argparse.SUPPRESS)
    export.add_argument("--version", dest="printed", default="standard",
                        choices=("standard", "large_print", "easy_read", "profile"),
                        help="which printed version: the standard plan (clear print), large "
                        "print, easy read, or my one-page profile")
    export.add_argument("--size", type=float, help="the size of the words in points: 12 or 14 "
                        "for standard, 16, 18 or 20 for large print and easy read")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from budgetplanner.commands import CommandError, demo_pdf, export_plan, has_display
    from budgetplanner.storage.connection import default_database_path

    db_path: Path = getattr(args, "export_db", None) or args.db or default_database_path()
    if args.command == "export":
        try:
            out = export_plan(db_path, args.plan, args.pdf, args.printed, args.size)
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
