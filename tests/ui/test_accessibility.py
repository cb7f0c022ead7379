"""Every control a person can use has a name a screen reader can say."""

import re
from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from budgetplanner.demo import load_demo
from budgetplanner.storage.store import PlanStore
from ui.accessible import Heading
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


def visible_words(text: str) -> str:
    """What a person sees on a control, as voice control would say it: without the
    shortcut mark, the trailing dots and colon, and a bracketed unit such as (£)."""
    text = re.split(r"<br>|<p>|\n", text)[0]  # a hint under the label is not its name
    text = re.sub(r"<[^>]+>", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"\([^)]*\)", "", text)
    return " ".join(text.replace("…", "").split()).rstrip(":").strip().lower()


def label_in_name_problems(root: QWidget) -> list[str]:
    """Controls whose accessible name does not start with the words they show (WCAG 2.5.3)."""
    shown: dict[QWidget, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.isVisibleTo(root) and label.text().strip():
            shown[buddy] = label.text()
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root) and button.text().strip() and not isinstance(
                button.parentWidget(), QTabBar):
            shown[button] = button.text()
    problems = []
    for widget, text in shown.items():
        if not widget.isVisibleTo(root):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        # A drop-down's interface answers with its current choice; its own name is set.
        name = widget.accessibleName() or (
            interface.text(QAccessible.Text.Name) if interface is not None else "")
        if not visible_words(name).startswith(visible_words(text)):
            problems.append(f"{type(widget).__name__} shows {visible_words(text)!r} "
                            f"but is called {name!r}")
    return problems


def heading_problems(page: QWidget, title: str) -> list[str]:
    headings = []
    for label in page.findChildren(QLabel):
        interface = QAccessible.queryAccessibleInterface(label)
        if label.isVisibleTo(page) and interface is not None and (
                interface.role() == QAccessible.Role.Heading):
            headings.append(interface.text(QAccessible.Text.Name))
    if title not in headings:
        return [f"no heading {title!r} (headings: {headings})"]
    return []


def test_every_page_has_its_name_as_a_heading_and_controls_say_what_they_show(
    qtbot: QtBot, db_path: Path
) -> None:
    store = PlanStore.open(db_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    try:
        window.show()
        load_demo(store)
        window.people.refresh()
        problems = [f"window: {p}" for p in label_in_name_problems(window.people)]
        for index in range(window.tabs.count()):
            page = window.tabs.widget(index)
            pages = ([(inner, page.tabText(n)) for n, inner in enumerate(page.pages())]
                     if isinstance(page, SubPages) else [(page, window.tabs.tabText(index))])
            for inner, title in pages:
                window.show_page(inner)
                problems += [f"page {title!r}: {p}" for p in heading_problems(inner, title)]
                problems += [f"page {title!r}: {p}" for p in label_in_name_problems(inner)]
        assert problems == [], "\n".join(problems)
    finally:
        window.close()
        store.close()


def test_the_walks_find_a_misnamed_button_and_a_missing_heading(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    button = QPushButton("&New plan")
    button.setAccessibleName("Start a new plan for someone")
    layout.addWidget(button)
    layout.addWidget(QLabel("<h2>My goals</h2>"))
    holder.show()
    assert len(label_in_name_problems(holder)) == 1
    assert heading_problems(holder, "My goals") != []
    heading = Heading("My goals")
    layout.addWidget(heading)
    heading.show()
    button.setAccessibleName("New plan")
    assert label_in_name_problems(holder) == []
    assert heading_problems(holder, "My goals") == []
