"""The erase dialog on its own: which backups it asks to clean."""

from datetime import date

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from ui.safekeeping import EraseDialog


def test_erase_dialog_gives_the_date_picked_for_the_backups(qtbot: QtBot) -> None:
    dialog = EraseDialog("Sam")
    qtbot.addWidget(dialog)
    dialog.since.setDate(QDate(2026, 2, 28))
    picked = dialog.backups_since()
    assert picked == date(2026, 2, 28)
    assert type(picked) is date


def test_erase_dialog_leaves_the_backups_alone_when_unticked(qtbot: QtBot) -> None:
    dialog = EraseDialog("Sam")
    qtbot.addWidget(dialog)
    dialog.from_backups.setChecked(False)
    assert dialog.backups_since() is None
