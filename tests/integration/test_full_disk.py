"""A real full disk: typing goes on, the person is told, and nothing is lost once space is freed.

The plans file lives on a small tmpfs mounted for the test (the machines that run the suite
are Debian as root). Where mounting is not allowed, SQLite's page limit stands in for the
full disk, so the test still runs the same save path.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from budgetplanner.storage.store import PlanStore, SaveError


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path | None]:
    folder = tmp_path / "small-disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
                             capture_output=True, check=False, timeout=30).returncode == 0
    try:
        yield folder if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False, timeout=30)


def _fill(folder: Path) -> Path:
    """Take every free byte of the disk with a file, as a download or a photo library does."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


def test_typing_on_a_full_disk_is_kept_and_saved_when_space_is_freed(
        small_disk: Path | None, tmp_path: Path) -> None:
    folder = small_disk or tmp_path
    db_path = folder / "plans.sqlite3"
    store = PlanStore.open(db_path)
    person = store.add_person("Ann")
    version = store.current_version(person)
    store.save()
    person_id = person.id

    if small_disk is not None:
        filler = _fill(small_disk)
    else:
        pages = store.session.connection().execute(text("PRAGMA page_count")).scalar_one()
        store.session.connection().execute(text(f"PRAGMA max_page_count = {pages}"))

    typed = ""
    problems = []
    for word in range(400):  # a long afternoon's typing, saved after each word as the
        typed += f"word{word} " * 20  # autosaver does
        store.set_value(version, "good_life", typed)
        try:
            store.save()
        except SaveError as refused:
            problems.append(str(refused))
            if len(problems) == 5:  # typing went on through five refused saves
                break
    assert problems, "the disk never filled up"
    assert all(p.startswith("The disk is full: free some space") for p in problems)
    assert version.good_life == typed  # still on screen

    if small_disk is not None:
        filler.unlink()
    else:
        store.session.connection().execute(text("PRAGMA max_page_count = 1073741823"))
    typed += "and after the disk has room again."  # typing goes on once space is freed
    store.set_value(version, "good_life", typed)
    store.save()
    store.close()

    reopened = PlanStore.open(db_path)
    try:
        assert reopened.current_version(reopened.person(person_id)).good_life == typed
    finally:
        reopened.close()
