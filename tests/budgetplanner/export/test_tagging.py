"""Tagged PDF read back: the structure tree, its reading order, artifacts and alt text."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from budgetplanner.demo import load_demo
from budgetplanner.export.pdf import (
    LOOKS,
    PrintOptions,
    Variant,
    furniture_room,
    write_plan_pdf,
)
from budgetplanner.export.review_pdf import write_review_pdf
from budgetplanner.review_statement import build_statement
from budgetplanner.storage.store import PlanStore

PRINTED = date(2026, 11, 25)


def elements(reader: PdfReader) -> list[dict[str, Any]]:
    """Every structure element, depth first (the reading order)."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        node = node.get_object()
        if isinstance(node, dict) and node.get("/Type") == "/StructElem":
            found.append(node)
        kids = node.get("/K") if isinstance(node, dict) else None
        if kids is None:
            return
        for kid in kids if isinstance(kids, list) else [kids]:
            if hasattr(kid, "get_object") and isinstance(kid.get_object(), dict):
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return found


def check_tagged(path: Path) -> list[dict[str, Any]]:
    reader = PdfReader(path)
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a PDF boolean object)
    assert root["/Lang"] == "en-GB"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712
    found = elements(reader)
    assert found[0]["/S"] == "/Document"
    parent_tree = root["/StructTreeRoot"]["/ParentTree"]["/Nums"]
    for index, page in enumerate(reader.pages):
        assert page["/StructParents"] == index
        marks = 0
        opened = 0
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"BDC" and isinstance(operands[1], dict) and "/MCID" in operands[1]:
                assert operands[1]["/MCID"] == marks
                marks += 1
            if operator in (b"BDC", b"BMC"):
                opened += 1
            if operator == b"EMC":
                opened -= 1
                assert opened >= 0
        assert opened == 0, f"page {index + 1}: marked content left open"
        # Each marked piece of content points back to its element.
        assert parent_tree[2 * index] == index
        assert len(parent_tree[2 * index + 1]) == marks
    return found


def tree_text(path: Path) -> str:
    result = subprocess.run(["pdfinfo", "-struct-text", str(path)], capture_output=True,
                            text=True, check=True, timeout=30)
    return result.stdout


@pytest.mark.parametrize("variant", list(Variant))
def test_every_version_of_the_plan_is_tagged(store: PlanStore, tmp_path: Path,
                                             variant: Variant) -> None:
    sita = load_demo(store)[0]
    out = tmp_path / "plan.pdf"
    write_plan_pdf(store.current_version(sita), out,
                   PrintOptions(variant=variant, printed_on=PRINTED))
    found = check_tagged(out)
    tags = [str(element["/S"]) for element in found]
    for tag in ("/H1", "/H2", "/P", "/Table", "/TR", "/TD", "/Figure", "/TOC", "/TOCI", "/L"):
        assert tag in tags, tag
    figures = [element for element in found if element["/S"] == "/Figure"]
    assert all(str(figure.get("/Alt", "")).strip() for figure in figures)
    circle = next(f for f in figures if "circle of the people" in str(f["/Alt"]))
    for name in ("Anjali (my sister)", "Priya", "Meera", "Mr and Mrs Shah"):
        assert name in str(circle["/Alt"])
    words = tree_text(out)
    # The headings come in the order of the plan, and the footers are not read out.
    order = [words.index(f'"{title}"') for title in (
        "My support plan", "My plan at a glance", "About me", "What matters to me",
        "What I need support with", "My money", "Agreement and review")]
    assert order == sorted(order)
    assert "Page 1 of" not in words and "printed 25 November 2026" not in words
    with pdfplumber.open(out) as pdf:
        assert "Page 1 of" in (pdf.pages[0].extract_text() or "")


def test_table_headings_are_header_cells(store: PlanStore, tmp_path: Path) -> None:
    sita = load_demo(store)[0]
    out = tmp_path / "plan.pdf"
    write_plan_pdf(store.current_version(sita), out, PrintOptions(printed_on=PRINTED))
    headers = [e for e in check_tagged(out) if e["/S"] == "/TH"]
    assert headers
    assert all(e["/A"]["/Scope"] == "/Column" for e in headers)


@pytest.mark.parametrize("variant", [Variant.STANDARD, Variant.LARGE_PRINT])
def test_the_review_statement_is_tagged(store: PlanStore, tmp_path: Path,
                                        variant: Variant) -> None:
    sam = load_demo(store)[2]
    out = tmp_path / "review.pdf"
    write_review_pdf(build_statement(store.session, store.current_version(sam), PRINTED), out,
                     variant)
    tags = [str(e["/S"]) for e in check_tagged(out)]
    for tag in ("/H1", "/H2", "/P", "/Table", "/TH", "/TD", "/L", "/LI", "/LBody"):
        assert tag in tags, tag
    # The evidence to keep is one list of tick boxes, not a list for each line.
    found = elements(PdfReader(out))
    lists = [e for e in found if e["/S"] == "/L"]
    assert max(len(e["/K"]) for e in lists) >= 4
    words = tree_text(out)
    assert '"Ready for my review"' in words and '"Evidence I keep"' in words
    assert "Page 1 of" not in words


def body_letters(path: Path, furniture_size: float) -> Counter[str]:
    """Every letter printed on the pages outside the footer."""
    with pdfplumber.open(path) as pdf:
        return Counter(char["text"] for page in pdf.pages for char in page.chars
                       if char["bottom"] <= float(page.height) - furniture_room(furniture_size)
                       and char["text"].strip())


def tree_letters(path: Path) -> Counter[str]:
    """Every letter of the text the structure tree gives a screen reader."""
    quoted = re.findall(r'^\s*"(.*)"$', tree_text(path), flags=re.MULTILINE)
    return Counter(letter for line in quoted for letter in line if letter.strip())


@pytest.mark.parametrize("variant", list(Variant))
def test_the_tree_holds_every_word_on_the_pages_and_nothing_else(
    store: PlanStore, tmp_path: Path, variant: Variant
) -> None:
    sam = load_demo(store)[2]
    out = tmp_path / "plan.pdf"
    write_plan_pdf(store.current_version(sam), out,
                   PrintOptions(variant=variant, printed_on=PRINTED))
    on_pages = body_letters(out, LOOKS[variant].furniture)
    in_tree = tree_letters(out)
    # Easy-read pictures are figures with words of their own (alt text), not letters.
    assert in_tree == on_pages


def test_the_statement_tree_holds_every_word_on_its_pages(store: PlanStore, tmp_path: Path
                                                          ) -> None:
    jenny = load_demo(store)[1]
    out = tmp_path / "review.pdf"
    write_review_pdf(build_statement(store.session, store.current_version(jenny), PRINTED), out)
    assert tree_letters(out) == body_letters(out, LOOKS[Variant.STANDARD].furniture)


def test_a_paragraph_broken_over_lines_is_read_with_its_spaces(
        store: PlanStore, tmp_path: Path) -> None:
    """Where a line ends there is no space on the page, so a screen reader reading the
    marked content would hear "senseof"; each paragraph carries its words as /ActualText."""
    sita = load_demo(store)[0]
    out = tmp_path / "plan.pdf"
    write_plan_pdf(store.current_version(sita), out, PrintOptions(printed_on=PRINTED))
    found = elements(PdfReader(out))
    spoken = [str(element["/ActualText"]) for element in found if "/ActualText" in element]
    assert any("my sense of humour" in words for words in spoken)
    headings = [element for element in found if element["/S"] in ("/H1", "/H2")]
    assert headings and all("/ActualText" in element for element in headings)


def test_a_layout_table_stays_one_in_every_piece_it_is_split_into() -> None:
    """A table for the layout that runs over a page is split by ReportLab into new tables:
    each piece must still be read as layout, not as a table of data (TR/TD)."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    from budgetplanner.export.pdf import LayoutTable

    style = getSampleStyleSheet()["BodyText"]
    table = LayoutTable([[Paragraph(f"Block {n}", style)] for n in range(60)], colWidths=[300])
    table.wrap(300, 400)
    pieces = table.split(300, 400)
    assert len(pieces) == 2
    assert all(getattr(piece, "layout_only", False) for piece in pieces)
