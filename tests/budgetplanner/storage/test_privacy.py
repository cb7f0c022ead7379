"""Erasing a person finds them in every backup by who they are, and says where copies remain."""

from datetime import date, datetime, timedelta
from pathlib import Path

from budgetplanner.demo import load_demo
from budgetplanner.portable import export_person, import_plan_file
from budgetplanner.storage import cipher
from budgetplanner.storage.backups import list_backups, make_backup
from budgetplanner.storage.privacy import erase_person
from budgetplanner.storage.store import PlanStore

WORDS = (b"Sita", b"Gujarati", b"Anjali")


def demo_file(path: Path) -> None:
    store = PlanStore.open(path)
    load_demo(store)
    store.close()


def test_a_person_renamed_after_a_backup_is_erased_from_it(db_path: Path) -> None:
    demo_file(db_path)
    backup = make_backup(db_path, "before the new name")
    store = PlanStore.open(db_path)
    try:
        person = store.find_person("Sita Patel")
        assert person is not None
        store.rename_person(person, "S. P.")
        store.save()
        report = erase_person(store, person, backups_since=date.today())
    finally:
        store.close()
    assert report.erased_from_backups == [backup]
    assert report.copies_remain_in == [] and report.not_checked == []
    assert report.names == ("S. P.", "Sita Patel")
    assert report.sentence() == "The plan is erased from this computer, backups included."
    for word in WORDS:
        assert word not in backup.read_bytes()
        assert word not in db_path.read_bytes()
    # Everyone else is still in the backup.
    [info] = list_backups(db_path)
    assert info.people == ("Jenny Walsh", "Sam Okafor")


def test_a_backup_locked_with_another_passphrase_is_named_as_not_checked(
    db_path: Path,
) -> None:
    demo_file(db_path)
    old = make_backup(db_path, "old", datetime.now() - timedelta(days=9))
    other = make_backup(db_path, "another passphrase")
    cipher.rewrite(other, None, "not the one I know")
    readable = make_backup(db_path, "recent", datetime.now() + timedelta(minutes=1))
    store = PlanStore.open(db_path)
    try:
        person = store.find_person("Sita Patel")
        assert person is not None
        report = erase_person(store, person, backups_since=date.today())
    finally:
        store.close()
    assert report.erased_from_backups == [readable]
    assert [info.path for info in report.copies_remain_in] == [old]
    assert report.not_checked == [other]
    sentence = report.sentence()
    assert "Copies remain in 1 older backup," in sentence
    assert "1 file could not be opened or changed" in sentence and other.name in sentence
    assert "backups included" not in sentence
    assert b"Sita" not in readable.read_bytes()


def test_a_plan_that_left_as_a_plan_file_and_came_back_is_found_by_its_parts(
    db_path: Path,
) -> None:
    demo_file(db_path)
    backup = make_backup(db_path, "before she left")
    store = PlanStore.open(db_path)
    try:
        person = store.find_person("Sita Patel")
        assert person is not None
        text = export_person(person)
        store.delete_person(person)
        store.save()
        # She comes back as a new row (a new id, made now), with her plan's own ids.
        back = import_plan_file(store.session, text)
        store.save()
        report = erase_person(store, back, backups_since=date.today())
    finally:
        store.close()
    assert report.erased_from_backups == [backup]
    for word in WORDS:
        assert word not in backup.read_bytes()


def test_a_namesake_who_is_someone_else_is_kept(db_path: Path) -> None:
    store = PlanStore.open(db_path)
    try:
        first = store.add_person("Sam Okafor")
        store.add_person("Sam Okafor")
        store.save()
        backup = make_backup(db_path)
        report = erase_person(store, first, backups_since=date.today())
    finally:
        store.close()
    assert report.erased_from_backups == [backup]
    [info] = list_backups(db_path)
    assert info.people == ("Sam Okafor",)  # the other Sam, with the same name, stays
