"""The printed plan read back: text, pages, outline, metadata and fonts."""

import functools
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pypdf import PdfReader

from budgetplanner.categories import Payer
from budgetplanner.demo import load_demo
from budgetplanner.export.pdf import (
    PageSize,
    PrintOptions,
    Variant,
    furniture_room,
    look_for,
    write_plan_pdf,
)
from budgetplanner.periods import Frequency, Period
from budgetplanner.plan_money import plan_summary
from budgetplanner.storage.models import Relationship
from budgetplanner.storage.store import PlanStore

PRINTED = date(2026, 11, 25)


@pytest.fixture
def sita_pdf(store: PlanStore, tmp_path: Path) -> tuple[Path, int]:
    sita = load_demo(store)[0]
    out = tmp_path / "sita.pdf"
    result = write_plan_pdf(store.current_version(sita), out, PrintOptions(printed_on=PRINTED))
    return out, result.pages


@dataclass(frozen=True)
class ReadBack:
    """A PDF read back once: each page's size and letters, and all its words."""

    pages: list[tuple[float, float, list[dict[str, Any]]]]
    text: str


@functools.lru_cache(maxsize=8)
def _read_back(path: str, _written: tuple[int, int]) -> ReadBack:
    with pdfplumber.open(path) as pdf:
        pages = [(float(page.width), float(page.height), page.chars) for page in pdf.pages]
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    return ReadBack(pages, text)


def read_back(path: Path) -> ReadBack:
    """The PDF at `path` as written now (read again when it is written again)."""
    written = path.stat()
    return _read_back(str(path), (written.st_mtime_ns, written.st_size))


def all_text(path: Path) -> str:
    # Lines wrap where the page needs; compare words, not line breaks.
    return " ".join(read_back(path).text.split())


def test_cover_sections_and_totals_are_in_the_text(store: PlanStore, sita_pdf: tuple[Path, int]
                                                   ) -> None:
    path, _pages = sita_pdf
    words = all_text(path)
    assert "This plan belongs to Sita Patel" in words
    for heading in ("What is in my plan", "About me", "What matters to me", "What I bring",
                    "People in my life", "Options I considered", "My chosen support",
                    "My money", "Risks I own",
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
    assert titles[:4] == ["About me", "What matters to me", "What I need support with",
                          "What I bring"]
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


def sizes(path: Path, furniture_size: float) -> tuple[float, float]:
    """The smallest letter in the body of the pages and in their furniture (the footer)."""
    body, furniture = 1000.0, 1000.0
    for _width, height, chars in read_back(path).pages:
        footer_top = height - furniture_room(furniture_size)
        for char in chars:
            # Sizes read back carry float noise from the text matrix (15.99999...): round.
            size = round(char["size"], 2)
            if char["bottom"] > footer_top:
                furniture = min(furniture, size)
            else:
                body = min(body, size)
    return body, furniture


def pages_with_only_furniture(path: Path, furniture_size: float) -> list[int]:
    """The pages whose only words are the footer's."""
    empty = []
    for number, (_width, height, chars) in enumerate(read_back(path).pages, start=1):
        footer_top = height - furniture_room(furniture_size)
        if not any(char["text"].strip() and char["bottom"] <= footer_top for char in chars):
            empty.append(number)
    return empty


def letters_outside_the_page(path: Path) -> list[tuple[int, str]]:
    return [(number, char["text"])
            for number, (width, height, chars) in enumerate(read_back(path).pages, start=1)
            for char in chars
            if char["x0"] < 0 or char["x1"] > width + 0.5
            or char["top"] < 0 or char["bottom"] > height]


@pytest.mark.parametrize("who", [0, 1, 2])
@pytest.mark.parametrize("variant, size, body_floor, furniture_floor", [
    (Variant.STANDARD, None, 12, 10), (Variant.LARGE_PRINT, None, 16, 16),
    (Variant.EASY_READ, None, 16, 16)])
def test_no_letter_is_smaller_than_its_version_allows(
    store: PlanStore, tmp_path: Path, who: int, variant: Variant, size: float | None,
    body_floor: float, furniture_floor: float
) -> None:
    person = load_demo(store)[who]
    result = write_plan_pdf(store.current_version(person), tmp_path / "plan.pdf",
                            PrintOptions(variant=variant, printed_on=PRINTED, text_size=size))
    body, furniture = sizes(result.path, look_for(variant, size).furniture)
    assert body >= body_floor
    assert pages_with_only_furniture(result.path, look_for(variant, size).furniture) == []
    assert letters_outside_the_page(result.path) == []
    assert furniture >= furniture_floor
    words = all_text(result.path)
    assert f"This plan belongs to {person.name}" in words


@pytest.mark.parametrize("variant, size", [(Variant.STANDARD, 14),
                                           (Variant.LARGE_PRINT, 18),
                                           (Variant.LARGE_PRINT, 20),
                                           (Variant.EASY_READ, 18)])
def test_a_bigger_size_makes_every_letter_bigger(
    store: PlanStore, tmp_path: Path, variant: Variant, size: float
) -> None:
    sita = load_demo(store)[0]
    result = write_plan_pdf(store.current_version(sita), tmp_path / "plan.pdf",
                            PrintOptions(variant=variant, printed_on=PRINTED, text_size=size))
    look = look_for(variant, size)
    body, furniture = sizes(result.path, look.furniture)
    assert body >= size
    assert pages_with_only_furniture(result.path, look.furniture) == []
    assert furniture >= look.furniture >= 10
    assert "£431.87" in all_text(result.path)  # the same money, whatever the size


def test_a_size_the_version_does_not_offer_is_refused() -> None:
    with pytest.raises(ValueError):
        look_for(Variant.STANDARD, 9)


def test_large_print_keeps_every_column_of_standard_print(store: PlanStore, tmp_path: Path
                                                          ) -> None:
    sita = load_demo(store)[0]
    version = store.current_version(sita)
    standard = all_text(write_plan_pdf(version, tmp_path / "s.pdf", PrintOptions()).path)
    large = all_text(write_plan_pdf(version, tmp_path / "l.pdf", PrintOptions(
        variant=Variant.LARGE_PRINT, text_size=20)).path)
    # The per-year figures, the one-off column and "how often" are all in large print too.
    for words in ("£22,769.53", "£9,440.78", "£1,897.46", "One-off", "worked out", "Per year"):
        assert words in standard
        assert words in large


def test_easy_read_gives_the_money_as_a_few_big_numbers(store: PlanStore, tmp_path: Path) -> None:
    sam = load_demo(store)[2]
    result = write_plan_pdf(store.current_version(sam), tmp_path / "easy.pdf",
                            PrintOptions(variant=Variant.EASY_READ))
    words = all_text(result.path)
    # Sam: 246.89 from the personal budget + 9.00 swimming = 255.89 a week; 13.11 left.
    assert "My support costs each week: £255.89" in words
    assert "Left over each week: £13.11" in words


def test_contents_and_money_period_first(store: PlanStore, tmp_path: Path) -> None:
    sita = load_demo(store)[0]
    result = write_plan_pdf(store.current_version(sita), tmp_path / "plan.pdf",
                            PrintOptions(money_first=Period.YEAR))
    with pdfplumber.open(result.path) as pdf:
        contents = pdf.pages[1].extract_text() or ""
    assert "What is in my plan" in contents and "My money" in contents
    assert "Per year Per week" in all_text(result.path)


LONG_TEXT = ("Siân Ó Briain likes long walks by the estuary, and this sentence goes on for a "
             "while so that every field of the plan is properly long. ") * 6


def long_plan(store: PlanStore) -> int:
    person = store.add_person("Siân Ó Briain")
    version = store.current_version(person)
    for attribute in ("preferred_name", "admired", "communication", "decisions", "good_life",
                      "matters_now", "matters_future", "strengths", "own_resources",
                      "contribution", "why_chosen", "participants"):
        setattr(version, attribute, LONG_TEXT)
    version.preferred_name = "सीता"
    version.personal_budget = Decimal("50000")
    for o in range(40):
        option = store.add_option(version, f"Option {o + 1}: {LONG_TEXT[:60]}")
        option.description = LONG_TEXT
        lines = 300 // 40 + (1 if o < 300 % 40 else 0)
        for n in range(lines):
            store.add_cost_line(option, f"Line {o + 1}.{n + 1} for सीता and Siân, "
                                        f"a cost with a long description to wrap",
                                Decimal(f"{n + 1}.{o:02d}"), Frequency.PER_WEEK,
                                list(Payer)[n % 5])
    store.save()
    return person.id


def test_a_long_plan_renders_whole(store: PlanStore, tmp_path: Path) -> None:
    person_id = long_plan(store)
    version = store.current_version(store.person(person_id))
    assert sum(len(o.cost_lines) for o in version.options) == 300
    result = write_plan_pdf(version, tmp_path / "long.pdf", PrintOptions())
    assert result.pages > 20
    fonts = {name.split("+")[-1] for name in _font_names(result.path)}
    assert fonts == {"DejaVuSans", "DejaVuSans-Bold", "Lohit-Devanagari"}
    with pdfplumber.open(result.path) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    whole = " ".join(" ".join(pages).split())
    assert "Siân Ó Briain" in whole
    # No row is split across pages: each line's description is on one page, whole.
    for o in (1, 17, 40):
        label = f"Line {o}.1 for"
        assert sum(label in page for page in pages) == 1
    # The totals printed are the engine's.
    total = plan_summary(version).total[Period.YEAR].format()
    assert total in whole


def _font_names(path: Path) -> set[str]:
    reader = PdfReader(path)
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/"))
    return names


def test_a_reviewed_plan_prints_what_changed_and_how_goals_went(
    store: PlanStore, tmp_path: Path
) -> None:
    from budgetplanner.review import start_review

    sita = load_demo(store)[0]
    new = start_review(store.session, store.current_version(sita))
    new.goals[0].what_worked = "I went every week with Meera."
    new.options[1].cost_lines[0].amount = Decimal("34.00")
    store.save()
    result = write_plan_pdf(new, tmp_path / "review.pdf", PrintOptions())
    words = all_text(result.path)
    assert "What changed since version 1" in words
    assert "how much was 32.00, now 34.00" in words
    # 4 h × 2.00 × 52 = 416.00 more: 22,457.53 → 22,873.53 a year.
    assert "£22,457.53 a year before, £22,873.53 a year now" in words
    assert "What worked: I went every week with Meera." in words


@pytest.mark.parametrize("who", [0, 1, 2])
def test_page_one_is_my_plan_at_a_glance_with_the_right_pages(
    store: PlanStore, tmp_path: Path, who: int
) -> None:
    from budgetplanner.export.glance import glance_items
    from budgetplanner.export.pdf import SECTION_TITLES

    version = store.current_version(load_demo(store)[who])
    result = write_plan_pdf(version, tmp_path / "plan.pdf", PrintOptions(printed_on=PRINTED))
    with pdfplumber.open(result.path) as pdf:
        pages = [" ".join((page.extract_text() or "").split()) for page in pdf.pages]
    first = pages[0]
    assert "My plan at a glance" in first
    items = glance_items(version)
    assert [item.label for item in items] == [
        "Who I am", "What matters most to me", "What I need support with",
        "The outcomes I want", "The support I chose, and why", "My money",
        "Help given without pay", "If things go wrong", "My next review"]
    for item in items:
        at = first.index(f"{item.label}:")
        after = first[at:]
        found = re.search(r"page (\d+)", after)
        assert found is not None, item.label
        # The page named is the page where that part of the plan starts.
        assert SECTION_TITLES[item.section] in pages[int(found.group(1)) - 1], item.label


def test_the_money_at_a_glance_says_the_direct_payment_and_how_often(
    store: PlanStore, tmp_path: Path
) -> None:
    from budgetplanner.export.glance import money_words

    sita = store.current_version(load_demo(store)[0])
    assert money_words(sita) == (
        "My personal budget is paid to me as a direct payment of £22,750.00 once a year. "
        "My support costs £22,457.53 a year from it. I pay £312.00 a year from my own money. "
        "£292.47 a year is left.")
    words = all_text(write_plan_pdf(sita, tmp_path / "plan.pdf", PrintOptions()).path)
    assert "£22,750.00 once a year" in words
    assert "Help at home with everyday things" in words  # what I need support with


def test_easy_read_has_no_sums(store: PlanStore, tmp_path: Path) -> None:
    sam = store.current_version(load_demo(store)[2])
    easy = all_text(write_plan_pdf(sam, tmp_path / "easy.pdf",
                                   PrintOptions(variant=Variant.EASY_READ)).path)
    standard = all_text(write_plan_pdf(sam, tmp_path / "standard.pdf", PrintOptions()).path)
    assert "×" in standard  # the working is in the standard plan
    assert "×" not in easy
    assert "My standard plan shows how each cost is worked out." in easy


def test_long_words_in_large_print_stay_inside_their_pages(store: PlanStore, tmp_path: Path
                                                          ) -> None:
    person = store.add_person("Siân Ó Briain-Fitzgerald of the Estuary Cottages")
    version = store.current_version(person)
    for attribute in ("admired", "good_life", "matters_now", "support_needs", "why_chosen",
                      "participants"):
        setattr(version, attribute, LONG_TEXT)
    version.personal_budget = Decimal("50000")
    for o in range(3):
        option = store.add_option(version, f"Option {o + 1}: {LONG_TEXT[:90]}")
        option.description = LONG_TEXT
        for n in range(4):
            store.add_cost_line(option, f"Line {n + 1}: {LONG_TEXT[:70]}",
                                Decimal(f"{n + 1}234.56"), Frequency.PER_WEEK, list(Payer)[n])
    version.relationships.append(Relationship(
        name="Staff I like at the home, the ones who know my music", closeness=4))
    store.save()
    result = write_plan_pdf(version, tmp_path / "long.pdf",
                            PrintOptions(variant=Variant.LARGE_PRINT, text_size=20))
    with pdfplumber.open(result.path) as pdf:
        for page in pdf.pages:
            for char in page.chars:
                assert char["x0"] >= 0 and char["x1"] <= float(page.width) + 0.5
                assert char["top"] >= 0 and char["bottom"] <= float(page.height)
    assert pages_with_only_furniture(result.path, 20) == []


def test_easy_read_ends_with_the_hard_words_it_uses(store: PlanStore, tmp_path: Path) -> None:
    from budgetplanner.export.easy_words import words_used

    assert words_used("My PA and the domiciliary agency; a paper") == [
        ("agency", "A company that sends workers to support people."),
        ("domiciliary", "Support in my own home."),
        ("PA", "A personal assistant: someone I pay to support me.")]
    sam = store.current_version(load_demo(store)[2])
    result = write_plan_pdf(sam, tmp_path / "easy.pdf", PrintOptions(variant=Variant.EASY_READ))
    words = all_text(result.path)
    # At the end: the word list (its heading, after the contents), then the credit.
    last = words[words.rindex("Words in my plan"):]
    assert "tenancy: An agreement to rent a home." in last  # "my own tenancy", a goal
    assert "OpenMoji" in last and "CC BY-SA 4.0" in last  # the credit for the pictures
    standard = all_text(write_plan_pdf(sam, tmp_path / "standard.pdf", PrintOptions()).path)
    assert "Words in my plan" not in standard


def test_words_are_escaped_as_the_standard_library_escapes_them() -> None:
    from xml.sax.saxutils import escape

    from budgetplanner.export.pdf import xml_escape

    for words in ["", "plain", "a & b", "<b>bold</b>", "&amp; already", "1 > 0 < 2 &&",
                  "&lt;&gt;", "सीता & Jo", "\"quoted\" 'too'", "x" * 50 + "&<>" * 20]:
        assert xml_escape(words) == escape(words)


def test_a_plan_that_cannot_be_built_leaves_nothing_beside_the_file(
        store: PlanStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from budgetplanner.export import pdf

    person = load_demo(store)[0]
    folder = tmp_path / "out"
    folder.mkdir()

    def broken(self: pdf.PlanWriter, printed_on: date) -> list[object]:
        raise RuntimeError("the story could not be made")

    monkeypatch.setattr(pdf.PlanWriter, "story", broken)
    with pytest.raises(RuntimeError):
        write_plan_pdf(store.current_version(person), folder / "plan.pdf", PrintOptions())
    assert list(folder.iterdir()) == []
