"""Home visits without internet: take one person's plan from the organisation's server to a
laptop, and bring it back.

"Take this plan with me" copies the plan, with the numbers its rows have on the server, into
a new plans file locked with a passphrase (SQLCipher), and marks it on the server as out with
me (migration 0007): until I bring it back, the server refuses everyone else's changes to it,
the lead's too, and they see why. The file keeps the plan as it was taken out, so "Bring it
back" can say what I changed (the review comparison) without the server, and can tell
whether the plan changed on the server meanwhile (I changed it there myself, or a lead took
the mark away). Bringing back saves every change in one transaction and takes the mark away;
a plan that changed meanwhile is not brought back: the clash says what changed on each side,
and the copy on the laptop is kept. Once brought back, the copy is erased from the laptop.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from budgetplanner.formatting import long_date
from budgetplanner.review import Differences, compare
from budgetplanner.storage import cipher
from budgetplanner.storage.health import StoreOpenError
from budgetplanner.storage.plan_data import plan_snapshot
from budgetplanner.storage.plan_rows import (
    PlanRows,
    RowsMovedOnError,
    apply_changes,
    as_person,
    fingerprint,
    from_json,
    read_plan,
    to_json,
    write_plan,
)
from budgetplanner.storage.settings import TAKEN_OUT
from budgetplanner.storage.store import PlanStore
from budgetplanner.translation import _, ngettext

# The hint migration 0007's guard raises with, when a plan is out with someone else.
TAKEN_OUT_HINT = "planner:taken_out"


class TakeOutError(Exception):
    """Taking a plan out or bringing it back was refused; the message says why, plainly."""


@dataclass(frozen=True)
class TakenOut:
    """A plan marked on the server as out with an advocate."""

    person_id: int
    taken_by: str
    taken_at: datetime

    def sentence(self) -> str:
        """'ann.smith took this plan out on 3 December 2026: ...'."""
        day = self.taken_at.astimezone().date()
        return _("{advocate} took this plan out on {day}, so it can be read here but not "
                 "changed until it is brought back.").format(advocate=self.taken_by,
                                                             day=long_date(day))


@dataclass
class Homecoming:
    """A plan on this laptop that was taken out: whose, from where, and what I changed."""

    path: Path
    person_id: int
    name: str
    taken_by: str
    taken_at: datetime
    where: str
    changes: Differences
    token: str = field(repr=False)
    base: PlanRows = field(repr=False)
    mine: PlanRows = field(repr=False)

    @property
    def changed_lines(self) -> list[str]:
        return describe_changes(self.changes)


class BringBackClashError(TakeOutError):
    """The plan changed on the server after it was taken out: nothing was brought back, and
    the copy on this laptop is kept. `mine` and `theirs` say what changed on each side."""

    def __init__(self, name: str, mine: Differences, theirs: Differences) -> None:
        super().__init__(_(
            "{name}'s plan was changed on the server after I took it out, so my copy was "
            "not brought back and nothing on the server was changed. My copy is kept on this "
            "computer: compare the two and make my changes again on the server.").format(
                name=name))
        self.mine = mine
        self.theirs = theirs


def _mark(connection: Connection, person_id: int) -> Any:
    return connection.execute(text(
        "SELECT person_id, taken_by, taken_at, token, fingerprint FROM plans_taken_out "
        "WHERE person_id = :person"), {"person": person_id}).first()


def _as_taken_out(row: Any) -> TakenOut:
    return TakenOut(int(row.person_id), str(row.taken_by), row.taken_at)


def taken_out(store: PlanStore, person_id: int) -> TakenOut | None:
    """Whether (and by whom) a person's plan is out; never on a plans file."""
    if not store.shared:
        return None
    with store.engine.connect() as connection:
        row = _mark(connection, person_id)
    return None if row is None else _as_taken_out(row)


def held_by_someone_else(store: PlanStore, person_id: int) -> TakenOut | None:
    """The mark of a plan out with someone other than me: read-only for me until then."""
    if not store.shared:
        return None
    with store.engine.connect() as connection:
        row = connection.execute(text(
            "SELECT person_id, taken_by, taken_at FROM plans_taken_out "
            "WHERE person_id = :person AND taken_by <> planner_actor()"),
            {"person": person_id}).first()
    return None if row is None else _as_taken_out(row)


def refused_because_taken_out(error: BaseException) -> bool:
    """Whether the server refused a change because the plan is out with someone else."""
    diag = getattr(getattr(error, "orig", error), "diag", None)
    return diag is not None and getattr(diag, "message_hint", None) == TAKEN_OUT_HINT


# Taking out -----------------------------------------------------------------------------


def take_out(store: PlanStore, person_id: int, path: Path, passphrase: str) -> TakenOut:
    """Copy a person's plan into a new plans file at `path` locked with `passphrase`, and
    mark it on the server as out with me. Raises TakeOutError, leaving nothing made and no
    mark, when it cannot be done."""
    if not store.shared:
        raise TakeOutError(_("Only a plan on the organisation's server can be taken on a visit."))
    if not cipher.available():
        raise TakeOutError(_("This installation cannot lock files with a passphrase (the "
                             "sqlcipher3 package is missing), so no plan can be taken on a visit."))
    try:
        cipher.check_passphrase(passphrase, passphrase)
    except cipher.PassphraseError as refused:
        raise TakeOutError(str(refused)) from refused
    if path.exists() or path.with_name(path.name + "-wal").exists():
        raise TakeOutError(_("There is a file at {file} already: please choose a new name.")
                           .format(file=path))
    store.save()  # my waiting changes go out with the plan
    token = str(uuid.uuid4())
    made = False
    try:
        # One consistent view of the plan while it is read and marked.
        with store.engine.connect().execution_options(
                isolation_level="REPEATABLE READ") as connection:
            rows = read_plan(connection, person_id)
            if not rows["people"]:
                raise TakeOutError(_("This plan is not one I may see on the server."))
            held = _mark(connection, person_id)
            if held is not None:
                raise TakeOutError(_as_taken_out(held).sentence())
            row = connection.execute(text(
                "INSERT INTO plans_taken_out (person_id, token, fingerprint) "
                "VALUES (:person, :token, :fingerprint) RETURNING person_id, taken_by, "
                "taken_at"), {"person": person_id, "token": token,
                              "fingerprint": fingerprint(rows)}).one()
            mark = _as_taken_out(row)
            rate_tables = _own_rate_tables(connection, rows)
            where = _where(store)
            made = True
            _write_copy(path, passphrase, rows, rate_tables, {
                "person_id": person_id, "token": token, "taken_by": mark.taken_by,
                "taken_at": mark.taken_at.isoformat(), "where": where,
                "base": to_json(rows)})
            connection.commit()
    except DBAPIError as error:
        if made:
            erase_copy(path)
        if _unique_violation(error):
            raise TakeOutError(_("Someone else took this plan out just now.")) from error
        raise TakeOutError(_("The plan could not be taken with me: the server did not accept "
                             "the mark. Nothing was copied.")) from error
    except BaseException:
        if made:
            erase_copy(path)
        raise
    return mark


def _unique_violation(error: DBAPIError) -> bool:
    return getattr(error.orig, "sqlstate", None) == "23505"


def _where(store: PlanStore) -> str:
    from budgetplanner.storage.server import describe

    return describe(store.engine.url)


def _own_rate_tables(connection: Connection, rows: PlanRows) -> list[dict[str, Any]]:
    """The organisation's own rate tables the plan names, so the laptop works out the same
    money."""
    names = sorted({str(v["rate_table_name"]) for v in rows["plan_versions"]
                    if v["rate_table_name"]})
    if not names:
        return []
    found = connection.execute(text(
        "SELECT name, built_in, body, updated_at FROM rate_tables "
        "WHERE name = ANY(:names) AND NOT built_in"), {"names": names})
    return [dict(row._mapping) for row in found]


def _write_copy(path: Path, passphrase: str, rows: PlanRows,
                rate_tables: list[dict[str, Any]], mark: dict[str, Any]) -> None:
    """A new plans file holding the plan: locked before any of the plan is written to it."""
    try:
        copy = PlanStore.open(path)
    except StoreOpenError as refused:
        raise TakeOutError(str(refused)) from refused
    try:
        copy.set_passphrase(passphrase)
        with copy.engine.begin() as connection:
            write_plan(connection, rows)
            for table in rate_tables:
                connection.execute(text(
                    "INSERT OR IGNORE INTO rate_tables (name, built_in, body, updated_at) "
                    "VALUES (:name, :built_in, :body, :updated_at)"), table)
            connection.execute(text("INSERT INTO settings (key, value) VALUES (:key, :value)"),
                               {"key": TAKEN_OUT.key_for(), "value": json.dumps(mark)})
    finally:
        copy.close()


def erase_copy(path: Path) -> None:
    """Remove a taken-out copy from this computer, with its log and its backups."""
    from budgetplanner.storage.backups import FOLDER_NAME, STAMP

    folder = path.parent / FOLDER_NAME
    backups = list(folder.glob(f"{path.stem}-*.sqlite3")) if folder.is_dir() else []
    stamp_length = len(datetime(2000, 1, 1).strftime(STAMP))
    for each in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                 *(b for b in backups if b.stem[len(path.stem) + 1:][:stamp_length].replace(
                     "-", "").isdigit())):
        with contextlib.suppress(FileNotFoundError):
            each.unlink()
    cipher.remember(path, None)


# Bringing back --------------------------------------------------------------------------


def look_at(path: Path, passphrase: str | None) -> Homecoming:
    """What a taken-out copy holds and what I changed in it, read without the server."""
    try:
        copy = PlanStore.open(path, passphrase)
    except StoreOpenError as refused:
        raise TakeOutError(str(refused)) from refused
    try:
        raw = copy.setting(TAKEN_OUT)
        if not raw:
            raise TakeOutError(_("This plans file is not a plan I took out from the "
                                 "organisation's server, so there is nothing to bring back. To "
                                 "bring its plans in, use move-in."))
        mark = json.loads(raw)
        person_id = int(mark["person_id"])
        with copy.engine.connect() as connection:
            mine = read_plan(connection, person_id)
    finally:
        copy.close()
    if not mine["people"]:
        raise TakeOutError(_("The plan is no longer in this file (it was erased here), so "
                             "there is nothing to bring back."))
    base = from_json(mark["base"])
    return Homecoming(path, person_id, str(mine["people"][0]["name"]), str(mark["taken_by"]),
                      datetime.fromisoformat(mark["taken_at"]), str(mark["where"]),
                      what_changed(base, mine), str(mark["token"]), base, mine)


def bring_back(store: PlanStore, path: Path, passphrase: str | None,
               home: Homecoming | None = None) -> Homecoming:
    """Save the changes made in a taken-out copy on the server, in one transaction, take the
    mark away and erase the copy from this computer. Raises BringBackClashError (changing
    nothing, keeping the copy) when the plan changed on the server meanwhile, and
    TakeOutError when it cannot be brought back at all. `home`: the copy as `look_at` read
    it just before (shown to me), so it is not opened again."""
    if not store.shared:
        raise TakeOutError(_("A plan is brought back to the organisation's server: please "
                             "connect to it first."))
    if home is None or home.path != path:
        home = look_at(path, passphrase)
    store.save()
    try:
        with store.engine.begin() as connection:
            me = connection.execute(text("SELECT planner_actor()")).scalar_one()
            mark = _mark(connection, home.person_id)
            if mark is not None and mark.token != home.token:
                if mark.taken_by == me:
                    raise TakeOutError(_("I took this plan out again later: please bring back "
                                         "the newer copy."))
                raise TakeOutError(_as_taken_out(mark).sentence())
            # Held still while it is compared and changed (a second bring-back waits here).
            locked = connection.execute(text("SELECT id FROM people WHERE id = :person "
                                             "FOR UPDATE"), {"person": home.person_id}).first()
            now = read_plan(connection, home.person_id)
            if locked is None or not now["people"]:
                raise TakeOutError(_("{name}'s plan is no longer one I may change on the "
                                     "server, so it was not brought back. My copy is kept.")
                                   .format(name=home.name))
            if fingerprint(now) != fingerprint(home.base):
                raise BringBackClashError(home.name, home.changes, what_changed(home.base, now))
            try:
                apply_changes(connection, home.base, home.mine, now)
            except RowsMovedOnError:
                now = read_plan(connection, home.person_id)
                raise BringBackClashError(home.name, home.changes,
                                     what_changed(home.base, now)) from None
            connection.execute(text("DELETE FROM plans_taken_out WHERE person_id = :person "
                                    "AND token = :token"),
                               {"person": home.person_id, "token": home.token})
    except DBAPIError as error:
        if refused_because_taken_out(error):
            held = taken_out(store, home.person_id)
            raise TakeOutError(held.sentence() if held else _(
                "The plan is out with someone else, so it was not brought back.")) from error
        raise TakeOutError(_("The plan could not be brought back: the server did not accept "
                             "it. Nothing was changed there, and my copy is kept.")) from error
    store.session.expire_all()  # the window reads the plan as brought back
    erase_copy(path)
    return home


def release(store: PlanStore, person_id: int) -> TakenOut:
    """Take the mark away without bringing the copy back (a laptop lost on a visit): the
    plan can be changed on the server again. The one who took it out, or a lead."""
    held = taken_out(store, person_id)
    if held is None:
        raise TakeOutError(_("No one has this plan out."))
    with store.engine.begin() as connection:
        done = connection.execute(text("DELETE FROM plans_taken_out WHERE person_id = :person"),
                                  {"person": person_id}).rowcount
    if done != 1:
        raise TakeOutError(_("Only the advocate who took this plan out, or a team lead, can "
                             "put it back without the copy."))
    return held


# What changed ---------------------------------------------------------------------------


def what_changed(before: PlanRows, after: PlanRows) -> Differences:
    """What changed in a plan, its newest versions compared as at a review."""
    old = max(as_person(before).versions, key=lambda version: version.number)
    new = max(as_person(after).versions, key=lambda version: version.number)
    out = compare(plan_snapshot(old), plan_snapshot(new))
    added = len(after["plan_versions"]) - len(before["plan_versions"])
    if added > 0:
        out.added.insert(0, _("A new version of the plan (version {number}), started at a "
                              "review").format(number=new.number))
    _spending_changes(before, after, out)
    name_before, name_after = before["people"][0]["name"], after["people"][0]["name"]
    if name_before != name_after:
        out.changed.insert(0, _("Name: was {before}, now {after}").format(
            before=name_before, after=name_after))
    return out


def _spending_changes(before: PlanRows, after: PlanRows, out: Differences) -> None:
    """What I spent is not compared at a review; here it is counted, so nothing changes
    unseen."""
    def entries(rows: PlanRows) -> dict[str, tuple[Any, ...]]:
        # An option by its uid: its number differs from one database to another.
        options = {option["id"]: option["uid"] for option in rows["options"]}
        return {row["uid"]: (row["month"], row["payer"], options.get(row["option_id"]),
                             row["amount"], row["note"]) for row in rows["spending_entries"]}

    old, new = entries(before), entries(after)
    counted = ((out.added, [uid for uid in new if uid not in old]),
               (out.removed, [uid for uid in old if uid not in new]),
               (out.changed, [uid for uid in new if uid in old and new[uid] != old[uid]]))
    for where, uids in counted:
        if uids:
            count = len(uids)
            where.append(ngettext("What I spent: {count} entry",
                                  "What I spent: {count} entries", count).format(count=count))


def describe_changes(changes: Differences) -> list[str]:
    """The changes as lines to show or print, "Added: …", "Removed: …", "Changed: …"."""
    added, removed, changed = _("Added: {change}"), _("Removed: {change}"), _("Changed: {change}")
    return ([added.format(change=line) for line in changes.added]
            + [removed.format(change=line) for line in changes.removed]
            + [changed.format(change=line) for line in changes.changed])
