"""An option's cost lines: shown with their figures, edited with checks, added through the store."""

from datetime import date
from decimal import Decimal

from model_cells import cell
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from budgetplanner.categories import Payer
from budgetplanner.periods import Frequency
from budgetplanner.storage.models import PlanVersion
from budgetplanner.storage.store import PlanStore
from ui.models.cost_lines_model import (
    COL_AMOUNT,
    COL_HOURS,
    COL_HOW_OFTEN,
    COL_WEEK,
    COL_WHAT,
    COL_WHEN,
    COL_WHO_PAYS,
    COL_YEAR,
    CostLinesTableModel,
)

EDIT = Qt.ItemDataRole.EditRole


def test_lines_show_their_weekly_and_yearly_figures(store: PlanStore,
                                                     version: PlanVersion, qapp: object) -> None:
    option = store.add_option(version, "PA")
    store.add_cost_line(option, "Support", Decimal("12.50"), Frequency.PER_HOUR,
                        hours_per_week=Decimal("10"))
    store.add_cost_line(option, "Laptop", Decimal("400"), Frequency.ONE_OFF, Payer.OWN_MONEY)
    model = CostLinesTableModel(store)
    model.set_option(option)
    assert model.rowCount() == 2 and model.columnCount() == 8
    assert [cell(model, 0, c) for c in range(8)] == [
        "Support", "£12.50", "an hour", "10", "Personal budget", "", "£125.00", "£6,500.00"]
    assert cell(model, 1, COL_WHEN) == "not set"  # a one-off is paid on a day
    assert cell(model, 1, COL_WEEK) == "" and cell(model, 1, COL_YEAR) == "£400.00 once"
    assert cell(model, 1, COL_HOURS) == ""
    assert cell(model, 0, COL_YEAR, Qt.ItemDataRole.ToolTipRole)  # the working, in words
    hours_flags = model.flags(model.index(1, COL_HOURS))
    assert not hours_flags & Qt.ItemFlag.ItemIsEditable  # a one-off cost has no hours


def test_an_edit_is_checked_stored_and_announced(store: PlanStore, version: PlanVersion,
                                                  qtbot: QtBot) -> None:
    option = store.add_option(version, "Choir")
    model = CostLinesTableModel(store)
    model.set_option(option)
    with qtbot.waitSignal(model.moneyChanged):
        row = model.add_line()
    assert cell(model, row, COL_WHAT) == "New cost"
    problems: list[str] = []
    model.problem.connect(problems.append)
    assert model.setData(model.index(row, COL_AMOUNT), "5.50", EDIT)
    assert model.setData(model.index(row, COL_HOW_OFTEN), Frequency.PER_WEEK.value, EDIT)
    assert model.setData(model.index(row, COL_WHO_PAYS), Payer.OWN_MONEY.value, EDIT)
    assert cell(model, row, COL_WEEK) == "£5.50"
    assert option.cost_lines[row].payer is Payer.OWN_MONEY
    assert not model.setData(model.index(row, COL_AMOUNT), "lots", EDIT)
    assert problems[-1].startswith("Line 1, how much:")
    assert option.cost_lines[row].amount == Decimal("5.50")


def test_a_read_only_option_takes_no_edits(store: PlanStore, version: PlanVersion,
                                           qapp: object) -> None:
    option = store.add_option(version, "Choir")
    store.add_cost_line(option, "Fees", Decimal("5"), Frequency.PER_WEEK)
    model = CostLinesTableModel(store)
    model.set_option(option, read_only=True)
    assert not model.flags(model.index(0, COL_WHAT)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, COL_AMOUNT), "9", EDIT)
    assert model.add_line() == -1
    assert len(option.cost_lines) == 1


def test_a_yearly_or_one_off_line_takes_the_day_it_is_paid(store: PlanStore,
                                                          version: PlanVersion,
                                                          qapp: object) -> None:
    option = store.add_option(version, "Insured")
    store.add_cost_line(option, "Insurance", Decimal("150"), Frequency.PER_YEAR)
    store.add_cost_line(option, "Payroll", Decimal("15"), Frequency.PER_MONTH)
    model = CostLinesTableModel(store)
    model.set_option(option)
    problems: list[str] = []
    model.problem.connect(problems.append)
    # A monthly cost is paid all year: there is no day to set.
    assert not model.flags(model.index(1, COL_WHEN)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, COL_WHEN)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, COL_WHEN), "30/04/2027", EDIT)
    assert option.cost_lines[0].due_on == date(2027, 4, 30)
    assert cell(model, 0, COL_WHEN) == "30 Apr 2027"
    assert cell(model, 0, COL_WHEN, EDIT) == "30/04/2027"
    assert not model.setData(model.index(0, COL_WHEN), "30/04/1927", EDIT)
    assert problems[-1].startswith("Line 1, when paid:") and "2000" in problems[-1]
    assert option.cost_lines[0].due_on == date(2027, 4, 30)  # the refused date is not kept
    assert model.setData(model.index(0, COL_WHEN), "", EDIT)  # cleared: not said
    assert option.cost_lines[0].due_on is None
