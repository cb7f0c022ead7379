"""Every test gets a private data folder and, where it asks, a real plan store on disk."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from budgetplanner.storage.store import PlanStore


@pytest.fixture(autouse=True)
def private_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("BUDGETPLANNER_DATA", str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "plans.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[PlanStore]:
    plan_store = PlanStore.open(db_path)
    yield plan_store
    plan_store.close()
