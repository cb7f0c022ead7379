"""Small things that add up: choices kept on Escape, money shown as money, folders
remembered, a word after each save, and no empty claims."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QPushButton, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from budgetplanner.demo import load_demo
from budgetplanner.periods import Period
from budgetplanner.storage.store import PlanStore
from ui.delegates import ChoiceDelegate
from ui.file_dialogs import remember, start_in
from ui.main_window import MainWindow
from ui.models.cost_lines_model import COL_HOW_OFTEN


def open_window(qtbot: QtBot, store: PlanStore, name: str = "Sita Patel") -> MainWindow:
    people = {p.name: p for p in load_demo(store)}
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.people.refresh(select=people[name].id)
    window.show()
    return window


def test_a_choice_picked_then_escaped_is_kept(qtbot: QtBot, store: PlanStore) -> None:
    window = open_window(qtbot, store)
    window.show_page(window.options_page)
    model = window.options_page.lines_model
    index: QModelIndex = model.index(0, COL_HOW_OFTEN)
    delegate = window.options_page.choice_delegate
    assert isinstance(delegate, ChoiceDelegate)
    editor = delegate.createEditor(window.options_page.lines_view.viewport(),
                                   QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    committed: list[object] = []
    delegate.commitData.connect(committed.append)
    before = index.data(Qt.ItemDataRole.EditRole)
    other = next(row for row in range(editor.count()) if editor.itemData(row) != before)
    editor.setCurrentIndex(other)
    editor.activated.emit(other)  # picked from the list, as a click or Enter does
    assert committed == [editor]
    window.close()


def test_the_budget_box_shows_money_and_reads_it_any_way(qtbot: QtBot,
                                                         store: PlanStore) -> None:
    window = open_window(qtbot, store, "Sam Okafor")
    page = window.money_page
    window.show_page(page)
    version = window.context.version
    assert version is not None
    for typed in ("£22,750", "22750", "22,750.00"):
        page.budget_edit.setText(typed)
        page.budget_edit.textEdited.emit(typed)
        assert str(version.personal_budget) in ("22750", "22750.00")
        assert not page.budget_message.isVisibleTo(page)
    version.personal_budget_period = Period.YEAR
    page.reload()
    assert page.budget_edit.text() == "£22,750.00"
    window.close()


def test_no_claim_about_goals_when_there_are_none(qtbot: QtBot, store: PlanStore) -> None:
    window = open_window(qtbot, store)
    window.show_page(window.money_page)
    assert window.money_page.goals_label.text()  # Sita has goals: something is said
    version = window.context.version
    assert version is not None
    goals = list(version.goals)
    version.goals.clear()
    window.money_page.recalculate()
    assert "Every goal" not in window.money_page.goals_label.text()
    assert not window.money_page.goals_label.isVisibleTo(window.money_page)
    version.goals.extend(goals)
    window.close()


def test_placeholders_name_no_one(qtbot: QtBot, store: PlanStore) -> None:
    window = open_window(qtbot, store, "Jenny Walsh")
    assert "Priya" not in window.spending_page.note_edit.placeholderText()
    window.close()


def test_dialogs_start_where_i_last_saved_and_say_where(
    qtbot: QtBot, store: PlanStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "my plans"
    folder.mkdir()
    assert start_in(store, "pdf") == str(Path.home())
    window = open_window(qtbot, store)
    asked: list[str] = []

    def answer(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(folder / "review.csv"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    window.show_page(window.checklist_page)
    window.checklist_page.ask_csv()
    assert (folder / "review.csv").exists()
    assert str(folder / "review.csv") in window.statusBar().currentMessage()
    opener = window.statusBar().findChild(QPushButton, "openFolder")
    assert opener is not None and opener.text() == "Open the folder"
    window.checklist_page.ask_csv()
    assert Path(asked[-1]).parent == folder  # the second time it starts where I saved
    assert start_in(store, "review_statement") == str(folder)
    remember(store, "pdf", folder / "plan.pdf")
    assert start_in(store, "pdf", "x.pdf") == str(folder / "x.pdf")
    window.close()
