"""A glance at a plans file's look and language before it is opened (storage/peek.py)."""

from __future__ import annotations

import os
from pathlib import Path

from budgetplanner.storage.peek import peek_settings
from budgetplanner.storage.settings import HIGH_CONTRAST, LANGUAGE, TEXT_SIZE
from budgetplanner.storage.store import PlanStore

LOOK = (TEXT_SIZE, HIGH_CONTRAST, LANGUAGE)


def test_the_glance_reads_the_stored_look_and_leaves_out_what_is_not_stored(
        db_path: Path) -> None:
    store = PlanStore.open(db_path)
    store.set_setting(TEXT_SIZE, "200")
    store.set_setting(HIGH_CONTRAST, "yes")
    store.save()
    store.close()
    assert peek_settings(db_path, LOOK) == {TEXT_SIZE: "200", HIGH_CONTRAST: "yes"}


def test_the_glance_makes_nothing_beside_the_file_and_changes_nothing(db_path: Path) -> None:
    store = PlanStore.open(db_path)
    store.set_setting(TEXT_SIZE, "150")
    store.save()
    store.close()
    before = sorted(os.listdir(db_path.parent))
    content = db_path.read_bytes()
    assert peek_settings(db_path, LOOK) == {TEXT_SIZE: "150"}
    assert sorted(os.listdir(db_path.parent)) == before
    assert db_path.read_bytes() == content


def test_a_file_that_cannot_be_glanced_at_gives_no_hint(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    assert peek_settings(missing, LOOK) == {}
    assert not missing.exists()  # nothing is made
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a plans file at all" * 100)
    assert peek_settings(garbage, LOOK) == {}
    assert peek_settings(tmp_path, LOOK) == {}  # a folder
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert peek_settings(fifo, LOOK) == {}  # never opened, so never waits on a writer
