"""A thousand cost lines: the table scrolls inside itself, a screenful high, and its rows
are measured as they come into view (measuring and painting all of them took a second)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import event

from budgetplanner.categories import OptionKind
from budgetplanner.periods import Frequency
from budgetplanner.storage.store import PlanStore
from ui.main_window import MainWindow
from ui.sizing import LONG_TABLE


def test_a_thousand_cost_lines_scroll_inside_their_table(qtbot: QtBot, db_path: Path) -> None:
    store = PlanStore.open(db_path)
    person = store.add_person("Lots of lines")
    option = store.add_option(store.current_version(person), "Everything")
    long_words = "A class at the community centre with my friends, and the bus there and back"
    for number in range(1000):
        store.add_cost_line(option, f"{number}: {long_words}", Decimal("2.50"),
                            Frequency.PER_WEEK)
    store.save()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.tabs.setCurrentWidget(window.options_page)
    view = window.options_page.lines_view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1000)
    assert view.model().rowCount() > LONG_TABLE
    # A screenful high, with its own scroll bar: not a thousand rows tall in the page.
    assert view.height() < 768
    assert view.verticalScrollBar().maximum() > 0
    # The rows in view are as tall as their wrapped words; one far below is not measured yet.
    one_line = view.fontMetrics().lineSpacing()
    assert view.rowHeight(0) > 2 * one_line
    untouched = view.rowHeight(900)
    assert untouched < view.rowHeight(0)
    view.scrollTo(view.model().index(900, 0))
    # Measured once it is in view: as tall as its wrapped words need.
    qtbot.waitUntil(lambda: view.rowHeight(900) > 2 * one_line)
    # Back at the top, the first rows are measured again at today's column widths, and
    # words that wrap alike make rows alike.
    view.scrollToTop()
    qtbot.waitUntil(lambda: view.rowHeight(1) == view.rowHeight(900))
    store.close()


def test_opening_another_plan_reads_nothing_of_the_plan_shown_before(
        qtbot: QtBot, db_path: Path) -> None:
    # The PA editor measured its rows as it was hidden while still holding the option shown
    # before: once the plan was read again from the file, that option and its thousand lines
    # were read once more, only to be let go.
    store = PlanStore.open(db_path)
    person = store.add_person("Lots of lines")
    option = store.add_option(store.current_version(person), "My assistants",
                              OptionKind.PERSONAL_ASSISTANTS)
    for number in range(300):
        store.add_cost_line(option, f"Line {number}", Decimal("2.50"), Frequency.PER_WEEK)
    store.save()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.options_page)
    window.context.select(person.id)
    assert window.options_page.pa_editor.isVisibleTo(window.options_page)
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    store.session.expire_all()
    event.listen(store.engine, "before_cursor_execute", count)
    try:
        window.context.select(None)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    assert [s for s in statements if "cost_lines" in s or "options" in s] == []
    assert not window.options_page.pa_editor.isVisibleTo(window.options_page)
    window.context.select(person.id)
    assert window.options_page.lines_model.rowCount() == 300
    assert window.options_page.pa_editor.isVisibleTo(window.options_page)
    store.close()
