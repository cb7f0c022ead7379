"""The plan store: the one place the program reads and writes plans in the database."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, selectinload

from budgetplanner.categories import OptionKind, Payer
from budgetplanner.periods import Frequency
from budgetplanner.plan_money import forget_rate_tables
from budgetplanner.storage import cipher
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
    FileLock,
    StoreOpenError,
    check_file,
    check_place,
)
from budgetplanner.storage.migrations import KNOWN_REVISIONS, upgrade
from budgetplanner.storage.models import (
    Contingency,
    CostLine,
    Option,
    Person,
    PlanVersion,
    Setting,
)

MAX_NAME_LENGTH = 200


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
        raise PersonNameError("Please type a name.")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise PersonNameError(f"A name can have at most {MAX_NAME_LENGTH} letters.")
    return cleaned


class PlanStore:
    """Reads and writes plans through one long-lived session (a desktop program has one user).

    Edits change the ORM objects; `save()` commits them. The window calls `save()` shortly
    after typing stops, so nothing typed waits long for the disk.
    """

    def __init__(self, engine: Engine, lock: FileLock | None = None,
                 path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self._lock = lock
        self.session: Session = make_session_factory(engine)()

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
        if problem is not None:
            raise StoreOpenError(problem, path)
        lock = FileLock(path)
        try:
            if not lock.acquire():
                raise StoreOpenError(IN_USE, path)
            # Checked while holding the lock: no other copy is writing the file or its log.
            problem = check_file(path, set(KNOWN_REVISIONS), passphrase)
            if problem is not None:
                raise StoreOpenError(problem, path)
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
    def open_url(cls, url: str) -> PlanStore:
        engine = make_engine(url)
        upgrade(engine)
        return cls(engine)

    def close(self) -> None:
        self.session.close()
        self.engine.dispose()
        if self.path is not None:
            cipher.remember(self.path, None)
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def save(self) -> None:
        self.session.commit()

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
        return [PersonRow(row.id, row.name, row.next_review) for row in self.session.execute(query)]

    def count_people(self, search: str = "", *, include_archived: bool = False) -> int:
        inner = self._people_query(search, include_archived).subquery()
        return int(self.session.scalar(select(func.count()).select_from(inner)) or 0)

    def person(self, person_id: int) -> Person:
        person = self.session.get(Person, person_id)
        if person is None:
            raise KeyError(person_id)
        return person

    def find_person(self, name: str) -> Person | None:
        """The person with this name (ignoring case and spacing), for the command line."""
        wanted = " ".join(name.split()).lower()
        query = select(Person).where(func.lower(Person.name) == wanted).order_by(Person.id)
        return self.session.scalars(query).first()

    def add_person(self, name: str, *, rate_table_name: str = "") -> Person:
        person = Person(name=clean_name(name))
        person.versions.append(PlanVersion(number=1, rate_table_name=rate_table_name))
        self.session.add(person)
        self.session.flush()
        return person

    def rename_person(self, person: Person, name: str) -> None:
        person.name = clean_name(name)

    def delete_person(self, person: Person) -> None:
        self.session.delete(person)

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
        version = self.session.scalars(query).first()
        if version is None:
            version = PlanVersion(number=1)
            person.versions.append(version)
            self.session.flush()
        return version

    def add_option(
        self, version: PlanVersion, title: str, kind: OptionKind = OptionKind.OTHER
    ) -> Option:
        option = Option(title=title, kind=kind, position=len(version.options))
        version.options.append(option)
        self.session.flush()
        return option

    def remove_option(self, option: Option) -> None:
        option.version.options.remove(option)
        self.session.delete(option)
        self.session.flush()

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
        option.cost_lines.append(line)
        self.session.flush()
        return line

    def remove_cost_line(self, line: CostLine) -> None:
        owner = line.option or line.contingency
        if owner is not None:
            owner.cost_lines.remove(line)
        self.session.delete(line)
        self.session.flush()

    # Settings -----------------------------------------------------------------------------

    def setting(self, key: str, default: str = "") -> str:
        row = self.session.get(Setting, key)
        return default if row is None else row.value

    def set_setting(self, key: str, value: str) -> None:
        row = self.session.get(Setting, key)
        if row is None:
            self.session.add(Setting(key=key, value=value))
        else:
            row.value = value
        self.session.commit()

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
        self.session.commit()
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
        from budgetplanner.storage.backups import make_backup

        if self.path is None:
            raise ValueError("only a plans file on disk can be restored")
        self.session.commit()
        safety = make_backup(self.path, "before restoring")
        source = cipher.connect(backup, read_only=True)
        try:
            with self.engine.connect() as connection:
                raw = connection.connection.dbapi_connection
                assert raw is not None
                raw.commit()
                try:
                    source.backup(raw)
                except cipher.database_errors() as error:
                    raise cipher.PassphraseError(
                        "This backup is not locked the way the plans file is, so it cannot be "
                        "restored into it.") from error
        finally:
            source.close()
        upgrade(self.engine)  # an older backup is brought up to this program's schema
        # Objects in the session are read again from the restored file when next used.
        self.session.expire_all()
        forget_rate_tables(self.session)
        return safety
