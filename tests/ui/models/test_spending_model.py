"""Planned against spent: the summary by payer and option, and each amount entered."""

from datetime import date
from decimal import Decimal

from model_cells import cell, column_texts
from PySide6.QtCore import Qt

from budgetplanner.categories import Payer
from budgetplanner.periods import Period
from budgetplanner.spending import OptionPlan, Spent, spending_report
from budgetplanner.storage.models import PlanVersion, SpendingEntry
from budgetplanner.storage.store import PlanStore
from ui.models.spending_model import (
    COL_GOING,
    COL_PLANNED,
    COL_SPENT,
    SpendingEntriesModel,
    SpendingSummaryModel,
)

START = date(2026, 4, 1)


def test_summary_rows_are_payers_then_everything_then_options(qapp: object) -> None:
    report = spending_report(
        START, {Payer.PERSONAL_BUDGET: Decimal("12000")},
        [OptionPlan("choir", "Choir", Decimal("1200"), direct_payment=True)],
        [Spent(date(2026, 4, 1), Payer.PERSONAL_BUDGET, "choir", Decimal("1000"))])
    model = SpendingSummaryModel()
    model.set_report(report)
    assert column_texts(model, 0) == [
        "Personal budget or direct payment", "All my support", "Choir"]
    assert cell(model, 1, COL_PLANNED) == "£1,000.00"     # 12,000 a year, a month
    assert cell(model, 2, COL_SPENT) == "£1,000.00"
    assert cell(model, 1, 0, Qt.ItemDataRole.FontRole).bold()
    going = cell(model, 2, COL_GOING)
    assert going and cell(model, 2, COL_GOING, Qt.ItemDataRole.ToolTipRole)
    model.set_period(Period.YEAR)
    assert cell(model, 1, COL_PLANNED) == "£12,000.00"
    assert "a year" in model.headerData(COL_PLANNED, Qt.Orientation.Horizontal)
    model.set_report(None)
    assert model.rowCount() == 0


def test_each_amount_with_its_option_and_source(store: PlanStore, version: PlanVersion,
                                                 qapp: object) -> None:
    choir = store.add_option(version, "Choir")
    typed = SpendingEntry(month=date(2026, 5, 1), payer=Payer.PERSONAL_BUDGET,
                          option_id=choir.id, amount=Decimal("40"), note="May fees",
                          source="typed")
    loose = SpendingEntry(month=date(2026, 6, 1), payer=Payer.OWN_MONEY, option_id=None,
                          amount=Decimal("12.5"), note="", source="bank")
    model = SpendingEntriesModel()
    model.set_entries([typed, loose], [choir])
    assert model.columnCount() == 6
    assert [cell(model, 0, c) for c in range(6)][1:] == [
        "Personal budget or direct payment", "Choir", "£40.00", "May fees", "Typed in"]
    assert [cell(model, 1, c) for c in range(2, 6)] == [
        "Not linked to an option", "£12.50", "", "Bank statement"]
    assert cell(model, 0, 3, Qt.ItemDataRole.AccessibleTextRole) == "Amount: £40.00"
    assert model.entry(1) is loose
