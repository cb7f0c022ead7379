"""The window's start: painted before the plans file is opened, then the plans listed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import ui.app
from budgetplanner.demo import load_demo
from budgetplanner.storage.settings import TEXT_SIZE
from budgetplanner.storage.store import PlanStore
from ui.main_window import MainWindow
from ui.theme import Look

ROOT = Path(__file__).resolve().parents[2]

# Started as `main.py --db FILE` is: at the window's first paint, say which of the heavy
# modules are loaded, whether the plans are open yet, then quit.
FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            app.removeEventFilter(self)
            heavy = [m for m in ("sqlalchemy", "budgetplanner.storage.store",
                                 "budgetplanner.storage.models", "reportlab",
                                 "ui.pages.options_page") if m in sys.modules]
            print("heavy:", ",".join(heavy), "open:", watched.is_open, flush=True)
            watched.opened.connect(lambda: (print("opened", watched.people.model.rowCount(),
                                                  flush=True), app.exit(0)))
        return False
watch = Watch()
app.installEventFilter(watch)
import main
sys.exit(main.main(["--db", sys.argv[1]]))
"""


def test_the_window_is_painted_before_sqlalchemy_and_the_plans_are_loaded(
        db_path: Path, tmp_path: Path) -> None:
    store = PlanStore.open(db_path)
    load_demo(store)
    store.close()
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(db_path)], cwd=ROOT, capture_output=True,
        text=True, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "heavy:  open: False"
    assert lines[1] == "opened 3"  # then the file is opened and its three plans listed


def test_the_window_comes_in_the_stored_text_size_and_follows_the_store(
        qtbot: QtBot, db_path: Path) -> None:
    store = PlanStore.open(db_path)
    store.set_setting(TEXT_SIZE, "150")
    store.save()
    # The glance before opening said 100% (say the file changed since): the store wins.
    window = MainWindow(None, look=Look(text_size=100))
    qtbot.addWidget(window)
    window.show()
    assert not window.is_open and window.look.text_size == 100
    with qtbot.waitSignal(window.opened, timeout=5000):
        window.open_plans(store)
    assert window.is_open and window.look.text_size == 150
    assert window.size_actions[150].isChecked()
    window.close()
    store.close()


def test_a_search_typed_before_the_plans_are_open_is_kept(
        qtbot: QtBot, db_path: Path) -> None:
    store = PlanStore.open(db_path)
    load_demo(store)
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.people.search_edit, "Sam")
    window.open_plans(store)
    assert window.people.search_edit.text() == "Sam"
    assert window.people.model.rowCount() == 1
    assert window.context.person is not None and window.context.person.name.startswith("Sam")
    window.close()
    store.close()


def test_only_the_page_shown_is_made_at_start(qtbot: QtBot, db_path: Path) -> None:
    store = PlanStore.open(db_path)
    load_demo(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    made = [name for name, slot in window._slots.items() if slot.page is not None]
    assert made == ["about_page"]
    window.go_to_page(4)  # Ctrl+5: options and costs, made as it is shown
    assert window.tabs.currentWidget() is window.options_page
    assert window._slots["options_page"].page is window.options_page
    window.close()
    store.close()


def test_a_plans_file_that_does_not_open_ends_the_start_after_the_first_paint(
        qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []

    def refused(_path: Path) -> None:
        # Asked (a passphrase, a damaged file's backup) over the window already painted.
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        seen.append(bool(windows) and not windows[0].is_open)
        return None

    monkeypatch.setattr(ui.app, "open_or_explain", refused)
    assert ui.app.run_window(db_path) == 1
    assert seen == [True]


def test_a_start_with_my_own_plans_file_offers_the_organisations_plans_a_chosen_file_not(
        qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`main.py` with no --db opens the plans file on this computer and then offers my
    organisation's plans if I was using them (MainWindow.offer_organisations_plans decides);
    a file named with --db is opened as it is, nothing offered."""
    from PySide6.QtCore import QTimer

    PlanStore.open(db_path).close()
    offered: list[bool] = []

    def quit_soon() -> None:
        QTimer.singleShot(0, lambda: QApplication.exit(0))

    def offer(window: MainWindow) -> bool:
        offered.append(window.is_open)  # over the plans on this computer, already open
        quit_soon()
        return True

    monkeypatch.setattr(MainWindow, "offer_organisations_plans", offer)
    assert ui.app.run_window(db_path, offer_server=True) == 0
    assert offered == [True]
    first = ui.app.PlansOnScreen.first

    def first_then_quit(self: ui.app.PlansOnScreen, *args: object, **kwargs: str) -> None:
        first(self, *args, **kwargs)  # type: ignore[arg-type]
        quit_soon()

    monkeypatch.setattr(ui.app.PlansOnScreen, "first", first_then_quit)
    assert ui.app.run_window(db_path) == 0
    assert offered == [True]
