"""The plan store: the one place the program reads and writes plans in the database."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Engine, func, inspect, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from budgetplanner.categories import OptionKind, Payer
from budgetplanner.periods import Frequency
from budgetplanner.plan_money import forget_rate_tables
from budgetplanner.storage import cipher
from budgetplanner.storage.conflicts import CONFLICT_SENTENCE, PendingEdit, SaveConflictError
from budgetplanner.storage.connection import (
    create_plans_file,
    file_engine,
    make_engine,
    make_session_factory,
    name_plans_file,
)
from budgetplanner.storage.files import make_private_folder
from budgetplanner.storage.health import (
    FOLDER_NOT_MADE,
    IN_USE,
    NOT_OPENED,
    READ_ONLY_NOT_SHOWN,
    FileLock,
    StoreOpenError,
    check_file,
    check_place,
)
from budgetplanner.storage.migrations import KNOWN_REVISIONS, current_revision, upgrade
from budgetplanner.storage.models import (
    Contingency,
    CostLine,
    Option,
    Person,
    PlanVersion,
    Scenario,
    Setting,
    SpendingEntry,
)
from budgetplanner.storage.settings import MySettings, SettingSpec
from budgetplanner.translation import N_, _, translated

if TYPE_CHECKING:
    from budgetplanner.bank_statement import BankPayment, CsvMapping
    from budgetplanner.clash import ClashView, Keep
    from budgetplanner.rates import RateTable
    from budgetplanner.review_statement import ReviewStatement
    from budgetplanner.spending import ImportResult, SpendingReport
    from budgetplanner.storage.rate_tables import KnownTable

MAX_NAME_LENGTH = 200


T = TypeVar("T")


@dataclass(frozen=True)
class Change:
    """A change waiting to be saved: its name, and how to make it (again)."""

    name: str
    make: Callable[[Session], Any]
    # Changes with the same key replace each other: typing a paragraph is one change.
    key: tuple[int, str] | None = None
    # For a change of one field: the record and the value, so a clash can show both sides.
    target: object | None = None
    value: object = None




class SaveError(Exception):
    """The file could not be written; the changes are kept. The message is for the person."""

    def __init__(self, message: str, dropped: list[str] | None = None) -> None:
        super().__init__(message)
        self.dropped = dropped or []


class ConflictError(SaveError):
    """Someone else saved the same record meanwhile (a shared plans server): my changes to
    it are not written over theirs. `conflicts` holds both versions for me to choose."""

    def __init__(self, conflicts: list[SaveConflictError], dropped: list[str]) -> None:
        super().__init__(translated(CONFLICT_SENTENCE), dropped)
        self.conflicts = conflicts


def save_problem(error: BaseException) -> str:
    """One plain sentence for why a save failed, never the database's own words."""
    text = str(getattr(error, "orig", None) or error).lower()
    if "full" in text or (isinstance(error, OSError) and error.errno == errno.ENOSPC):
        return _("The disk is full: free some space and your changes will be saved. "
                 "They are kept until then.")
    if "readonly" in text or "read-only" in text or "read only" in text:
        return _("The plans file cannot be written to (it is read-only). Your changes are "
                 "kept on screen; save them somewhere else or make the file writable.")
    if "locked" in text or "busy" in text:
        return _("Another program is using the plans file. Your changes are kept and will "
                 "be saved when it lets go.")
    if "i/o" in text or "disk" in text:
        return _("The disk could not be written to. Your changes are kept and will be "
                 "saved when it can be.")
    return _("Your changes could not be saved yet. They are kept and will be saved when "
             "the file can be written to.")


READ_ONLY_SENTENCE = N_("This plans file is read-only, so my changes cannot be kept in it. "
                        "Save my plan to another place, or ask for the file to be made "
                        "writable.")


def _cannot_write(error: BaseException) -> bool:
    """Whether the file, not the change, is at fault (full, read-only, locked, I/O)."""
    return isinstance(error, (OperationalError, OSError, sqlite3.OperationalError))


def _dropped_sentence(dropped: list[str]) -> str:
    return _("A change could not be kept, because the plans file would not accept it: "
             "{changes}. Everything else is kept.").format(changes=", ".join(dropped))


class PersonNameError(ValueError):
    """A name that cannot be used, with a message for the person."""


@dataclass(frozen=True)
class PersonRow:
    """What the list of plans shows for each person, without loading their plan."""

    id: int
    name: str
    next_review: date | None


def clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise PersonNameError(_("Please type a name."))
    if len(cleaned) > MAX_NAME_LENGTH:
        raise PersonNameError(_("A name can have at most {count} letters.").format(
            count=MAX_NAME_LENGTH))
    return cleaned


class PlanStore:
    """Reads and writes plans through one long-lived session (a desktop program has one user).

    Every change is a named operation on the store (`set_value`, `add_cost_line`,
    `import_plan`...). An operation runs at once, so the window shows it, and is kept in a
    list of changes not yet saved; `save()` commits them all, by one path. If an operation
    fails, it alone is undone: the session is rolled back and the other waiting changes are
    made again. If a save fails (a full disk, a file made read-only), the changes stay
    waiting, in memory and on screen, and the next `save()` tries again. Nothing else
    commits, so nothing half-typed is saved behind the autosaver's back.
    """

    def __init__(self, engine: Engine, lock: FileLock | None = None,
                 path: Path | None = None, *, read_only: bool = False) -> None:
        self.engine = engine
        self.path = path
        # A plans file the person may not change: shown, never written (see `open`).
        self.read_only = read_only
        self._lock = lock
        self._session: Session = make_session_factory(engine)()
        self._waiting: list[Change] = []
        self._inside = False
        # The row version each record had when I first changed it since the last save.
        self._read_versions: dict[int, int] = {}
        # Clashes with someone else's saves, kept until I choose (see ConflictError).
        self.conflicts: list[SaveConflictError] = []
        self._told: ConflictError | None = None
        self._my_settings: MySettings | None = None

    @property
    def session(self) -> Session:
        """The session, for the domain's reading functions and the command line.

        The window never uses it: it asks the store for named reads and changes.
        """
        return self._session

    @classmethod
    def open(cls, path: Path, passphrase: str | None = None) -> PlanStore:
        """Open (or create) a plans file after checking it; raises StoreOpenError if refused.

        A file locked with a passphrase is refused with the problem "locked" until it is
        opened with its passphrase; the passphrase is then held in memory for this run.
        A refused file is left exactly as it was, with nothing made beside it; only a folder
        the program makes itself is made owner-only.
        """
        try:
            make_private_folder(path.parent)
        except OSError as error:
            raise StoreOpenError(FOLDER_NOT_MADE, path) from error
        problem = check_place(path)
        read_only = problem is not None and problem.kind == "read_only" and path.is_file()
        if problem is not None and not read_only:
            raise StoreOpenError(problem, path)
        lock = FileLock(path)
        try:
            if not lock.acquire():
                raise StoreOpenError(IN_USE, path)
            # Checked while holding the lock: no other copy is writing the file or its log.
            problem = check_file(path, set(KNOWN_REVISIONS), passphrase)
            read_only = read_only or (problem is not None and problem.kind == "read_only")
            if problem is not None and problem.kind != "read_only":
                raise StoreOpenError(problem, path)
            if read_only:
                return cls._open_read_only(path, passphrase, lock)
            if not os.path.lexists(path):
                create_plans_file(path)
                if not lock.acquire():  # now also by the new file's identity
                    raise StoreOpenError(IN_USE, path)
                problem = check_file(path, set(KNOWN_REVISIONS), passphrase)
                if problem is not None:  # another program made a file here first
                    raise StoreOpenError(problem, path)
        except StoreOpenError:
            lock.release()
            raise
        except OSError as error:
            lock.release()
            raise StoreOpenError(NOT_OPENED, path) from error
        locked = not cipher.is_plain(path)
        cipher.remember(path, passphrase if locked else None)
        engine = file_engine(path)
        try:
            upgrade(engine)
            name_plans_file(engine)
        except Exception as error:
            # Whatever went wrong (a full disk, a failed upgrade), the person gets a sentence;
            # the error itself stays attached for whoever looks into it.
            engine.dispose()
            cipher.remember(path, None)
            lock.release()
            raise StoreOpenError(NOT_OPENED, path) from error
        return cls(engine, lock, path)

    @classmethod
    def _open_read_only(cls, path: Path, passphrase: str | None, lock: FileLock) -> PlanStore:
        """A read-only plans file, shown as it is: it is not upgraded, named or written, and
        nothing is made beside it. A log of changes not folded in yet would be missed by
        reading the file alone, so such a file (or an older one) is refused in a sentence."""
        wal = path.with_name(path.name + "-wal")
        locked = not cipher.is_plain(path)
        cipher.remember(path, passphrase if locked else None)
        engine = file_engine(path, read_only=True)
        try:
            if (wal.exists() and wal.stat().st_size > 0) or current_revision(engine) != (
                    KNOWN_REVISIONS[-1]):
                raise StoreOpenError(READ_ONLY_NOT_SHOWN, path)
        except Exception as error:
            engine.dispose()
            cipher.remember(path, None)
            lock.release()
            if isinstance(error, StoreOpenError):
                raise
            raise StoreOpenError(NOT_OPENED, path) from error
        return cls(engine, lock, path, read_only=True)

    @classmethod
    def open_url(cls, url: str) -> PlanStore:
        engine = make_engine(url)
        upgrade(engine)
        return cls(engine)

    def close(self) -> None:
        self._session.close()
        self.engine.dispose()
        if self.path is not None:
            cipher.remember(self.path, None)
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # The one write path -----------------------------------------------------------------

    @property
    def unsaved(self) -> bool:
        """Whether some change is waiting to be written to the file."""
        return bool(self._waiting) or bool(
            self._session.new or self._session.dirty or self._session.deleted)

    @property
    def waiting(self) -> list[str]:
        """The names of the changes not saved yet, oldest first."""
        return [change.name for change in self._waiting]

    def change(self, name: str, make: Callable[[Session], T],
               key: tuple[int, str] | None = None, target: object | None = None,
               value: object = None) -> T:
        """Make one named change now and keep it until it is saved.

        `make` must be safe to run again on the same objects: after a failed save or a
        failed change it is run again on the session, once everything was rolled back.
        If `make` breaks a rule of the database, only this change is undone and the
        exception is raised again. If the file cannot be written (a full disk), the change
        is kept all the same: it is written by the next save that can.
        A change made inside another (or while changes are made again) is part of it.
        """
        if self._inside:
            return make(self._session)
        if target is not None and key is not None and self._held_in_clash(target, key[1], value):
            # What is on screen there is mine, not what they saved: kept with my other
            # changes to it, for me to choose, never written blind over theirs.
            return None  # type: ignore[return-value]  # set_value returns nothing
        if target is not None and "row_version" in vars(target):
            self._read_versions.setdefault(id(target), vars(target)["row_version"])
        self._inside = True
        try:
            result = make(self._session)
        except Exception as error:
            self._inside = False
            if isinstance(error, StaleDataError):
                self._waiting.append(Change(name, make, key, target, value))
                raise self._clash(error) from error
            if not _cannot_write(error):
                self._recover()
                raise
            # The disk, not the change, is at fault: keep it, and the rest, in memory.
            self._waiting.append(Change(name, make, key, target, value))
            self._remake_in_memory()
            raise SaveError(save_problem(error)) from error
        finally:
            self._inside = False
        before = list(self._waiting)
        if key is not None:  # the newer value replaces the older one, which is made already
            self._waiting = [change for change in self._waiting if change.key != key]
        self._waiting.append(Change(name, make, key, target, value))
        if self._stuck:
            return result
        try:
            self._session.flush()
        except Exception as error:
            if isinstance(error, StaleDataError):
                # Told by the next save (the autosaver's), not in the middle of typing.
                self._told = self._clash(error)
                return result
            if not _cannot_write(error):
                self._waiting = before  # this change alone is undone; an older value stays
                self._recover()
                raise
            # Kept in memory; the autosaver's next save says why it cannot be written.
            self._remake_in_memory()
        return result

    def save(self) -> None:
        """Write every waiting change to the file in one transaction.

        Raises SaveError with a sentence for the person if the file could not be written;
        every change is still waiting then (in memory and on screen), and the next save
        tries again. A change the database refuses is dropped alone and named.
        """
        if self._told is not None:
            told, self._told = self._told, None
            raise told
        if self.read_only:
            if self._waiting:
                raise SaveError(translated(READ_ONLY_SENTENCE))
            return
        try:
            if self._stuck:
                # Since the failed save the changes live only in memory: make them again
                # on a clean transaction, then write them.
                dropped = self._recover()
                if dropped:
                    raise SaveError(_dropped_sentence(dropped), dropped)
            self._session.commit()
        except SaveError:
            raise
        except StaleDataError as error:
            raise self._clash(error) from error
        except Exception as error:
            if _cannot_write(error):
                self._remake_in_memory()
                raise SaveError(save_problem(error)) from error
            dropped = self._recover()
            raise SaveError(_dropped_sentence(dropped), dropped) from error
        self._waiting.clear()
        self._read_versions.clear()
        self._session.autoflush = True

    def _clash(self, error: StaleDataError) -> ConflictError:
        """Someone else saved a record I changed: keep theirs, hold mine for me to choose.

        Every record I changed whose saved version moved on since I read it is a clash: my
        changes to it leave the waiting list (kept in the ConflictError with what is saved
        now); all my other changes are made again and saved as usual.
        """
        self._session.rollback()
        self._session.autoflush = True
        clashes: dict[int, SaveConflictError] = {}
        kept: list[Change] = []
        for change in self._waiting:
            target = change.target
            read = self._read_versions.get(id(target)) if target is not None else None
            if target is None or read is None:
                kept.append(change)
                continue
            try:
                if not inspect(target).persistent:
                    raise LookupError("made in this session: no one else saved it")
                self._session.refresh(target)  # what is saved now, and its version
            except Exception:  # new, or gone for me: not a clash of versions
                kept.append(change)
                continue
            if getattr(target, "row_version", read) == read:
                kept.append(change)
                continue
            attribute = change.key[1] if change.key else ""
            clash = clashes.get(id(target))
            if clash is None:
                identity = inspect(target).identity or ()
                clash = clashes[id(target)] = SaveConflictError(
                    [PendingEdit(type(target), tuple(identity), {}, base_version=read)],
                    str(error))
            clash.edits[0].mine[attribute] = change.value
            clash.edits[0].theirs[attribute] = getattr(target, attribute)
        self._waiting = kept
        for target_id in clashes:
            self._read_versions.pop(target_id, None)
        dropped = self._recover()
        self.conflicts.extend(clashes.values())
        return ConflictError(list(clashes.values()), dropped)

    def _held_in_clash(self, target: object, attribute: str, value: object) -> bool:
        """Whether `target` clashed and waits for my choice: then a further change of mine
        to it joins that clash (with what is saved now), as the rest of mine did."""
        if not self.conflicts:
            return False
        state = inspect(target, raiseerr=False)
        identity = None if state is None else state.identity
        for clash in self.conflicts:
            for edit in clash.edits:
                if edit.model is type(target) and identity is not None and (
                        edit.key == tuple(identity)):
                    edit.theirs.setdefault(attribute, getattr(target, attribute))
                    edit.mine[attribute] = value
                    return True
        return False

    @property
    def _stuck(self) -> bool:
        """Whether the waiting changes are held only in memory after the file refused them."""
        return not self._session.autoflush

    def _remake_in_memory(self) -> None:
        """Roll back and make the waiting changes again without writing to the file.

        Until a save succeeds, nothing is flushed (reading does not write either), so the
        window keeps working on a full disk.
        """
        self._session.rollback()
        self._session.autoflush = False
        self._inside = True
        try:
            for change in self._waiting:
                try:
                    change.make(self._session)
                except Exception:  # made again in full before the next save
                    continue
        finally:
            self._inside = False

    def _recover(self) -> list[str]:
        """Roll back, then make the waiting changes again; returns those that could not be.

        Raises SaveError (keeping every change) if the file cannot be written meanwhile.
        """
        self._session.rollback()
        self._session.autoflush = True
        dropped: list[str] = []
        kept: list[Change] = []
        self._inside = True
        try:
            for change in self._waiting:
                try:
                    change.make(self._session)
                    self._session.flush()
                except Exception as error:
                    if _cannot_write(error):
                        self._inside = False
                        self._remake_in_memory()
                        raise SaveError(save_problem(error)) from error
                    # A change that cannot be made again is dropped alone; the ones made
                    # again so far are made once more on the clean session.
                    self._session.rollback()
                    dropped.append(change.name)
                    for again in kept:
                        again.make(self._session)
                    continue
                kept.append(change)
        finally:
            self._inside = False
        self._waiting = kept
        return dropped

    def set_value(self, target: object, attribute: str, value: object) -> None:
        """Change one field of a plan's record (the text, a figure, a choice)."""
        if not hasattr(type(target), attribute):
            raise AttributeError(attribute)

        def make(_session: Session) -> None:
            setattr(target, attribute, value)

        self.change(f"change {type(target).__name__}.{attribute}", make,
                    key=(id(target), attribute), target=target, value=value)

    def add_to(self, owner: object, collection: str, item: object) -> None:
        """Add a record to one of a plan's lists (a goal, a person in my life, a link)."""

        def make(_session: Session) -> None:
            items = getattr(owner, collection)
            if item not in items:
                items.append(item)

        self.change(f"add to {type(owner).__name__}.{collection}", make)

    def remove_from(self, owner: object, collection: str, item: object) -> None:
        """Take a record out of one of a plan's lists; a record only that list holds is
        deleted from the file with it. The others close up, so their order has no gap."""

        def make(_session: Session) -> None:
            items = getattr(owner, collection)
            if item in items:
                items.remove(item)
            for position, other in enumerate(items):
                if hasattr(other, "position"):
                    other.position = position

        self.change(f"remove from {type(owner).__name__}.{collection}", make)

    # Clashes with someone else's saves ------------------------------------------------------

    def clash_view(self, clash: SaveConflictError) -> list[ClashView]:
        """Each record of a clash in words: mine and theirs, field by field, with who saved
        theirs and when where the server lets me know."""
        from budgetplanner.clash import describe
        from budgetplanner.storage.audit import last_saved_by_someone_else

        views = []
        for edit in clash.edits:
            record = self._session.get(edit.model, edit.key)
            who = last_saved_by_someone_else(
                self, getattr(edit.model, "__tablename__", ""), edit.key[0])
            views.append(describe(edit, record, who.acting_as if who else None,
                                  who.at if who else None))
        return views

    def settle_clash(self, clash: SaveConflictError, keep: Mapping[str, Keep]) -> None:
        """Settle a clash as I chose, field by field: theirs stays as it is saved; mine (or,
        for writing, both) is written over it as an ordinary change, saved by the next save.
        Should someone change it yet again meanwhile, that save clashes again: nothing is
        written over anyone unseen."""
        from budgetplanner.clash import chosen_values

        if clash in self.conflicts:  # first, so that my chosen values are not held again
            self.conflicts.remove(clash)
        for edit in clash.edits:
            record = self._session.get(edit.model, edit.key)
            if record is None:
                continue  # removed meanwhile, or no longer mine to see: nothing to keep in
            # Read now, so my change is made on the version I was shown.
            getattr(record, "row_version", None)
            now = {attribute: getattr(record, attribute) for attribute in edit.mine}
            for attribute, value in chosen_values(edit, keep, now).items():
                self.set_value(record, attribute, value)

    # People -----------------------------------------------------------------------------

    def _people_query(self, search: str, include_archived: bool):  # type: ignore[no-untyped-def]
        query = select(Person.id, Person.name, Person.next_review)
        if not include_archived:
            query = query.where(Person.archived.is_(False))
        if search.strip():
            query = query.where(Person.name.icontains(search.strip(), autoescape=True))
        return query

    def people(
        self, search: str = "", *, offset: int = 0, limit: int = 200, include_archived: bool = False
    ) -> list[PersonRow]:
        """One page of the list of people, by name; only the columns the list shows."""
        query = (
            self._people_query(search, include_archived)
            .order_by(func.lower(Person.name), Person.id)
            .offset(offset)
            .limit(limit)
        )
        rows = self._session.execute(query)
        return [PersonRow(row.id, row.name, row.next_review) for row in rows]

    def count_people(self, search: str = "", *, include_archived: bool = False) -> int:
        inner = self._people_query(search, include_archived).subquery()
        return int(self._session.scalar(select(func.count()).select_from(inner)) or 0)

    def person(self, person_id: int) -> Person:
        person = self._session.get(Person, person_id)
        if person is None:
            raise KeyError(person_id)
        return person

    def find_person(self, name: str) -> Person | None:
        """The person with this name (ignoring case and spacing), for the command line."""
        wanted = " ".join(name.split()).lower()
        query = select(Person).where(func.lower(Person.name) == wanted).order_by(Person.id)
        return self._session.scalars(query).first()

    def add_person(self, name: str, *, rate_table_name: str = "") -> Person:
        person = Person(name=clean_name(name))
        person.versions.append(PlanVersion(number=1, rate_table_name=rate_table_name))

        def make(session: Session) -> Person:
            session.add(person)
            return person

        return self.change("add a person", make)

    def rename_person(self, person: Person, name: str) -> None:
        self.set_value(person, "name", clean_name(name))

    def delete_person(self, person: Person) -> None:
        def make(session: Session) -> None:
            if person in session:
                session.delete(person)

        self.change("delete a person", make)

    # Plans ------------------------------------------------------------------------------

    def current_version(self, person: Person) -> PlanVersion:
        """The newest version: the one being written now."""
        query = (
            select(PlanVersion)
            .where(PlanVersion.person_id == person.id)
            .order_by(PlanVersion.number.desc())
            .options(
                selectinload(PlanVersion.options).selectinload(Option.cost_lines),
                selectinload(PlanVersion.options).selectinload(Option.pa_roles),
            )
        )
        version = self._session.scalars(query).first()
        if version is None:
            version = PlanVersion(number=1)
            self.add_to(person, "versions", version)
        return version

    def add_option(
        self, version: PlanVersion, title: str, kind: OptionKind = OptionKind.OTHER
    ) -> Option:
        option = Option(title=title, kind=kind, position=len(version.options))
        self.add_to(version, "options", option)
        return option

    def remove_option(self, option: Option) -> None:
        """Delete an option; the others close up so their order has no gap."""
        version = option.version

        def make(_session: Session) -> None:
            if option in version.options:
                version.options.remove(option)
            for position, other in enumerate(version.options):
                other.position = position

        self.change("remove an option", make)

    def add_cost_line(
        self,
        option: Option | Contingency,
        description: str = "",
        amount: Decimal = Decimal(0),
        frequency: Frequency = Frequency.PER_WEEK,
        payer: Payer = Payer.PERSONAL_BUDGET,
        hours_per_week: Decimal | None = None,
    ) -> CostLine:
        line = CostLine(
            description=description,
            amount=amount,
            frequency=frequency,
            payer=payer,
            hours_per_week=hours_per_week,
            position=len(option.cost_lines),
        )
        self.add_to(option, "cost_lines", line)
        return line

    def remove_cost_line(self, line: CostLine) -> None:
        """Delete a cost line; the others close up so their order has no gap."""
        owner = line.option or line.contingency

        def make(session: Session) -> None:
            if owner is not None:
                if line in owner.cost_lines:
                    owner.cost_lines.remove(line)
                for position, other in enumerate(owner.cost_lines):
                    other.position = position
            elif line in session:
                session.delete(line)

        self.change("remove a cost line", make)

    # When money is paid, and what a PA option sets aside -----------------------------

    def _set_checked(self, name: str, target: object, attribute: str, value: object) -> None:
        def make(_session: Session) -> None:
            setattr(target, attribute, value)

        self.change(name, make, key=(id(target), attribute), target=target, value=value)

    def set_payment_date(self, line: CostLine, day: date | None) -> None:
        """When a yearly cost falls due, or a one-off is planned (None: not said).

        Raises ValidationError, changing nothing, for a date that cannot be meant.
        """
        from budgetplanner.validation import check_payment_date

        self._set_checked("set when a cost is paid", line, "due_on", check_payment_date(day))

    def set_first_payday(self, option: Option, day: date | None) -> None:
        """The first payday of the option's weekly or four-weekly pay (None: not said)."""
        from budgetplanner.validation import check_payment_date

        self._set_checked("set my PAs' first payday", option, "first_payday",
                          check_payment_date(day))

    def set_holiday_cover_rate(self, option: Option, rate: Decimal | None) -> None:
        """The hourly rate for a fixed-hours PA's holiday cover (None: the PA's own wage)."""
        from budgetplanner.validation import ValidationError

        if rate is not None and rate < 0:
            raise ValidationError(_("The hourly rate for holiday cover cannot be below "
                                    "zero."))
        self._set_checked("set what holiday cover is paid", option, "holiday_cover_rate",
                          rate)

    def set_sick_pay_days(self, option: Option, days: int | None) -> None:
        """Days a year of Statutory Sick Pay planned for each PA (None or 0: none)."""
        from budgetplanner.pa_costs import MAX_SICK_PAY_DAYS, SICK_PAY_DAYS_PROBLEM
        from budgetplanner.validation import ValidationError

        if days is not None and not 0 <= days <= MAX_SICK_PAY_DAYS:
            raise ValidationError(translated(SICK_PAY_DAYS_PROBLEM))
        self._set_checked("set the days of sick pay I plan for", option, "sick_pay_days",
                          days or None)

    def choose_scenario(self, version: PlanVersion, scenario: Scenario | None) -> None:
        """Make `scenario` the one I chose (None: none chosen yet)."""

        def make(session: Session) -> None:
            if scenario is not None:
                session.flush()  # a new scenario needs its id before it is chosen
            version.chosen_scenario_id = None if scenario is None else scenario.id

        self.change("choose a scenario", make)

    def start_review(self, version: PlanVersion) -> PlanVersion:
        """Keep `version` as it was and start a new version copied from it (see review)."""
        from budgetplanner.review import start_review

        made: list[PlanVersion] = []

        def make(session: Session) -> PlanVersion:
            if made and made[-1] in version.person.versions:
                return made[-1]
            made.append(start_review(session, version))
            return made[-1]

        return self.change("start a review", make)

    def import_plan(self, text: str | bytes) -> Person:
        """Add the plan in a plan file as a new person; raises PlanFileError, adding nothing,
        when the file has a problem."""
        from budgetplanner.portable import import_plan_file

        return self.change("import a plan file", lambda session: import_plan_file(session, text))

    def review_statement(self, version: PlanVersion, printed_on: date) -> ReviewStatement:
        from budgetplanner.review_statement import build_statement

        return build_statement(self._session, version, printed_on)

    # Rate tables --------------------------------------------------------------------------

    def rate_tables(self) -> list[KnownTable]:
        """Every rate table by name, the program's own and mine, oldest first."""
        from budgetplanner.storage.rate_tables import known_tables

        return known_tables(self._session)

    def save_rate_table(self, table: RateTable) -> list[str]:
        """Keep my own rate table; returns the problems instead when it cannot be right."""
        from budgetplanner.storage.rate_tables import save_table

        problems: list[str] = []

        def make(session: Session) -> None:
            problems[:] = save_table(session, table)

        self.change(f"save the rate table {table.name}", make)
        return problems

    # Spending ---------------------------------------------------------------------------

    def plan_year_start(self, version: PlanVersion) -> date:
        from budgetplanner.spending import plan_year_start

        return plan_year_start(self._session, version)

    def set_plan_year_start(self, version: PlanVersion, start: date) -> None:
        from budgetplanner.spending import set_plan_year_start

        self.change("set when my plan year starts",
                    lambda session: set_plan_year_start(session, version, start))

    def spending_entries(self, version: PlanVersion) -> list[SpendingEntry]:
        from budgetplanner.spending import entries_for

        return entries_for(self._session, version)

    def spending_report(self, version: PlanVersion) -> SpendingReport:
        from budgetplanner.spending import report_for

        return report_for(self._session, version)

    def add_spending(self, version: PlanVersion, month: date, amount: Decimal, *,
                     payer: Payer, option_id: int | None, note: str) -> None:
        """Add what I spent in a month; raises SpendingError for an amount that cannot be."""
        from budgetplanner.spending import add_spending

        self.change("add what I spent", lambda session: add_spending(
            session, version, month, amount, payer=payer, option_id=option_id, note=note))

    def remove_spending(self, entry: SpendingEntry) -> None:
        def make(session: Session) -> None:
            if entry in session:
                session.delete(entry)

        self.change("remove what I spent", make)

    def import_payments(self, version: PlanVersion, payments: Sequence[BankPayment], *,
                        payer: Payer, option_id: int | None) -> ImportResult:
        """Add a bank statement's payments inside the plan year as what I spent."""
        from budgetplanner.spending import import_payments

        return self.change("import a bank statement", lambda session: import_payments(
            session, version, payments, payer=payer, option_id=option_id))

    def csv_mapping(self) -> CsvMapping | None:
        """Which column of my bank's statement is which, as chosen last time."""
        from budgetplanner.spending import load_csv_mapping

        return load_csv_mapping(self._session)

    def save_csv_mapping(self, mapping: CsvMapping) -> None:
        from budgetplanner.spending import save_csv_mapping

        self.change("remember my bank's columns",
                    lambda session: save_csv_mapping(session, mapping))

    # Settings -----------------------------------------------------------------------------

    @property
    def shared(self) -> bool:
        """Whether these plans are on an organisation's server, shared with other advocates."""
        return self.engine.dialect.name != "sqlite"

    @property
    def my_settings(self) -> MySettings:
        if self._my_settings is None:
            self._my_settings = MySettings.on_this_computer()
        return self._my_settings

    def setting(self, spec: SettingSpec, part: int | str | None = None) -> str:
        """The value of a declared setting (see storage/settings.py), or its default.

        On a shared server, a setting that is mine comes from this computer."""
        key = spec.key_for(part)
        if spec.mine and self.shared:
            mine = self.my_settings.get(key)
            return spec.default if mine is None else mine
        row = self._session.get(Setting, key)
        return spec.default if row is None else row.value

    def set_setting(self, spec: SettingSpec, value: str, part: int | str | None = None) -> None:
        """Change a setting; it is saved with the next save, like every other change.

        A setting that is mine is also kept on this computer (and only there on a shared
        server, where the plans' settings are everyone's)."""
        key = spec.key_for(part)
        if spec.mine:
            self.my_settings.set(key, value)
            if self.shared:
                return

        def make(session: Session) -> None:
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value

        self.change(f"setting {key}", make, key=(0, key))

    # Passphrase -------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        """Whether this plans file is encrypted with a passphrase."""
        return self.path is not None and cipher.is_locked(self.path)

    def set_passphrase(self, new: str | None) -> None:
        """Lock this file and every backup beside it with a passphrase, change it, or (None)
        take it away. The plan stays open: objects on screen are kept, and the next
        connection is made with the new passphrase.
        """
        from budgetplanner.storage.backups import list_backups

        if self.path is None:
            raise ValueError("only a plans file on disk can be locked")
        old = cipher.passphrase_for(self.path)
        self.save()
        self.engine.dispose()  # no connection is open while the files are rewritten
        for path in [self.path, *(info.path for info in list_backups(self.path))]:
            current = None if cipher.is_plain(path) else old
            if current != new:
                cipher.rewrite(path, current, new)
        cipher.remember(self.path, new)

    # Backups ----------------------------------------------------------------------------

    def restore_from(self, backup: Path) -> Path:
        """Put a backup's plans in place of this file's, while it stays open.

        The current state is backed up first (the returned path); the copy uses SQLite's
        online backup into the open file, so the write-ahead log keeps it crash-safe.
        """
        from budgetplanner.storage.backups import BEFORE_RESTORING, make_backup

        if self.path is None:
            raise ValueError("only a plans file on disk can be restored")
        self.save()
        safety = make_backup(self.path, BEFORE_RESTORING)
        source = cipher.connect(backup, read_only=True)
        try:
            with self.engine.connect() as connection:
                raw = connection.connection.dbapi_connection
                assert raw is not None
                raw.commit()
                try:
                    source.backup(raw)
                except cipher.database_errors() as error:
                    raise cipher.PassphraseError(_(
                        "This backup is not locked the way the plans file is, so it cannot be "
                        "restored into it.")) from error
        finally:
            source.close()
        upgrade(self.engine)  # an older backup is brought up to this program's schema
        # Objects in the session are read again from the restored file when next used.
        self._session.expire_all()
        forget_rate_tables(self.session)
        return safety
