"""The window's File → Take this plan with me / Bring a plan back, on a real PostgreSQL
server, and a plan out with someone else shown read-only with why. Dialogs are answered by
patching their exec, never by typing into whatever has focus."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pg_cluster import PgDatabase
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from budgetplanner.storage import cipher, organisation
from budgetplanner.storage.models import Goal
from budgetplanner.storage.store import PlanStore
from budgetplanner.storage.taking_out import take_out, taken_out
from ui.main_window import MainWindow
from ui.passphrase_dialog import PassphraseDialog
from ui.plan_context import PlanContext

PASSPHRASE = "garden gate 42"


@pytest.fixture
def shared(pg_database: PgDatabase) -> Iterator[tuple[PgDatabase, int]]:
    pg_database.migrate()
    ann = pg_database.sign_in("advocate_ann", "planner_advocate")
    try:
        person = ann.add_person("Asha Begum")
        version = ann.current_version(person)
        version.good_life = "Growing my own food."
        ann.add_cost_line(ann.add_option(version, "Allotment group"), "Seeds", Decimal("2.50"))
        ann.save()
        yield pg_database, person.id
    finally:
        ann.close()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Passphrase dialogs are answered with PASSPHRASE; message boxes are read and answered
    "Yes" (Bring it back); what each box said is kept."""
    said: list[tuple[str, str]] = []

    def answer_passphrase(dialog: PassphraseDialog) -> int:
        dialog.passphrase_edit.setText(PASSPHRASE)
        dialog.again_edit.setText(PASSPHRASE)
        dialog.accept()
        return int(dialog.result())

    def answer_box(box: QMessageBox) -> int:
        said.append((box.text(), box.informativeText()))
        return int(QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(PassphraseDialog, "exec", answer_passphrase)
    monkeypatch.setattr(QMessageBox, "exec", answer_box)
    return said


def _window(qtbot: QtBot, store: PlanStore, person_id: int) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.people.refresh(select=person_id)
    assert window.context.person is not None and window.context.person.id == person_id
    return window


def test_a_plan_out_with_someone_else_is_shown_read_only_and_why(
        qtbot: QtBot, shared: tuple[PgDatabase, int], tmp_path: Path) -> None:
    pg, asha = shared
    ann = pg.sign_in("advocate_ann", "planner_advocate")
    lead = pg.sign_in("test_lead")
    try:
        take_out(ann, asha, tmp_path / "asha.sqlite3", PASSPHRASE)
        window = _window(qtbot, lead, asha)
        assert window.held_notice.isVisible()
        assert window.held_notice.text().startswith("advocate_ann took this plan out on ")
        assert "not change it until it is brought back" in window.held_notice.text()
        assert not window.context.editable
        assert window.about_page.editor("preferred_name").isReadOnly()
        assert not window.take_out_action.isEnabled()
        assert not window.people.rename_button.isEnabled()
        window.context.select(None)
        # Ann's own plan is not held back for her.
        own = PlanContext(ann)
        own.select(asha)
        assert own.held is None and own.editable
        own.select(None)
    finally:
        ann.close()
        lead.close()


def test_take_out_and_bring_back_from_the_file_menu(
        qtbot: QtBot, shared: tuple[PgDatabase, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, dialogs: list[tuple[str, str]]) -> None:
    pg, asha = shared
    copy = tmp_path / "Asha - home visit.sqlite3"
    ann = pg.sign_in("advocate_ann", "planner_advocate")
    try:
        window = _window(qtbot, ann, asha)
        assert window.take_out_action.isEnabled()
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *_args, **_kw: (str(copy), ""))
        window.take_out_action.trigger()
        assert copy.exists() and not cipher.is_plain(copy)
        mark = taken_out(ann, asha)
        assert mark is not None and mark.taken_by == "advocate_ann"
        assert "No one else can change it on the server" in window.statusBar().currentMessage()
        # At the visit, on the laptop.
        laptop = PlanStore.open(copy, PASSPHRASE)
        person = laptop.person(asha)
        version = laptop.current_version(person)
        laptop.add_to(version, "goals", Goal(title="Cook for my friends"))
        laptop.set_value(version.options[0].cost_lines[0], "amount", Decimal("3.00"))
        laptop.save()
        laptop.close()
        # Home again.
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            lambda *_args, **_kw: (str(copy), ""))
        window.bring_back_action.trigger()
        question, changes = dialogs[-1]
        assert question.startswith("Asha Begum's plan, which advocate_ann took out on ")
        assert "• Added: Goal: Cook for my friends" in changes
        assert "• Changed: Cost “Seeds”: how much was 2.50, now 3.00" in changes
        assert not copy.exists() and taken_out(ann, asha) is None
        assert "Brought back Asha Begum's plan" in window.statusBar().currentMessage()
        # The window shows the plan as brought back.
        assert [goal.title for goal in window.context.version.goals] == [  # type: ignore[union-attr]
            "Cook for my friends"]
        window.context.select(None)
    finally:
        ann.close()


def test_bringing_back_a_plan_changed_meanwhile_shows_the_clash_and_keeps_the_copy(
        qtbot: QtBot, shared: tuple[PgDatabase, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, dialogs: list[tuple[str, str]]) -> None:
    pg, asha = shared
    copy = tmp_path / "asha.sqlite3"
    ann = pg.sign_in("advocate_ann", "planner_advocate")
    lead = pg.sign_in("test_lead")
    try:
        take_out(ann, asha, copy, PASSPHRASE)
        laptop = PlanStore.open(copy, PASSPHRASE)
        laptop.set_value(laptop.current_version(laptop.person(asha)), "good_life", "Cooking.")
        laptop.save()
        laptop.close()
        organisation.assign(lead.engine, "Asha Begum", "advocate_ann")
        with lead.engine.begin() as connection:  # the lead takes the mark away, then edits
            connection.execute(text("DELETE FROM plans_taken_out"))
            connection.execute(text("UPDATE plan_versions SET good_life = 'Walking.', "
                                    "row_version = row_version + 1"))
        window = _window(qtbot, ann, asha)
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            lambda *_args, **_kw: (str(copy), ""))
        window.bring_back_action.trigger()
        clash, both = dialogs[-1]
        assert "was changed on the server after I took it out" in clash
        assert both.index("Changed on the server meanwhile:") < both.index(
            "• Changed: What a good life looks like for me: was Growing my own food., "
            "now Walking.") < both.index("Changed in my copy:") < both.index(
            "• Changed: What a good life looks like for me: was Growing my own food., "
            "now Cooking.")
        assert copy.exists()
        window.context.select(None)
    finally:
        ann.close()
        lead.close()


def test_the_menu_items_are_only_for_the_organisations_server(
        qtbot: QtBot, store: PlanStore) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert not window.take_out_action.isVisible()
    assert not window.bring_back_action.isVisible()
