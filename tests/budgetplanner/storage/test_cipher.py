"""A plans file locked with a passphrase (SQLCipher), its backups, and a safe first upgrade."""

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from budgetplanner.demo import load_demo
from budgetplanner.storage import cipher
from budgetplanner.storage.backups import list_backups, make_backup, newest_good_backup
from budgetplanner.storage.health import StoreOpenError
from budgetplanner.storage.migrations import HEAD_REVISION, current_revision
from budgetplanner.storage.privacy import erase_person
from budgetplanner.storage.store import PlanStore

PASSPHRASE = "the kettle's on, 7 o'clock"



def locked_plans(path: Path) -> None:
    store = PlanStore.open(path)
    load_demo(store)
    make_backup(path, "before locking")
    store.set_passphrase(PASSPHRASE)
    store.close()


def test_a_locked_file_and_its_backups_hold_no_readable_words(db_path: Path) -> None:
    locked_plans(db_path)
    files = [db_path, *(info.path for info in list_backups(db_path))]
    assert len(files) == 2
    for path in files:
        data = path.read_bytes()
        assert not data.startswith(b"SQLite format 3")
        assert b"Sita" not in data and b"temple" not in data
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_a_locked_file_opens_only_with_its_passphrase(db_path: Path) -> None:
    locked_plans(db_path)
    with pytest.raises(StoreOpenError) as refused:
        PlanStore.open(db_path)
    assert refused.value.problem.kind == "locked"
    with pytest.raises(StoreOpenError) as wrong:
        PlanStore.open(db_path, passphrase="not the passphrase")
    assert wrong.value.problem.kind == "wrong_passphrase"
    store = PlanStore.open(db_path, passphrase=PASSPHRASE)
    try:
        assert store.locked
        assert [row.name for row in store.people()] == ["Jenny Walsh", "Sam Okafor",
                                                         "Sita Patel"]
        store.add_person("Asha Begum")
        store.save()
    finally:
        store.close()
    # Closing forgets the passphrase: the next open needs it again, and sees the edit.
    assert not cipher.is_locked(db_path)
    store = PlanStore.open(db_path, passphrase=PASSPHRASE)
    try:
        assert store.find_person("Asha Begum") is not None
    finally:
        store.close()


def test_backups_restore_and_erase_work_on_a_locked_file(db_path: Path) -> None:
    locked_plans(db_path)
    store = PlanStore.open(db_path, passphrase=PASSPHRASE)
    try:
        backup = make_backup(db_path, "by hand")
        assert not cipher.is_plain(backup)
        # The list of backups reads who is in each, through the passphrase.
        assert all("Sam Okafor" in info.people for info in list_backups(db_path))
        good = newest_good_backup(db_path)
        assert good is not None
        # Restoring a locked backup into the locked file.
        jenny = store.find_person("Jenny Walsh")
        assert jenny is not None
        store.delete_person(jenny)
        store.save()
        store.restore_from(backup)
        assert store.find_person("Jenny Walsh") is not None
        assert not cipher.is_plain(db_path)
        # Erasing reaches into the locked backups too.
        sam = store.find_person("Sam Okafor")
        assert sam is not None
        report = erase_person(store, sam, backups_since=good.made.date())
        assert report.copies_remain_in == []
        assert store.find_person("Sam Okafor") is None
        assert all("Sam Okafor" not in info.people for info in list_backups(db_path))
        assert all(not cipher.is_plain(info.path) for info in list_backups(db_path))
    finally:
        store.close()


def test_the_passphrase_can_be_changed_and_taken_away(db_path: Path) -> None:
    locked_plans(db_path)
    store = PlanStore.open(db_path, passphrase=PASSPHRASE)
    try:
        person = store.find_person("Jenny Walsh")
        store.set_passphrase("a new passphrase")
        # What is on screen stays usable through the change.
        assert person is not None and person.name == "Jenny Walsh"
        person.name = "Jenny Walsh-Hart"
        store.save()
    finally:
        store.close()
    assert PlanStore.open(db_path, passphrase="a new passphrase") is not None
    store = PlanStore.open(db_path, passphrase="a new passphrase")
    try:
        store.set_passphrase(None)
    finally:
        store.close()
    for path in [db_path, *(info.path for info in list_backups(db_path))]:
        assert cipher.is_plain(path)
    store = PlanStore.open(db_path)
    try:
        assert store.find_person("Jenny Walsh-Hart") is not None
        assert not store.locked
    finally:
        store.close()


def test_a_passphrase_must_be_long_and_typed_twice_the_same() -> None:
    with pytest.raises(cipher.PassphraseError, match="at least 8"):
        cipher.check_passphrase("short", "short")
    with pytest.raises(cipher.PassphraseError, match="not the same"):
        cipher.check_passphrase("long enough", "long enougH")
    cipher.check_passphrase("long enough", "long enough")


# -- the first upgrade is all or nothing ---------------------------------------------------

KILL_DURING_UPGRADE = """
import os, signal, sys
from pathlib import Path
from alembic.operations import Operations
from budgetplanner.storage.store import PlanStore

made = []
real = Operations.create_table

def create_table(self, *args, **kwargs):
    made.append(args[0])
    if len(made) == int(sys.argv[2]):
        os.kill(os.getpid(), signal.SIGKILL)
    return real(self, *args, **kwargs)

Operations.create_table = create_table
PlanStore.open(Path(sys.argv[1]))
"""


@pytest.mark.parametrize("tables_before_the_kill", [1, 4, 9, 13])
def test_a_kill_during_the_first_upgrade_leaves_a_file_that_opens(
    db_path: Path, tables_before_the_kill: int
) -> None:
    child = subprocess.run([sys.executable, "-c", KILL_DURING_UPGRADE, str(db_path),
                            str(tables_before_the_kill)], cwd=Path(__file__).parents[3],
                           capture_output=True, timeout=120, check=False)
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()
    # Nothing of the half-made schema was kept: the file opens and is brought up to date.
    with sqlite3.connect(db_path) as raw:
        tables = [row[0] for row in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert tables == []
    store = PlanStore.open(db_path)
    try:
        assert current_revision(store.engine) == HEAD_REVISION
        load_demo(store)
        assert store.count_people() == 3
    finally:
        store.close()


def test_an_error_during_an_upgrade_changes_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic.operations import Operations

    real = Operations.create_table
    made: list[str] = []

    def failing(self: Operations, *args: object, **kwargs: object) -> object:
        made.append(str(args[0]))
        if len(made) == 5:
            raise OSError("disk full")
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Operations, "create_table", failing)
    with pytest.raises(StoreOpenError) as refused:  # one sentence, not the disk's error
        PlanStore.open(db_path)
    assert isinstance(refused.value.__cause__, OSError)
    assert "could not be opened" in str(refused.value)
    monkeypatch.setattr(Operations, "create_table", real)
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)
    PlanStore.open(db_path).close()
    assert os.path.getsize(db_path) > 0


def test_encryption_is_available_on_the_machines_we_support() -> None:
    """sqlcipher3 is a dependency on Linux x86_64: without it "lock my plans" would vanish."""
    assert cipher.available()
