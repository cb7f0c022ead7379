"""Opening plans files safely: by identity, read-only, damaged, foreign logs, odd folder names."""

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from plans_files import make_plans

from budgetplanner.storage import health
from budgetplanner.storage.backups import list_backups, make_backup
from budgetplanner.storage.health import StoreOpenError
from budgetplanner.storage.store import PlanStore, SaveError


def beside(path: Path) -> list[str]:
    return sorted(os.listdir(path.parent))


def refused(path: Path, **kwargs: str) -> StoreOpenError:
    with pytest.raises(StoreOpenError) as caught:
        PlanStore.open(path, **kwargs)
    return caught.value


def test_a_symbolic_link_to_an_open_file_is_refused_as_in_use(db_path: Path) -> None:
    make_plans(db_path, "Sam")
    link = db_path.with_name("another name.sqlite3")
    link.symlink_to(db_path)
    first = PlanStore.open(db_path)
    try:
        assert refused(link).problem.kind == "in_use"
    finally:
        first.close()
    PlanStore.open(link).close()  # free once the first copy closes


def test_a_hard_link_to_an_open_file_is_refused_as_in_use(db_path: Path, tmp_path: Path) -> None:
    make_plans(db_path, "Sam")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = elsewhere / "my plans.sqlite3"
    os.link(db_path, link)
    first = PlanStore.open(link)
    try:
        assert refused(db_path).problem.kind == "in_use"
    finally:
        first.close()
    PlanStore.open(db_path).close()


def test_no_lock_file_is_left_beside_the_plans_file(db_path: Path) -> None:
    make_plans(db_path, "Sam")
    assert beside(db_path) == ["data", "plans.sqlite3"]


def test_a_read_only_file_is_opened_read_only_and_left_as_it_was(db_path: Path) -> None:
    make_plans(db_path, "Sam")
    db_path.chmod(0o400)
    before = db_path.read_bytes()
    store = PlanStore.open(db_path)
    try:
        assert store.read_only
        assert [row.name for row in store.people()] == ["Sam"]  # shown as it is
        person = store.find_person("Sam")
        assert person is not None
        store.set_value(store.current_version(person), "good_life", "Gardening")
        with pytest.raises(SaveError, match="This plans file is read-only"):
            store.save()
    finally:
        store.close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o400
    assert db_path.read_bytes() == before
    assert beside(db_path) == ["data", "plans.sqlite3"]


def test_a_read_only_file_with_changes_not_folded_in_is_refused(db_path: Path) -> None:
    make_plans(db_path, "Sam")
    db_path.with_name(db_path.name + "-wal").write_bytes(b"\0" * 64)
    db_path.chmod(0o400)
    problem = refused(db_path).problem
    assert problem.kind == "read_only"
    assert "read-only" in problem.sentence


def test_a_plans_file_in_a_read_only_folder_is_opened_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    path = folder / "plans.sqlite3"
    make_plans(path, "Sam")
    folder.chmod(0o555)
    try:
        store = PlanStore.open(path)
        try:
            assert store.read_only
            assert [row.name for row in store.people()] == ["Sam"]
        finally:
            store.close()
        assert stat.S_IMODE(folder.stat().st_mode) == 0o555
        assert os.listdir(folder) == ["plans.sqlite3"]
        # With no file yet, a read-only folder cannot hold one: refused in a sentence.
        assert refused(folder / "new.sqlite3").problem.kind == "read_only"
    finally:
        folder.chmod(0o755)


def test_a_shared_folder_keeps_its_mode(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    make_plans(shared / "plans.sqlite3", "Sam")
    make_backup(shared / "plans.sqlite3")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert stat.S_IMODE((shared / "backups").stat().st_mode) == 0o700
    assert stat.S_IMODE((shared / "plans.sqlite3").stat().st_mode) == 0o600


def test_a_folder_owned_by_someone_else_is_not_changed(tmp_path: Path) -> None:
    theirs = tmp_path / "theirs"
    theirs.mkdir(mode=0o777)
    theirs.chmod(0o777)
    if os.geteuid() == 0:
        os.chown(theirs, 65534, 65534)  # "nobody": a folder that is not the program's
    make_plans(theirs / "plans.sqlite3", "Sam")
    info = theirs.stat()
    assert stat.S_IMODE(info.st_mode) == 0o777
    assert info.st_uid == (65534 if os.geteuid() == 0 else os.geteuid())


def test_a_zero_length_file_is_damaged_not_new(db_path: Path) -> None:
    db_path.touch()
    problem = refused(db_path).problem
    assert problem.kind == "damaged" and "empty" in problem.sentence
    assert db_path.stat().st_size == 0
    assert beside(db_path) == ["data", "plans.sqlite3"]


def test_a_folder_at_the_path_is_named_as_a_folder(db_path: Path) -> None:
    db_path.mkdir()
    assert refused(db_path).problem.sentence == "This is a folder, not a plans file."


def test_an_unreadable_file_is_refused_with_a_sentence(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_plans(db_path, "Sam")

    def not_allowed(path: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(path))

    # Run as root, permissions do not stop reading: the refusal is simulated.
    monkeypatch.setattr(health, "read_file", not_allowed)
    problem = refused(db_path).problem
    assert problem.kind == "unreadable" and "not allowed to read" in problem.sentence


def test_random_pages_with_plain_backups_are_damaged_and_the_backup_offered(
    db_path: Path,
) -> None:
    make_plans(db_path, "Sam")
    make_backup(db_path)
    db_path.write_bytes(os.urandom(8192))
    problem = refused(db_path).problem
    assert problem.kind == "damaged"  # the window offers the newest good backup
    assert "not locked" in problem.sentence


def test_a_valid_file_in_a_folder_with_a_percent_name_opens(tmp_path: Path) -> None:
    folder = tmp_path / "100%25 sure?#"
    folder.mkdir()
    path = folder / "plans.sqlite3"
    make_plans(path, "Sam")
    make_backup(path)
    store = PlanStore.open(path)
    try:
        assert store.find_person("Sam") is not None
    finally:
        store.close()
    assert [info.people for info in list_backups(path)] == [("Sam",)]


def crashed_copy(source: Path, target: Path) -> None:
    """Copy a plans file and its log as a power cut would leave them, while it is open."""
    shutil.copyfile(source, target)
    shutil.copyfile(source.with_name(source.name + "-wal"),
                    target.with_name(target.name + "-wal"))


def test_the_log_of_a_crashed_session_is_applied(db_path: Path, tmp_path: Path) -> None:
    make_plans(db_path, "Sam")
    store = PlanStore.open(db_path)
    try:
        store.add_person("Typed before the power cut")
        store.save()
        crashed = tmp_path / "crashed.sqlite3"
        crashed_copy(db_path, crashed)
    finally:
        store.close()
    reopened = PlanStore.open(crashed)
    try:
        assert reopened.find_person("Typed before the power cut") is not None
    finally:
        reopened.close()


@pytest.mark.parametrize("other_is_new", [True, False])
def test_a_log_left_by_another_plans_file_is_never_applied(
    db_path: Path, tmp_path: Path, other_is_new: bool
) -> None:
    make_plans(db_path, "Sam", "Jo")
    other = tmp_path / "other.sqlite3"
    if not other_is_new:
        make_plans(other, "Someone else")
    store = PlanStore.open(other)
    try:
        store.add_person("Another file's person")
        store.save()
        before = db_path.read_bytes()
        shutil.copyfile(other.with_name("other.sqlite3-wal"),
                        db_path.with_name("plans.sqlite3-wal"))
    finally:
        store.close()
    log = db_path.read_bytes(), db_path.with_name("plans.sqlite3-wal").read_bytes()
    problem = refused(db_path).problem
    assert problem.kind == "foreign_wal"
    assert "-wal" in problem.sentence
    assert (db_path.read_bytes(), db_path.with_name("plans.sqlite3-wal").read_bytes()) == log
    assert db_path.read_bytes() == before
    assert beside(db_path) == ["data", "other.sqlite3", "plans.sqlite3", "plans.sqlite3-wal"]
    db_path.with_name("plans.sqlite3-wal").unlink()
    store = PlanStore.open(db_path)
    try:
        assert store.find_person("Another file's person") is None
        assert store.count_people() == 2
    finally:
        store.close()


def test_a_file_made_by_the_program_is_never_seen_half_made(db_path: Path) -> None:
    store = PlanStore.open(db_path)
    store.close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert beside(db_path) == ["data", "plans.sqlite3"]
    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("PRAGMA application_id").fetchone() == (0x42504C4E,)
    finally:
        raw.close()


def test_a_failed_backup_leaves_nothing_and_an_empty_one_is_never_offered(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from budgetplanner.storage import backups

    make_plans(db_path, "Sam")
    folder = backups.backup_folder(db_path)
    (folder / "plans-20260101-090000-automatic.sqlite3").touch()  # an empty "backup"
    assert backups.newest_good_backup(db_path) is None

    def disk_full(path: Path, **kwargs: object) -> object:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backups.cipher, "connect", disk_full)
    with pytest.raises(sqlite3.OperationalError):
        backups.make_backup(db_path)
    assert os.listdir(folder) == ["plans-20260101-090000-automatic.sqlite3"]


def test_a_folder_where_the_log_belongs_is_refused_and_left(db_path: Path) -> None:
    make_plans(db_path, "Sam")
    db_path.with_name("plans.sqlite3-wal").mkdir()
    assert refused(db_path).problem.kind == "foreign_wal"
    assert beside(db_path) == ["data", "plans.sqlite3", "plans.sqlite3-wal"]
    assert db_path.with_name("plans.sqlite3-wal").is_dir()


def test_the_lock_holds_across_programs_and_dies_with_a_killed_one(
    db_path: Path, private_data_folder: Path
) -> None:
    import signal
    import subprocess
    import sys

    make_plans(db_path, "Sam")
    link = db_path.with_name("link.sqlite3")
    link.symlink_to(db_path)
    child = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from pathlib import Path\n"
         "from budgetplanner.storage.store import PlanStore\n"
         "store = PlanStore.open(Path(sys.argv[1]))\n"
         "print('open', flush=True)\n"
         "time.sleep(60)\n", str(link)],
        stdout=subprocess.PIPE, text=True,
        env={**os.environ, "BUDGETPLANNER_DATA": str(private_data_folder)},
        cwd=Path(__file__).resolve().parents[3])
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "open"
        assert refused(db_path).problem.kind == "in_use"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    PlanStore.open(db_path).close()  # the killed program's lock went with it
