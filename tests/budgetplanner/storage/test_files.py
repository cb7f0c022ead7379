"""Files the program writes are private to the person and written whole or not at all."""

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from budgetplanner.demo import load_demo
from budgetplanner.export.pdf import PrintOptions, write_plan_pdf
from budgetplanner.export.review_pdf import write_review_pdf
from budgetplanner.export.spending_csv import write_entries_csv, write_statement_csv
from budgetplanner.review_statement import build_statement
from budgetplanner.spending import entries_for
from budgetplanner.storage import files
from budgetplanner.storage.files import make_private_folder, write_private
from budgetplanner.storage.store import PlanStore


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder of its own: the test's HOME lives beside it in tmp_path."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_written_file_is_private_even_with_an_open_umask(out_dir: Path) -> None:
    old = os.umask(0)
    try:
        out = write_private(out_dir / "plan.csv", "£12.50\r\n")
    finally:
        os.umask(old)
    assert mode_of(out) == 0o600
    assert out.read_bytes() == "£12.50\r\n".encode()
    assert os.listdir(out_dir) == ["plan.csv"]


def test_a_file_that_was_readable_by_everyone_becomes_private(out_dir: Path) -> None:
    out = out_dir / "plan.pdf"
    out.write_bytes(b"old")
    out.chmod(0o644)
    write_private(out, b"new")
    assert mode_of(out) == 0o600 and out.read_bytes() == b"new"


def test_a_failed_write_leaves_the_old_file_and_no_partial_file(
    out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = out_dir / "plan.csv"
    out.write_bytes(b"the old plan")

    def disk_full(_handle: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    with pytest.raises(OSError):
        write_private(out, b"the new plan")
    assert out.read_bytes() == b"the old plan"
    assert os.listdir(out_dir) == ["plan.csv"]


def test_every_export_is_private(db_path: Path, out_dir: Path) -> None:
    old = os.umask(0o022)
    store = PlanStore.open(db_path)
    try:
        person = load_demo(store)[0]
        version = store.current_version(person)
        statement = build_statement(store.session, version, date(2026, 9, 1))
        outs = [
            write_plan_pdf(version, out_dir / "plan.pdf", PrintOptions()).path,
            write_review_pdf(statement, out_dir / "review.pdf").path,
            write_statement_csv(statement, out_dir / "review.csv"),
            write_entries_csv(entries_for(store.session, version), version.options,
                              out_dir / "spent.csv"),
        ]
    finally:
        store.close()
        os.umask(old)
    for out in outs:
        assert out.stat().st_size > 0
        assert mode_of(out) == 0o600, f"{out.name} is {oct(mode_of(out))}"
    assert outs[0].read_bytes().startswith(b"%PDF")
    assert outs[2].read_bytes().startswith("\ufeff".encode())
    assert not [p for p in out_dir.iterdir() if p.name.endswith(".partial")]


def test_only_folders_the_program_makes_are_made_private(out_dir: Path) -> None:
    shared = out_dir / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    made = make_private_folder(shared / "mine" / "deeper")
    assert made == [shared / "mine", shared / "mine" / "deeper"]
    assert mode_of(shared) == 0o1777
    assert mode_of(shared / "mine") == 0o700 == mode_of(shared / "mine" / "deeper")
    assert make_private_folder(shared) == []
    assert mode_of(shared) == 0o1777


def test_a_backup_and_a_new_plans_file_are_private_even_with_an_open_umask(
    db_path: Path,
) -> None:
    from budgetplanner.storage.backups import make_backup

    old = os.umask(0)
    try:
        store = PlanStore.open(db_path)
        store.add_person("Sam")
        store.save()
        store.close()
        backup = make_backup(db_path)
    finally:
        os.umask(old)
    assert mode_of(db_path) == 0o600
    assert mode_of(backup) == 0o600
    assert mode_of(backup.parent) == 0o700
