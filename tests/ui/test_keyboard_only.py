"""A whole small plan made and printed with the keyboard alone."""

from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from budgetplanner.commands import write_pdf
from budgetplanner.storage.store import PlanStore
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def when_a_dialog_opens(action: Callable[[QWidget], None]) -> None:
    """Answer the next input dialog with keys, typed into its own box once it is showing.

    Typing into whatever has the focus could land in the window behind if the dialog has not
    taken the focus yet; the keys go to the dialog's own line edit instead.
    """

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog) or not dialog.isVisible():
            QTimer.singleShot(20, answer)
            return
        action(dialog)

    QTimer.singleShot(20, answer)


def test_make_and_print_a_plan_with_keys_only(qtbot: QtBot, db_path: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    store = PlanStore.open(db_path)
    window = MainWindow(store, pdf_writer=write_pdf)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    with qtbot.waitActive(window):
        pass

    def type_name(dialog: QWidget) -> None:
        box = dialog.findChild(QLineEdit)
        assert box is not None
        qtbot.keyClicks(box, "Rosa Ortiz")
        qtbot.keyClick(box, Qt.Key.Key_Return)

    when_a_dialog_opens(type_name)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.context.person is not None)
    # The window manager gives the window back its focus when the dialog closes.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    # A new plan opens at About me, with the cursor in its first box.
    assert focused() is window.about_page.editor("preferred_name")
    qtbot.keyClicks(focused(), "Rosa")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "My singing.")
    assert window.context.version is not None
    assert window.context.version.admired == "My singing."

    # Options and costs: Alt+5, then Ctrl+Shift+O adds an option, cursor on its name.
    qtbot.keyClick(focused(), Qt.Key.Key_5, ALT)
    assert window.tabs.currentWidget() is window.options_page
    qtbot.keyClick(focused(), Qt.Key.Key_O, CTRL | SHIFT)
    assert focused() is window.options_page.title_edit
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "Choir")
    # Ctrl+Shift+L adds a cost line and opens its description for typing.
    qtbot.keyClick(focused(), Qt.Key.Key_L, CTRL | SHIFT)
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "Choir fees")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    view = window.options_page.lines_view
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "5.50")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert "£5.50 a week" in window.options_page.subtotal_label.text()

    # Money: Ctrl+7 goes to the page and its first box, the personal budget.
    qtbot.keyClick(focused(), Qt.Key.Key_7, CTRL)
    assert focused() is window.money_page.budget_edit
    qtbot.keyClicks(focused(), "300")
    assert "£14.00 a year" in window.money_page.verdict_label.text()  # 300 − 5.50 × 52
    # Ctrl+Tab goes on to Money's own next page, what I spent, and back with Ctrl+Shift+Tab.
    qtbot.keyClick(focused(), Qt.Key.Key_Tab, CTRL)
    assert window.money_tabs.currentWidget() is window.spending_page
    assert window.tabs.currentWidget() is window.money_tabs
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert window.money_tabs.currentWidget() is window.money_page

    # Ctrl+E prints to PDF. The save dialog is the system's own; it is answered here, and it
    # must suggest a place in the person's home (the test's private one), never elsewhere.
    out = tmp_path / "rosa.pdf"
    suggested: list[str] = []

    def save_as(_parent: QWidget, _title: str, start: str, _filter: str) -> tuple[str, str]:
        suggested.append(start)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    assert suggested and Path(suggested[0]).parent == Path.home()
    qtbot.waitUntil(out.exists, timeout=10_000)
    qtbot.waitUntil(lambda: out.stat().st_size > 0 and b"%%EOF" in out.read_bytes()[-64:])
    with pdfplumber.open(out) as pdf:
        words = " ".join((page.extract_text() or "") for page in pdf.pages)
    assert "This plan belongs to Rosa Ortiz" in words
    assert "Choir fees" in words
    window.close()
    store.close()


def test_options_chosen_and_added_with_keys_at_large_text(qtbot: QtBot, db_path: Path) -> None:
    """At 200% text on a laptop screen, Options is a drop-down chooser: Tab reaches it, the
    arrow keys choose an option and its form shows it, and an option added with the keys is
    chosen in it."""
    store = PlanStore.open(db_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.set_text_size(200)
    window.resize(1366, 768)
    window.load_demo()
    jenny = store.find_person("Jenny Walsh")
    assert jenny is not None
    window.people.select_person(jenny.id)
    window.show()
    window.activateWindow()
    with qtbot.waitActive(window):
        pass
    page = window.options_page
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    assert window.tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.option_chooser.isVisible())
    assert not page.option_list.isVisible()
    names = [option.title for option in page.options_model.options]
    assert len(names) >= 3

    for _ in range(40):
        if focused() is page.option_chooser:
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.option_chooser, "Tab never reached the options chooser"
    assert page.title_edit.text() == names[0]
    qtbot.keyClick(page.option_chooser, Qt.Key.Key_Down)
    assert page.title_edit.text() == names[1]
    qtbot.keyClick(page.option_chooser, Qt.Key.Key_Down)
    assert page.title_edit.text() == names[2]
    qtbot.keyClick(page.option_chooser, Qt.Key.Key_Up)
    assert page.title_edit.text() == names[1]
    assert page.option_chooser.currentText().startswith(names[1])

    # Ctrl+Shift+O adds an option with the cursor on its name; the chooser shows it, chosen.
    qtbot.keyClick(focused(), Qt.Key.Key_O, CTRL | SHIFT)
    assert focused() is page.title_edit
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "Pottery class")
    qtbot.waitUntil(lambda: page.option_chooser.currentText().startswith("Pottery class"))
    assert page.option_chooser.count() == len(names) + 1
    window.close()
    store.close()
