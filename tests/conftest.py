"""Every test gets a private home, data folder and XDG folders, and where it asks, a plan store."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from budgetplanner import translation
from budgetplanner.storage.store import PlanStore

# No per-example deadline: on a busy machine a slow example is not a wrong one, and
# pytest-timeout already bounds every test.
settings.register_profile("suite", deadline=None)
settings.load_profile("suite")

# Where platformdirs, Qt and the file dialogs look for the person's own folders.
XDG_FOLDERS = {
    "XDG_CONFIG_HOME": ".config",
    "XDG_DATA_HOME": ".local/share",
    "XDG_CACHE_HOME": ".cache",
    "XDG_STATE_HOME": ".local/state",
    "XDG_DOCUMENTS_DIR": "Documents",
}


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory,
                 monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own, so nothing reads or writes the real one.

    It lies outside tmp_path, so a test that lists its own folder finds only its files.
    """
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name, below in XDG_FOLDERS.items():
        folder = home / below
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    runtime = tmp_path_factory.mktemp("runtime")
    runtime.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    return home


@pytest.fixture(autouse=True)
def private_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("BUDGETPLANNER_DATA", str(folder))
    return folder


@pytest.fixture(autouse=True)
def words_as_written() -> Iterator[None]:
    """Every test starts, and leaves, with the domain's sentences in English as written."""
    translation.uninstall()
    yield
    translation.uninstall()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "plans.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[PlanStore]:
    plan_store = PlanStore.open(db_path)
    yield plan_store
    plan_store.close()
