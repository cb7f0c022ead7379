"""Moving in: every plan in a laptop's plans file, brought to the organisation's server.

Each person comes across whole (every version, option, cost, PA, goal, the people in their
life, risks, what was spent), as a new person on the server with the server's own numbers,
assigned to the advocate who moves them in (the server's `planner_new_person_id()` does
that). All of them come in one transaction: all come across, or none. The laptop's file is
left as it was, but for a note of the move, so the same file is not moved in twice by
mistake.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, text

from budgetplanner.formatting import date_and_time
from budgetplanner.rates import shipped_table
from budgetplanner.storage.plan_rows import PlanRows, add_plan, counts, people_in, read_plan
from budgetplanner.storage.settings import MOVED_IN, TAKEN_OUT
from budgetplanner.storage.store import PlanStore
from budgetplanner.translation import _, ngettext


class MoveInError(Exception):
    """Moving in was refused, nothing came across; the message says why, plainly."""


@dataclass(frozen=True)
class MovedPerson:
    name: str
    person_id: int  # on the server
    holds: str  # "2 versions, 3 goals, ..."


@dataclass
class MoveInReport:
    source: Path
    where: str
    people: list[MovedPerson] = field(default_factory=list)
    # Rate tables of my own that plans name and the server does not have.
    missing_rate_tables: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        count = len(self.people)
        head = ngettext("Moved {count} plan from {file} to the organisation's plans {where}:",
                        "Moved {count} plans from {file} to the organisation's plans {where}:",
                        count).format(count=count, file=self.source, where=self.where)
        lines = [head, *(f"  {person.name}: {person.holds}" for person in self.people)]
        for name in self.missing_rate_tables:
            lines.append(_('Some plans use my own rate table "{name}", which the server does '
                           "not have, so their PA costs use the newest rate table until a team "
                           "lead adds it.").format(name=name))
        return lines


def move_in(store: PlanStore, path: Path, passphrase: str | None = None, *,
            again: bool = False) -> MoveInReport:
    """Add every plan in the plans file at `path` to the server as mine. Raises
    StoreOpenError when the file cannot be opened (locked: ask for its passphrase), and
    MoveInError, bringing nothing, when the plans cannot be moved in."""
    from budgetplanner.storage.server import describe

    if not store.shared:
        raise MoveInError(_("Plans are moved in to the organisation's server: please connect "
                            "to it first."))
    where = describe(store.engine.url)
    laptop = PlanStore.open(path, passphrase)
    try:
        if laptop.setting(TAKEN_OUT):
            raise MoveInError(_("This file holds a plan I took out from the organisation's "
                                "server: bring it back instead (bring-back)."))
        moved = laptop.setting(MOVED_IN)
        if moved and not again:
            note = json.loads(moved)
            raise MoveInError(_(
                "The plans in this file were moved in to the organisation's plans {where} on "
                "{moment} already. To move them in again as new plans, say so (--again).")
                .format(where=note["where"],
                        moment=date_and_time(datetime.fromisoformat(note["at"]))))
        with laptop.engine.connect() as connection:
            plans = [read_plan(connection, person_id)
                     for person_id, _name in people_in(connection)]
        report = MoveInReport(path, where)
        store.save()
        with store.engine.begin() as connection:
            for rows in plans:
                person_id = add_plan(connection, rows)
                report.people.append(MovedPerson(str(rows["people"][0]["name"]), person_id,
                                                 counts(rows)))
            report.missing_rate_tables = _missing_rate_tables(connection, plans)
        laptop.set_setting(MOVED_IN, json.dumps({
            "at": datetime.now().replace(microsecond=0).isoformat(), "where": where,
            "people": len(report.people)}))
        laptop.save()
    finally:
        laptop.close()
    store.session.expire_all()
    return report


def _missing_rate_tables(connection: Connection, plans: list[PlanRows]) -> list[str]:
    names = sorted({str(version["rate_table_name"]) for rows in plans
                    for version in rows["plan_versions"] if version["rate_table_name"]})
    missing = []
    for name in names:
        try:
            shipped_table(name)
            continue
        except KeyError:
            pass
        except Exception:  # a shipped table that cannot be read: not ours to report
            continue
        found = connection.execute(
            text("SELECT 1 FROM rate_tables WHERE name = :name"), {"name": name}).first()
        if found is None:
            missing.append(name)
    return missing
