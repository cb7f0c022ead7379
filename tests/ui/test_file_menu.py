"""Safekeeping from the window: export everything, import with problems, restore a backup."""

import json
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from budgetplanner.commands import write_pdf
from budgetplanner.storage.backups import make_backup
from budgetplanner.storage.store import PlanStore
from ui.main_window import MainWindow
from ui.safekeeping import export_everything


@pytest.fixture
def window(qtbot: QtBot, db_path: Path):  # type: ignore[no-untyped-def]
    store = PlanStore.open(db_path)
    main = MainWindow(store, pdf_writer=write_pdf)
    qtbot.addWidget(main)
    main.load_demo()
    yield main
    main.close()
    store.close()


def test_export_everything_about_a_person(window: MainWindow, tmp_path: Path) -> None:
    written = export_everything(window.context, tmp_path / "out", write_pdf)
    names = sorted(path.name for path in written)
    assert names == ["Sita Patel - money.csv", "Sita Patel - my plan.pdf",
                     "Sita Patel - plan file.bpplan.json"]
    plan = json.loads((tmp_path / "out" / "Sita Patel - plan file.bpplan.json").read_text())
    assert plan["person"]["name"] == "Sita Patel"
    csv_text = (tmp_path / "out" / "Sita Patel - money.csv").read_text("utf-8-sig")
    assert "All my support,,,,,437.87,1897.46,22769.53,0.00" in csv_text
    with pdfplumber.open(tmp_path / "out" / "Sita Patel - my plan.pdf") as pdf:
        assert "Sita Patel" in (pdf.pages[0].extract_text() or "")


def test_a_bad_plan_file_imports_nothing_and_says_why(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.bpplan.json"
    bad.write_text(json.dumps({"format": "Budget Planner plan file", "schema_version": 1,
                               "person": {"name": "", "versions": []}}), "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    before = window.store.count_people()
    window.ask_import()
    assert window.store.count_people() == before
    assert "Nothing was imported" in shown[0]
    assert "person.name: must not be empty" in shown[0]
    assert "person.versions: must hold at least one version" in shown[0]


def test_a_plan_file_that_is_not_utf8_is_refused_in_words(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = (Path(__file__).parents[1] / "budgetplanner" / "data" / "nasty_plan_files"
           / "not_utf8.bpplan.json")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    before = window.store.count_people()
    window.ask_import()
    assert window.store.count_people() == before
    assert "This file is not UTF-8 text, so it is not a plan file." in shown[0]


def test_restore_a_backup_while_the_window_is_open(window: MainWindow) -> None:
    store = window.store
    assert store.path is not None
    backup = make_backup(store.path, "before the visit")
    person = store.find_person("Sam Okafor")
    assert person is not None
    window.context.select(None)
    store.delete_person(person)
    store.save()
    assert store.find_person("Sam Okafor") is None
    store.restore_from(backup)
    window.people.refresh()
    assert store.find_person("Sam Okafor") is not None
    assert window.people.model.rowCount() == 3
