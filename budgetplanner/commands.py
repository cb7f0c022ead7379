"""What the command line does without a window: load the examples, import, export.

Every function here raises CommandError with one plain sentence, and nothing else, so
main.py can print it and exit non-zero. Files written are private to the person (0600 on
POSIX) and written whole or not at all.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from budgetplanner import translation
from budgetplanner.display import has_display as has_display
from budgetplanner.storage.files import make_private_folder
from budgetplanner.storage.files import write_private_through as write_private
from budgetplanner.storage.health import StoreOpenError
from budgetplanner.storage.places import data_folder
from budgetplanner.storage.settings import LANGUAGE
from budgetplanner.translation import _

if TYPE_CHECKING:
    # SQLAlchemy is loaded only when the plans file is opened through the store: a printed
    # plan or its money is read from a plain plans file without it (storage/plain_read.py).
    from budgetplanner.storage.models import Person, PlanVersion
    from budgetplanner.storage.plain_read import PlainPlans
    from budgetplanner.storage.store import PlanStore


class CommandError(Exception):
    """A command that cannot be done, with one plain sentence saying why."""


class PrintVariant(StrEnum):
    """The printed plan's variants, as named on the command line."""

    STANDARD = "standard"
    LARGE = "large"
    EASY_READ = "easy-read"
    PROFILE = "profile"  # my one-page profile


# -- the plans file ---------------------------------------------------------------------


@contextlib.contextmanager
def open_store(db_path: Path, *, create: bool) -> Iterator[PlanStore]:
    """The plans file, opened for one command and closed after it.

    `create`: make the file if there is none (demo, import); an export never makes one.
    """
    from budgetplanner.storage.store import PlanStore

    if not create and not db_path.exists():
        raise CommandError(_("There is no plans file at {file}.").format(file=db_path))
    try:
        store = PlanStore.open(db_path)
    except StoreOpenError as refused:
        raise CommandError(str(refused)) from refused
    except OSError as exc:
        raise CommandError(_("The plans file {file} could not be opened ({reason}).").format(
            file=db_path, reason=exc.strerror or exc)) from exc
    try:
        yield store
    finally:
        store.close()


@contextlib.contextmanager
def demo_store() -> Iterator[PlanStore]:
    """The example plans in a scratch file of their own, kept apart from real plans."""
    from budgetplanner.demo import load_demo  # only the example plans need it
    from budgetplanner.storage.store import PlanStore

    with tempfile.TemporaryDirectory() as scratch:
        store = PlanStore.open(Path(scratch) / "demo.sqlite3")
        try:
            load_demo(store)
            yield store
        finally:
            store.close()


def load_examples(db_path: Path) -> list[str]:
    """Add the example plans to the plans file, unless they are there already."""
    from budgetplanner.demo import DEMO_NAMES, load_demo

    with open_store(db_path, create=True) as store:
        present = [name for name in DEMO_NAMES if store.find_person(name) is not None]
        if present:
            return []
        return [person.name for person in load_demo(store)]


def find_plan(store: PlanStore | PlainPlans, name: str, where: str) -> Person:
    """The one plan whose name is, or contains, `name` (ignoring case and spacing).

    A name that matches no plan, or several, is refused with the plans that match, so the
    person can give more of the name. "#12" names plan 12, for two people of one name.
    """
    wanted = " ".join(name.split())
    if not wanted:
        raise CommandError(_("Please give the name on the plan, or a part of it."))
    if wanted.startswith("#") and wanted[1:].isdigit() and len(wanted) < 12:
        try:
            return store.person(int(wanted[1:]))
        except KeyError:
            raise CommandError(_("There is no plan {number} in {place}.").format(
                number=wanted, place=where)) from None
    exact = store.find_person(wanted)
    matches = store.people(wanted, include_archived=True, limit=21)
    same = [row for row in matches if row.name.lower() == wanted.lower()]
    if exact is not None and len(same) == 1:
        return exact
    if len(matches) == 1:
        return store.person(matches[0].id)
    if not matches:
        every = store.people(include_archived=True, limit=21)
        listed = _listing([row.name for row in every], len(every) > 20)
        raise CommandError((_('There is no plan for "{name}" in {place}. The plans are: '
                              "{plans}.") if every else
                            _('There is no plan for "{name}" in {place}. It holds no plans '
                              "yet.")).format(name=wanted, place=where, plans=listed))
    names = [f"{row.name} (#{row.id})" if same else row.name for row in matches[:20]]
    many = len(matches) > 20
    if same:
        told = (_('"{name}" matches more than 20 plans: {plans}. Please give more of the name, '
                  "or its number, like #12.") if many else
                _('"{name}" matches several plans: {plans}. Please give more of the name, or '
                  "its number, like #12."))
    else:
        told = (_('"{name}" matches more than 20 plans: {plans}. Please give more of the '
                  "name.") if many else
                _('"{name}" matches several plans: {plans}. Please give more of the name.'))
    raise CommandError(told.format(name=wanted, plans=_listing(names, many)))


def _listing(names: list[str], more: bool) -> str:
    listed = ", ".join(names[:20])
    return _("{names} and more").format(names=listed) if more else listed


# -- writing files ----------------------------------------------------------------------


def _written(out: Path, write: Callable[[], Path]) -> Path:
    """One file of a command, with a failure to write it told in a sentence."""
    try:
        return write()
    except OSError as exc:
        raise CommandError(_("I could not write {file} ({reason}).").format(
            file=out, reason=exc.strerror or exc)) from exc


def write_pdf(version: PlanVersion, out: Path,
              variant: PrintVariant = PrintVariant.STANDARD, size: float | None = None) -> Path:
    """The printed plan (or my one-page profile) at a size its variant offers; imported here
    so starting the window stays quick."""
    from budgetplanner.export.pdf import TEXT_SIZES, PrintOptions, Variant, write_plan_pdf

    if variant is PrintVariant.PROFILE:
        from budgetplanner.export.profile_pdf import write_profile_pdf

        return write_private(out, lambda path: write_profile_pdf(version, path))
    chosen = {PrintVariant.STANDARD: Variant.STANDARD, PrintVariant.LARGE: Variant.LARGE_PRINT,
              PrintVariant.EASY_READ: Variant.EASY_READ}[variant]
    if size is not None and size not in TEXT_SIZES[chosen]:
        sizes = ", ".join(f"{each:g}" for each in TEXT_SIZES[chosen])
        raise CommandError(_("{variant} is printed at {sizes} point, not {size}.").format(
            variant=chosen.label, sizes=sizes, size=f"{size:g}"))
    # The printed plan is written whole and owner-only by write_plan_pdf itself (built
    # beside `out`, then put in place in one step): it needs only its folder.
    make_private_folder(out.parent)
    write_plan_pdf(version, out, PrintOptions(variant=chosen, text_size=size))
    return out


def write_money_csv(version: PlanVersion, out: Path) -> Path:
    from budgetplanner.export.csv_money import money_csv

    text = money_csv(version)
    return write_private(out, lambda path: path.write_text(text, "utf-8", newline=""))


def write_plan_file(person: Person, out: Path) -> Path:
    from budgetplanner.portable import export_person

    text = export_person(person)
    return write_private(out, lambda path: path.write_text(text, "utf-8", newline=""))


def write_statement(store: PlanStore, version: PlanVersion, out: Path,
                    variant: PrintVariant = PrintVariant.STANDARD) -> Path:
    """The review statement, as a PDF or a CSV file by the name's ending."""
    from budgetplanner.export.pdf import Variant
    from budgetplanner.export.review_pdf import write_review_pdf
    from budgetplanner.export.spending_csv import write_statement_csv
    from budgetplanner.review_statement import build_statement

    suffix = _statement_kind(out)
    statement = build_statement(store.session, version, date.today())
    if suffix == ".csv":
        return write_private(out, lambda path: write_statement_csv(statement, path))
    large = Variant.STANDARD if variant is PrintVariant.STANDARD else Variant.LARGE_PRINT
    return write_private(out, lambda path: write_review_pdf(statement, path, large))


def _statement_kind(out: Path) -> str:
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise CommandError(_("The review statement is written as a PDF or a CSV file: name "
                             "it {pdf} or {csv}.").format(pdf=f"{out.stem}.pdf",
                                                          csv=f"{out.stem}.csv"))
    return suffix


# -- the commands -----------------------------------------------------------------------


@dataclass(frozen=True)
class ExportRequest:
    plan: str
    pdf: Path | None = None
    variant: PrintVariant = PrintVariant.STANDARD
    size: float | None = None  # the size of the words, in points
    csv: Path | None = None
    plan_file: Path | None = None
    statement: Path | None = None

    def outputs(self) -> list[Path]:
        return [p for p in (self.pdf, self.csv, self.plan_file, self.statement) if p is not None]


def export(db_path: Path | None, request: ExportRequest) -> tuple[str, list[Path]]:
    """Write what was asked of one plan; `db_path` None means the example plans.

    Returns the plan's name and the files written.
    """
    if not request.outputs():
        raise CommandError(_("Say what to write: --pdf, --csv, --plan-file or --statement, "
                             "each with where to write it."))
    if len(set(request.outputs())) < len(request.outputs()):
        raise CommandError(_("Each file to write needs a name of its own."))
    if request.statement is not None:
        _statement_kind(request.statement)
    if db_path is not None and request.plan_file is None and request.statement is None:
        done = _export_read_plainly(db_path, request)
        if done is not None:
            return done
    with (demo_store() if db_path is None
          else open_store(db_path, create=False)) as store:
        # The language chosen in the window's View menu prints the plan too (the
        # environment's BUDGETPLANNER_LANGUAGE still comes first).
        translation.install(store.setting(LANGUAGE))
        where = _("the example plans") if db_path is None else str(db_path)
        person = find_plan(store, request.plan, where)
        version = store.current_version(person)
        return person.name, _write_files(request, person, version, store)


def _export_read_plainly(db_path: Path, request: ExportRequest) -> tuple[str, list[Path]] | None:
    """The printed plan and its money, read from a plain plans file without SQLAlchemy (a
    quicker start for the command line); None when the store must open the file instead
    (see storage/plain_read.py), which then says the same sentences as ever."""
    if not db_path.exists():
        return None
    from budgetplanner.storage.plain_read import PlainPlans

    plans = PlainPlans.open(db_path)
    if plans is None:
        return None
    with plans:
        translation.install(plans.setting(LANGUAGE.key_for(), LANGUAGE.default))
        person = find_plan(plans, request.plan, str(db_path))
        version = plans.current_version(person)
        if version is None:  # a plan without a version yet: the store starts one
            return None
        return person.name, _write_files(request, person, version, None)


def _write_files(request: ExportRequest, person: Person, version: PlanVersion,
                 store: PlanStore | None) -> list[Path]:
    """Each file asked for, in order; `store` is needed only for the review statement."""
    written = []
    pdf, csv, plan_file, statement = (request.pdf, request.csv, request.plan_file,
                                      request.statement)
    if pdf is not None:
        written.append(_written(pdf, lambda: write_pdf(version, pdf, request.variant,
                                                       request.size)))
    if csv is not None:
        written.append(_written(csv, lambda: write_money_csv(version, csv)))
    if plan_file is not None:
        written.append(_written(plan_file, lambda: write_plan_file(person, plan_file)))
    if statement is not None:
        assert store is not None
        written.append(_written(statement, lambda: write_statement(
            store, version, statement,
            PrintVariant.STANDARD if request.variant is PrintVariant.PROFILE
            else request.variant)))
    return written


def import_file(db_path: Path, path: Path) -> tuple[str, int]:
    """Add the plan in a plan file as a new person; nothing is added from a bad file.

    Returns the name on the plan and how many versions it has.
    """
    from budgetplanner.portable import PlanFileError, import_plan_file, plan_file_bytes

    try:
        data = plan_file_bytes(path)
    except PlanFileError as refused:
        raise CommandError(refused.sentence()) from refused
    except OSError as exc:
        raise CommandError(_("Nothing was imported: {file} could not be read ({reason}).")
                           .format(file=path, reason=exc.strerror or exc)) from exc
    with open_store(db_path, create=True) as store:
        try:
            person = import_plan_file(store.session, data)
        except PlanFileError as refused:
            raise CommandError(refused.sentence()) from refused
        return person.name, len(person.versions)


def export_plan(db_path: Path, name: str, out: Path) -> Path:
    """The standard printed plan of the named person (kept for callers of the first version)."""
    export(db_path, ExportRequest(plan=name, pdf=out))
    return out


def demo_pdf(out_folder: Path | None = None) -> Path:
    """Make Sita's example plan as a PDF, from example data kept apart from real plans."""
    from budgetplanner.demo import DEMO_NAMES

    folder = out_folder or data_folder()
    with demo_store() as store:
        sita = find_plan(store, DEMO_NAMES[0], _("the example plans"))
        # Translators: the name of the example plan's PDF file, before its ".pdf".
        name = _("Example plan - {name}").format(name=sita.name)
        return write_pdf(store.current_version(sita), folder / f"{name}.pdf")

