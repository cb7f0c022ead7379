"""Locking the plans with a passphrase from the File menu, and being asked for it at start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from budgetplanner.demo import load_demo
from budgetplanner.storage import cipher
from budgetplanner.storage.backups import list_backups
from budgetplanner.storage.store import PlanStore
from ui.app import open_or_explain
from ui.main_window import MainWindow
from ui.passphrase_dialog import PassphraseDialog

PASSPHRASE = "blue door, third on the left"


def answer_dialogs(answers: list[str | None]) -> list[str]:
    """Answer the next passphrase dialogs in turn (None: Cancel); each refusal's words are
    kept. A refused new passphrase keeps its dialog open, so the next answer goes to it."""
    said: list[str] = []
    left = list(answers)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog) or not dialog.isVisible():
            QTimer.singleShot(20, answer)
            return
        if dialog.message.isVisibleTo(dialog):
            said.append(dialog.message.text())
        text = left.pop(0)
        if text is None:
            dialog.reject()
        else:
            dialog.passphrase_edit.setText(text)
            dialog.again_edit.setText(text)
            dialog.accept()
            if dialog.isVisible():
                said.append(dialog.message.text())
                dialog.message.hide()
        if left:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    return said


def test_the_dialog_refuses_a_short_or_mistyped_passphrase(qtbot: QtBot) -> None:
    dialog = PassphraseDialog("Lock", "Choose a passphrase", choose=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase_edit, "short")
    qtbot.keyClicks(dialog.again_edit, "short")
    dialog.accept()
    assert dialog.isVisible()
    assert "at least 8" in dialog.message.text()
    dialog.again_edit.setText("shortish")
    dialog.passphrase_edit.setText("shortisH")
    dialog.accept()
    assert "not the same" in dialog.message.text()
    assert dialog.passphrase_edit.accessibleName() and dialog.again_edit.accessibleName()


def test_lock_the_plans_from_the_file_menu_and_open_them_again(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    store = PlanStore.open(db_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.load_demo()
    window.backup_now()
    assert window.lock_action.isVisible() and not window.unlock_action.isVisible()

    said = answer_dialogs(["short", None])
    window.lock_action.trigger()
    assert said and "at least 8" in said[0]
    assert not store.locked

    answer_dialogs([PASSPHRASE])
    window.lock_action.trigger()
    assert store.locked
    assert window.unlock_action.isVisible() and not window.lock_action.isVisible()
    # The plan on screen is still there and still saves.
    assert window.context.person is not None
    window.context.person.name = "Sita Patel-Shah"
    store.save()
    window.close()
    store.close()
    for path in [db_path, *(info.path for info in list_backups(db_path))]:
        assert b"Sita" not in path.read_bytes()

    # At start the passphrase is asked for; a wrong one is told, the right one opens.
    said = answer_dialogs(["not the passphrase", None])
    assert open_or_explain(db_path) is None
    assert said and "does not open this file" in said[0]
    answer_dialogs(["not the passphrase", PASSPHRASE])
    opened = open_or_explain(db_path)
    assert opened is not None
    try:
        assert opened.find_person("Sita Patel-Shah") is not None
    finally:
        opened.close()


def test_remove_the_passphrase(qtbot: QtBot, db_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    store = PlanStore.open(db_path)
    load_demo(store)
    store.set_passphrase(PASSPHRASE)
    window = MainWindow(store)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    window.unlock_action.trigger()
    assert not store.locked and cipher.is_plain(db_path)
    assert window.lock_action.isVisible()
    window.close()
    store.close()
