"""The look is applied once: a new window with the same look restyles nothing."""

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ui.theme import Look, apply_theme


def test_the_same_look_twice_restyles_nothing_and_a_new_look_applies(
        qapp: QApplication, qtbot: QtBot) -> None:
    label = QLabel("My support")
    qtbot.addWidget(label)
    apply_theme(qapp, Look(text_size=150))
    sheet = qapp.styleSheet()
    assert apply_theme(qapp, Look(text_size=150)) is False
    assert qapp.styleSheet() == sheet
    assert apply_theme(qapp, Look(text_size=150, high_contrast=True)) is True
    assert "#ffff00" in qapp.styleSheet()
    assert apply_theme(qapp, Look()) is True
    assert "11.0pt" in qapp.styleSheet()
    assert apply_theme(qapp) is False


def test_a_style_sheet_set_elsewhere_is_replaced(qapp: QApplication) -> None:
    apply_theme(qapp, Look())
    qapp.setStyleSheet("QWidget { color: red; }")
    assert apply_theme(qapp, Look()) is True
    assert "color: red" not in qapp.styleSheet()
