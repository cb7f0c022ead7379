"""Every page of every example plan fits a 1366×768 laptop at 100%, 150% and 200% text.

Fails on a money figure wider than its cell, a money column heading that cannot fit even
wrapped, a sideways scroll bar on a money table or on a page, a table or list with a scroll
bar of its own inside a page that scrolls, a window whose least size is bigger than the
screen, a plans list that shows fewer than four plans, a list of pages that shows too few
pages or hides the chosen one, and an option form whose buttons move as it is edited.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from budgetplanner.demo import load_demo
from budgetplanner.storage.store import PlanStore
from ui.main_window import MainWindow
from ui.sizing import is_money, wrapped_height
from ui.sub_pages import SubPages

SCREEN = (1366, 768)


def text_width(view: QTableView, index: QModelIndex, text: str) -> int:
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def words_cut_short(view: QTableView, index: QModelIndex, text: str) -> bool:
    """Whether the view shows `text` elided ("Employers' liability …") in its cell: the
    words wrapped at the cell's width are taller than the row, or, unwrapped, wider."""
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
    # The cell less its grid line, and the style's margin either side of the text.
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    grid = 1 if view.showGrid() else 0
    width = view.columnWidth(index.column()) - grid - 2 * margin
    height = view.rowHeight(index.row()) - grid
    if not view.wordWrap():
        return any(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) != line
                   for line in text.split("\n"))
    return wrapped_height(font if isinstance(font, QFont) else view.font(), text,
                          width) > height


def table_problems(view: QTableView) -> list[str]:
    model = view.model()
    name = view.accessibleName()
    problems = []
    money_columns = set()
    for row in range(model.rowCount()):
        if view.isRowHidden(row):
            continue
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue  # a column with nothing to show (no one-off costs) is left out
            index = model.index(row, column)
            text = index.data()
            if isinstance(text, str) and text and not is_money(text):
                if words_cut_short(view, index, text):
                    problems.append(f"{name}: {text!r} is cut short to \"…\" "
                                    f"({view.columnWidth(column)}×{view.rowHeight(row)} px)")
                continue
            if not is_money(text):
                continue
            money_columns.add(column)
            if text_width(view, index, text) + 6 > view.columnWidth(column):
                problems.append(f"{name}: {text!r} is cut short ({view.columnWidth(column)} px)")
    names = view.verticalHeader()
    if not names.isHidden():
        for row in range(model.rowCount()):
            label = str(model.headerData(row, Qt.Orientation.Vertical) or "")
            if not label or view.isRowHidden(row):
                continue
            needed = names.fontMetrics().boundingRect(
                QRect(0, 0, max(names.width() - 12, 1), 10_000), int(Qt.TextFlag.TextWordWrap),
                label).height()
            if needed > view.rowHeight(row):
                problems.append(f"{name}: row name {label!r} is cut off "
                                f"({names.width()}×{view.rowHeight(row)} px)")
    header = view.horizontalHeader()
    for column in money_columns:
        heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        word = max((header.fontMetrics().horizontalAdvance(w) for w in heading.split()),
                   default=0)
        if word + 6 > header.sectionSize(column):
            problems.append(f"{name}: heading {heading!r} is cut short")
    if money_columns and view.horizontalScrollBar().isVisible():
        problems.append(f"{name}: money table scrolls sideways")
    return problems


def in_scrolling_page(view: QAbstractItemView, page: QWidget) -> bool:
    """Whether `view` sits inside a scroll area of the page (other than itself)."""
    parent = view.parentWidget()
    while parent is not None and parent is not page.parentWidget():
        if isinstance(parent, QScrollArea) and not isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def rows_shown(view: QListView) -> int:
    """How many rows of a list can be seen whole on the screen (scroll areas around it
    and the window's edge included)."""
    seen = view.viewport().visibleRegion().boundingRect()
    whole = 0
    for row in range(view.model().rowCount()):
        rect = view.visualRect(view.model().index(row, 0))
        if rect.isValid() and seen.contains(rect):
            whole += 1
    return whole


def page_problems(page: QWidget) -> list[str]:
    problems = []
    for view in page.findChildren(QTableView):
        if view.isVisible() and view.model() is not None:
            problems += table_problems(view)
    for item_view in page.findChildren(QAbstractItemView):
        if (item_view.isVisible() and item_view.verticalScrollBar().isVisible()
                and in_scrolling_page(item_view, page)):
            problems.append(f"{item_view.accessibleName()}: scrolls inside a page that scrolls "
                            f"({item_view.height()} px for "
                            f"{item_view.model().rowCount()} rows)")
    for scroll in page.findChildren(QScrollArea):
        if scroll.isVisible() and scroll.horizontalScrollBar().isVisible() and not isinstance(
                scroll, QTableView):
            problems.append(f"the page scrolls sideways ({scroll.widget().minimumSizeHint()})")
    return problems


@pytest.mark.parametrize("person_name", ["Sita Patel", "Jenny Walsh", "Sam Okafor"])
@pytest.mark.parametrize(("text_size", "high_contrast"),
                         [(100, False), (150, False), (200, False), (200, True)])
def test_every_page_fits_a_laptop_screen(qtbot: QtBot, store: PlanStore, text_size: int,
                                         high_contrast: bool, person_name: str) -> None:
    people = [p for p in load_demo(store) if p.name == person_name]
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.set_text_size(text_size)
    window.set_high_contrast(high_contrast)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    try:
        for person in people:
            window.people.refresh(select=person.id)
            for number in range(window.tabs.count()):
                holder = window.tabs.widget(number)
                for page in holder.pages() if isinstance(holder, SubPages) else [holder]:
                    window.show_page(page)
                    QApplication.processEvents()
                    if isinstance(holder, SubPages) and (
                            holder.tabBar().sizeHint().width() > holder.width()):
                        problems.append(f"{text_size}% {window.tabs.tabText(number)}: the "
                                        f"names of its pages are cut short")
                    where = f"{text_size}% {person.name}, {window.tabs.tabText(number)}"
                    problems += [f"{where} ({type(page).__name__}): {p}"
                                 for p in page_problems(page)]
                    if page is window.options_page:
                        # Each option's cost lines, not only the first option's.
                        for row in range(1, page.options_model.rowCount()):
                            page.select_option(row)
                            QApplication.processEvents()
                            problems += [f"{where}, option {row + 1}: {p}"
                                         for p in page_problems(page)]
        least = window.minimumSizeHint()
        if least.width() > SCREEN[0] or least.height() > SCREEN[1] - 40:
            problems.append(f"{text_size}%: the window needs {least.width()}×{least.height()}")
        if window.width() > SCREEN[0]:
            problems.append(f"{text_size}%: the window grew to {window.width()} px")
        problems += left_column_problems(window, text_size)
    finally:
        window.close()
    assert problems == [], "\n".join(problems)


def left_column_problems(window: MainWindow, text_size: int) -> list[str]:
    problems = []
    plans = window.people.list_view
    shown = rows_shown(plans)
    if shown < min(4, plans.model().rowCount()) or (
            plans.viewport().height() < 4 * max(plans.sizeHintForRow(0), 1)):
        problems.append(f"{text_size}%: the plans list shows {shown} plans whole, and has "
                        f"room for fewer than four")
    # Below the plans at 200% there is room for two pages at least; the list scrolls
    # inside itself and keeps the chosen page in sight.
    pages = window.page_list
    if rows_shown(pages) < min(2 if text_size >= 200 else 4, pages.count()):
        problems.append(f"{text_size}%: the list of pages shows {rows_shown(pages)} pages whole")
    for row in range(pages.count()):
        pages.setCurrentRow(row)
        QApplication.processEvents()
        seen = pages.viewport().visibleRegion().boundingRect()
        if not seen.contains(pages.visualRect(pages.model().index(row, 0))):
            problems.append(f"{text_size}%: choosing {pages.item(row).text()!r} leaves it "
                            f"out of sight in the list of pages")
    return problems


def test_the_check_finds_a_figure_cut_short(qtbot: QtBot, store: PlanStore) -> None:
    # The measure itself must be able to fail: squeeze a money column and it says so.
    window = MainWindow(store)
    qtbot.addWidget(window)
    load_demo(store)
    window.people.refresh()
    window.resize(*SCREEN)
    window.show()
    window.show_page(window.money_page)
    view = window.money_page.totals_view
    assert table_problems(view) == []
    view.horizontalHeader().resizeSection(3, 20)
    assert any("cut short" in p for p in table_problems(view))
    window.close()


@pytest.mark.parametrize("text_size", [100, 200])
def test_no_word_of_the_spending_summary_is_cut_short(qtbot: QtBot, store: PlanStore,
                                                      text_size: int) -> None:
    """At 200% "How it is going" gives way (the panel below says it in words) rather than
    cut "Personal budget" to "Pe…"; at 100% every column shows."""
    from ui.models.spending_model import COL_GOING, COL_WHAT

    sita = next(p for p in load_demo(store) if p.name == "Sita Patel")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.set_text_size(text_size)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.people.refresh(select=sita.id)
        page = window.spending_page
        window.show_page(page)
        QApplication.processEvents()
        view, model = page.summary_view, page.summary_model
        assert model.rowCount() > 0
        assert view.isColumnHidden(COL_GOING) is (text_size == 200)
        metrics = view.fontMetrics()
        for row in range(model.rowCount()):
            for word in str(model.index(row, COL_WHAT).data()).split():
                assert metrics.horizontalAdvance(word) + 6 <= view.columnWidth(COL_WHAT), word
        assert page.flags_label.text()  # how it is going, in words
        # A figure the table has no room for is still said: under the table and in the
        # row's tooltip (and to a screen reader, with the row's name).
        from ui.models.spending_model import COL_RATE
        for row in range(model.rowCount()):
            average = model.track(row).spent_rate(page.period).format()
            tip = str(model.index(row, COL_WHAT).data(Qt.ItemDataRole.ToolTipRole) or "")
            spoken = str(model.index(row, COL_WHAT).data(Qt.ItemDataRole.AccessibleTextRole))
            if view.isColumnHidden(COL_RATE):
                assert page.hidden_label.isVisible() and average in page.hidden_label.text()
                assert average in tip and average in spoken
            else:
                assert not page.hidden_label.isVisible()
    finally:
        window.close()


def open_options(qtbot: QtBot, store: PlanStore, text_size: int) -> MainWindow:
    """The window at 1366×768 on Sita's options, with her option of PAs chosen."""
    sita = next(p for p in load_demo(store) if p.name == "Sita Patel")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.set_text_size(text_size)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.people.refresh(select=sita.id)
    window.show_page(window.options_page)
    page = window.options_page
    titles = [option.title for option in page.options_model.options]
    page.select_option(titles.index("PAs from my network"))
    for _ in range(3):  # rows and tables take their heights a turn or two after showing
        QApplication.processEvents()
    return window


@pytest.mark.parametrize("text_size", [100, 200])
def test_the_option_form_keeps_its_shape_as_it_is_edited(qtbot: QtBot, store: PlanStore,
                                                         text_size: int) -> None:
    """No button or box moves from under the mouse while an option is edited: messages
    have their room kept, and the buttons of a table sit above it."""
    from ui.models.cost_lines_model import COL_AMOUNT, COL_HOURS
    from ui.models.pa_roles_model import COL_WAGE

    window = open_options(qtbot, store, text_size)
    page = window.options_page
    editor = page.pa_editor
    try:
        controls: list[QWidget] = [
            page.title_edit, page.kind_combo, page.add_line_button, page.remove_line_button,
            editor.add_button, editor.remove_button, editor.payer_combo,
            editor.allowance_box, editor.cover_kind, editor.cover_value]
        controls += page.editor.findChildren(QPushButton)

        def where() -> dict[str, tuple[int, int]]:
            places = {}
            for control in controls:
                spot = control.mapTo(page.editor, control.rect().topLeft())
                places[control.accessibleName() or control.objectName()] = (spot.x(), spot.y())
            return places

        lines, pas = page.lines_model, editor.model

        def cover(text: str) -> None:
            editor.cover_kind.setCurrentIndex(1)  # a share of the wage bill (%)
            editor.cover_value.setText(text)
            editor.cover_value.textEdited.emit(text)

        edits = [
            ("too many hours typed in a cost line",
             lambda: lines.setData(lines.index(0, COL_HOURS), "200")),
            ("a cost line's amount put right",
             lambda: lines.setData(lines.index(0, COL_AMOUNT), "120")),
            ("a wage typed wrong", lambda: pas.setData(pas.index(0, COL_WAGE), "abc")),
            ("a wage below the minimum", lambda: pas.setData(pas.index(0, COL_WAGE), "5.00")),
            ("the wage put right", lambda: pas.setData(pas.index(0, COL_WAGE), "13.50")),
            ("a share of cover over 100%", lambda: cover("500")),
            ("the share put right", lambda: cover("5")),
        ]
        before = where()
        moved = []
        for what, edit in edits:
            edit()
            QApplication.processEvents()
            now = where()
            moved += [f"{text_size}%: after {what}, {name!r} moved from {before[name]} to "
                      f"{now[name]}" for name in before if now[name] != before[name]]
            before = now
        assert moved == [], "\n".join(moved)
        # The message was shown and taken away again: the edits above did what they say.
        assert page.problem_label.text() == "" and editor.message.text() == ""
    finally:
        window.close()


def test_another_option_starts_at_its_top(qtbot: QtBot, store: PlanStore) -> None:
    """Choosing another option does not keep the last one's scroll position."""
    window = open_options(qtbot, store, 200)
    page = window.options_page
    try:
        bar = page.editor_scroll.verticalScrollBar()
        assert bar.maximum() > 0  # at 200% Sita's PAs are taller than the window
        bar.setValue(bar.maximum())
        page.select_option(0 if page.current_option().title != page.options_model.options[0]
                           .title else 1)
        QApplication.processEvents()
        assert bar.value() == 0
        titles = [option.title for option in page.options_model.options]
        bar.setValue(bar.maximum())
        page.select_option(titles.index("PAs from my network"))
        QApplication.processEvents()
        assert bar.value() == 0
        assert page.pa_editor.view.horizontalScrollBar().value() == 0
        assert page.pa_editor.view.verticalScrollBar().value() == 0
    finally:
        window.close()


def test_the_pages_get_room_for_every_page_and_the_plans_the_rest_until_i_move_the_handle(
        qtbot: QtBot, store: PlanStore) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    load_demo(store)
    window.people.refresh()
    window.resize(*SCREEN)
    window.show()
    pages = window.page_list
    # Every page in sight, with no more room below them than a few points: the plans,
    # which grow in number, have the rest.
    qtbot.waitUntil(lambda: rows_shown(pages) == pages.count() and (
        pages.viewport().height() - pages.sizeHintForRow(0) * pages.count() < 8))
    plans = window.people.list_view
    assert plans.height() > plans.minimumHeight()
    # The person moves the handle (as a drag does): a taller window keeps their share.
    before = window.left_splitter.sizes()
    window.left_splitter.moveSplitter(before[0] - 40, 1)
    moved = window.left_splitter.sizes()
    assert moved[1] > before[1]
    window.resize(SCREEN[0], SCREEN[1] + 20)
    qtbot.wait(20)
    # Not shared again to fit the pages: the room the person gave them stays theirs.
    assert window.left_splitter.sizes()[1] >= moved[1]
    window.close()
