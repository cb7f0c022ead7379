"""The review statement, the council checklist, and both read back from PDF and CSV."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from budgetplanner.council_checklist import Answered, council_checklist, summary_words
from budgetplanner.demo import load_demo
from budgetplanner.export.pdf import LOOKS, Variant, furniture_room
from budgetplanner.export.review_pdf import write_review_pdf
from budgetplanner.export.spending_csv import safe, write_entries_csv, write_statement_csv
from budgetplanner.review_statement import ReviewStatement, build_statement
from budgetplanner.spending import add_spending, entries_for
from budgetplanner.storage.store import PlanStore

PRINTED = date(2026, 11, 25)


@pytest.fixture
def sam(store: PlanStore) -> ReviewStatement:
    people = load_demo(store)
    return build_statement(store.session, store.current_version(people[2]), PRINTED)


def test_the_statement_holds_planned_and_spent_by_option_and_payer(sam: ReviewStatement) -> None:
    assert sam.person_name == "Sam Okafor"
    assert (sam.plan_year_start, sam.plan_year_end) == (date(2026, 4, 1), date(2027, 3, 31))
    pa = next(row for row in sam.by_option if row.label == "My own PA")
    # Sam's worked figures: £12,838.04 a year from the personal budget.
    assert str(pa.planned_yearly) == "12838.04"
    assert pa.how_it_is_going == "Well under the plan"
    assert any("taken back at the review" in change for change in sam.changes)
    assert "Timesheets for Tom, signed by Tom and by me." in sam.evidence
    assert any("workplace pension" in item for item in sam.evidence)


def test_the_checklist_says_where_each_part_is_answered(store: PlanStore) -> None:
    sita = load_demo(store)[0]
    items = council_checklist(store.current_version(sita), PRINTED)
    assert all(item.status is Answered.YES for item in items)
    budget = next(item for item in items if item.key == "direct_payment")
    assert budget.sentence() == (
        "My plan says how my support will be paid, how much and how often: yes, "
        "on the Money page.")
    assert "PAs from my network" in budget.detail
    assert summary_words(items) == "My plan answers all 10 things the council will look for."


def test_an_empty_plan_says_what_to_add_and_where(store: PlanStore) -> None:
    items = council_checklist(store.current_version(store.add_person("Asha")), PRINTED)
    assert all(item.status is Answered.NOT_YET for item in items)
    assert all(item.to_do for item in items)
    assert items[0].sentence() == "My plan says what I need support with: not yet."
    assert "0 of the 10" in summary_words(items)


def test_a_past_review_date_is_only_partly_answered(store: PlanStore) -> None:
    sita = load_demo(store)[0]
    review = council_checklist(store.current_version(sita), date(2027, 6, 1))[-1]
    assert review.status is Answered.PARTLY
    assert "has passed" in review.detail


def test_the_pdf_has_every_part_page_numbers_and_embedded_fonts(
    sam: ReviewStatement, tmp_path: Path
) -> None:
    out = tmp_path / "review.pdf"
    result = write_review_pdf(sam, out)
    with pdfplumber.open(out) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    words = " ".join(" ".join(pages).split())
    for heading in ("Ready for my review", "By option", "By who pays", "How it is going",
                    "Month by month", "What changed", "What the council will look for",
                    "Evidence I keep", "Notes from my review meeting"):
        assert heading in words
    assert "£12,838.04" in words
    assert f"Page 1 of {result.pages}" in pages[0]
    assert f"Page {result.pages} of {result.pages}" in pages[-1]
    reader = PdfReader(out)
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, f"{font['/BaseFont']} is not embedded"
            assert "/FontFile2" in descriptor.get_object()


def test_the_csv_has_the_figures_and_the_evidence(sam: ReviewStatement, tmp_path: Path) -> None:
    out = write_statement_csv(sam, tmp_path / "review.csv")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["Part", "What", "Planned for the year"]
    assert rows[1][:3] == ["By option", "My own PA", "12838.04"]
    assert any(row[:1] == ["April 2026"] for row in rows)
    assert ["", "Timesheets for Tom, signed by Tom and by me."] in rows


def test_entries_csv_keeps_bank_text_from_becoming_a_formula(
    store: PlanStore, tmp_path: Path
) -> None:
    version = store.current_version(store.add_person("Asha"))
    add_spending(store.session, version, date(2026, 5, 1), Decimal(5),
                 note="=HYPERLINK(\"x\")", source="bank")
    out = write_entries_csv(entries_for(store.session, version), version.options,
                            tmp_path / "spent.csv")
    text = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text
    assert safe("-12") == "'-12" and safe("Payroll") == "Payroll"


@pytest.mark.parametrize("who", [0, 1, 2])
@pytest.mark.parametrize("variant, body_floor, furniture_floor", [
    (Variant.STANDARD, 12, 10), (Variant.LARGE_PRINT, 16, 16)])
def test_the_statement_is_clear_print_or_large_print(
    store: PlanStore, tmp_path: Path, who: int, variant: Variant, body_floor: float,
    furniture_floor: float
) -> None:
    version = store.current_version(load_demo(store)[who])
    out = tmp_path / "review.pdf"
    write_review_pdf(build_statement(store.session, version, PRINTED), out, variant)
    with pdfplumber.open(out) as pdf:
        for page in pdf.pages:
            footer_top = float(page.height) - furniture_room(LOOKS[variant].furniture)
            for char in page.chars:
                floor = furniture_floor if char["bottom"] > footer_top else body_floor
                assert round(char["size"], 2) >= floor, char["text"]


def test_the_printed_checklist_points_to_the_printed_plan_and_has_bookmarks(
    sam: ReviewStatement, tmp_path: Path
) -> None:
    out = tmp_path / "review.pdf"
    write_review_pdf(sam, out)
    with pdfplumber.open(out) as pdf:
        words = " ".join(" ".join(page.extract_text() or "" for page in pdf.pages).split())
    assert "In my printed plan, under “My chosen support”" in words
    assert "On the Scenarios page" not in words
    titles = [item.title for item in PdfReader(out).outline if not isinstance(item, list)]
    assert titles[:3] == ["By option", "By who pays", "How it is going"]
    assert "What the council will look for" in titles
