"""Autosave: typing that never pauses is saved within a second; a failed save is retried."""

from __future__ import annotations

import json
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from budgetplanner.storage.store import PlanStore, SaveError
from ui import autosave
from ui.autosave import Autosaver
from ui.main_window import MainWindow


def test_typing_without_a_pause_is_saved_within_a_second(qtbot: QtBot) -> None:
    saves: list[float] = []
    saver = Autosaver(lambda: saves.append(time.monotonic()))
    typing = QTimer()
    typing.setInterval(150)  # a key every 150 ms: the pause timer never runs out
    typing.timeout.connect(saver.schedule)
    started = time.monotonic()
    saver.schedule()
    typing.start()
    try:
        qtbot.waitUntil(lambda: len(saves) >= 2, timeout=5000)
    finally:
        typing.stop()
    assert autosave.MAX_WAIT_MS <= 1000
    # The first save came from the maximum wait, not from a pause in typing.
    assert saves[0] - started < 2.0


def test_a_pause_in_typing_saves_and_clears_the_waiting_flag(qtbot: QtBot) -> None:
    saves: list[int] = []
    saver = Autosaver(lambda: saves.append(1))
    saver.schedule()
    with qtbot.waitSignal(saver.saved, timeout=3000):
        pass
    assert saves == [1]
    assert not saver.pending


def test_a_failed_save_is_told_and_tried_again(qtbot: QtBot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(autosave, "RETRY_MS", 200)
    attempts: list[int] = []

    def save() -> None:
        attempts.append(1)
        if len(attempts) == 1:
            raise SaveError("The disk is full: free some space and your changes will be saved.")

    saver = Autosaver(save)
    told: list[str] = []
    saver.failed.connect(told.append)
    saver.schedule()
    with qtbot.waitSignal(saver.saved, timeout=5000):
        pass
    assert told == ["The disk is full: free some space and your changes will be saved."]
    assert len(attempts) == 2
    assert saver.problem == ""


def _fill_the_disk(store: PlanStore) -> None:
    connection = store.session.connection()
    pages = connection.execute(text("PRAGMA page_count")).scalar_one()
    connection.execute(text(f"PRAGMA max_page_count = {pages}"))


def test_closing_with_changes_that_cannot_be_saved_asks_first(
        qtbot: QtBot, db_path: Path) -> None:
    store = PlanStore.open(db_path)
    person = store.add_person("Ann")
    store.save()
    # Kept as a number: the person object belongs to the store, which is closed below.
    person_id = person.id
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.people.refresh(select=person_id)
    asked: list[str] = []
    answer = [False]

    def ask(problem: str) -> bool:
        asked.append(problem)
        return answer[0]

    window.ask_close_unsaved = ask  # type: ignore[method-assign]
    window.show()
    _fill_the_disk(store)
    editor = window.about_page.editor("preferred_name")
    editor.setPlainText("Annie, and a long story about my garden. " * 300)

    assert not window.close()  # the person chose to keep the window open
    assert asked and asked[0].startswith("The disk is full")
    assert window.save_problem.isVisible()
    assert "The disk is full" in window.save_problem.text()
    assert window.isVisible()
    assert editor.toPlainText().startswith("Annie")

    store.session.connection().execute(text("PRAGMA max_page_count = 1073741823"))
    asked.clear()
    assert window.close()  # the disk has room again: saved, closed, nothing asked
    assert asked == []
    store.close()
    reopened = PlanStore.open(db_path)
    try:
        assert reopened.current_version(reopened.person(person_id)).preferred_name.startswith(
            "Annie, and a long story")
    finally:
        reopened.close()


def test_changes_the_file_will_not_take_can_be_saved_to_another_place(
        qtbot: QtBot, db_path: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = PlanStore.open(db_path)
    person = store.add_person("Ann")
    store.save()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.people.refresh(select=person.id)
    _fill_the_disk(store)
    window.matters_page.editor("good_life").setPlainText("Gardening with my sister. " * 400)
    assert not window.context.autosaver.flush()  # the plans file will not take it

    elsewhere = tmp_path / "usb stick" / "Ann - my plan.bpplan.json"
    elsewhere.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(elsewhere), ""))
    assert window.save_plan_elsewhere()
    saved = json.loads(elsewhere.read_text("utf-8"))
    [version] = saved["person"]["versions"]
    assert version["good_life"].startswith("Gardening with my sister.")
    store.session.connection().execute(text("PRAGMA max_page_count = 1073741823"))
    window.close()
    store.close()


def test_a_read_only_plans_file_is_shown_and_says_so(qtbot: QtBot, db_path: Path) -> None:
    store = PlanStore.open(db_path)
    person = store.add_person("Ann")
    store.save()
    store.close()
    db_path.chmod(0o400)
    store = PlanStore.open(db_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.people.refresh(select=person.id)
    assert window.context.person is not None and window.context.person.name == "Ann"
    assert not window.context.editable
    assert window.save_problem.isVisible()
    assert "read-only" in window.save_problem.text()
    assert window.close()  # nothing waits, so nothing is asked
    store.close()
