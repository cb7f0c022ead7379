"""The printed plan read back: text, pages, outline, metadata and fonts."""

from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from budgetplanner.categories import Payer
from budgetplanner.demo import load_demo
from budgetplanner.export.pdf import PageSize, PrintOptions, write_plan_pdf
from budgetplanner.periods import Period
from budgetplanner.plan_money import plan_summary
from budgetplanner.storage.store import PlanStore

PRINTED = date(2026, 11, 25)


@pytest.fixture
def sita_pdf(store: PlanStore, tmp_path: Path) -> tuple[Path, int]:
    sita = load_demo(store)[0]
    out = tmp_path / "sita.pdf"
    result = write_plan_pdf(store.current_version(sita), out, PrintOptions(printed_on=PRINTED))
    return out, result.pages


def all_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    # Lines wrap where the page needs; compare words, not line breaks.
    return " ".join(text.split())


def test_cover_sections_and_totals_are_in_the_text(store: PlanStore, sita_pdf: tuple[Path, int]
                                                   ) -> None:
    path, _pages = sita_pdf
    words = all_text(path)
    assert "This plan belongs to Sita Patel" in words
    for heading in ("About me", "What matters to me", "What I bring", "People in my life",
                    "Options I considered", "My chosen support", "My money", "Risks I own",
                    "If things go wrong", "How the PA costs are worked out",
                    "Agreement and review"):
        assert heading in words
    person = store.find_person("Sita Patel")
    assert person is not None
    summary = plan_summary(store.current_version(person))
    # The totals printed are the engine's, to the penny.
    assert summary.by_payer[Payer.PERSONAL_BUDGET][Period.YEAR].format() == "£22,457.53"
    assert "£22,457.53" in words
    assert "£431.87" in words
    assert "£292.47 a year is left in my personal budget" in words


def test_every_page_has_page_x_of_y_and_the_date(sita_pdf: tuple[Path, int]) -> None:
    path, pages = sita_pdf
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == pages
        for number, page in enumerate(pdf.pages, start=1):
            footer = page.extract_text() or ""
            assert f"Page {number} of {pages}" in footer
            assert "25 November 2026" in footer


def test_a4_by_default_and_letter_on_request(store: PlanStore, tmp_path: Path) -> None:
    sita = load_demo(store)[0]
    version = store.current_version(sita)
    a4 = write_plan_pdf(version, tmp_path / "a4.pdf", PrintOptions())
    letter = write_plan_pdf(version, tmp_path / "letter.pdf",
                            PrintOptions(page_size=PageSize.LETTER))
    box_a4 = PdfReader(a4.path).pages[0].mediabox
    box_letter = PdfReader(letter.path).pages[0].mediabox
    assert (round(float(box_a4.width)), round(float(box_a4.height))) == (595, 842)
    assert (round(float(box_letter.width)), round(float(box_letter.height))) == (612, 792)


def test_metadata_outline_and_language(sita_pdf: tuple[Path, int]) -> None:
    reader = PdfReader(sita_pdf[0])
    assert reader.metadata is not None
    assert reader.metadata.title == "My support plan: Sita Patel"
    assert reader.metadata.author == "Sita Patel"
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[:3] == ["About me", "What matters to me", "What I bring"]
    assert "My money" in titles


def test_every_font_is_embedded(sita_pdf: tuple[Path, int]) -> None:
    reader = PdfReader(sita_pdf[0])
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        descriptor = font.get("/FontDescriptor")
        assert descriptor is not None, name
        assert "/FontFile2" in descriptor.get_object(), name


def test_a_section_switched_off_is_left_out(store: PlanStore, tmp_path: Path) -> None:
    sita = load_demo(store)[0]
    options = PrintOptions(sections=frozenset({"about", "money"}))
    result = write_plan_pdf(store.current_version(sita), tmp_path / "short.pdf", options)
    words = all_text(result.path)
    assert "About me" in words and "My money" in words
    assert "Risks I own" not in words
