"""A team lead's Plan → Who works with this person… and Who did what with this plan…, and
the notice an advocate sees on a plan they took out, on a real PostgreSQL server. Dialogs open
without blocking; file and passphrase dialogs are answered by patching them."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_cluster import PgDatabase
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from budgetplanner.storage import audit, organisation
from budgetplanner.storage.store import PlanStore
from budgetplanner.storage.taking_out import (
    bring_back,
    look_at,
    release,
    take_out,
    taken_out,
)
from ui.file_dialogs import start_in
from ui.lead_dialogs import AdvocatesDialog, RecordDialog, what_happened
from ui.main_window import MainWindow
from ui.passphrase_dialog import PassphraseDialog

PASSPHRASE = "garden gate 42"


@pytest.fixture
def shared(pg_database: PgDatabase) -> Iterator[tuple[PgDatabase, int]]:
    """Asha Begum's plan, started by advocate_ann (so only she and the leads see it)."""
    pg_database.migrate()
    ann = pg_database.sign_in("advocate_ann", "planner_advocate")
    try:
        person = ann.add_person("Asha Begum")
        ann.current_version(person).good_life = "Growing my own food."
        ann.save()
        yield pg_database, person.id
    finally:
        ann.close()


def _window(qtbot: QtBot, store: PlanStore, person_id: int) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.people.refresh(select=person_id)
    assert window.context.person is not None and window.context.person.id == person_id
    return window


def _names(store: PlanStore) -> list[str]:
    return [person.name for person in store.people()]


def test_the_lead_lets_another_advocate_work_with_a_plan_and_takes_it_from_one(
        qtbot: QtBot, shared: tuple[PgDatabase, int]) -> None:
    pg, asha = shared
    ann = pg.sign_in("advocate_ann", "planner_advocate")
    bea = pg.sign_in("advocate_bea", "planner_advocate")
    lead = pg.sign_in("test_lead")
    try:
        assert _names(bea) == []
        window = _window(qtbot, lead, asha)
        assert window.advocates_action.isVisible() and window.advocates_action.isEnabled()
        window.advocates_action.trigger()
        dialog = window.lead_dialog
        assert isinstance(dialog, AdvocatesDialog) and dialog.isVisible()
        assert dialog.assigned() == ["advocate_ann"]
        choices = [dialog.others_box.itemText(row) for row in range(dialog.others_box.count())]
        assert "advocate_bea" in choices and "advocate_ann" not in choices
        assert "test_lead" not in choices
        dialog.others_box.setCurrentText("advocate_bea")
        dialog.assign_button.click()
        assert dialog.assigned() == ["advocate_ann", "advocate_bea"]
        assert dialog.said.text().startswith("advocate_bea now works with Asha Begum's plan")
        assert "advocate_bea now works with" in window.statusBar().currentMessage()
        # Bea, signed in on her own computer, now has Asha's plan in her list.
        assert _names(bea) == ["Asha Begum"]
        # The lead takes the plan from Ann: she no longer sees it; Bea still does.
        dialog.assigned_list.setCurrentRow(0)
        assert dialog.take_button.isEnabled()
        dialog.take_button.click()
        assert dialog.assigned() == ["advocate_bea"]
        assert dialog.said.text() == ("advocate_ann no longer works with Asha Begum's plan: "
                                      "they cannot see it any more.")
        assert _names(ann) == [] and _names(bea) == ["Asha Begum"]
        # Taking it from the last one says plainly who can still see it.
        dialog.assigned_list.setCurrentRow(0)
        dialog.take_button.click()
        assert dialog.assigned() == [] and _names(bea) == []
        assert "only team leads can see it" in dialog.said.text()
        dialog.close()
        window.context.select(None)
    finally:
        for store in (ann, bea, lead):
            store.close()


def test_an_advocate_has_neither_of_the_leads_actions(
        qtbot: QtBot, shared: tuple[PgDatabase, int]) -> None:
    pg, asha = shared
    ann = pg.sign_in("advocate_ann", "planner_advocate")
    try:
        window = _window(qtbot, ann, asha)
        assert not window.advocates_action.isVisible()
        assert not window.record_action.isVisible()
        assert not window.advocates_action.isEnabled()
        window.show_advocates()
        window.show_record()
        assert window.lead_dialog is None
        window.context.select(None)
    finally:
        ann.close()


def test_a_plans_file_on_this_computer_has_no_leads_actions(
        qtbot: QtBot, store: PlanStore) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert not window.advocates_action.isVisible() and not window.record_action.isVisible()


def test_the_lead_reads_who_did_what_in_plain_words_and_saves_it_as_csv(
        qtbot: QtBot, shared: tuple[PgDatabase, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    pg, asha = shared
    ann = pg.sign_in("advocate_ann", "planner_advocate")
    lead = pg.sign_in("test_lead")
    try:
        copy = tmp_path / "asha.sqlite3"
        take_out(ann, asha, copy, PASSPHRASE)
        bring_back(ann, copy, PASSPHRASE, look_at(copy, PASSPHRASE))
        window = _window(qtbot, lead, asha)  # the lead opening it is in the record too
        window.advocates_action.trigger()
        window.record_action.trigger()  # in place of the one open
        qtbot.wait(50)  # the one before is deleted, and forgotten by the window
        dialog = window.lead_dialog
        assert isinstance(dialog, RecordDialog) and dialog.isVisible()
        rows = dialog.rows()
        said = [(who, what) for _when, who, what in rows]
        assert said[:2] == [("advocate_ann", "let advocate_ann work with this plan"),
                            ("advocate_ann", "started this plan")]
        assert ("advocate_ann", "changed this plan: added to the plan's words") in said
        took = said.index(("advocate_ann", "took this plan out"))
        assert said.index(("advocate_ann", "brought it back")) > took
        assert said[-1] == ("test_lead", "opened this plan")
        assert all(when[0].isdigit() and "20" in when for when, _who, _what in rows)
        assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers
        out = tmp_path / "records" / "Asha - who did what.csv"
        out.parent.mkdir()
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *_args, **_kw: (str(out), ""))
        dialog.csv_button.click()
        with out.open(encoding="utf-8", newline="") as handle:
            written = list(csv.reader(handle))
        assert written[0][-1] == "In plain words"
        assert [row[-1] for row in written[1:]] == [what for _when, _who, what in rows]
        assert written[0][-2] == "About whom"
        assert written[1][-2:] == ["advocate_ann", "let advocate_ann work with this plan"]
        assert written[-1][1:] == ["test_lead", "test_lead", "opened", "", "", "opened this plan"]
        assert dialog.said.text().startswith("Saved who did what with Asha Begum's plan as ")
        assert "Saved who did what" in window.statusBar().currentMessage()
        assert start_in(lead, "csv") == str(out.parent)  # the folder is remembered
        dialog.close()
        window.context.select(None)
    finally:
        ann.close()
        lead.close()


def test_the_advocate_who_took_a_plan_out_is_told_so_when_it_is_shown(
        qtbot: QtBot, shared: tuple[PgDatabase, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    pg, asha = shared
    ann = pg.sign_in("advocate_ann", "planner_advocate")
    try:
        bilal = ann.add_person("Bilal Khan").id
        ann.save()
        window = _window(qtbot, ann, asha)
        assert not window.held_notice.isVisible()

        def answer_passphrase(dialog: PassphraseDialog) -> int:
            dialog.passphrase_edit.setText(PASSPHRASE)
            dialog.again_edit.setText(PASSPHRASE)
            dialog.accept()
            return int(dialog.result())

        monkeypatch.setattr(PassphraseDialog, "exec", answer_passphrase)
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *_args, **_kw: (str(tmp_path / "asha.sqlite3"), ""))
        window.take_out_action.trigger()
        assert taken_out(ann, asha) is not None
        # Told at once, not on another plan, and again whenever this plan is shown.
        for person in (asha, bilal, asha):
            window.people.refresh(select=person)
            shown = window.held_notice.isVisible()
            assert shown == (person == asha)
            if not shown:
                continue
            notice = window.held_notice.text()
            assert notice.startswith("I took this plan out on ")
            assert "bring it back with File → Bring a plan back" in notice
            assert not window.take_out_action.isEnabled()
            assert window.context.editable  # still mine to change, though it would clash
        window.context.select(None)
    finally:
        ann.close()


def test_the_record_says_whom_a_plan_was_given_to_taken_from_and_whose_taking_out_ended(
        shared: tuple[PgDatabase, int], tmp_path: Path) -> None:
    """Migration 0008: the server writes the advocate's name into the record itself, so a lead
    ending a lost laptop's taking-out is not mistaken for the advocate bringing it back."""
    pg, asha = shared
    ann = pg.sign_in("advocate_ann", "planner_advocate")
    lead = pg.sign_in("test_lead")
    try:
        organisation.assign(lead.engine, "Asha Begum", "advocate_bea")
        organisation.unassign(lead.engine, "Asha Begum", "advocate_bea")
        take_out(ann, asha, tmp_path / "asha.sqlite3", PASSPHRASE)
        release(lead, asha)  # the laptop was lost
        copy = tmp_path / "again.sqlite3"
        take_out(ann, asha, copy, PASSPHRASE)
        bring_back(ann, copy, PASSPHRASE, look_at(copy, PASSPHRASE))
        said = [(entry.acting_as, what_happened(entry)) for entry in audit.history(lead, asha)
                if entry.table_name in ("assignments", "plans_taken_out")]
        assert said == [
            ("advocate_ann", "let advocate_ann work with this plan"),
            ("test_lead", "let advocate_bea work with this plan"),
            ("test_lead", "took this plan from advocate_bea"),
            ("advocate_ann", "took this plan out"),
            ("test_lead", "ended advocate_ann's taking-out: the plan can be changed again here"),
            ("advocate_ann", "took this plan out"),
            ("advocate_ann", "brought it back"),
        ]
        # No one writes the name: it is the row's own, even for a role that tries.
        with ann.engine.begin() as connection, pytest.raises(DBAPIError):
            connection.execute(text("INSERT INTO audit_log (action, about) "
                                    "VALUES ('opened', 'someone else')"))
    finally:
        ann.close()
        lead.close()
