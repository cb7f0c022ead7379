"""The review statement, the council checklist, and both read back from PDF and CSV."""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from budgetplanner.categories import OptionKind, Payer
from budgetplanner.council_checklist import Answered, summary_words
from budgetplanner.demo import load_demo
from budgetplanner.export.pdf import LOOKS, Variant, furniture_room, register_fonts
from budgetplanner.export.review_pdf import StatementWriter, write_review_pdf
from budgetplanner.export.spending_csv import (
    safe,
    statement_rows,
    write_entries_csv,
    write_statement_csv,
)
from budgetplanner.periods import Period
from budgetplanner.review_statement import (
    EarlierVersion,
    GoalNotes,
    PaidOption,
    ReviewStatement,
    StatementFacts,
    build_statement,
    statement_of,
)
from budgetplanner.spending import (
    SPENDING_PAYERS,
    OptionPlan,
    PlannedCost,
    Schedule,
    SpendingPlan,
    Spent,
    add_spending,
    entries_for,
    report_of,
)
from budgetplanner.storage.plan_data import council_checklist
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


# -- the statement from plain data: no database, no files -----------------------------------

MONEY_COLUMNS = ("planned_yearly", "planned_so_far", "spent_so_far", "left_yearly",
                 "forecast")
PLAN_START = date(2026, 4, 1)


def pounds(text: str) -> Decimal:
    """A printed figure read back: "£1,234.50", "−£3.00", "1234.50"."""
    return Decimal(text.replace("−", "-").replace("£", "").replace(",", ""))


@st.composite
def random_plans(draw: st.DrawFn) -> tuple[SpendingPlan, list[Spent]]:
    start = date(draw(st.integers(2025, 2027)), draw(st.integers(1, 12)), 1)
    keys = [f"option {n}" for n in range(draw(st.integers(1, 4)))]
    options = tuple(OptionPlan(key, key.title(), Decimal(0), draw(st.booleans()))
                    for key in keys)
    money = st.decimals(min_value=0, max_value=40000, places=2, allow_nan=False,
                        allow_infinity=False)
    cost = st.builds(
        PlannedCost, st.sampled_from(keys), st.sampled_from(list(Payer)),
        st.one_of(money, money.map(lambda m: -m / 10)),  # an allowance is below zero
        st.sampled_from(list(Schedule)),
        st.one_of(st.none(), st.dates(start - timedelta(days=400),
                                      start + timedelta(days=400))))
    costs = tuple(draw(st.lists(cost, max_size=8)))
    spent = st.builds(
        Spent, st.dates(start - timedelta(days=40), start + timedelta(days=400)),
        st.sampled_from(SPENDING_PAYERS), st.sampled_from([*keys, None, "removed"]),
        st.decimals(min_value=0, max_value=5000, places=2, allow_nan=False,
                    allow_infinity=False))
    return SpendingPlan(start, options, costs), draw(st.lists(spent, max_size=40))


def statement_from(plan: SpendingPlan, records: list[Spent]) -> ReviewStatement:
    return statement_of(StatementFacts("Asha"), report_of(plan, records), PRINTED)


@settings(max_examples=150, deadline=None)
@given(random_plans())
def test_the_total_row_is_the_sum_of_its_rows_to_the_penny(
    drawn: tuple[SpendingPlan, list[Spent]],
) -> None:
    statement = statement_from(*drawn)
    for column in MONEY_COLUMNS:
        rows = [getattr(row, column) for row in statement.by_payer]
        total = getattr(statement.total, column)
        assert total == sum(rows, Decimal(0)), column
        assert all(value == value.quantize(Decimal("0.01")) for value in [*rows, total])
    # The months planned add up to the year planned, and the counted ones to "so far".
    assert sum(m.planned for m in statement.months) == statement.total.planned_yearly
    assert sum(m.planned for m in statement.months if m.counted) == (
        statement.total.planned_so_far)


@settings(max_examples=60, deadline=None)
@given(random_plans())
def test_the_printed_and_csv_totals_add_up_as_printed(
    drawn: tuple[SpendingPlan, list[Spent]],
) -> None:
    statement = statement_from(*drawn)
    rows = statement_rows(statement)
    by_payer = [row for row in rows if row[:1] == ["By who pays"]]
    [total] = [row for row in rows if row[:1] == ["Total"]]
    for column in range(2, 7):
        assert pounds(total[column]) == sum((pounds(r[column]) for r in by_payer), Decimal(0))
    # The PDF's table, read from the cells the writer makes.
    register_fonts()
    table = StatementWriter(statement, 500).figures("By who pays", statement.by_payer,
                                                    statement.total)[1]
    printed = [[cell.text for cell in row] for row in table._cellvalues[1:]]
    *payer_rows, total_row = printed
    assert total_row[0] == "All my support"
    for column in range(1, 6):
        assert pounds(total_row[column]) == sum((pounds(r[column]) for r in payer_rows),
                                                Decimal(0))


def test_evidence_and_changes_come_from_the_plain_facts() -> None:
    facts = StatementFacts(
        "Dai Evans", preferred_name="Dai", personal_budget=Decimal("20000"),
        paid_by_budget=(PaidOption("My PAs", OptionKind.PERSONAL_ASSISTANTS, ("Meg", " "),
                                   pension=True),
                        PaidOption("Swift Care", OptionKind.AGENCY)),
        yearly_total=Decimal("19500.00"),
        earlier=EarlierVersion(Decimal("18000"), Period.YEAR, Decimal("18000.00")),
        goals=(GoalNotes("Swim each week", what_worked="Going with Meg"),))
    plan = SpendingPlan(PLAN_START, (), ())
    statement = statement_of(facts, report_of(plan, []), PRINTED)
    assert statement.called == "Dai"
    assert statement.evidence == [
        "Bank statements for my direct payment account, April 2026 to March 2027.",
        "Timesheets for Meg, signed by Meg and by me.",
        "Timesheets for each PA, signed by each PA and by me.",
        "Payslips, and the records from my payroll service of tax, National Insurance "
        "and pay.",
        "My employers' liability insurance certificate.",
        "Statements of what I paid into my PAs' workplace pension.",
        "Invoices from Swift Care, and proof that I paid them.",
    ]
    assert statement.changes == [
        "My personal budget changed from £18,000.00 a year to £20,000.00 a year.",
        "My support was planned at £18,000.00 a year; it is now £19,500.00 a year.",
        "Swim each week: what worked: Going with Meg",
    ]
    assert statement.personal_budget == "£20,000.00 a year"
    assert statement.next_review == "Not set yet"


def test_a_statement_with_nothing_written_says_so() -> None:
    statement = statement_of(StatementFacts("Asha"),
                             report_of(SpendingPlan(PLAN_START, (), ()), []), PRINTED)
    assert statement.changes == ["Spending is going as planned, and nothing else is "
                                 "written yet."]
    assert statement.evidence == []
    assert statement.personal_budget == "Not written yet"


def test_each_example_statement_pdf_adds_up_as_printed(store: PlanStore, tmp_path: Path) -> None:
    """The PDF itself, read back: the total row is the sum of the rows above it."""
    figure = re.compile(r"−?£[\d,]+\.\d\d")
    for person in load_demo(store):
        statement = build_statement(store.session, store.current_version(person), PRINTED)
        out = write_review_pdf(statement, tmp_path / "review.pdf").path
        with pdfplumber.open(out) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        part = text[text.index("By who pays"):text.index("How it is going")]
        rows = [[pounds(f) for f in figure.findall(line)] for line in part.splitlines()]
        rows = [row for row in rows if len(row) == 5]
        *payers, total = rows
        assert len(payers) == len(statement.by_payer), person.name
        assert total == [sum(column, Decimal(0)) for column in zip(*payers, strict=True)]


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
