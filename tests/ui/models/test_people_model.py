"""The people list: names with their review, searched, and fetched a page at a time."""

from datetime import date

from model_cells import cell
from PySide6.QtCore import Qt

from budgetplanner.storage.store import PlanStore
from ui.models import people_model
from ui.models.people_model import PeopleListModel, PersonIdRole

TODAY = date(2026, 6, 1)


def test_names_and_review_words(store: PlanStore, qapp: object) -> None:
    sam = store.add_person("Sam Okafor")
    sam.next_review = date(2026, 6, 20)
    rosa = store.add_person("Rosa Ortiz")
    rosa.next_review = date(2026, 5, 1)
    store.add_person("Ann Lee")
    store.save()
    model = PeopleListModel(store, today=TODAY)
    texts = {cell(model, row).split("\n")[0]: cell(model, row) for row in range(3)}
    assert texts["Ann Lee"] == "Ann Lee\nNo review date yet"
    assert texts["Sam Okafor"] == "Sam Okafor\nReview soon: 20 Jun 2026"
    assert texts["Rosa Ortiz"] == "Rosa Ortiz\nReview was due 1 May 2026"
    row = model.row_of(sam.id)
    assert cell(model, row, role=PersonIdRole) == sam.id
    assert cell(model, row, role=Qt.ItemDataRole.FontRole).bold()
    model.refresh("ros")
    assert model.rowCount() == 1 and model.person_id(0) == rosa.id


def test_a_long_list_is_fetched_a_page_at_a_time(store: PlanStore, qapp: object) -> None:
    for number in range(people_model.PAGE_SIZE + 5):
        store.add_person(f"Person {number:03d}")
    store.save()
    model = PeopleListModel(store, today=TODAY)
    assert model.rowCount() == people_model.PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == people_model.PAGE_SIZE + 5
    assert not model.canFetchMore()
