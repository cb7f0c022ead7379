"""Warnings look like warnings: each kind of message has its own colour, icon and words."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from budgetplanner.demo import load_demo
from budgetplanner.storage.store import PlanStore
from ui.main_window import MainWindow
from ui.status_panel import StatusPanel, status_word
from ui.theme import STATUS_COLOURS, Look, Status, apply_theme


def middle_colour(panel: StatusPanel) -> str:
    image: QImage = panel.grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() - 4).name()


def test_each_kind_of_panel_looks_and_reads_differently(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, Look())
    panel = StatusPanel("How it is going")
    qtbot.addWidget(panel)
    panel.resize(400, 80)
    panel.show()
    seen = {}
    for status in Status:
        panel.show_status(status, "Some words")
        seen[status] = (middle_colour(panel), panel.icon_label.pixmap().toImage(),
                        panel.icon_label.accessibleName())
        assert seen[status][0] == STATUS_COLOURS[False][status][1]
        assert panel.text() == "Some words"
    assert len({colour for colour, _, _ in seen.values()}) == 4
    assert len({word for _, _, word in seen.values()}) == 4
    # Colour is not the only signal: the icons differ in shape too.
    shapes = {status: image.convertToFormat(QImage.Format.Format_Alpha8)
              for status, (_, image, _) in seen.items()}
    assert shapes[Status.WARNING] != shapes[Status.GOOD]
    assert shapes[Status.PROBLEM] != shapes[Status.NEUTRAL]
    assert seen[Status.WARNING][2] == status_word(Status.WARNING) == "Warning"
    panel.clear()
    assert not panel.isVisible()


def test_warnings_in_the_example_plans_are_not_good_news(qtbot: QtBot, store: PlanStore) -> None:
    people = {p.name: p for p in load_demo(store)}
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.people.refresh(select=people["Sam Okafor"].id)
    window.show_page(window.spending_page)
    assert "well under the plan" in window.spending_page.flags_label.text()
    assert window.spending_page.flags_label.status() is Status.WARNING
    window.show_page(window.checklist_page)
    summary = window.checklist_page.summary_label
    assert summary.status() is (Status.GOOD if "all 10" in summary.text() else Status.WARNING)
    window.show_page(window.money_page)
    money = window.money_page
    money.budget_edit.clear()
    money.budget_edit.textEdited.emit("")
    money.recalculate()
    assert money.verdict_label.status() is Status.NEUTRAL
    money.budget_edit.setText("10")
    money.budget_edit.textEdited.emit("10")
    assert "more than my personal budget" in money.verdict_label.text()
    assert money.verdict_label.status() is Status.PROBLEM
    money.budget_edit.setText("1000000")
    money.budget_edit.textEdited.emit("1000000")
    assert money.verdict_label.status() is Status.GOOD
    window.close()
