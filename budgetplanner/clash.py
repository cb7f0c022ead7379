"""Someone else's save and mine, side by side in words, and the choice of which to keep.

When a save is refused because someone else changed the same record first (see
storage/conflicts.py), the person sees each field that clashed as "what I typed" and "what
they saved", and keeps mine, theirs, or, for writing, both. Plain data in, plain data out:
no database and no Qt here; the store applies the choice (`PlanStore.settle_clash`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from budgetplanner.formatting import date_and_time, long_date, money_text
from budgetplanner.review import (
    CONTINGENCY_FIELDS,
    GOAL_FIELDS,
    LINE_FIELDS,
    OPTION_FIELDS,
    PA_FIELDS,
    PLAN_FIELDS,
    RELATIONSHIP_FIELDS,
    RISK_FIELDS,
    SCENARIO_FIELDS,
)
from budgetplanner.storage.conflicts import PendingEdit
from budgetplanner.translation import N_, _, translated


class Keep(StrEnum):
    """Which version of a field to keep."""

    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"  # for writing only: theirs, then mine, so neither is lost


# What each kind of record is called, and its fields, in the person's words (in English,
# marked; translated where shown).
RECORDS: dict[str, tuple[str, Mapping[str, str]]] = {
    "cost_lines": (N_("A cost"), LINE_FIELDS),
    "goals": (N_("A goal"), GOAL_FIELDS),
    "relationships": (N_("Someone in my life"), RELATIONSHIP_FIELDS),
    "options": (N_("An option"), OPTION_FIELDS),
    "pa_roles": (N_("A personal assistant"), PA_FIELDS),
    "risks": (N_("A risk I own"), RISK_FIELDS),
    "contingencies": (N_("If things go wrong"), CONTINGENCY_FIELDS),
    "scenarios": (N_("A scenario"), SCENARIO_FIELDS),
    "plan_versions": (N_("My plan"), {**PLAN_FIELDS,
                                      "review_notes": N_("Notes for my review")}),
    "people": (N_("The plan's name"), {"name": N_("name"), "archived": N_("archived")}),
    "spending_entries": (N_("What I spent"), {"amount": N_("how much"), "note": N_("note"),
                                              "payer": N_("who paid"), "month": N_("month")}),
    "plan_years": (N_("My plan year"), {"starts_on": N_("starts on")}),
}
MONEY = frozenset({"amount", "hourly_wage", "personal_budget"})
HOURS = frozenset({"hours_per_week", "unpaid_hours_per_week"})
# The attribute that names a record in a heading ("A cost: “Seeds”").
NAMES = ("description", "title", "name", "risk", "situation")


def words(attribute: str, value: object) -> str:
    """A field's value as the person reads it: "£12.00", "a week", "nothing"."""
    if value is None or value == "":
        return _("nothing")
    label = getattr(value, "label", None)
    if isinstance(label, str):
        return label
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, Decimal):
        if attribute in MONEY:
            return money_text(value)
        amount = f"{value.normalize():f}"
        return (_("{hours} hours a week").format(hours=amount) if attribute in HOURS
                else amount)
    if isinstance(value, datetime):
        return date_and_time(value)
    if isinstance(value, date):
        return long_date(value)
    return str(value)


@dataclass(frozen=True)
class FieldClash:
    """One field that both of us changed."""

    attribute: str
    label: str
    mine: str
    theirs: str
    can_keep_both: bool


@dataclass(frozen=True)
class ClashView:
    """One record that clashed, ready to show: what it is, who saved theirs and when (when
    the server lets me know), and each field side by side."""

    heading: str
    fields: tuple[FieldClash, ...]
    who: str | None = None
    when: datetime | None = None


def _label(table: str, attribute: str) -> str:
    fields = RECORDS.get(table, ("", {}))[1]
    text = translated(fields[attribute]) if attribute in fields else attribute.replace("_", " ")
    return text[:1].upper() + text[1:]


def _can_keep_both(mine: object, theirs: object) -> bool:
    return isinstance(mine, str) and isinstance(theirs, str | None) and bool(mine)


def describe(edit: PendingEdit, record: object | None = None, who: str | None = None,
             when: datetime | None = None) -> ClashView:
    """The record's clash in words; `record` (as saved now) names it in the heading."""
    table = getattr(edit.model, "__tablename__", "")
    kind = translated(RECORDS[table][0]) if table in RECORDS else _("A part of my plan")
    name = next((getattr(record, attribute) for attribute in NAMES
                 if isinstance(getattr(record, attribute, None), str)
                 and getattr(record, attribute)), "")
    heading = _("{kind}: “{name}”").format(kind=kind, name=name) if name else kind
    fields = tuple(
        FieldClash(attribute, _label(table, attribute), words(attribute, mine),
                   words(attribute, edit.theirs.get(attribute)),
                   _can_keep_both(mine, edit.theirs.get(attribute)))
        for attribute, mine in edit.mine.items())
    return ClashView(heading, fields, who, when)


def both_texts(theirs: str, mine: str) -> str:
    """Both versions of a piece of writing in one: theirs first, then mine. Where one holds
    the other already, that one is enough."""
    theirs, mine = theirs or "", mine or ""
    if mine in theirs:
        return theirs
    if theirs in mine:
        return mine
    joint = "\n\n" if "\n" in theirs or "\n" in mine or len(theirs) + len(mine) > 60 else " / "
    return f"{theirs}{joint}{mine}"


def chosen_values(edit: PendingEdit, keep: Mapping[str, Keep],
                  now: Mapping[str, Any]) -> dict[str, Any]:
    """What to write for each field, given what is saved now: mine, both, or nothing at all
    for a field where theirs is kept. A field with no choice keeps theirs."""
    values: dict[str, Any] = {}
    for attribute, mine in edit.mine.items():
        choice = keep.get(attribute, Keep.THEIRS)
        if choice is Keep.MINE:
            values[attribute] = mine
        elif choice is Keep.BOTH:
            current = now.get(attribute)
            if not _can_keep_both(mine, current):
                raise ValueError(f"{attribute}: only writing can be kept twice")
            values[attribute] = both_texts(current or "", mine)
    return values
