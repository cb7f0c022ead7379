"""The Money page's totals: a row per payer, the total, and what the budget leaves."""

from decimal import Decimal

from model_cells import cell
from PySide6.QtCore import Qt

from budgetplanner.budget import summarise_cost_lines
from budgetplanner.categories import Payer
from budgetplanner.periods import Frequency, Period
from budgetplanner.storage.models import PlanVersion
from budgetplanner.storage.store import PlanStore
from ui.models.totals_model import TotalsTableModel


def test_rows_per_payer_then_total_budget_and_what_is_left(
        store: PlanStore, version: PlanVersion, qapp: object) -> None:
    option = store.add_option(version, "Choir")
    store.add_cost_line(option, "Choir fees", Decimal("5.50"), Frequency.PER_WEEK)
    store.add_cost_line(option, "Bus", Decimal("52"), Frequency.PER_YEAR, Payer.OWN_MONEY)
    model = TotalsTableModel()
    model.set_summary(summarise_cost_lines(option.cost_lines, (Decimal(300), Period.YEAR)))
    labels = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert labels == ["Personal budget or direct payment", "My own money", "All my support",
                      "My personal budget", "Left in my personal budget"]
    assert model.columnCount() == 5
    assert cell(model, 0, 3) == "£286.00"          # 5.50 × 52
    assert cell(model, 1, 0) == "£1.00"            # 52 a year is 1 a week
    assert cell(model, 2, 3) == "£338.00"
    assert cell(model, 4, 3) == "£14.00"           # 300 − 286
    assert cell(model, 2, 3, Qt.ItemDataRole.FontRole).bold()
    assert cell(model, 0, 3, Qt.ItemDataRole.AccessibleTextRole) == (
        "Personal budget or direct payment, Per year: £286.00")


def test_a_short_budget_says_short_and_no_summary_is_empty(
        store: PlanStore, version: PlanVersion, qapp: object) -> None:
    option = store.add_option(version, "PA")
    store.add_cost_line(option, "Support", Decimal("10"), Frequency.PER_WEEK)
    model = TotalsTableModel()
    model.set_summary(summarise_cost_lines(option.cost_lines, (Decimal(500), Period.YEAR)))
    last = model.rowCount() - 1
    assert model.headerData(last, Qt.Orientation.Vertical) == "Short of my personal budget"
    assert cell(model, last, 3) == "£20.00"        # 520 − 500, shown without a minus
    model.set_summary(None)
    assert model.rowCount() == 0
