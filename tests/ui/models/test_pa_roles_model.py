"""A PA option's people: their pay and hours edited, their costs worked out by the engine."""

from decimal import Decimal

from model_cells import cell
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from budgetplanner.categories import OptionKind
from budgetplanner.pa_costs import OptionCost
from budgetplanner.plan_money import pa_costs_for
from budgetplanner.storage.models import Option, PlanVersion
from budgetplanner.storage.store import PlanStore
from ui.models.pa_roles_model import (
    COL_HOURS,
    COL_NAME,
    COL_PAY,
    COL_RELATIVE,
    COL_WAGE,
    PARolesTableModel,
)

EDIT = Qt.ItemDataRole.EditRole


def model_for(store: PlanStore, version: PlanVersion) -> tuple[PARolesTableModel, Option]:
    def cost(option: Option) -> OptionCost | None:
        costs = pa_costs_for(version, [option])
        return costs.options[0] if costs.options else None

    option = store.add_option(version, "My PAs", OptionKind.PERSONAL_ASSISTANTS)
    model = PARolesTableModel(store, cost)
    model.set_option(option)
    return model, option


def test_a_new_pa_is_costed_and_an_edit_costs_again(store: PlanStore, version: PlanVersion,
                                                    qtbot: QtBot) -> None:
    model, option = model_for(store, version)
    with qtbot.waitSignal(model.moneyChanged):
        model.add_pa("Priya")
    assert model.rowCount() == 1 and model.columnCount() == 11
    assert cell(model, 0, COL_NAME) == "Priya"
    assert cell(model, 0, COL_WAGE) == "£13.00"
    before = cell(model, 0, COL_PAY)
    assert before.startswith("£")
    assert model.setData(model.index(0, COL_HOURS), "20", EDIT)
    assert option.pa_roles[0].hours_per_week == Decimal(20)
    after = cell(model, 0, COL_PAY)
    assert after != before
    assert model.costs is not None and len(model.costs.pas) == 1


def test_a_wrong_wage_is_refused_with_a_reason(store: PlanStore, version: PlanVersion,
                                               qapp: object) -> None:
    model, option = model_for(store, version)
    model.add_pa("Priya")
    problems: list[str] = []
    model.problem.connect(problems.append)
    assert not model.setData(model.index(0, COL_WAGE), "a lot", EDIT)
    assert problems[-1].startswith("Priya, wage an hour:")
    assert option.pa_roles[0].hourly_wage == Decimal("13.00")


def test_the_family_box_is_a_check_box(store: PlanStore, version: PlanVersion,
                                       qapp: object) -> None:
    model, option = model_for(store, version)
    model.add_pa("Sam")
    index = model.index(0, COL_RELATIVE)
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert option.pa_roles[0].relative_in_household
    assert cell(model, 0, COL_RELATIVE) == "Lives with me"
    model.set_option(option, read_only=True)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.add_pa("Another") == -1
