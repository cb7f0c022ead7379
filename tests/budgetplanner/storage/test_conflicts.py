"""Two people change the same cost line: the second save is refused with both versions, and
nothing is lost (optimistic locking with the row version, on SQLite and on PostgreSQL)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from budgetplanner.storage.conflicts import (
    CONFLICT_SENTENCE,
    SaveConflictError,
    commit_or_conflict,
    keep_mine,
)
from budgetplanner.storage.connection import make_session_factory
from budgetplanner.storage.models import CostLine
from budgetplanner.storage.store import ConflictError, PlanStore


def _line(store: PlanStore) -> CostLine:
    option = store.add_option(store.current_version(store.add_person("Asha Begum")), "Garden")
    line = store.add_cost_line(option, "Seeds", Decimal("10.00"))
    store.save()
    return line


def test_the_second_save_of_the_same_line_is_refused_with_both_versions(
        any_store: PlanStore) -> None:
    line = _line(any_store)
    other = make_session_factory(any_store.engine)()
    try:
        theirs = other.get(CostLine, line.id)
        assert theirs is not None and theirs.row_version == 1
        theirs.amount = Decimal("12.00")
        commit_or_conflict(other)
        assert theirs.row_version == 2

        line.amount = Decimal("15.00")  # made from the version read before theirs
        line.description = "Seeds and compost"
        with pytest.raises(SaveConflictError) as refused:
            commit_or_conflict(any_store.session)
        assert str(refused.value) == CONFLICT_SENTENCE
        [edit] = refused.value.edits
        assert edit.mine == {"amount": Decimal("15.00"), "description": "Seeds and compost"}
        assert edit.theirs == {"amount": Decimal("12.00"), "description": "Seeds"}
        # Nothing of mine was written over theirs.
        other.expire_all()
        assert other.get(CostLine, line.id).amount == Decimal("12.00")  # type: ignore[union-attr]

        # I choose my description and their amount: saved on top of their version.
        keep_mine(any_store.session, refused.value, {"description": True})
        other.expire_all()
        saved = other.scalars(select(CostLine).where(CostLine.id == line.id)).one()
        assert (saved.amount, saved.description) == (Decimal("12.00"), "Seeds and compost")
        assert saved.row_version == 3
    finally:
        other.close()


def test_changes_to_different_lines_are_both_saved(any_store: PlanStore) -> None:
    line = _line(any_store)
    second = any_store.add_cost_line(line.option, "Gloves", Decimal("3.00"))  # type: ignore[arg-type]
    any_store.save()
    other = make_session_factory(any_store.engine)()
    try:
        theirs = other.get(CostLine, second.id)
        assert theirs is not None
        theirs.amount = Decimal("4.00")
        commit_or_conflict(other)
        line.amount = Decimal("11.00")
        commit_or_conflict(any_store.session)
    finally:
        other.close()
    any_store.session.expire_all()
    amounts = sorted(row.amount for row in any_store.session.scalars(select(CostLine)))
    assert amounts == [Decimal("4.00"), Decimal("11.00")]


def test_the_store_never_writes_my_edit_over_someone_elses_and_keeps_my_other_edits(
        any_store: PlanStore) -> None:
    """Through the program's one save path (the autosaver's), not a bare commit."""
    line = _line(any_store)
    option = line.option
    assert option is not None
    other = make_session_factory(any_store.engine)()
    try:
        theirs = other.get(CostLine, line.id)
        assert theirs is not None
        theirs.amount = Decimal("12.00")
        other.commit()
    finally:
        other.close()

    any_store.set_value(option, "description", "Growing vegetables")  # no clash here
    any_store.set_value(line, "amount", Decimal("15.00"))  # made on the version before theirs
    with pytest.raises(ConflictError) as refused:
        any_store.save()
    assert str(refused.value) == CONFLICT_SENTENCE
    [clash] = refused.value.conflicts
    [edit] = clash.edits
    assert edit.mine == {"amount": Decimal("15.00")}
    assert edit.theirs == {"amount": Decimal("12.00")}
    assert any_store.conflicts == [clash]
    any_store.save()  # the rest of my changes are saved as usual

    check = make_session_factory(any_store.engine)()
    try:
        saved = check.get(CostLine, line.id)
        assert saved is not None and saved.amount == Decimal("12.00")
        assert check.get(type(option), option.id).description == "Growing vegetables"  # type: ignore[union-attr]
    finally:
        check.close()
