"""Budget Planner: start the window, or run a command (examples, import, export)."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

PRINT_CHOICES = ("standard", "large", "easy-read", "profile")


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser, its help in the language installed (translation.install)."""
    import argparse

    from budgetplanner.translation import _

    class HelpAsWritten(argparse.HelpFormatter):
        """Help words shown as the translation wrote them: argparse would read a "%" in
        them ("100%") as a placeholder and fail to show the help at all."""

        def _expand_help(self, action: argparse.Action) -> str:
            return self._get_help_string(action) or ""

    class Parser(argparse.ArgumentParser):
        """Every parser of the command line, its commands' too (they are made of the same
        class), shows help as written."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("formatter_class", HelpAsWritten)
            super().__init__(*args, **kwargs)

    parser = Parser(
        prog="budgetplanner",
        description=_("Plan support for a good life, with honest money, in your own words."),
    )
    parser.add_argument("--db", help=_(
        "the plans file to use (default: your data folder), or the organisation's plans "
        "server: postgresql+psycopg://my-name@server/database (the password is asked for)"))
    parser.add_argument("--demo", action="store_true", help=_(
        "with no command: load the example plans of Sita, Jenny and Sam when the file is "
        "empty; with export: export from the example plans"))
    # --db is also taken after the command ("export --db FILE"), as the first version did.
    after = Parser(add_help=False)
    after.add_argument("--db", dest="command_db", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("demo", parents=[after],
                        help=_("add the example plans to the plans file"))
    importing = commands.add_parser("import", parents=[after],
                                    help=_("add the plan in a plan file (.bpplan.json)"))
    importing.add_argument("file", type=Path, help=_("the plan file"))
    export = commands.add_parser("export", parents=[after], help=_(
        "write a plan as a PDF, its money as CSV, a plan file or a review statement"))
    export.add_argument("--plan", required=True,
                        help=_('the name on the plan, or a part of it ("Sita")'))
    export.add_argument("--pdf", type=Path, help=_("write the printed plan here"))
    export.add_argument("--print", choices=PRINT_CHOICES, default="standard", dest="variant",
                        help=_("how the PDF is printed: standard (clear print), large print, "
                               "easy read, or my one-page profile (default: standard)"))
    export.add_argument("--size", type=float, help=_(
        "the size of the words in points: 12 or 14 for standard, 16, 18 or 20 for large "
        "print and easy read"))
    export.add_argument("--csv", type=Path, help=_("write the plan's money as CSV here"))
    export.add_argument("--plan-file", type=Path, help=_("write the plan file here"))
    export.add_argument("--statement", type=Path,
                        help=_("write the review statement here (a .pdf or .csv name)"))
    add_organisation_commands(commands)
    return parser


def add_organisation_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The organisation's server: `org add-advocate`, `org assign` (see org_commands.py)."""
    from budgetplanner.org_commands import add_org_commands

    add_org_commands(commands)


class _WindowOnly:
    """What the parser gives for a plain start (no command): `--db FILE` and `--demo`."""

    command = None

    def __init__(self, db: str | None, demo: bool) -> None:
        self.db = db
        self.demo = demo


def window_only(argv: list[str]) -> _WindowOnly | None:
    """A plain start read without building the whole parser (its commands and their help
    are a few hundredths of a second before the window can be shown); anything else, even a
    mistake, is left to the parser to read or explain."""
    db: str | None = None
    demo = False
    words = iter(argv)
    for word in words:
        if word == "--demo":
            demo = True
        elif word == "--db":
            value = next(words, None)
            if value is None or value.startswith("-"):
                return None
            db = value
        elif word.startswith("--db="):
            db = word[len("--db="):]
        else:
            return None
    return _WindowOnly(db, demo)


def _speak() -> Callable[[str], str]:
    """The domain's gettext, with the language asked for installed: BUDGETPLANNER_LANGUAGE or
    the system's (an export then follows the plans file's own setting; the window installs
    its own). Loaded only where the command line says something, not on a window's start."""
    from budgetplanner import translation

    translation.install()
    return translation._


def _unreachable(exc: OSError, _: Callable[[str], str]) -> str:
    return _("The plans file could not be reached ({reason}).").format(
        reason=exc.strerror or exc)


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    args: Any = window_only(words)
    if args is None:
        _speak()
        args = build_parser().parse_args(words)
    # Only what every start needs is loaded here: the window is shown before SQLAlchemy, the
    # plans file and the pages are loaded (ui/app.py), and each command loads its own.
    from budgetplanner.display import has_display
    from budgetplanner.storage.places import default_database_path, is_server_address

    if args.command == "org":
        from budgetplanner.org_commands import run_org

        return run_org(args, args.db)
    if args.db and is_server_address(args.db):
        if args.command is not None or not has_display():
            _ = _speak()
            print(_("Export works on plans on this computer only for now; the window and the "
                    "org commands open the organisation's server."), file=sys.stderr)
            return 2
        from ui.app import run_window as run_server_window

        return run_server_window(args.db, demo=False)
    given: str | None = getattr(args, "command_db", None) or args.db
    if args.command is None and has_display():
        from ui.app import run_window

        try:
            db_path = Path(given) if given else default_database_path()
        except OSError as exc:  # the data folder itself cannot be made
            print(_unreachable(exc, _speak()), file=sys.stderr)
            return 1
        return run_window(db_path, demo=args.demo, offer_server=not given)
    # A command runs once and ends: the cyclic garbage collector only walks the many objects
    # SQLAlchemy and ReportLab make again and again (about a sixth of an export's time), and
    # the little it would free is given back when the command ends.
    gc.disable()
    _ = _speak()
    from budgetplanner.commands import (
        CommandError,
        ExportRequest,
        PrintVariant,
        demo_pdf,
        export,
        import_file,
        load_examples,
    )
    from budgetplanner.translation import ngettext

    try:
        db_path = Path(given) if given else default_database_path()
        if args.command == "demo":
            added = load_examples(db_path)
            print(_("Added the example plans of {names} to {file}.").format(
                names=", ".join(added), file=db_path) if added else
                _("The example plans are in {file} already.").format(file=db_path))
            return 0
        if args.command == "import":
            if args.demo:
                raise CommandError(_("--demo cannot be used with import: a plan file is "
                                     "imported into your own plans file (leave --demo out)."))
            name, versions = import_file(db_path, args.file)
            print(ngettext("Imported the plan of {name} ({count} version) into {file}.",
                           "Imported the plan of {name} ({count} versions) into {file}.",
                           versions).format(name=name, count=versions, file=db_path))
            return 0
        if args.command == "export":
            if args.demo and given is not None:
                raise CommandError(_("--demo exports from the example plans, so it cannot be "
                                     "used with --db: leave one of them out."))
            request = ExportRequest(plan=args.plan, pdf=args.pdf,
                                    variant=PrintVariant(args.variant), size=args.size,
                                    csv=args.csv,
                                    plan_file=args.plan_file, statement=args.statement)
            name, written = export(None if args.demo else db_path, request)
            for path in written:
                print(_("Wrote {file} ({name}).").format(file=path, name=name))
            return 0
    except CommandError as exc:
        print(exc, file=sys.stderr)
        return 1
    except OSError as exc:  # the data folder itself cannot be made
        print(_unreachable(exc, _), file=sys.stderr)
        return 1
    # No command, and no screen to show the window on.
    out = demo_pdf()
    print(_("There is no screen to show the window on, so here is the example plan as a PDF "
            "instead: {file}").format(file=out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
