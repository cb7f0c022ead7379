"""Files that are damaged, foreign, newer or in use; backups; permissions; erasing; no network."""

import os
import socket
import sqlite3
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from budgetplanner.demo import load_demo
from budgetplanner.storage.backups import (
    backup_if_due,
    list_backups,
    make_backup,
    newest_good_backup,
    restore_backup,
    rotate,
)
from budgetplanner.storage.health import StoreOpenError
from budgetplanner.storage.privacy import erase_person
from budgetplanner.storage.store import PlanStore


def make_plans(path: Path) -> None:
    store = PlanStore.open(path)
    load_demo(store)
    store.close()


def test_a_random_bytes_file_is_refused_and_left_alone(db_path: Path) -> None:
    db_path.write_bytes(os.urandom(4000))
    before = db_path.read_bytes()
    with pytest.raises(StoreOpenError) as refused:
        PlanStore.open(db_path)
    assert refused.value.problem.kind == "not_a_plan_file"
    assert str(refused.value) == "This file is not a plans file Budget Planner can read."
    assert db_path.read_bytes() == before


def test_random_pages_may_be_locked_but_no_passphrase_opens_them(db_path: Path) -> None:
    # Whole pages of random bytes look just like an encrypted file until a passphrase is tried.
    db_path.write_bytes(os.urandom(4096))
    before = db_path.read_bytes()
    with pytest.raises(StoreOpenError) as refused:
        PlanStore.open(db_path)
    assert refused.value.problem.kind == "locked"
    assert "or it is damaged or not a plans file" in str(refused.value)
    with pytest.raises(StoreOpenError) as wrong:
        PlanStore.open(db_path, passphrase="a long passphrase")
    assert wrong.value.problem.kind == "wrong_passphrase"
    assert db_path.read_bytes() == before


def test_a_truncated_file_is_refused_and_a_good_backup_offered(db_path: Path) -> None:
    make_plans(db_path)
    backup = make_backup(db_path)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 3])
    before = db_path.read_bytes()
    with pytest.raises(StoreOpenError) as refused:
        PlanStore.open(db_path)
    assert refused.value.problem.kind == "damaged"
    assert db_path.read_bytes() == before
    offered = newest_good_backup(db_path)
    assert offered is not None and offered.path == backup


def test_a_file_from_a_newer_version_is_not_written_to(db_path: Path) -> None:
    make_plans(db_path)
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreOpenError) as refused:
        PlanStore.open(db_path)
    assert refused.value.problem.kind == "newer"
    assert "newer version" in str(refused.value)
    assert db_path.read_bytes() == before


def test_a_second_copy_is_told_the_file_is_in_use(db_path: Path) -> None:
    first = PlanStore.open(db_path)
    try:
        with pytest.raises(StoreOpenError) as refused:
            PlanStore.open(db_path)
        assert refused.value.problem.kind == "in_use"
    finally:
        first.close()
    PlanStore.open(db_path).close()  # free again once the first copy closes


def test_backup_and_restore_round_trip(db_path: Path) -> None:
    make_plans(db_path)
    backup = make_backup(db_path, "before my visit")
    store = PlanStore.open(db_path)
    person = store.find_person("Jenny Walsh")
    assert person is not None
    store.delete_person(person)
    store.save()
    store.close()
    [info, *_] = [b for b in list_backups(db_path) if b.path == backup]
    assert info.people == ("Jenny Walsh", "Sam Okafor", "Sita Patel")
    assert "before my visit" in info.label
    safety = restore_backup(backup, db_path)
    store = PlanStore.open(db_path)
    try:
        assert store.find_person("Jenny Walsh") is not None
    finally:
        store.close()
    # Restoring first kept the state it replaced.
    assert [b.people for b in list_backups(db_path) if b.path == safety] == [
        ("Sam Okafor", "Sita Patel")]


def test_backups_rotate_daily_for_a_week_and_weekly_for_five(db_path: Path) -> None:
    make_plans(db_path)
    start = datetime(2026, 9, 1, 9, 0)
    for day in range(60):
        backup_if_due(db_path, start + timedelta(days=day))
    now = start + timedelta(days=59)
    kept = sorted(b.made for b in list_backups(db_path))
    recent = [made for made in kept if now - made < timedelta(days=7)]
    assert len(recent) == 7
    assert all(now - made < timedelta(weeks=5) for made in kept)
    assert len(kept) <= 7 + 5
    assert rotate(db_path, now) == []  # rotating again removes nothing more


def test_data_files_are_readable_by_their_owner_only(db_path: Path) -> None:
    make_plans(db_path)
    backup = make_backup(db_path)
    for path in (db_path, backup, backup.parent):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path} is {oct(mode)}"


def test_erasing_a_person_removes_every_trace_from_the_file(db_path: Path) -> None:
    make_plans(db_path)
    old = make_backup(db_path, "old", datetime.now() - timedelta(days=3))
    recent = make_backup(db_path, "recent")
    store = PlanStore.open(db_path)
    person = store.find_person("Sita Patel")
    assert person is not None
    report = erase_person(store, person, backups_since=date.today())
    store.close()
    for word in (b"Sita", b"Gujarati", b"Anjali"):
        assert word not in db_path.read_bytes()
        assert word not in recent.read_bytes()
    assert report.erased_from_backups == [recent]
    assert [info.path for info in report.copies_remain_in] == [old]
    assert "Copies remain in 1 older backup," in report.sentence()


def test_a_whole_session_opens_no_network_connection(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the program tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    from budgetplanner.export.csv_money import money_csv
    from budgetplanner.export.pdf import PrintOptions, write_plan_pdf
    from budgetplanner.portable import export_person, import_plan_file

    store = PlanStore.open(db_path)
    people = load_demo(store)
    version = store.current_version(people[0])
    write_plan_pdf(version, db_path.parent / "plan.pdf", PrintOptions())
    money_csv(version)
    text = export_person(people[0])
    store.delete_person(people[0])
    store.save()
    import_plan_file(store.session, text)
    make_backup(db_path)
    store.close()
