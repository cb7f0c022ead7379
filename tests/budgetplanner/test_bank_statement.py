"""Bank statements in every shape banks write them; bad ones refused with the line, never thrown."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks.fuzz_importers import Tally, fuzz_statements, mutate_statement
from budgetplanner.bank_statement import (
    MAX_STATEMENT_BYTES,
    CsvImportError,
    CsvMapping,
    decode_statement,
    guess_mapping,
    read_bank_csv,
    read_statement_file,
)
from budgetplanner.spending import (
    entries_for,
    import_payments,
    load_csv_mapping,
    report_for,
    set_plan_year_start,
)
from budgetplanner.storage.models import Setting
from budgetplanner.storage.store import PlanStore

STATEMENTS = Path(__file__).parent / "data" / "statements"
GOOD = sorted(p for p in STATEMENTS.glob("*.csv") if not p.name.startswith("refused_"))
REFUSED = {
    "refused_amount_200_digits.csv": 'Line 3: "-' + '9' * 26 + '…" is too large to be an amount',
    "refused_amount_too_large.csv": 'Line 3: "-100000000.00" is too large to be an amount',
    "refused_date_9999.csv": 'Line 3: "01/05/9999" is not a date between 1900 and 2200',
    "refused_date_1899.csv": 'Line 3: "01/05/1899" is not a date between 1900 and 2200',
    "refused_nul_byte.csv": "Line 3: This line holds a character that is not text",
    "refused_broken_utf16.csv": "This file says it is UTF-16 text but is not",
    "refused_three_decimals.csv": 'Line 3: "-186.531" is not an amount of money',
    "refused_exponent.csv": 'Line 3: "-1e5" is not an amount of money',
}
MAPPING = CsvMapping("Date", "Amount", "Description")


def test_the_corpus_is_complete() -> None:
    assert len(GOOD) == 7
    assert {p.name for p in STATEMENTS.glob("refused_*.csv")} == set(REFUSED)


@pytest.mark.parametrize("path", GOOD, ids=lambda path: path.stem)
def test_every_encoding_line_ending_and_delimiter_gives_the_same_payments(path: Path) -> None:
    text = read_statement_file(path)
    assert guess_mapping(["Date", "Description", "Amount", "Balance"]) == MAPPING
    payments = read_bank_csv(text, MAPPING)
    assert [(p.line, p.day, p.amount, p.description) for p in payments] == [
        (3, date(2026, 5, 8), Decimal("186.53"), "PAYROLL PRIYA"),
        (4, date(2026, 5, 15), Decimal("12.40"), "CAFÉ; TAXI, £"),
    ]


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_bad_statement_is_refused_with_its_line(name: str) -> None:
    with pytest.raises(CsvImportError) as refused:
        read_bank_csv(read_statement_file(STATEMENTS / name), MAPPING)
    assert REFUSED[name] in str(refused.value)
    assert "\n" not in str(refused.value)


def test_a_field_over_the_csv_modules_limit_is_read_and_shortened() -> None:
    text = "Date,Description,Amount\n01/05/2026," + "x" * 300_000 + ",-5.00\n"
    [payment] = read_bank_csv(text, MAPPING)
    assert payment.amount == Decimal("5.00") and len(payment.description) == 500


def test_a_file_that_is_too_big_missing_or_a_folder_is_refused_in_words(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * (MAX_STATEMENT_BYTES + 1))
    with pytest.raises(CsvImportError, match="too big to be a bank statement"):
        read_statement_file(big)
    with pytest.raises(CsvImportError, match="could not be read"):
        read_statement_file(tmp_path / "missing.csv")
    with pytest.raises(CsvImportError, match="could not be read"):
        read_statement_file(tmp_path)


def test_utf16_without_a_byte_order_mark_and_windows_1252_are_recognised() -> None:
    text = "Date,Amount\n01/05/2026,-5.00\n"
    assert decode_statement(text.encode("utf-16-be")) == text
    assert decode_statement("Café £5\n".encode("cp1252")) == "Café £5\n"


def test_a_damaged_remembered_mapping_is_forgotten_not_thrown(store: PlanStore) -> None:
    for damaged in ("[", "[]", '{"date_column": ["x"], "amount_column": "A"}',
                    '{"date_column": "D", "amount_column": "A", "date_order": "moon"}',
                    "[" * 100_000, '{"date_column": "D", "amount_column": "A", '
                    '"money_out_negative": "yes"}'):
        with pytest.raises(CsvImportError, match="choose them again"):
            CsvMapping.from_json(damaged)
        store.session.merge(Setting(key="spending.csv_mapping", value=damaged))
        assert load_csv_mapping(store.session) is None
    assert CsvMapping.from_json(MAPPING.to_json()) == MAPPING


def test_mutated_statements_are_read_or_refused_never_thrown() -> None:
    tally = Tally()
    fuzz_statements(range(1500), tally)
    assert tally.failures == []
    assert tally.outcomes["refused"] > 100 and tally.outcomes["read"] > 100


def test_what_is_read_from_mutated_statements_keeps_what_i_spent_working(
    store: PlanStore,
) -> None:
    version = store.current_version(store.add_person("Asha"))
    set_plan_year_start(store.session, version, date(2026, 4, 1))
    imported = 0
    for seed in range(300):
        statement = mutate_statement(random.Random(seed))
        try:
            text = decode_statement(statement.data)
            payments = read_bank_csv(text, guess_mapping(["Date", "Description", "Amount"]))
        except CsvImportError:
            continue
        imported += import_payments(store.session, version, payments).added
    store.save()
    assert imported > 50
    report = report_for(store.session, version)
    assert report.months and all(e.amount < Decimal(100_000_000)
                                 for e in entries_for(store.session, version))


def test_a_nul_in_a_file_with_cr_lines_is_refused_on_its_own_line() -> None:
    with pytest.raises(CsvImportError, match=r"^Line 3: This line holds a character"):
        read_bank_csv("Date,Amount\r01/05/2026,-1.00\r02/05/2026,-2\x00.00\r", MAPPING)
