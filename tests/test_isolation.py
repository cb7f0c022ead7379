"""Each test runs in a home of its own: nothing it does can reach the real home folder."""

from pathlib import Path

import platformdirs
import pytest

from budgetplanner.storage.connection import default_database_path


def test_home_and_data_folders_are_the_tests_own(private_home: Path, tmp_path: Path) -> None:
    assert Path.home() == private_home
    assert private_home.is_relative_to(tmp_path.parents[1])  # pytest's folder for this run
    for folder in (platformdirs.user_data_dir("budgetplanner"),
                   platformdirs.user_config_dir("budgetplanner"),
                   platformdirs.user_cache_dir("budgetplanner"),
                   platformdirs.user_documents_dir()):
        assert Path(folder).is_relative_to(private_home), folder
    assert default_database_path().is_relative_to(tmp_path)


def test_without_the_data_variable_the_plans_still_stay_in_the_private_home(
        private_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BUDGETPLANNER_DATA")
    assert default_database_path().is_relative_to(private_home)
