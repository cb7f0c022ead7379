"""The main window driven as a person would: add a plan, an option, costs; restart."""

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from budgetplanner.categories import Payer
from budgetplanner.storage.store import PlanStore
from ui.main_window import MainWindow
from ui.models.cost_lines_model import COL_AMOUNT, COL_HOURS, COL_HOW_OFTEN, COL_WHAT


def open_window(qtbot: QtBot, db_path: Path) -> tuple[MainWindow, PlanStore]:
    store = PlanStore.open(db_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    with qtbot.waitActive(window):
        pass
    return window, store


def type_into_cell(qtbot: QtBot, window: MainWindow, row: int, column: int, text: str) -> None:
    window.tabs.setCurrentWidget(window.options_page)
    view = window.options_page.lines_view
    view.setCurrentIndex(view.model().index(row, column))
    view.setFocus()
    # F2 opens the cell's editor, as a person would press it; typing replaces the text.
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not view
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on Return through a queued call: let it run.
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def money_cell(window: MainWindow, row_label: str, column: int) -> str:
    # The Money page works out its totals when it is looked at.
    window.show_page(window.money_page)
    model = window.money_page.totals_model
    for row in range(model.rowCount()):
        if model.headerData(row, Qt.Orientation.Vertical) == row_label:
            return str(model.index(row, column).data())
    raise AssertionError(f"no row {row_label!r}")


def test_add_a_plan_option_and_costs_then_see_them_after_a_restart(
    qtbot: QtBot, db_path: Path
) -> None:
    window, store = open_window(qtbot, db_path)
    window.people.add_plan("Asha Begum")
    assert window.context.person is not None and window.context.person.name == "Asha Begum"

    about = window.about_page.editor("admired")
    about.setFocus()
    qtbot.keyClicks(about, "My laugh and my garden.")

    window.tabs.setCurrentWidget(window.options_page)
    qtbot.mouseClick(window.options_page.add_option_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.options_page.title_edit, "Gardening club")
    qtbot.mouseClick(window.options_page.add_line_button, Qt.MouseButton.LeftButton)
    # Adding a line opens its first cell for typing.
    opened = QApplication.focusWidget()
    assert opened is not None and opened is not window.options_page.lines_view
    qtbot.keyClick(opened, Qt.Key.Key_Escape)
    type_into_cell(qtbot, window, 0, COL_WHAT, "Support to get there")
    type_into_cell(qtbot, window, 0, COL_AMOUNT, "14.50")

    # 14.50 a week → 754.00 a year, from the personal budget.
    assert money_cell(window, "All my support", 3) == "£754.00"

    model = window.options_page.lines_model
    model.setData(model.index(0, COL_HOW_OFTEN), "per_hour")
    type_into_cell(qtbot, window, 0, COL_HOURS, "3")
    # 14.50 × 3 h × 52 = 2,262.00 a year; ÷ 12 = 188.50 a month; 43.50 a week.
    assert money_cell(window, "All my support", 3) == "£2,262.00"
    assert money_cell(window, "All my support", 2) == "£188.50"
    assert money_cell(window, "All my support", 1) == "£174.00"  # a year's 2,262 / 13
    assert money_cell(window, Payer.PERSONAL_BUDGET.label, 0) == "£43.50"
    assert "£43.50 a week" in window.options_page.subtotal_label.text()

    window.show_page(window.money_page)
    qtbot.keyClicks(window.money_page.budget_edit, "2000")
    assert money_cell(window, "Short of my personal budget", 3) == "£262.00"
    assert "£262.00 a year" in window.money_page.verdict_label.text()

    # A typing mistake is refused with a message beside the table, and nothing changes.
    type_into_cell(qtbot, window, 0, COL_HOURS, "200")
    assert "168 hours" in window.options_page.problem_label.text()
    assert money_cell(window, "All my support", 3) == "£2,262.00"

    window.close()  # saves what is pending
    store.close()

    window, store = open_window(qtbot, db_path)
    try:
        assert window.context.person is not None
        assert window.about_page.editor("admired").toPlainText() == "My laugh and my garden."
        assert window.options_page.title_edit.text() == "Gardening club"
        assert window.options_page.lines_model.index(0, COL_WHAT).data() == "Support to get there"
        assert money_cell(window, "All my support", 3) == "£2,262.00"
        assert window.money_page.budget_edit.text() == "£2,000.00"
    finally:
        window.close()
        store.close()


def test_edits_are_saved_soon_after_typing_stops(qtbot: QtBot, db_path: Path) -> None:
    window, store = open_window(qtbot, db_path)
    try:
        window.people.add_plan("Bo")
        editor = window.matters_page.editor("good_life")
        qtbot.keyClicks(editor, "Walking by the sea.")
        assert window.context.autosaver.pending
        qtbot.waitUntil(lambda: not window.context.autosaver.pending, timeout=2000)
        # Read the file as another program would, without opening the plans through it.
        raw = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            [(good_life,)] = raw.execute("SELECT good_life FROM plan_versions").fetchall()
        finally:
            raw.close()
        assert good_life == "Walking by the sea."
    finally:
        window.close()
        store.close()


def test_search_and_rename(qtbot: QtBot, db_path: Path) -> None:
    window, store = open_window(qtbot, db_path)
    try:
        window.people.add_plan("Carys Jones")
        window.people.add_plan("Dan Smith")
        qtbot.keyClicks(window.people.search_edit, "car")
        assert window.people.model.rowCount() == 1
        assert window.context.person is not None and window.context.person.name == "Carys Jones"
        window.people.rename_current("Carys Evans")
        assert "Carys Evans" in str(window.people.model.index(0).data())
        assert "Carys Evans" in window.windowTitle()
    finally:
        window.close()
        store.close()
