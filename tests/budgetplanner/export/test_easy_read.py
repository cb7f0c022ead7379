"""The easy-read plan read back: short sentences, a picture left of every idea, the word list,
and a picture of its own for each kind of option and each section."""

from __future__ import annotations

import functools
import hashlib
import re
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pypdf import PdfReader

from budgetplanner.categories import OptionKind
from budgetplanner.demo import load_demo
from budgetplanner.export.easy_words import (
    LONGEST,
    hard_words,
    long_sentences,
    picture,
    short_sentences,
    word_count,
    words_used,
)
from budgetplanner.export.pdf import (
    SECTION_TITLES,
    PrintOptions,
    Variant,
    write_plan_pdf,
)
from budgetplanner.storage.store import PlanStore

PRINTED = date(2026, 11, 25)
EASY = PrintOptions(variant=Variant.EASY_READ, printed_on=PRINTED)


@pytest.fixture(scope="module")
def easy_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The easy-read plans of Sita, Jenny and Sam, written once for this module."""
    folder = tmp_path_factory.mktemp("easy")
    store = PlanStore.open(folder / "plans.sqlite3")
    try:
        written = {}
        for person in load_demo(store):
            out = folder / f"{person.name.split()[0]}.pdf"
            write_plan_pdf(store.current_version(person), out, EASY)
            written[person.name.split()[0]] = out
        return written
    finally:
        store.close()


def in_tables(path: Path) -> set[tuple[int, int]]:
    """(page, MCID) of each paragraph inside a table cell (the signature table)."""
    reader = PdfReader(path)
    pages = {page.indirect_reference.idnum: number
             for number, page in enumerate(reader.pages, start=1)}
    found: set[tuple[int, int]] = set()

    def walk(node: Any, in_cell: bool) -> None:
        node = node.get_object()
        if not isinstance(node, dict):
            return
        tag = node.get("/S")
        here = in_cell or tag in ("/TD", "/TH")
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            if isinstance(kid, int) and here and "/Pg" in node:
                found.add((pages[node.raw_get("/Pg").idnum], kid))
            elif hasattr(kid, "get_object"):
                walk(kid, here)

    walk(reader.trailer["/Root"]["/StructTreeRoot"], False)
    return found


@functools.lru_cache(maxsize=16)
def paragraphs(path: Path, tags: tuple[str, ...] = ("P",)) -> list[dict[str, Any]]:
    """Each paragraph (P) of the body: page, text (lines joined), box, first line, and the
    pictures on its page; with `tags`, the headings too."""
    cells = in_tables(path)
    found = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            groups: dict[int, list[dict[str, Any]]] = defaultdict(list)
            for char in page.chars:
                if char.get("tag") in tags and char.get("mcid") is not None:
                    groups[char["mcid"]].append(char)
            for mcid, chars in groups.items():
                if (number, mcid) in cells:
                    continue
                lines: dict[float, list[dict[str, Any]]] = defaultdict(list)
                for char in chars:
                    lines[round(char["top"])].append(char)
                text = " ".join("".join(c["text"] for c in sorted(line, key=lambda c: c["x0"]))
                                for _top, line in sorted(lines.items()))
                first = min(lines)
                found.append({
                    "page": number, "text": " ".join(text.split()),
                    "x0": min(c["x0"] for c in chars),
                    "first_top": min(c["top"] for c in lines[first]),
                    "first_bottom": max(c["bottom"] for c in lines[first]),
                    "images": page.images,
                })
    return found


def sentences(text: str) -> list[str]:
    # A sentence ends at a full stop, question or exclamation mark, or a colon ending a
    # label ("What I choose:"); a bullet starts an item of a list.
    return [part for part in re.split(r"(?<=[.!?:])\s+|•", text) if part.strip()]


# An idea's heading (up to two lines at 18 pt) may stand between its picture's top and its
# first sentence.
HEADING_ROOM = 90


def picture_beside(paragraph: dict[str, Any]) -> dict[str, Any] | None:
    """The picture on the left of a paragraph: level with its first line, or with the
    heading just above it."""
    for image in paragraph["images"]:
        if (image["x1"] <= paragraph["x0"] + 0.5
                and paragraph["first_top"] - HEADING_ROOM <= image["top"]
                <= paragraph["first_bottom"]):
            return image  # type: ignore[no-any-return]
    return None


@pytest.mark.parametrize("who", ["Sita", "Jenny", "Sam"])
def test_no_sentence_is_longer_than_fifteen_words(easy_pdfs: dict[str, Path], who: str
                                                   ) -> None:
    found = paragraphs(easy_pdfs[who])
    assert len(found) > 40
    long = [sentence for paragraph in found for sentence in sentences(paragraph["text"])
            if word_count(sentence) > LONGEST]
    assert long == []


@pytest.mark.parametrize("who", ["Sita", "Jenny", "Sam"])
def test_every_idea_has_a_picture_on_its_left(easy_pdfs: dict[str, Path], who: str) -> None:
    without = [(p["page"], p["text"][:50]) for p in paragraphs(easy_pdfs[who])
               if picture_beside(p) is None]
    assert without == []
    with pdfplumber.open(easy_pdfs[who]) as pdf:
        # Every page but the contents has pictures, and none runs off its page.
        for page in pdf.pages:
            for image in page.images:
                assert image["x0"] >= 0 and image["x1"] <= float(page.width)
                assert image["top"] >= 0 and image["bottom"] <= float(page.height)


def test_the_pictures_are_figures_with_words_for_a_screen_reader(easy_pdfs: dict[str, Path]
                                                                  ) -> None:
    reader = PdfReader(easy_pdfs["Jenny"])
    figures: list[str] = []

    def walk(node: Any) -> None:
        node = node.get_object()
        if isinstance(node, dict) and node.get("/S") == "/Figure":
            figures.append(str(node.get("/Alt", "")))
        kids = node.get("/K") if isinstance(node, dict) else None
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            if hasattr(kid, "get_object"):
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    with pdfplumber.open(easy_pdfs["Jenny"]) as pdf:
        pictures = sum(len(page.images) for page in pdf.pages)
    # One figure for each picture drawn, and one for the circle of people.
    assert len(figures) == pictures + 1
    assert all(alt.strip() for alt in figures)
    assert "Houses side by side" in figures and "An office building" in figures


@pytest.mark.parametrize("who", ["Sita", "Jenny", "Sam"])
def test_the_word_list_explains_the_hard_words_the_plan_uses(easy_pdfs: dict[str, Path],
                                                             who: str) -> None:
    found = paragraphs(easy_pdfs[who])
    words_page = next(p["page"] for p in paragraphs(easy_pdfs[who], ("H1",))
                      if p["text"] == SECTION_TITLES["words"])
    body = " ".join(p["text"] for p in paragraphs(easy_pdfs[who], ("P", "H1", "H2", "H3"))
                    if p["page"] < words_page)
    listed = {p["text"].split(":")[0] for p in found
              if p["page"] >= words_page and ":" in p["text"]
              and p["text"].split(":")[0] in hard_words()}
    assert listed, "the plan has a word list"
    # Every word in the list is in the plan, and every hard word in the plan is in the list.
    for word in listed:
        assert words_used(body) and word in dict(words_used(body)), word
    assert {word for word, _meaning in words_used(body)} <= listed
    for hard in ("domiciliary", "tenancy", "residential care", "housing benefit", "sleep-in",
                 "PA", "direct payment", "advocate"):
        if re.search(rf"\b{re.escape(hard)}", body, 0 if hard.isupper() else re.IGNORECASE):
            assert hard in listed, hard
    # The program's own words avoid the hardest ones, and there are no sums.
    assert "scenario" not in body.lower()
    for sum_mark in ("×", "%", "="):
        assert sum_mark not in body
    assert "OpenMoji" in " ".join(p["text"] for p in found if p["page"] >= words_page)


@pytest.mark.parametrize("who", ["Sita", "Jenny", "Sam"])
def test_each_hard_word_is_explained_where_it_is_first_used(easy_pdfs: dict[str, Path],
                                                           who: str) -> None:
    """Under the idea that first uses a hard word, once, with its own picture; the word list
    at the back explains them all again."""
    found = paragraphs(easy_pdfs[who])
    words_page = next(p["page"] for p in paragraphs(easy_pdfs[who], ("H1",))
                      if p["text"] == SECTION_TITLES["words"])
    meanings = hard_words()
    explained: dict[str, list[int]] = defaultdict(list)
    uses: dict[str, list[int]] = defaultdict(list)
    for paragraph in found:
        if paragraph["page"] >= words_page:
            continue
        word, colon, meaning = paragraph["text"].partition(": ")
        if colon and meanings.get(word) == meaning:
            explained[word].append(paragraph["page"])
            assert picture_beside(paragraph) is not None, word
            for used, _meaning in words_used(meaning):  # a meaning uses words too
                uses[used].append(paragraph["page"])
        else:
            for used, _meaning in words_used(paragraph["text"]):
                uses[used].append(paragraph["page"])
    listed = {p["text"].split(":")[0] for p in found
              if p["page"] >= words_page and p["text"].split(":")[0] in meanings}
    assert explained and set(explained) == listed
    for word, pages in explained.items():
        assert len(pages) == 1, f"{word} explained {len(pages)} times"
        if uses[word]:  # (a word used only inside another's meaning is explained there)
            assert pages[0] - min(uses[word]) in (0, 1), word


def test_sams_easy_read_explains_his_words(easy_pdfs: dict[str, Path]) -> None:
    with pdfplumber.open(easy_pdfs["Sam"]) as pdf:
        text = " ".join(" ".join((page.extract_text() or "") for page in pdf.pages).split())
    assert "domiciliary: Support in my own home." in text
    assert "tenancy: An agreement to rent a home." in text  # "my own tenancy", a goal
    # Big numbers: what my support costs, and what is left, each week.
    assert "My support costs each week: £255.89" in text
    assert "Left over each week: £13.11" in text


def image_digest_beside(path: Path, words: str) -> str:
    for paragraph in paragraphs(path):
        if words in paragraph["text"]:
            image = picture_beside(paragraph)
            assert image is not None, words
            return hashlib.sha256(image["stream"].get_rawdata()).hexdigest()
    raise AssertionError(f"{words!r} is not in the plan")


def test_each_kind_of_option_and_each_section_has_its_own_picture(
    easy_pdfs: dict[str, Path]
) -> None:
    kinds = [picture(kind.value).path for kind in OptionKind]
    # Easy read has no page of sums ("How the PA costs are worked out").
    sections = [picture(key).path for key in SECTION_TITLES if key != "pa_costs"]
    assert len(set(kinds)) == len(kinds)
    assert len(set(sections)) == len(sections)
    assert not set(kinds) & set(sections)
    assert all(path.exists() for path in kinds + sections)
    # On the page: Jenny's shared flat and her support provider (an agency) differ.
    jenny = easy_pdfs["Jenny"]
    shared = image_digest_beside(jenny, "I share my home and my support")
    agency = image_digest_beside(jenny, "An agency sends workers to support me")
    assert shared != agency


def test_long_sentences_are_split_only_where_the_words_allow() -> None:
    assert short_sentences("Dad helps; we plan holidays four weeks ahead.") == [
        "Dad helps; we plan holidays four weeks ahead."]
    # A list stays a list: items, not fragments posing as sentences.
    assert short_sentences("Choosing who supports me and when; swimming twice a week; "
                           "football with friends; my own place in two years.") == [
        "• Choosing who supports me and when", "• Swimming twice a week",
        "• Football with friends", "• My own place in two years"]
    assert short_sentences("A sleep-in is already in the plan, and I carry a phone with my "
                           "brother's number.") == [
        "A sleep-in is already in the plan.", "I carry a phone with my brother's number."]
    assert short_sentences("Helps with decisions and shopping") == [
        "Helps with decisions and shopping."]
    # Not split into pieces that are not sentences: kept whole, and reported.
    whole = "The agency in the next borough has women I trust for when Priya or Meera cannot."
    assert short_sentences(whole) == [whole]


def test_a_sentence_too_long_to_split_is_reported_for_the_planner(store: PlanStore,
                                                                  tmp_path: Path) -> None:
    person = store.add_person("Siân Ó Briain")
    version = store.current_version(person)
    long = ("I would like someone to come with me to the library on Thursday mornings "
            "when the weather is good")
    version.good_life = f"{long}. Painting."
    version.personal_budget = Decimal("300")
    store.save()
    assert long_sentences(version) == [("What matters to me › What a good life looks like "
                                        "for me", long + ".")]
    # The plan is still written, with the sentence whole.
    result = write_plan_pdf(version, tmp_path / "easy.pdf", EASY)
    assert any(long in p["text"] for p in paragraphs(result.path))
