"""Every control a person can use has a name a screen reader can say."""

from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from budgetplanner.demo import load_demo
from budgetplanner.storage.store import PlanStore
from ui.main_window import MainWindow
from ui.sub_pages import SubPages

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
               QPlainTextEdit, QTextEdit, QSlider, QTabBar)


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        # Parts of a composite control (a combo box's own line edit, a table's corner
        # button, a scroll bar's buttons) are named through their owner.
        owner = widget.parentWidget()
        if isinstance(owner, QComboBox | QAbstractSpinBox) or widget.objectName().startswith(
                "qt_"):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                           f"{type(owner).__name__}")
    return missing


def test_every_page_names_every_control(qtbot: QtBot, db_path: Path) -> None:
    store = PlanStore.open(db_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    try:
        window.show()
        load_demo(store)
        window.people.refresh()
        problems = []
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            page = window.tabs.widget(index)
            # Money and Review hold pages of their own: each is walked.
            for inner in page.pages() if isinstance(page, SubPages) else [page]:
                window.show_page(inner)
                problems += [f"page {window.tabs.tabText(index)!r}: {p}"
                             for p in unnamed_controls(window)]
        assert problems == []
    finally:
        window.close()
        store.close()


def test_the_walk_finds_an_unnamed_control(qtbot: QtBot) -> None:
    # The check itself must be able to fail: a bare line edit has no name.
    holder = QWidget()
    qtbot.addWidget(holder)
    QLineEdit(holder)
    holder.show()
    assert unnamed_controls(holder) == ["QLineEdit '' in QWidget"]
