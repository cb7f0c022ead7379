"""Each Qt model tested alone: a real plan on a temporary SQLite file, no window."""

from __future__ import annotations

import pytest

from budgetplanner.storage.models import Person, PlanVersion
from budgetplanner.storage.store import PlanStore


@pytest.fixture
def person(store: PlanStore) -> Person:
    return store.add_person("Rosa Ortiz", rate_table_name="2026/27")


@pytest.fixture
def version(store: PlanStore, person: Person) -> PlanVersion:
    return store.current_version(person)
