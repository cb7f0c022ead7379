"""The shipped rate tables, their file format, next year's copy and the checks on edits."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date
from decimal import Decimal
from importlib import resources

import pytest

from budgetplanner.periods import Period
from budgetplanner.plan_money import plan_summary
from budgetplanner.rates import (
    FIGURE_KEYS,
    RateFigure,
    RateTable,
    RateTableError,
    load_shipped_tables,
    next_year_name,
    shipped_table,
    table_for_date,
    validate,
)
from budgetplanner.storage.models import RateTableRow
from budgetplanner.storage.rate_tables import known_tables
from budgetplanner.storage.store import PlanStore


def test_shipped_tables_load_oldest_first() -> None:
    assert [table.name for table in load_shipped_tables()] == ["2025/26", "2026/27"]


def test_every_shipped_figure_names_its_source() -> None:
    for table in load_shipped_tables():
        for key, figure in table.figures():
            assert figure.source.strip(), f"{table.name} {key} has no source"


def test_2026_27_figures_match_the_reference_sheet() -> None:
    table = shipped_table("2026/27")
    assert table.valid_from == date(2026, 4, 6)
    assert table.valid_to == date(2027, 4, 5)
    assert table.national_living_wage.value == Decimal("12.71")
    assert table.national_living_wage.source_date == date(2026, 4, 1)
    assert "National Living Wage" in table.national_living_wage.source
    assert table.nmw_18_20.value == Decimal("10.85")
    assert table.nmw_under_18.value == Decimal("8.00")
    assert table.employer_ni_rate.value == Decimal("0.15")
    assert table.employer_ni_rate.source_date == date(2026, 4, 6)
    assert [table.ni_threshold(p) for p in Period] == [96, 384, 417, 5000]
    assert table.employment_allowance.value == 10500
    assert table.holiday_weeks.value == Decimal("5.6")
    assert table.holiday_accrual_rate.value == Decimal("0.1207")
    assert [table.pension_trigger(p) for p in Period] == [192, 768, 833, 10000]
    assert [table.qualifying_lower(p) for p in Period] == [120, 480, 520, 6240]
    assert [table.qualifying_upper(p) for p in Period] == [967, 3867, 4189, 50270]
    assert table.employer_pension_rate.value == Decimal("0.03")
    assert table.auto_enrolment_min_age.value == 22


def test_2025_26_figures_match_the_reference_sheet() -> None:
    table = shipped_table("2025/26")
    assert table.national_living_wage.value == Decimal("12.21")
    assert table.national_living_wage.source_date == date(2025, 4, 1)
    assert table.employer_ni_rate.value == Decimal("0.15")
    assert table.ni_threshold(Period.WEEK) == 96
    assert table.ni_threshold(Period.MONTH) == 417
    assert table.ni_threshold(Period.YEAR) == 5000
    assert table.employment_allowance.value == 10500
    assert table.pension_trigger(Period.YEAR) == 10000
    assert table.qualifying_lower(Period.YEAR) == 6240
    assert table.qualifying_upper(Period.YEAR) == 50270


def test_figures_not_on_the_reference_sheet_say_so() -> None:
    # The sheet gives no 2025/26 wages for under 21s: the table must not pass them off as checked.
    table = shipped_table("2025/26")
    assert "not yet checked" in table.nmw_18_20.source
    assert "not yet checked" in table.nmw_under_18.source


def test_shipped_tables_pass_their_own_checks() -> None:
    for table in load_shipped_tables():
        assert validate(table) == []


def test_json_round_trip_is_byte_stable() -> None:
    folder = resources.files("budgetplanner").joinpath("data")
    for file in ("rates_2025_26.json", "rates_2026_27.json"):
        text = folder.joinpath(file).read_text(encoding="utf-8")
        table = RateTable.from_json(text)
        assert table.to_json() == text
        assert RateTable.from_json(table.to_json()) == table


def test_json_writes_decimals_as_strings_in_a_fixed_order() -> None:
    data = json.loads(shipped_table("2026/27").to_json())
    assert list(data) == ["format", "version", "name", "valid_from", "valid_to", "figures"]
    assert list(data["figures"]) == list(FIGURE_KEYS)
    assert data["figures"]["holiday_accrual_rate"]["value"] == "0.1207"


def test_a_figure_typed_as_a_bare_number_stays_exact() -> None:
    data = json.loads(shipped_table("2026/27").to_json())
    text = json.dumps(data).replace('"0.1207"', "0.1207")
    table = RateTable.from_json(text)
    assert table.holiday_accrual_rate.value == Decimal("0.1207")
    assert isinstance(table.holiday_accrual_rate.value, Decimal)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "damaged"),
        ("[]", "not a rate table"),
        ('{"format": "something else"}', "not a Budget Planner rate table"),
        ('{"format": "budgetplanner-rate-table", "version": 99}', "newer"),
    ],
)
def test_unreadable_tables_give_a_plain_message(text: str, message: str) -> None:
    with pytest.raises(RateTableError, match=message):
        RateTable.from_json(text)


def test_a_missing_figure_is_named() -> None:
    data = json.loads(shipped_table("2026/27").to_json())
    del data["figures"]["employment_allowance"]
    with pytest.raises(RateTableError, match="Employment Allowance"):
        RateTable.from_json(json.dumps(data))


def test_copy_for_next_year_moves_the_dates_and_marks_sources_unchecked() -> None:
    table = shipped_table("2026/27")
    copy = table.copy_for_next_year()
    assert copy.name == "2027/28"
    assert copy.valid_from == date(2027, 4, 6)
    assert copy.valid_to == date(2028, 4, 5)
    for (key, old), (_, new) in zip(table.figures(), copy.figures(), strict=True):
        assert new.value == old.value, key
        assert new.source.startswith("Copied from the 2026/27 table, not yet checked."), key
        assert old.source in new.source
    assert validate(copy) == []


def test_next_year_name() -> None:
    assert next_year_name("2026/27") == "2027/28"
    assert next_year_name("2099/00") == "2100/01"
    assert next_year_name("My table") == "My table (next year)"


def test_table_for_date_picks_the_tax_year() -> None:
    tables = load_shipped_tables()
    assert table_for_date(tables, date(2026, 4, 5)) == shipped_table("2025/26")
    assert table_for_date(tables, date(2026, 4, 6)) == shipped_table("2026/27")
    assert table_for_date(tables, date(2030, 1, 1)) is None


def _edit(table: RateTable, key: str, value: str) -> RateTable:
    return table.with_figure(key, replace(getattr(table, key), value=Decimal(value)))


def test_validation_refuses_a_negative_figure() -> None:
    table = _edit(shipped_table("2026/27"), "employment_allowance", "-1")
    assert "The Employment Allowance cannot be below zero." in validate(table)


def test_validation_explains_a_rate_typed_as_a_percentage() -> None:
    table = _edit(shipped_table("2026/27"), "employer_ni_rate", "15")
    assert validate(table) == [
        "The employer National Insurance rate is more than 100%. Rates are kept as "
        "fractions: type 0.15 for 15%."
    ]


def test_validation_finds_a_lower_limit_above_the_upper() -> None:
    table = _edit(shipped_table("2026/27"), "qualifying_lower_week", "1000")
    problems = validate(table)
    assert (
        "The pension lower limit (£1,000 a week) is above the upper limit (£967 a week)."
        in problems
    )
    assert (
        "The pension earnings trigger (£192 a week) is below the lower limit (£1,000 a week)."
        in problems
    )


def test_validation_catches_a_typing_slip_in_a_per_period_figure() -> None:
    table = _edit(shipped_table("2026/27"), "ni_secondary_threshold_week", "960")
    assert validate(table) == [
        "The National Insurance threshold a week (£960) does not fit the yearly figure "
        "(£5,000). Check for a typing slip."
    ]


def test_validation_checks_dates_name_wages_holiday_and_sources() -> None:
    table = shipped_table("2026/27")
    table = replace(table, name=" ", valid_to=date(2026, 1, 1))
    table = _edit(table, "nmw_18_20", "13.00")
    table = _edit(table, "holiday_weeks", "6")
    table = table.with_figure("auto_enrolment_min_age", RateFigure(Decimal("22")))
    assert validate(table) == [
        "Give the table a name, for example 2027/28.",
        "The table ends before it starts. Check the two dates.",
        "Say where the age automatic pension enrolment starts comes from, "
        "so a reader can check it.",
        "The wage for an older age group is lower than for a younger one. "
        "Check the National Living Wage and the minimum wages.",
        "The holiday pay rate does not match 6 weeks of holiday: it should be about 13.04% "
        "(the weeks of holiday ÷ the weeks worked).",
    ]


def test_with_figure_refuses_an_unknown_key() -> None:
    with pytest.raises(KeyError):
        shipped_table("2026/27").with_figure("no_such_figure", RateFigure(Decimal(1)))


def _damaged(change: str) -> str:
    data = json.loads(shipped_table("2026/27").to_json())
    figure = data["figures"]["national_living_wage"]
    if change == "huge integer":
        return json.dumps(data).replace('"12.71"', "9" * 5000)
    if change == "too deep":
        return '{"format": "budgetplanner-rate-table", "figures": ' + "[" * 50_000 + "}"
    if change == "exponent":
        figure["value"] = "1e999999"
    elif change == "tiny":
        figure["value"] = "1e-999999"
    elif change == "surrogate":
        figure["source"] = "GOV.UK \ud800"
    elif change == "source not text":
        figure["source"] = {"text": "GOV.UK"}
    elif change == "year 9999":
        data["valid_to"] = "9999-04-05"
    elif change == "time zone":
        figure["source_date"] = "2026-04-01T00:00:00+01:00"
    elif change == "long name":
        data["name"] = "x" * 41
    return json.dumps(data)


@pytest.mark.parametrize("change", ["huge integer", "too deep", "exponent", "tiny", "surrogate",
                                    "source not text", "year 9999", "time zone", "long name"])
def test_a_damaged_table_is_refused_in_words_never_thrown(change: str) -> None:
    with pytest.raises(RateTableError) as refused:
        RateTable.from_json(_damaged(change))
    assert str(refused.value).strip() and "\n" not in str(refused.value)


def test_mutated_tables_are_read_or_refused_never_thrown() -> None:
    from benchmarks.fuzz_importers import HUGE, _mutate_data

    text = shipped_table("2026/27").to_json()
    outcomes = {"read": 0, "refused": 0}
    for seed in range(600):
        rng = random.Random(seed)
        data = json.loads(text)
        for _ in range(rng.randint(1, 3)):
            _mutate_data(data, rng)
        mutated = json.dumps(data).replace(f'"{HUGE}"', "9" * 5000)
        try:
            table = RateTable.from_json(mutated)
        except RateTableError:
            outcomes["refused"] += 1
            continue
        validate(table)  # the checks on a table that was read never throw either
        outcomes["read"] += 1
    assert outcomes["refused"] > 100 and outcomes["read"] > 50


def test_a_damaged_table_in_the_plans_file_is_not_offered(store: PlanStore) -> None:
    store.session.add(RateTableRow(name="2027/28", body=_damaged("huge integer")))
    version = store.current_version(store.add_person("Asha", rate_table_name="2027/28"))
    store.save()
    assert "2027/28" not in [known.table.name for known in known_tables(store.session)]
    assert plan_summary(version) is not None  # the plan falls back to a shipped table
