"""The cost of employing PAs, line by line, with the total in bold."""

from decimal import Decimal

from model_cells import cell, column_texts
from PySide6.QtCore import Qt

from budgetplanner.budget import BudgetLine
from budgetplanner.categories import Payer
from budgetplanner.periods import Period
from ui.models.afford_model import AffordLinesModel


def test_lines_then_the_total_in_the_chosen_period(qapp: object) -> None:
    model = AffordLinesModel()
    assert model.rowCount() == 0
    lines = [BudgetLine("Pay", Payer.PERSONAL_BUDGET, Decimal("5200"), note="10 h × £10"),
             BudgetLine("Employer's NI", Payer.PERSONAL_BUDGET, Decimal("520"))]
    model.set_lines(lines, Period.WEEK)
    assert column_texts(model, 0) == ["Pay", "Employer's NI", "All the costs of my PAs"]
    assert column_texts(model, 1) == ["£100.00", "£10.00", "£110.00"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Per week"
    assert cell(model, 0, 1, Qt.ItemDataRole.ToolTipRole) == "10 h × £10"
    assert cell(model, 2, 0, Qt.ItemDataRole.FontRole).bold()
    assert cell(model, 2, 0, Qt.ItemDataRole.AccessibleTextRole) == (
        "All the costs of my PAs: £110.00")
    model.set_lines(lines, Period.YEAR)
    assert column_texts(model, 1) == ["£5,200.00", "£520.00", "£5,720.00"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Per year"
