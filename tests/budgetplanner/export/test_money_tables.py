"""Employment Allowance once per employer, and one-offs counted, in the CSV and the PDF."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pdfplumber
from reportlab.platypus import Paragraph, Table

from budgetplanner.categories import OptionKind, Payer
from budgetplanner.export.csv_money import money_csv
from budgetplanner.export.pdf import (
    PlanWriter,
    PrintOptions,
    Variant,
    register_fonts,
    write_plan_pdf,
)
from budgetplanner.periods import Frequency, Period
from budgetplanner.plan_money import option_summary, plan_summary
from budgetplanner.storage.models import PARoleRow, PlanVersion
from budgetplanner.storage.store import PlanStore

D = Decimal


def three_pa_options(store: PlanStore) -> PlanVersion:
    """Three options, each one PA on 40 fixed hours at £20.00: £800.00 a week.

    NI each: (800 − 96) × 15% = 105.60 a week, 5,491.20 a year; 16,473.60 together,
    more than the £10,500 allowance.
    """
    person = store.add_person("Dai Morgan")
    version = store.current_version(person)
    for number, name in enumerate(("Alys", "Bryn", "Cerys"), start=1):
        option = store.add_option(version, f"PAs plan {number}", OptionKind.PERSONAL_ASSISTANTS)
        option.pa_roles.append(PARoleRow(name=name, hourly_wage=D("20.00"),
                                         hours_per_week=D(40), hours_pattern="fixed",
                                         position=0))
    store.add_cost_line(version.options[1], "Training", D("500.00"), Frequency.ONE_OFF)
    store.add_cost_line(version.options[2], "Employers' liability insurance", D("150.00"),
                        Frequency.PER_YEAR)
    store.session.flush()
    return version


def csv_rows(version: PlanVersion) -> list[list[str]]:
    return list(csv.reader(io.StringIO(money_csv(version).lstrip("\ufeff"))))


def test_csv_shares_one_allowance_and_its_lines_add_up_to_all_my_support(
        store: PlanStore) -> None:
    version = three_pa_options(store)
    rows = csv_rows(version)
    allowance = [row for row in rows if len(row) > 1 and row[1] == "Employment Allowance"]
    # Plan 1 uses 5,491.20; plan 2 the rest, 10,500 − 5,491.20 = 5,008.80; plan 3 none.
    assert [(row[0], row[8]) for row in allowance] == [("PAs plan 1", "-5491.20"),
                                                       ("PAs plan 2", "-5008.80")]
    lines = [row for row in rows if len(row) == 10 and row[0].startswith("PAs plan")]
    [total] = [row for row in rows if row[:2] == ["Total", "All my support"]]
    for column in (6, 7, 8, 9):
        assert sum(D(row[column]) for row in lines) == D(total[column])
    # Pay 3 × 41,600 + cover 3 × 4,480 + NI 16,473.60 − 10,500 + pension
    # 3 × 3% × (800 − 120) × 52 = 3 × 1,060.80 + insurance 150.
    assert D(total[8]) == (D("124800") + D("13440") + D("5973.60") + D("3182.40")
                           + D("150"))
    assert D(total[9]) == D("500.00")
    assert D(total[8]) == plan_summary(version).total[Period.YEAR].amount
    assert any(row[:1] == ["Note"] and "not for each option" in row[1] for row in rows)


def cells(table: Table) -> list[list[str]]:
    out = []
    for row in table._cellvalues:
        out.append([value.getPlainText() if isinstance(value, Paragraph) else str(value)
                    for value in row])
    return out


def money(text: str) -> Decimal:
    cleaned = text.replace("£", "").replace(",", "").replace(" once", "").replace("−", "-")
    return D(cleaned or "0")


def test_option_tables_share_the_allowance_and_count_one_offs(store: PlanStore) -> None:
    version = three_pa_options(store)
    register_fonts()
    writer = PlanWriter(version, PrintOptions(money_first=Period.WEEK), 500)
    yearly_totals = D(0)
    for option in version.options:
        [table] = writer.cost_table(option)
        rows = cells(table)[1:]
        body = [row for row in rows if not row[0].startswith("This option")]
        [total] = [row for row in rows if row[0] == "This option"]
        figures = [row for row in body if not row[5].endswith("once")]
        assert sum(money(row[4]) for row in figures) == money(total[4])
        assert sum(money(row[5]) for row in figures) == money(total[5])
        once = [row for row in body if row[5].endswith("once")]
        if once:
            [once_total] = [row for row in rows if row[0] == "This option, one-off costs"]
            assert sum(money(row[5]) for row in once) == money(once_total[5]) == D("500.00")
        yearly_totals += money(total[5])
        assert money(total[5]) == option_summary(version, option).total[Period.YEAR].amount
    assert yearly_totals == plan_summary(version).total[Period.YEAR].amount


def test_printed_plan_explains_the_allowance_once(store: PlanStore, tmp_path: Path) -> None:
    version = three_pa_options(store)
    for variant in Variant:
        result = write_plan_pdf(version, tmp_path / f"{variant.value}.pdf",
                                PrintOptions(variant=variant, printed_on=date(2026, 11, 25)))
        with pdfplumber.open(result.path) as pdf:
            words = " ".join(" ".join(page.extract_text() or "" for page in pdf.pages).split())
        assert words.count("not for each option") == 1
        # The one-off line and its own total row (the label may wrap in its cell).
        assert "one-off costs" in words
        assert words.count("£500.00 once") >= 2
        # Plan 1 uses 105.60 a week of the allowance; plan 2 the rest, 96.32 a week.
        assert "−£105.60" in words
        assert "−£96.32" in words
        assert plan_summary(version).total[Period.YEAR].format() in words


def test_one_pa_option_below_the_allowance_needs_no_explaining(store: PlanStore) -> None:
    person = store.add_person("Asha's employer")
    version = store.current_version(person)
    option = store.add_option(version, "My PA", OptionKind.PERSONAL_ASSISTANTS)
    option.pa_roles.append(PARoleRow(name="Asha", hourly_wage=D("13.00"), hours_per_week=D(14),
                                     hours_pattern="fixed", position=0))
    store.session.flush()
    rows = csv_rows(version)
    assert not any(row and row[0] == "Note" for row in rows)
    assert [row[8] for row in rows if len(row) > 1 and row[1] == "Employment Allowance"] == [
        "-670.80"]
    assert Payer.PERSONAL_BUDGET.label in {row[5] for row in rows if len(row) == 10}


def test_one_very_long_word_keeps_the_table_a_table(store: PlanStore) -> None:
    """A place name of 20 letters is broken in its cell; the table is not laid out again a
    block a line (which made a 300-line plan half as long again)."""
    version = store.current_version(store.add_person("Gwen"))
    option = store.add_option(version, "Days out")
    often = [Frequency.PER_WEEK, Frequency.PER_MONTH, Frequency.PER_YEAR, Frequency.ONE_OFF]
    for number in range(100):
        store.add_cost_line(option, f"Line {number}: a rather long description of what this "
                            "cost is for, Llanfairpwllgwyngyll", Decimal("12.34") + number,
                            often[number % 4])
    register_fonts()
    [table] = PlanWriter(version, PrintOptions(), 493).cost_table(option)
    assert not getattr(table, "layout_only", False)
    assert len(table._cellvalues[0]) == 6  # What, how much, how often, who pays, two periods


def test_two_lines_of_one_name_each_show_what_was_typed_for_them(store: PlanStore) -> None:
    """The CSV and the printed table once looked a line up by its name, so the second
    "Training" showed the first one's amount and how often."""
    version = store.current_version(store.add_person("Nia"))
    option = store.add_option(version, "Learning")
    store.add_cost_line(option, "Training", Decimal("10.00"), Frequency.PER_WEEK)
    store.add_cost_line(option, "Training", Decimal("300.00"), Frequency.PER_YEAR)
    rows = [row for row in csv_rows(version) if row[:2] == ["Learning", "Training"]]
    assert [(row[2], row[3]) for row in rows] == [("10.00", "a week"), ("300.00", "a year")]
    register_fonts()
    [table] = PlanWriter(version, PrintOptions(), 500).cost_table(option)
    printed = [row[:3] for row in cells(table)[1:] if row[0] == "Training"]
    assert printed == [["Training", "£10.00", "a week"], ["Training", "£300.00", "a year"]]
