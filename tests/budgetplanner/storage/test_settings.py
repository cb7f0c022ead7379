"""Settings are declared once; the store refuses a key no one declared."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from budgetplanner.storage.settings import (
    LANGUAGE_IGNORED,
    SETTINGS,
    TEXT_SIZE,
    spec_for_key,
)
from budgetplanner.storage.store import PlanStore

ROOT = Path(__file__).resolve().parents[3]


def test_every_setting_has_one_unique_key_and_a_label() -> None:
    keys = [spec.key for spec in SETTINGS]
    assert len(keys) == len(set(keys))
    assert all(spec.label for spec in SETTINGS)


def test_a_setting_kept_for_each_person_needs_the_person(store: PlanStore) -> None:
    with pytest.raises(ValueError, match="kept for each person"):
        store.setting(LANGUAGE_IGNORED)
    store.set_setting(LANGUAGE_IGNORED, "support", 7)
    assert store.setting(LANGUAGE_IGNORED, 7) == "support"
    assert store.setting(LANGUAGE_IGNORED, 8) == ""
    assert spec_for_key("language_ignored:7") is LANGUAGE_IGNORED
    with pytest.raises(KeyError):
        spec_for_key("made_up")


def test_a_setting_reads_back_its_default_until_changed(store: PlanStore) -> None:
    assert store.setting(TEXT_SIZE) == "100"
    store.set_setting(TEXT_SIZE, "200")
    store.save()
    assert store.setting(TEXT_SIZE) == "200"


def test_no_code_invents_a_setting_key_of_its_own() -> None:
    """Every call to setting()/set_setting() passes a declared SettingSpec, never a string."""
    offenders = []
    for folder in ("budgetplanner", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text("utf-8"))
            for node in ast.walk(tree):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr in ("setting", "set_setting") and node.args
                        and isinstance(node.args[0], ast.Constant | ast.JoinedStr)):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
