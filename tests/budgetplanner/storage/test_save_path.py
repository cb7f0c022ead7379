"""The one save path: a failed save or a failed change never loses the other waiting edits."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from budgetplanner.portable import PlanFileError
from budgetplanner.storage.settings import TEXT_SIZE
from budgetplanner.storage.store import PlanStore, SaveError, save_problem


def _fill_the_disk(store: PlanStore) -> None:
    """Make the file unable to grow by one page, as a full disk does."""
    connection = store.session.connection()
    pages = connection.execute(text("PRAGMA page_count")).scalar_one()
    connection.execute(text(f"PRAGMA max_page_count = {pages}"))


def _free_the_disk(store: PlanStore) -> None:
    store.session.connection().execute(text("PRAGMA max_page_count = 1073741823"))


def _read_good_life(db_path: Path) -> list[str]:
    connection = sqlite3.connect(db_path)
    try:
        return [row[0] for row in connection.execute("SELECT good_life FROM plan_versions")]
    finally:
        connection.close()


def test_a_full_disk_keeps_every_edit_and_saves_them_once_there_is_space(
        store: PlanStore, db_path: Path) -> None:
    person = store.add_person("Ann")
    version = store.current_version(person)
    store.save()
    _fill_the_disk(store)
    store.set_value(version, "good_life", "Gardening with my sister. " * 2000)
    option = store.add_option(version, "My own PA")
    store.add_cost_line(option, "Wages", Decimal("182.00"))

    with pytest.raises(SaveError) as refused:
        store.save()

    assert str(refused.value).startswith("The disk is full: free some space")
    assert "sqlite" not in str(refused.value).lower()
    # Everything typed is still there on screen, and still waiting.
    assert version.good_life.startswith("Gardening with my sister.")
    assert [line.description for line in option.cost_lines] == ["Wages"]
    assert store.unsaved and len(store.waiting) == 3
    with pytest.raises(SaveError):  # still full: still refused, still kept
        store.save()

    _free_the_disk(store)
    store.save()
    assert not store.unsaved
    person_id = person.id
    store.close()

    assert _read_good_life(db_path)[0].startswith("Gardening with my sister.")
    reopened = PlanStore.open(db_path)
    try:
        [again] = reopened.current_version(reopened.person(person_id)).options
        assert again.title == "My own PA"
        assert [(line.description, line.amount) for line in again.cost_lines] == [
            ("Wages", Decimal("182.00"))]
    finally:
        reopened.close()


def test_a_refused_plan_file_import_leaves_the_waiting_edits_alone(
        store: PlanStore, db_path: Path) -> None:
    person = store.add_person("Ann")
    version = store.current_version(person)
    store.save()
    store.set_value(version, "good_life", "Walking the dog every morning")

    with pytest.raises(PlanFileError):
        store.import_plan('{"format": "budget-planner-plan", "version": 1, "person": []}')

    assert version.good_life == "Walking the dog every morning"
    assert [row.name for row in store.people()] == ["Ann"]
    store.save()
    store.close()
    assert _read_good_life(db_path) == ["Walking the dog every morning"]


def test_a_change_that_fails_in_the_database_is_undone_alone(
        store: PlanStore, db_path: Path) -> None:
    person = store.add_person("Ann")
    version = store.current_version(person)
    store.save()
    store.set_value(version, "matters_now", "My music")

    def breaks_a_rule(session: object) -> None:
        store.session.add(type(version)(person_id=None, number=1))

    with pytest.raises(IntegrityError):
        store.change("a broken change", breaks_a_rule)

    assert version.matters_now == "My music"
    assert store.waiting == ["change PlanVersion.matters_now"]
    store.save()
    store.close()
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("SELECT matters_now FROM plan_versions").fetchall() == [
            ("My music",)]
    finally:
        connection.close()


def test_a_setting_waits_for_the_save_like_any_other_change(
        store: PlanStore, db_path: Path) -> None:
    store.set_setting(TEXT_SIZE, "150")
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("SELECT value FROM settings WHERE key = 'text_size'"
                                  ).fetchall() == []
        store.save()
        assert connection.execute("SELECT value FROM settings WHERE key = 'text_size'"
                                  ).fetchall() == [("150",)]
    finally:
        connection.close()


def test_removing_a_record_closes_up_the_order(store: PlanStore) -> None:
    person = store.add_person("Ann")
    version = store.current_version(person)
    options = [store.add_option(version, title) for title in ("A", "B", "C")]
    store.remove_from(version, "options", options[1])
    assert [(o.title, o.position) for o in version.options] == [("A", 0), ("C", 1)]


@pytest.mark.parametrize(("database_words", "starts"), [
    ("database or disk is full", "The disk is full"),
    ("attempt to write a readonly database", "The plans file cannot be written to"),
    ("database is locked", "Another program is using the plans file"),
    ("disk I/O error", "The disk could not be written to"),
    ("something nobody expected", "Your changes could not be saved yet"),
])
def test_a_failed_save_is_told_in_one_plain_sentence(database_words: str, starts: str) -> None:
    sentence = save_problem(sqlite3.OperationalError(database_words))
    assert sentence.startswith(starts)
    assert database_words not in sentence


def test_a_record_added_and_removed_before_saving_leaves_no_trace(
        store: PlanStore, db_path: Path) -> None:
    person = store.add_person("Ann")
    version = store.current_version(person)
    keep = store.add_option(version, "Keep")
    gone = store.add_option(version, "Gone")
    line = store.add_cost_line(keep, "Wages", Decimal("10"))
    store.add_cost_line(keep, "Insurance", Decimal("2"))
    store.remove_option(gone)
    store.remove_cost_line(line)
    store.save()
    store.close()
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("SELECT title, position FROM options").fetchall() == [
            ("Keep", 0)]
        assert connection.execute("SELECT description, position FROM cost_lines").fetchall() == [
            ("Insurance", 0)]
    finally:
        connection.close()


def test_a_refused_value_leaves_the_value_typed_before_it(store: PlanStore, db_path: Path) -> None:
    person = store.add_person("Ann")
    store.save()
    store.set_value(person, "name", "Ann Brown")
    with pytest.raises(IntegrityError):
        store.set_value(person, "name", None)  # a name cannot be nothing
    assert person.name == "Ann Brown"
    store.save()
    store.close()
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("SELECT name FROM people").fetchall() == [("Ann Brown",)]
    finally:
        connection.close()
