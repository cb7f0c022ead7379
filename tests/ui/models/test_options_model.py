"""The options list: title and kind, added and removed through the store."""

from model_cells import cell
from PySide6.QtCore import Qt

from budgetplanner.categories import OptionKind
from budgetplanner.storage.models import PlanVersion
from budgetplanner.storage.store import PlanStore
from ui.models.options_model import OptionsListModel


def test_options_are_added_in_order_and_shown_with_their_kind(
        store: PlanStore, version: PlanVersion, qapp: object) -> None:
    model = OptionsListModel(store)
    assert model.add_option("Choir", OptionKind.COMMUNITY) == -1  # no plan chosen yet
    model.set_version(version)
    model.add_option("Choir", OptionKind.COMMUNITY)
    model.add_option("", OptionKind.PERSONAL_ASSISTANTS)
    model.add_option("Tablet", OptionKind.EQUIPMENT)
    assert model.rowCount() == 3
    assert cell(model, 0) == "Choir\nA community activity or group"
    assert cell(model, 1) == "(no name yet)\nPersonal assistants I employ"
    assert cell(model, 1, role=Qt.ItemDataRole.AccessibleTextRole) == cell(model, 1)
    store.save()
    assert [(o.title, o.position) for o in version.options] == [
        ("Choir", 0), ("", 1), ("Tablet", 2)]
    assert cell(model, 5) is None
