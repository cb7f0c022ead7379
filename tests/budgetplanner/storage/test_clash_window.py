"""The clash screen, against a real PostgreSQL server: two people have the same plan open and
change the same cost; the second to save sees both versions, field by field in words with who
saved theirs and when, and chooses. "Theirs" keeps theirs, "mine" writes mine, "both" keeps
both pieces of writing; nothing is lost, and nothing waits to be chosen once chosen."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import pytest
from pg_cluster import PgDatabase
from PySide6.QtWidgets import QGroupBox, QLabel
from pytestqt.qtbot import QtBot

from budgetplanner.clash import Keep
from budgetplanner.storage.connection import make_session_factory
from budgetplanner.storage.models import CostLine
from budgetplanner.storage.store import PlanStore
from ui.clash_dialog import ClashDialog
from ui.main_window import MainWindow
from ui.models.cost_lines_model import COL_AMOUNT, COL_WHAT


@dataclass
class TwoAtOnce:
    pg: PgDatabase
    theirs: PlanStore  # lead_one, who saves first
    window: MainWindow  # lead_two's window, whose save clashes
    line_id: int


@pytest.fixture
def two_at_once(pg_database: PgDatabase, qtbot: QtBot) -> Iterator[TwoAtOnce]:
    pg_database.migrate()
    theirs = pg_database.sign_in("lead_one", "planner_lead")
    person = theirs.add_person("Asha Begum")
    option = theirs.add_option(theirs.current_version(person), "Garden")
    line = theirs.add_cost_line(option, "Seeds", Decimal("10.00"))
    theirs.save()
    mine = pg_database.sign_in("lead_two", "planner_lead")
    window = MainWindow(mine)
    qtbot.addWidget(window)
    window.show()
    window.people.refresh(select=person.id)
    window.show_page(window.options_page)
    assert window.options_page.lines_model.lines[0].description == "Seeds"
    yield TwoAtOnce(pg_database, theirs, window, line.id)
    window.close()
    mine.close()
    theirs.close()


def _saved(pg: PgDatabase, line_id: int) -> tuple[Decimal, str]:
    lead = pg.sign_in("lead_one", "planner_lead")
    session = make_session_factory(lead.engine)()
    try:
        line = session.get(CostLine, line_id)
        assert line is not None
        return line.amount, line.description
    finally:
        session.close()
        lead.close()


def _clash(two: TwoAtOnce) -> ClashDialog:
    """lead_one saves first; then lead_two types into the same line and the window saves."""
    line = two.theirs.session.get(CostLine, two.line_id)
    assert line is not None
    two.theirs.set_value(line, "amount", Decimal("12.00"))
    two.theirs.set_value(line, "description", "Seeds and bulbs")
    two.theirs.save()

    model = two.window.options_page.lines_model
    assert model.setData(model.index(0, COL_AMOUNT), "15.00")
    assert model.setData(model.index(0, COL_WHAT), "Seeds and compost")
    two.window.context.autosaver.flush()  # what the autosaver does a moment after typing
    dialog = two.window.clash_dialog
    assert isinstance(dialog, ClashDialog) and dialog.isVisible()
    assert two.window.save_problem.isVisible()
    assert "Someone else changed" in two.window.save_problem.text()
    # Nothing of mine was written over theirs.
    assert _saved(two.pg, two.line_id) == (Decimal("12.00"), "Seeds and bulbs")
    return dialog


def _words(dialog: ClashDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_the_second_to_save_sees_both_versions_in_words_with_who_and_when(
        two_at_once: TwoAtOnce) -> None:
    dialog = _clash(two_at_once)
    [box_title] = [box.title() for box in dialog.findChildren(QGroupBox)]
    said = _words(dialog)
    assert any(text.startswith("lead_one saved theirs on ") for text in said)
    for words in ("£15.00", "£12.00", "Seeds and compost", "Seeds and bulbs"):
        assert words in said
    assert box_title == "A cost: “Seeds and bulbs”"
    # Writing can be kept twice; an amount cannot.
    assert dialog.button_for(0, "description", Keep.BOTH).isVisible()
    with pytest.raises(StopIteration):
        dialog.button_for(0, "amount", Keep.BOTH)
    assert not dialog.keep_button.isEnabled()  # until each field is chosen


def test_choosing_theirs_keeps_theirs(two_at_once: TwoAtOnce) -> None:
    dialog = _clash(two_at_once)
    dialog.button_for(0, "amount", Keep.THEIRS).click()
    dialog.button_for(0, "description", Keep.THEIRS).click()
    dialog.keep_button.click()
    window = two_at_once.window
    assert not dialog.isVisible() and window.store.conflicts == []
    assert not window.save_problem.isVisible()
    assert _saved(two_at_once.pg, two_at_once.line_id) == (Decimal("12.00"), "Seeds and bulbs")
    model = window.options_page.lines_model
    assert model.index(0, COL_AMOUNT).data() == "£12.00"


def test_choosing_mine_writes_mine_on_top_of_theirs(two_at_once: TwoAtOnce) -> None:
    dialog = _clash(two_at_once)
    dialog.button_for(0, "amount", Keep.MINE).click()
    dialog.button_for(0, "description", Keep.MINE).click()
    dialog.keep_button.click()
    assert two_at_once.window.store.conflicts == []
    assert _saved(two_at_once.pg, two_at_once.line_id) == (Decimal("15.00"),
                                                           "Seeds and compost")


def test_keeping_both_pieces_of_writing_loses_neither(two_at_once: TwoAtOnce) -> None:
    dialog = _clash(two_at_once)
    dialog.button_for(0, "amount", Keep.THEIRS).click()
    dialog.button_for(0, "description", Keep.BOTH).click()
    dialog.keep_button.click()
    assert _saved(two_at_once.pg, two_at_once.line_id) == (
        Decimal("12.00"), "Seeds and bulbs / Seeds and compost")


def test_choosing_later_keeps_both_and_the_window_will_not_close_before(
        two_at_once: TwoAtOnce) -> None:
    dialog = _clash(two_at_once)
    dialog.reject()
    window = two_at_once.window
    assert len(window.store.conflicts) == 1 and window.clash_action.isEnabled()
    assert not window.close()  # my version would be lost: the clash screen comes back
    again = window.clash_dialog
    assert isinstance(again, ClashDialog) and again is not dialog and again.isVisible()
    again.button_for(0, "amount", Keep.MINE).click()
    again.button_for(0, "description", Keep.THEIRS).click()
    again.keep_button.click()
    assert _saved(two_at_once.pg, two_at_once.line_id) == (Decimal("15.00"), "Seeds and bulbs")
    assert window.close()
