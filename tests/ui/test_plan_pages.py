"""The pages of the whole plan, driven as a person would, surviving a restart."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from budgetplanner.demo import load_demo
from budgetplanner.storage.store import PlanStore
from ui.main_window import MainWindow


def open_window(qtbot: QtBot, db_path: Path) -> tuple[MainWindow, PlanStore]:
    store = PlanStore.open(db_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window, store


def reopen(qtbot: QtBot, window: MainWindow, store: PlanStore,
           db_path: Path) -> tuple[MainWindow, PlanStore]:
    window.close()
    store.close()
    return open_window(qtbot, db_path)


def test_goals_people_risks_and_plan_b_are_kept(qtbot: QtBot, db_path: Path) -> None:
    window, store = open_window(qtbot, db_path)
    window.people.add_plan("Ola")
    goals = window.goals_page
    window.tabs.setCurrentWidget(goals)
    qtbot.mouseClick(goals.add_button, Qt.MouseButton.LeftButton)
    title = goals.editors["title"]
    assert isinstance(title, QLineEdit)
    qtbot.keyClicks(title, "Swim in the sea")
    when = goals.editors["target_date"]
    assert isinstance(when, QLineEdit)
    qtbot.keyClicks(when, "31/02/2027")  # no such day: refused with a message
    assert "no such date" in goals.message.text()
    when.clear()
    qtbot.keyClicks(when, "30/06/2027")
    assert goals.message.isHidden()

    people = window.people_page
    window.tabs.setCurrentWidget(people)
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    name = people.editors["name"]
    assert isinstance(name, QLineEdit)
    qtbot.keyClicks(name, "Grandad")
    assert "Grandad" in people.circle.description()

    risks = window.risks_page
    window.tabs.setCurrentWidget(risks)
    qtbot.mouseClick(risks.add_button, Qt.MouseButton.LeftButton)
    risk = risks.editors["risk"]
    assert isinstance(risk, QPlainTextEdit)
    qtbot.keyClicks(risk, "Cold water")

    plan_b = window.contingency_page
    window.tabs.setCurrentWidget(plan_b)
    qtbot.mouseClick(plan_b.add_button, Qt.MouseButton.LeftButton)
    situation = plan_b.editors["situation"]
    assert isinstance(situation, QPlainTextEdit)
    qtbot.keyClicks(situation, "My PA is ill")
    qtbot.mouseClick(plan_b.add_line, Qt.MouseButton.LeftButton)
    model = plan_b.lines_model
    assert model.setData(model.index(0, 1), "40.00")

    window, store = reopen(qtbot, window, store, db_path)
    try:
        version = window.context.version
        assert version is not None
        [goal] = version.goals
        assert (goal.title, goal.target_date.isoformat()) == (  # type: ignore[union-attr]
            "Swim in the sea", "2027-06-30")
        assert [p.name for p in version.relationships] == ["Grandad"]
        assert [r.risk for r in version.risks] == ["Cold water"]
        [contingency] = version.contingencies
        assert contingency.situation == "My PA is ill"
        assert str(contingency.cost_lines[0].amount) == "40.00"
        # Removing is kept too.
        window.tabs.setCurrentWidget(window.risks_page)
        qtbot.mouseClick(window.risks_page.remove_button, Qt.MouseButton.LeftButton)
    finally:
        window, store = reopen(qtbot, window, store, db_path)
        assert window.context.version is not None
        assert window.context.version.risks == []
        window.close()
        store.close()


def test_the_circle_view_draws_everyone_and_says_who_is_where(qtbot: QtBot,
                                                              db_path: Path) -> None:
    window, store = open_window(qtbot, db_path)
    try:
        window.load_demo()
        sita = store.find_person("Sita Patel")
        assert sita is not None
        window.people.select_person(sita.id)
        window.tabs.setCurrentWidget(window.people_page)
        circle = window.people_page.circle
        assert circle.accessibleDescription() == (
            "Closest to me: Anjali (my sister). Close: Priya, Meera. Around me: Mr and Mrs "
            "Shah, The temple women's group.")
        image = circle.grab().toImage()
        # The rings are drawn: the middle of the circle is not the window's background.
        centre = image.pixelColor(image.width() // 2, image.height() // 2)
        corner = image.pixelColor(2, 2)
        assert centre != corner
        # Moving Meera to the closest ring is said at once.
        window.people_page.select(2)
        closeness = window.people_page.editors["closeness"]
        closeness.setCurrentIndex(0)  # type: ignore[attr-defined]
        closeness.activated.emit(0)  # type: ignore[attr-defined]
        assert circle.accessibleDescription().startswith("Closest to me: Anjali (my sister), "
                                                         "Meera.")
    finally:
        window.close()
        store.close()


def test_scenarios_compared_side_by_side_and_chosen(qtbot: QtBot, db_path: Path) -> None:
    window, store = open_window(qtbot, db_path)
    try:
        load_demo(store)
        window.people.refresh()
        sam = store.find_person("Sam Okafor")
        assert sam is not None
        window.people.select_person(sam.id)
        page = window.scenarios_page
        window.tabs.setCurrentWidget(page)
        model = page.comparison
        assert model.columnCount() == 2
        rows = {model.headerData(r, Qt.Orientation.Vertical): r for r in range(model.rowCount())}
        row = rows["Personal budget or direct payment, a year"]
        assert model.index(row, 0).data() == "£12,838.04"
        assert model.index(row, 1).data() == "£24,960.00"
        gap = rows["Against my personal budget, a year"]
        assert model.index(gap, 0).data() == "£681.96\nleft"
        assert model.index(gap, 1).data() == "£11,440.00\nover"
        assert model.index(rows["Chosen"], 0).data() == "Yes, my choice"

        # Choose the agency instead: the Money page follows the chosen support.
        page.select(1)
        page.chosen_box.setChecked(True)
        assert model.index(rows["Chosen"], 1).data() == "Yes, my choice"
        window.show_page(window.money_page)
        assert "£11,440.00 a year" in window.money_page.verdict_label.text()
    finally:
        window.close()
        store.close()


def test_start_a_review_keeps_the_old_version_read_only(qtbot: QtBot, db_path: Path) -> None:
    window, store = open_window(qtbot, db_path)
    try:
        window.load_demo()
        page = window.review_page
        window.show_page(page)
        first = window.context.version
        assert first is not None and first.number == 1
        page.start_review()
        assert window.context.version is not None and window.context.version.number == 2
        assert window.context.editable
        assert page.versions.count() == 2
        page.versions.itemClicked.emit(page.versions.item(0))
        assert window.context.version is first
        assert not window.context.editable
        assert window.about_page.editor("admired").isReadOnly()
    finally:
        window.close()
        store.close()
