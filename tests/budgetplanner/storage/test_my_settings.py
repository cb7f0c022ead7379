"""My settings (text size, colours, folders, my server) are mine: on a shared server they
are kept on this computer, never in the settings everyone on the server shares."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pg_cluster import PgDatabase
from sqlalchemy import text

from budgetplanner.storage.settings import (
    BANK_COLUMNS,
    HIGH_CONTRAST,
    MY_SETTINGS_FILE,
    SETTINGS,
    TEXT_SIZE,
    MySettings,
)
from budgetplanner.storage.store import PlanStore


def test_the_settings_of_the_person_at_the_computer_are_marked_mine() -> None:
    mine = {spec.key for spec in SETTINGS if spec.mine}
    assert {"text_size", "high_contrast", "language", "last_folder", "server.host"} <= mine
    # What a plan chose (words to ignore, my bank's columns) stays with the plans.
    assert not {"language_ignored", "spending.csv_mapping"} & mine


def test_a_choice_made_on_this_computer_is_in_the_plans_file_and_kept_for_me(
        store: PlanStore, private_data_folder: Path) -> None:
    store.set_setting(TEXT_SIZE, "200")
    store.save()
    assert store.setting(TEXT_SIZE) == "200"
    kept = json.loads((private_data_folder / MY_SETTINGS_FILE).read_text("utf-8"))
    assert kept == {"text_size": "200"}
    assert (private_data_folder / MY_SETTINGS_FILE).stat().st_mode & 0o777 == 0o600


def test_a_damaged_file_of_my_settings_counts_as_empty(tmp_path: Path) -> None:
    path = tmp_path / MY_SETTINGS_FILE
    for damaged in (b"\xff\xfe not json", b"[1, 2]", b'{"text_size": 200}'):
        path.write_bytes(damaged)
        assert MySettings(path).get("text_size") is None
    mine = MySettings(path)
    mine.set("text_size", "150")
    assert MySettings(path).get("text_size") == "150"
    with pytest.raises(KeyError):
        mine.set("made_up", "1")


def test_on_a_shared_server_my_text_size_is_mine_alone(
        pg_database: PgDatabase, private_data_folder: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    pg_database.migrate()
    a = pg_database.sign_in("advocate_a", "planner_advocate")
    a.set_setting(TEXT_SIZE, "200")
    a.set_setting(HIGH_CONTRAST, "yes")
    a.set_setting(BANK_COLUMNS, "date=0")  # the plans' own: on the server
    a.save()
    monkeypatch.setenv("BUDGETPLANNER_DATA", str(tmp_path / "another computer"))
    b = pg_database.sign_in("advocate_b", "planner_advocate")
    try:
        assert a.setting(TEXT_SIZE) == "200" and a.setting(HIGH_CONTRAST) == "yes"
        # Another advocate, at another computer, still has the usual size and colours.
        assert b.setting(TEXT_SIZE) == "100" and b.setting(HIGH_CONTRAST) == "no"
        with a.engine.connect() as connection:
            keys = set(connection.execute(text("SELECT key FROM settings")).scalars())
        assert keys == {"spending.csv_mapping"}
        kept = json.loads((private_data_folder / MY_SETTINGS_FILE).read_text("utf-8"))
        assert kept == {"high_contrast": "yes", "text_size": "200"}
    finally:
        a.close()
        b.close()
