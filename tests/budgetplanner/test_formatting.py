"""Money is written one way, British English; dates in the language of the sentences."""

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from budgetplanner import translation
from budgetplanner.formatting import date_and_time, long_date, money_text, month_year, short_date
from budgetplanner.money import Money


@pytest.mark.parametrize(("amount", "pence", "text"), [
    ("1234.5", True, "£1,234.50"),
    ("0.005", True, "£0.01"),
    ("-3", True, "−£3.00"),
    ("1234567.891", True, "£1,234,567.89"),
    ("1234.5", False, "£1,235"),
    ("0", True, "£0.00"),
])
def test_money_is_written_in_pounds_with_commas(amount: str, pence: bool, text: str) -> None:
    assert money_text(Decimal(amount), pence=pence) == text


def test_money_objects_use_the_same_formatter() -> None:
    assert Money.of("22750").format() == "£22,750.00"
    assert Money.of("-0.01").format() == "−£0.01"


def test_dates_are_written_day_month_year() -> None:
    day = date(2026, 12, 3)
    assert long_date(day) == "3 December 2026"
    assert short_date(day) == "3 Dec 2026"
    assert month_year(day) == "December 2026"
    assert date_and_time(datetime(2026, 12, 3, 14, 5)) == "3 December 2026, 14:05"


def welsh(folder: Path) -> None:
    """A Welsh catalogue of one sentence, installed: the formatter follows the language."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    catalogue = Catalog(locale="cy", fuzzy=False)
    catalogue.add("Not written yet.", "Heb ei ysgrifennu eto.")
    with (folder / "domain_cy.mo").open("wb") as out:
        write_mo(out, catalogue)
    assert translation.install("cy", folder) == "cy"


def test_dates_follow_the_language_of_the_sentences(tmp_path: Path) -> None:
    welsh(tmp_path)
    day = date(2026, 12, 3)
    assert long_date(day) == "3 Rhagfyr 2026"
    assert short_date(day) == "3 Rhag 2026"
    assert month_year(day) == "Rhagfyr 2026"
    assert date_and_time(datetime(2026, 7, 3, 14, 5)) == "3 Gorffennaf 2026, 14:05"
    # Money stays pounds, written the British way, in every language.
    assert money_text(Decimal("1234.5")) == "£1,234.50"
    translation.uninstall()
    assert long_date(day) == "3 December 2026"


def test_the_printed_plan_has_its_dates_in_the_chosen_language(tmp_path: Path) -> None:
    from budgetplanner.export.glance import glance_items
    from budgetplanner.storage.plan_data import council_checklist
    from budgetplanner.storage.store import PlanStore

    store = PlanStore.open(tmp_path / "plans.sqlite3")
    try:
        version = store.current_version(store.add_person("Sita Patel"))
        store.set_value(version, "next_review", date(2027, 3, 1))
        welsh(tmp_path)
        assert any("1 Mawrth 2027" in item.words for item in glance_items(version))
        review = next(item for item in council_checklist(version, date(2026, 12, 3))
                      if item.key == "review")
        assert "1 Mawrth 2027" in review.detail
    finally:
        store.close()


@pytest.mark.parametrize("language", ["pseudo", "en_GB", "xx"])
def test_english_the_pseudo_language_and_unknown_codes_write_british_dates(
        tmp_path: Path, language: str) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    with (tmp_path / f"domain_{language}.mo").open("wb") as out:
        write_mo(out, Catalog(locale="en_GB", fuzzy=False))
    assert translation.install(language, tmp_path) == language
    assert long_date(date(2026, 12, 3)) == "3 December 2026"
