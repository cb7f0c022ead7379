"""The printed plan that belongs to the person: a PDF built with ReportLab platypus.

Three versions: standard; large print (every letter at least 16 pt, sans-serif, left aligned,
generous spacing); and easy read, built on the same writer (export/easy_read.py: a picture on
the left of every idea, short sentences, the money as a few big numbers, a word list).
"""

from __future__ import annotations

import re
from ast import literal_eval
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import IndexingFlowable
from reportlab.platypus.tableofcontents import TableOfContents, drawPageNumbers

from budgetplanner.budget import BudgetLine, BudgetSummary, Column
from budgetplanner.categories import OptionKind, Payer
from budgetplanner.export import tagging
from budgetplanner.export.glance import glance_items
from budgetplanner.export.pdf_drawings import RING_NAMES, bar_chart, circle_of_people
from budgetplanner.export.tagging import Tagger
from budgetplanner.formatting import long_date, money_text
from budgetplanner.pa_costs import PACosts
from budgetplanner.periods import Frequency, Period
from budgetplanner.plan_money import (
    NO_PERSONAL_BUDGET,
    allowance_sentence,
    counted_options,
    employer_duty_warnings,
    option_summary,
    option_warnings,
    options_summary,
    pa_costs_for,
    personal_budget_applies,
    plan_pa_costs,
    rate_table_of,
)
from budgetplanner.review import differences
from budgetplanner.storage.files import private_scratch, write_private
from budgetplanner.translation import N_, _, translated
from resources import resource_folder

if TYPE_CHECKING:
    from budgetplanner.storage.models import Option, PlanVersion

FONT_FOLDER = resource_folder("fonts")
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
# DejaVu has no Devanagari: names such as "सीता" are set in Lohit Devanagari, run by run.
FONT_DEVANAGARI = "LohitDevanagari"
_DEVANAGARI = re.compile(r"[\u0900-\u097F\u200c\u200d]+")


def xml_escape(value: str) -> str:
    """`xml.sax.saxutils.escape`, the same three replacements in the same order: that module
    loads urllib.request, http.client, ssl and email, a fiftieth of a second for nothing."""
    return value.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def safe(value: str) -> str:
    """Escape text for a Paragraph and set each run of Devanagari in a font that has it."""
    return _DEVANAGARI.sub(lambda m: f'<font name="{FONT_DEVANAGARI}">{m.group(0)}</font>',
                           xml_escape(value))


def font_for(value: str, font: str) -> str:
    """The font for a whole string drawn outside a Paragraph (a name in a drawing)."""
    return FONT_DEVANAGARI if _DEVANAGARI.search(value) else font

INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#1d4e89")
SOFT = colors.HexColor("#eef3f8")
RULE = colors.HexColor("#c5d0dc")


class PageSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"


class Variant(StrEnum):
    STANDARD = "standard"
    LARGE_PRINT = "large_print"
    EASY_READ = "easy_read"

    @property
    def label(self) -> str:
        return translated({"standard": N_("Standard"), "large_print": N_("Large print"),
                           "easy_read": N_("Easy read")}[self.value])


SECTIONS = (
    "about", "good_life", "needs", "bring", "people", "options", "chosen", "money", "risks",
    "contingency", "pa_costs", "agreement",
)
# In English, as keys and data; translated where printed.
SECTION_TITLES = {
    "about": N_("About me"), "good_life": N_("What matters to me"),
    "needs": N_("What I need support with"), "bring": N_("What I bring"),
    "people": N_("People in my life"), "options": N_("Options I considered"),
    "chosen": N_("My chosen support"), "money": N_("My money"), "risks": N_("Risks I own"),
    "contingency": N_("If things go wrong"),
    "pa_costs": N_("How the PA costs are worked out"),
    "agreement": N_("Agreement and review"),
    "words": N_("Words in my plan"),  # easy read only, always last
}


@dataclass(frozen=True)
class PrintOptions:
    variant: Variant = Variant.STANDARD
    page_size: PageSize = PageSize.A4
    sections: frozenset[str] = field(default_factory=lambda: frozenset(SECTIONS))
    money_first: Period = Period.WEEK
    photo: Path | None = None
    printed_on: date | None = None
    # The size of the words in points; None is the version's own size (see TEXT_SIZES).
    text_size: float | None = None


@dataclass(frozen=True)
class PdfResult:
    path: Path
    pages: int


@dataclass(frozen=True)
class Look:
    """Sizes for one version of the plan; nothing is printed smaller than `floor`."""

    floor: float
    body: float
    cell: float
    h1: float
    h2: float
    h3: float
    leading: float  # line spacing as a multiple of the size
    compact: bool  # fewer, wider table columns (easy read only: large print keeps them all)
    furniture: float = 10  # page headers, footers and page numbers
    # A table with more columns than this is laid out again as one block a row (never shrunk).
    max_columns: int = 6


# Clear print (RNIB): 12 pt at least, 14 pt recommended; large print 16 to 20 pt for everything,
# the footers too; easy read 16 pt.
LOOKS = {
    Variant.STANDARD: Look(12, 12, 12, 20, 16, 14, 1.5, False, 10, 6),
    Variant.LARGE_PRINT: Look(16, 16, 16, 24, 20, 18, 1.5, False, 16, 3),
    Variant.EASY_READ: Look(16, 16, 16, 24, 20, 18, 1.6, True, 16, 4),
}
# The sizes a person can choose for each version; the first is the default.
TEXT_SIZES: dict[Variant, tuple[float, ...]] = {
    Variant.STANDARD: (12, 14),
    Variant.LARGE_PRINT: (16, 18, 20),
    Variant.EASY_READ: (16, 18, 20),
}


def look_for(variant: Variant, text_size: float | None = None) -> Look:
    """The look of a version at the size asked for: every size grows together, never below."""
    base = LOOKS[variant]
    if text_size is None or text_size == base.body:
        return base
    if text_size not in TEXT_SIZES[variant]:
        raise ValueError(_("{variant} is printed at {sizes} pt, not {size}").format(
            variant=variant.label, sizes=TEXT_SIZES[variant], size=text_size))
    scale = text_size / base.body
    furniture = base.furniture if variant is Variant.STANDARD else text_size
    return replace(base, floor=text_size, body=text_size, cell=text_size, h1=base.h1 * scale,
                   h2=base.h2 * scale, h3=base.h3 * scale, furniture=furniture,
                   max_columns=base.max_columns - (1 if text_size > 16 else 0))


_BREAK_LINES = Paragraph.wrap


def _wrap_once(self: Paragraph, availWidth: float, availHeight: float  # noqa: N803
               ) -> tuple[float, float]:
    """Paragraph.wrap, remembering its line breaks: a paragraph is wrapped again and again
    at the same width (a table measures its cells, then splits and measures them again;
    a block kept together is measured, then laid out), and breaking its lines each time
    was the largest part of laying a plan out. The lines depend only on the paragraph's
    words, its style and the width, so the same width gives the same lines."""
    held = self.__dict__.get("_lines_at")
    if (held is not None and held[0] == availWidth and held[1] is self.__dict__.get("blPara")
            and held[2] is self.frags):
        self.width, self.height, self._wrapWidths = availWidth, held[3][1], list(held[4])
        remembered: tuple[float, float] = held[3]
        return remembered
    size: tuple[float, float] = _BREAK_LINES(self, availWidth, availHeight)
    if "blPara" in self.__dict__ and self.width == availWidth:
        self._lines_at = (availWidth, self.blPara, self.frags, size, list(self._wrapWidths))
    return size


def register_fonts() -> None:
    tagging.install()
    Paragraph.wrap = _wrap_once
    # Drawings start from ReportLab's default font (Helvetica, not embedded) unless told.
    STATE_DEFAULTS["fontName"] = FONT
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_FOLDER / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_FOLDER / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_DEVANAGARI, str(FONT_FOLDER / "Lohit-Devanagari.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)


@dataclass
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cover_title: ParagraphStyle
    cover_name: ParagraphStyle
    big: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_bold_right: ParagraphStyle
    toc: list[ParagraphStyle]


def make_styles(look: Look) -> Styles:
    def style(name: str, size: float, **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=extra.pop("fontName", FONT), fontSize=size,
                              leading=extra.pop("leading", size * look.leading),
                              textColor=extra.pop("textColor", INK), alignment=TA_LEFT,
                              **extra)

    cell = style("cell", look.cell, leading=look.cell * 1.3)
    return Styles(
        body=style("body", look.body, spaceAfter=look.body * 0.5),
        small=style("small", max(look.floor, look.body - 1.5), spaceAfter=3),
        # Headings keep with what follows, so none is left alone at the foot of a page.
        h1=style("h1", look.h1, fontName=FONT_BOLD, textColor=ACCENT, spaceBefore=4,
                 spaceAfter=look.h1 * 0.45, keepWithNext=1),
        h2=style("h2", look.h2, fontName=FONT_BOLD, textColor=ACCENT, spaceBefore=look.h2 * 0.6,
                 spaceAfter=4, keepWithNext=1),
        h3=style("h3", look.h3, fontName=FONT_BOLD, spaceBefore=look.h3 * 0.4, spaceAfter=2,
                 keepWithNext=1),
        cover_title=style("cover_title", look.h1 * 1.5, fontName=FONT_BOLD, textColor=ACCENT),
        cover_name=style("cover_name", look.h1 * 0.9),
        big=style("big", look.h1 * 1.3, fontName=FONT_BOLD, textColor=ACCENT),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD),
        cell_bold_right=ParagraphStyle("cell_bold_right", parent=cell, fontName=FONT_BOLD,
                                       alignment=TA_RIGHT),
        toc=[style("toc1", look.body, leftIndent=0, spaceBefore=2),
             style("toc2", max(look.floor, look.body - 1), leftIndent=14)],
    )


def text(value: str) -> str:
    """Escape free text for a Paragraph, keeping the person's line breaks."""
    return safe(value).replace("\n", "<br/>")


class Gap(Spacer):
    """Space between parts that is dropped at the top of a page.

    A plain Spacer at the top of a page tells a following KeepTogether that the page is
    no longer empty, so a block taller than a page would break to a new page and leave a
    page holding only its footer.
    """

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return width, 0
        size: tuple[float, float] = super().wrap(width, height)
        return size


class SectionPages(IndexingFlowable):
    """The page each section starts on, learnt as the document is laid out.

    The numbers are printed where they are wanted (the contents, "page 7") when the canvas
    saves the document, once every page is known (`NumberedCanvas.later`), so the plan is
    laid out only once.
    """

    def __init__(self) -> None:
        super().__init__()
        self.known: dict[str, int] = {}

    def notify(self, kind: str, stuff: Any) -> None:
        if kind == "SectionPage":
            key, page = stuff
            self.known.setdefault(key, page)

    def beforeBuild(self) -> None:
        self.known = {}

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def _drawn_later(canvas: Any, draw: Callable[[], None]) -> None:
    """`draw` where the canvas is now, once every page is known (or at once on a canvas
    that cannot wait)."""
    later = getattr(canvas, "later", None)
    if later is None:
        draw()
    else:
        later(draw)


class PageRef(Flowable):
    """"page 7": the page a section starts on, drawn once the document is laid out. Its
    size does not depend on the number."""

    structure_tag = "Reference"

    def __init__(self, pages: SectionPages, key: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.pages = pages
        self.key = key
        self.style = style

    def words(self) -> str:
        page = self.pages.known.get(self.key)
        return _("page {page}").format(page=page) if page else ""

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        self.width = width
        return width, self.style.leading

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(FONT, self.style.fontSize)
        canvas.setFillColor(INK)
        x, y = self.width, self.style.leading - self.style.fontSize
        _drawn_later(canvas, lambda: canvas.drawRightString(x, y, self.words()))


class Contents(TableOfContents):
    """The contents page; its table is marked so that it is tagged TOC and TOCI.

    Its entries (the section headings) are given before the plan is laid out
    (`expect`), and each entry's dots and page number are drawn once the pages are known,
    so one layout is enough: the numbers never change the size of the contents.
    """

    def expect(self, story: list[Flowable]) -> None:
        """The headings the contents will list, in order, from the story itself."""
        self._lastEntries = [(0, flowable.outline_title, 0, flowable.outline_key)
                             for flowable in _contents_headings(story)]
        self._entries: list[tuple[int, str, int, str | None]] = []

    def listed_as_expected(self) -> bool:
        """Whether the headings laid out are the ones expected (never otherwise, unless a
        heading is hidden where the contents cannot see it: then it is laid out again)."""
        return [entry[1:4:2] for entry in self._entries] == [
            entry[1:4:2] for entry in self._lastEntries]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._table.toc = True
        self.canv.setNamedCB("drawTOCEntryEnd", self._entry_end(availWidth, availHeight))
        return size

    def _entry_end(self, width: float, height: float) -> Callable[[Any, str, str], None]:
        """ReportLab's drawing of an entry's dots and page number (`drawPageNumbers`), done
        once the page is known, from where the entry's words end."""
        def entry_end(canvas: Any, _kind: str, label: str) -> None:
            _page, level, key = label.split(",")
            style = self.getLevelStyle(int(level))
            dot = " . " if self.dotsMinLevel >= 0 and int(level) >= self.dotsMinLevel else ""
            where = dict(canvas._curr_tx_info)
            wanted = literal_eval(key)

            def draw() -> None:
                canvas._curr_tx_info = where
                page = next((entry[2] for entry in self._entries if entry[3] == wanted), 0)
                drawPageNumbers(canvas, style, [(page, wanted)], width, height, dot)

            _drawn_later(canvas, draw)

        return entry_end


def _contents_headings(flowables: list[Flowable]) -> list[Any]:
    """The top-level headings of a story as the document lays them out (inside blocks kept
    together too): each makes a line of the contents (`_PlanDocument.afterFlowable`)."""
    found: list[Any] = []
    for flowable in flowables:
        if isinstance(flowable, _HeadingRow) or (isinstance(flowable, Heading)
                                                 and flowable.outline_level == 0):
            found.append(flowable)
        inner = getattr(flowable, "_content", None)
        if isinstance(flowable, KeepTogether) and isinstance(inner, list):
            found.extend(_contents_headings(inner))
    return found


class Heading(Paragraph):
    """A section heading that also makes a bookmark and a line of the contents."""

    def __init__(self, title: str, style: ParagraphStyle, key: str, level: int = 0) -> None:
        super().__init__(safe(title), style)
        self.outline_title = title
        self.outline_key = key
        self.outline_level = level


class NumberedCanvas(Canvas):
    """Holds pages back until the end so each footer can say "Page x of y"."""

    footer_name = ""
    footer_date = ""
    footer_size = 10.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Without this the canvas starts in Helvetica, a font that is not embedded.
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = FONT
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []
        # What is drawn on this page once every page is known: (place, state, draw).
        self._later: list[tuple[int, dict[str, Any], Callable[[], None]]] = []
        # Each pass of a build draws on a new canvas; the one saved writes its structure.
        self.tagger = Tagger()

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()
        self._later = []

    def later(self, draw: Callable[[], None]) -> None:
        """Draw here, but only when the document is saved: a page number that points
        forward is known then. Its place in the page's drawing is kept (inside the marked
        content it belongs to), and `draw` runs with the canvas as it is now."""
        self._code.append("")
        self._later.append((len(self._code) - 1, dict(self.__dict__), draw))

    def _draw_later(self, links: int) -> int:
        """Draw what waited on this page; `links`: the links named so far in the document
        (each new link gets the next name). Returns the links named after."""
        for place, then, draw in self._later:
            now = dict(self.__dict__)
            self.__dict__.update(then)
            code: list[str] = []
            self._code = code
            self._annotationCount = links
            draw()
            links = self._annotationCount
            self.__dict__.update(now)
            self._code[place] = "\n".join(code)
        return links

    def save(self) -> None:
        total = len(self._saved_pages)
        links: int = self._annotationCount
        for state in self._saved_pages:
            self.__dict__.update(state)
            links = self._draw_later(links)
            self._draw_footer(total)
            super().showPage()
        self._annotationCount = links
        tagging.write_structure(self, self.tagger)
        super().save()

    def _draw_footer(self, total: int) -> None:
        width, _height = self._pagesize
        size = self.footer_size
        page = _("Page {page} of {pages}").format(page=self._pageNumber, pages=total)
        room = width - 36 * mm
        name = self.footer_name
        words = f"{name} · {self.footer_date}"
        # A very long name at large print is cut short, never run off the page.
        while len(name) > 1 and pdfmetrics.stringWidth(words, FONT, size) > room:
            name = name[:-2].rstrip() + "…"
            words = f"{name} · {self.footer_date}"
        one_line = (pdfmetrics.stringWidth(words, FONT, size)
                    + pdfmetrics.stringWidth(page, FONT, size) + size * 2 < room)
        # Large print: the page number has a line of its own, so the two never overlap.
        name_y = 10 * mm if one_line else 10 * mm + size * 1.3
        # Page furniture is an artifact: a screen reader does not read it between paragraphs.
        self.tagger.begin_artifact(self, "Footer")
        self.saveState()
        self.setStrokeColor(RULE)
        rule_y = name_y + size * 1.6
        self.line(18 * mm, rule_y, width - 18 * mm, rule_y)
        self.setFillColor(INK)
        x = 18 * mm
        # The name may mix scripts: each run is drawn in a font that has its letters.
        for run in re.split(r"([\u0900-\u097F\u200c\u200d]+)", words):
            if not run:
                continue
            font = font_for(run, FONT)
            self.setFont(font, size)
            self.drawString(x, name_y, run)
            x += pdfmetrics.stringWidth(run, font, size)
        self.setFont(FONT, size)
        self.drawRightString(width - 18 * mm, 10 * mm, page)
        self.restoreState()
        self.tagger.end_artifact(self)


def furniture_room(size: float) -> float:
    """The bottom margin that leaves room for the footer at this size."""
    room: float = 14 * mm + size * (3.6 if size > 12 else 2.2)
    return room


class PlanDocument(SimpleDocTemplate):
    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self.canv.bookmarkPage(flowable.outline_key)
            self.canv.addOutlineEntry(flowable.outline_title, flowable.outline_key,
                                      level=flowable.outline_level, closed=False)
            if flowable.outline_level == 0:
                self.notify("TOCEntry", (0, flowable.outline_title, self.page,
                                         flowable.outline_key))
                self.notify("SectionPage", (flowable.outline_key, self.page))


CELL_PADDING = 6  # ReportLab's default left and right padding of a table cell


def _overflows(rows: list[list[Any]], widths: list[float], look: Look) -> bool:
    """Whether a figure (a plain string) would run past its column at this size."""
    return any(isinstance(cell, str)
               and pdfmetrics.stringWidth(cell, FONT_BOLD, look.cell) > width - 2 * CELL_PADDING
               for row in rows for cell, width in zip(row, widths, strict=False))


# Letters of a word a column of words keeps whole when widths are shared out; a longer word
# is broken where it must be.
LONG_WORD = 12


def _fitted_widths(rows: list[list[Any]], widths: list[float], look: Look
                   ) -> list[float] | None:
    """Widths that give each figure room on one line, taken from the columns of words;
    None when the words would have to break inside a word."""
    def width_of(words: str, font: str) -> float:
        drawn: float = pdfmetrics.stringWidth(words, font, look.cell)
        return drawn + 2 * CELL_PADDING

    need = list(widths)
    wordy: list[int] = []
    for column in range(len(widths)):
        cells = [row[column] for row in rows[1:] if column < len(row)]
        figures = [cell for cell in cells if isinstance(cell, str)]
        if figures and len(figures) == len(cells):
            need[column] = max(widths[column], *[width_of(f, FONT_BOLD) for f in figures])
        else:
            wordy.append(column)
    short = sum(need) - sum(widths)
    if not wordy or short <= 0:
        return None if short > 0 else need
    # A very long word ("Llanfairpwllgwyngyll") is broken where it must (the paragraphs
    # split long words); it is not worth printing the whole table a block a line.
    longest = {column: max([width_of(word[:LONG_WORD], FONT_BOLD)
                            for row in rows for word in re.sub(r"<[^>]+>", " ", _words_of(
                                row[column] if column < len(row) else "")).split()]
                           or [0.0]) for column in wordy}
    spare = sum(widths[c] - longest[c] for c in wordy if widths[c] > longest[c])
    if spare < short:
        return None
    for column in wordy:
        room = max(widths[column] - longest[column], 0.0)
        need[column] = widths[column] - short * room / spare
    return need


def _words_of(cell: Any) -> str:
    if isinstance(cell, Paragraph):
        return str(cell.text)
    return safe(str(cell)) if cell is not None else ""


@lru_cache(maxsize=16)
def _styles_for(look: Look) -> Styles:
    return make_styles(look)


def _reflowed(rows: list[list[Any]], width: float, look: Look, total_rows: int) -> Table:
    """A table too wide for its size laid out again: one block a row, each figure on its own
    line beside its column heading. Nothing shrinks and no column is dropped."""
    s = _styles_for(look)
    headings = [_words_of(cell) for cell in rows[0]]
    blocks: list[list[Any]] = []
    for number, row in enumerate(rows[1:], start=1):
        total = number > len(rows) - 1 - total_rows
        label = Paragraph(_words_of(row[0]) or headings[0], s.cell_bold)
        lines: list[list[Any]] = [[label, ""]]
        for heading, cell in zip(headings[1:], row[1:], strict=False):
            words = _words_of(cell)
            if words.strip():
                lines.append([Paragraph(heading, s.cell),
                              Paragraph(words, s.cell_bold if total else s.cell)])
        block = Table(lines, colWidths=[0.5 * width, 0.5 * width], hAlign="LEFT")
        block.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("SPAN", (0, 0), (1, 0)),
            ("BACKGROUND", (0, 0), (-1, 0), SOFT),
            ("LINEABOVE", (0, 0), (-1, 0), 1.2 if total else 0.6, INK if total else RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        block.reflowed = True
        blocks.append([block])
    # One row a block: a page may end between blocks, never inside one.
    stack = LayoutTable(blocks, colWidths=[width], splitInRow=0, hAlign="LEFT")
    stack.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), look.cell * 0.6)]))
    return stack


def _table(rows: list[list[Any]], widths: list[float], look: Look, *, total_rows: int = 0,
           right: tuple[int, ...] = ()) -> Table:
    """A table of the plan: header row repeated on each page, no row split across pages.

    Figures are plain strings (drawn without text layout, which keeps long plans quick) in
    the `right` columns; the last `total_rows` are bold. A table too wide for the size of
    its words is laid out again, one block a row (see `_reflowed`).
    """
    if len(widths) > look.max_columns:
        return _reflowed(rows, sum(widths), look, total_rows)
    if _overflows(rows, widths, look):
        fitted = _fitted_widths(rows, widths, look)
        if fitted is None:
            return _reflowed(rows, sum(widths), look, total_rows)
        widths = fitted
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=0, hAlign="LEFT")
    pad = look.cell * 0.4
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 1), (-1, -1), look.cell),
        ("LEADING", (0, 1), (-1, -1), look.cell * 1.3),
        *[("ALIGN", (column, 1), (column, -1), "RIGHT") for column in right],
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]
    for row in range(1, len(rows) - total_rows):
        if row % 2 == 0:
            style.append(("BACKGROUND", (0, row), (-1, row), SOFT))
    if total_rows:
        style.append(("LINEABOVE", (0, len(rows) - total_rows), (-1, len(rows) - total_rows),
                      1.2, INK))
        style.append(("FONTNAME", (0, len(rows) - total_rows), (-1, -1), FONT_BOLD))
        # A total's label ("This option, one-off costs") runs on over the empty cells
        # beside it rather than wrapping a word a line in the narrow first column.
        for row in range(len(rows) - total_rows, len(rows)):
            empty = 0
            while 1 + empty < len(rows[row]) - 1 and rows[row][1 + empty] == "":
                empty += 1
            if empty:
                style.append(("SPAN", (0, row), (empty, row)))
    table.setStyle(TableStyle(style))
    return table


class PlanWriter:
    """Builds the flowables of one plan, section by section."""

    def __init__(self, version: PlanVersion, options: PrintOptions, width: float) -> None:
        self.version = version
        self.options = options
        self.width = width
        self.look = look_for(options.variant, options.text_size)
        self.s = make_styles(self.look)
        self.easy = options.variant is Variant.EASY_READ
        self.first = options.money_first
        self.second = Period.YEAR if self.first is not Period.YEAR else Period.WEEK
        self.section_pages = SectionPages()
        self.toc: Contents | None = None  # made with the story (easy read has its own)
        self._plan_costs: PACosts | None = None
        self._head_styles: dict[bool, ParagraphStyle] = {}

    def plan_costs(self) -> PACosts:
        """The plan's PA costs with its one Employment Allowance, worked out once."""
        if self._plan_costs is None:
            self._plan_costs = plan_pa_costs(self.version)
        return self._plan_costs

    def header_cell(self, value: str, right: bool = False) -> Paragraph:
        style = self._head_styles.get(right)
        if style is None:  # made once for each side: every table has a header row
            style = self._head_styles[right] = ParagraphStyle(
                "head", parent=self.s.cell_bold_right if right else self.s.cell_bold,
                textColor=colors.white)
        return Paragraph(safe(value), style)

    def cell(self, value: str, *, bold: bool = False) -> Paragraph:
        return Paragraph(text(value), self.s.cell_bold if bold else self.s.cell)

    def heading(self, key: str) -> Flowable:
        return Heading(translated(SECTION_TITLES[key]), self.s.h1, key)

    def answer(self, question: str, value: str) -> list[Flowable]:
        shown = value.strip() or _("Not written yet.")
        return [Paragraph(safe(question), self.s.h3), Paragraph(text(shown), self.s.body)]

    # Sections ---------------------------------------------------------------------------

    def cover(self, printed_on: date) -> list[Flowable]:
        v = self.version
        parts: list[Flowable] = [self.section_pages]
        if self.options.photo is not None and self.options.photo.exists():
            photo = Image(str(self.options.photo))
            photo._restrictSize(45 * mm, 45 * mm)
            photo.hAlign = "LEFT"
            parts += [photo, Spacer(1, 4 * mm)]
        parts += [Paragraph(_("My support plan"), self.s.cover_title), Spacer(1, 3 * mm),
                  Paragraph(_("This plan belongs to {name}").format(name=safe(v.person.name)),
                            self.s.cover_name),
                  Spacer(1, 4 * mm)]
        facts = [[_("Date of this plan"), long_date(printed_on)],
                 [_("Version"), str(v.number)],
                 [_("Who helped make it"), v.participants.strip() or _("Not written yet")]]
        rows = [[self.cell(a, bold=True), self.cell(b)] for a, b in facts]
        label = 0.38 if self.look.compact or self.look.body >= 16 else 0.32
        # A long answer may run over a page at large print: the row splits, not the build.
        table = Table(rows, colWidths=[label * self.width, (1 - label) * self.width],
                      hAlign="LEFT", splitInRow=1)
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return [*parts, table, *self.glance(), PageBreak()]

    def glance(self) -> list[Flowable]:
        """Page one: my plan at a glance, each item with the page where it is told in full."""
        parts: list[Flowable] = [Paragraph(_("My plan at a glance"), self.s.h2)]
        ref_width = (pdfmetrics.stringWidth(_("page {page}").format(page=99), FONT,
                                            self.look.body) + 2 * CELL_PADDING)
        for item in glance_items(self.version):
            words = Paragraph(f"<b>{safe(item.label)}:</b> {text(item.words)}", self.s.body)
            if item.section not in self.options.sections:
                parts.append(words)
                continue
            row = LayoutTable([[words, PageRef(self.section_pages, item.section, self.s.body)]],
                              colWidths=[self.width - ref_width, ref_width], hAlign="LEFT",
                              splitInRow=1)
            row.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("LEFTPADDING", (0, 0), (0, -1), 0),
                                     ("TOPPADDING", (0, 0), (-1, -1), 0),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            parts.append(row)
        return parts

    def contents(self) -> list[Flowable]:
        toc = self.toc = Contents()
        toc.levelStyles = self.s.toc
        toc.tableStyle = TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP")])
        toc.dotsMinLevel = 0
        return [Paragraph(_("What is in my plan"), self.s.h1), toc, PageBreak()]

    def about(self) -> list[Flowable]:
        v = self.version
        return [self.heading("about"),
                *self.answer(_("The name I like to be called"), v.preferred_name),
                *self.answer(_("What people like and admire about me"), v.admired),
                *self.answer(_("How best to communicate with me"), v.communication),
                *self.answer(_("How I make decisions, and who helps me"), v.decisions)]

    def good_life(self) -> list[Flowable]:
        v = self.version
        parts: list[Flowable] = [
            self.heading("good_life"),
            *self.answer(_("What a good life looks like for me"), v.good_life),
            *self.answer(_("What matters to me now"), v.matters_now),
            *self.answer(_("What matters to me in the future"), v.matters_future),
        ]
        if not v.goals:
            return parts
        goals_heading = Paragraph(_("My goals"), self.s.h2)
        if self.look.compact:
            for number, goal in enumerate(v.goals):
                when = (" " + _("By {date}.").format(date=long_date(goal.target_date))
                        if goal.target_date else "")
                block = [Paragraph(f"★ {safe(goal.title)}", self.s.h3),
                         Paragraph(text(goal.how_i_will_know) + safe(when), self.s.body)]
                # The heading travels with the first goal.
                parts.append(KeepTogether([goals_heading, *block] if number == 0 else block))
            return parts
        parts.append(goals_heading)
        rows: list[list[Any]] = [[self.header_cell(_("My goal")),
                                  self.header_cell(_("How I will know it is happening")),
                                  self.header_cell(_("By when"))]]
        for goal in v.goals:
            rows.append([self.cell(goal.title), self.cell(goal.how_i_will_know),
                         self.cell(long_date(goal.target_date) if goal.target_date else "")])
        parts.append(_table(rows, [0.36 * self.width, 0.44 * self.width, 0.2 * self.width],
                            self.look))
        return parts

    def needs(self) -> list[Flowable]:
        """What I need support with, in my words, and the goals and options that meet it."""
        v = self.version
        needs = v.support_needs.strip() or _("Not written yet.")
        parts: list[Flowable] = [self.heading("needs"), *self.answer_lines(needs)]
        served = [(goal, [o.title for o in v.options if goal in o.goals]) for goal in v.goals]
        if served:
            parts.append(Paragraph(_("How my goals and options meet it"), self.s.h3))
            for goal, options in served:
                how = ", ".join(options) if options else _("no option yet")
                parts.append(Paragraph(f"• <b>{safe(goal.title)}</b>: {safe(how)}.",
                                       self.s.body))
        return parts

    def bring(self) -> list[Flowable]:
        v = self.version
        return [self.heading("bring"),
                *self.answer(_("My strengths and skills"), v.strengths),
                *self.answer(_("My own resources"), v.own_resources),
                *self.answer(_("What I contribute to others"), v.contribution)]

    def people(self) -> list[Flowable]:
        v = self.version
        parts: list[Flowable] = [self.heading("people")]
        if not v.relationships:
            return [*parts, Paragraph(_("Not written yet."), self.s.body)]
        me = v.preferred_name or v.person.name
        drawing = circle_of_people(me, [(p.name, p.closeness) for p in v.relationships],
                                   self.width, FONT, FONT_BOLD, self.look.cell,
                                   font_for=font_for)
        parts += [drawing, Gap(1, 4 * mm)]
        for number, person in enumerate(v.relationships, start=1):
            hours = person.unpaid_hours_per_week
            helps = person.helps_with.strip()
            if helps and helps[-1] not in ".!?":
                helps += "."
            extra = (" " + _("About {hours} unpaid hours a week.").format(hours=f"{hours:f}")
                     if hours else "")
            line = (f"{number}. <b>{safe(person.name)}</b> "
                    f"({translated(RING_NAMES.get(person.closeness, '')).lower()}): "
                    f"{text(helps)}{safe(extra)}")
            parts.append(Paragraph(line, self.s.body))
        return parts

    def _how(self, line: BudgetLine) -> tuple[str, str]:
        """How much and how often, as typed for this very line (two lines may share a name);
        a line worked out by the program (a PA's pay, the allowance) says so."""
        if line.typed is None:
            return "", _("worked out")
        amount, frequency, hours_per_week = line.typed
        if frequency is Frequency.PER_HOUR:
            hours = f"{hours_per_week or 0:f}".rstrip("0").rstrip(".")
            return money_text(amount), _("an hour, {hours} h a week").format(hours=hours)
        return money_text(amount), frequency.label

    def cost_table(self, option: Option) -> list[Flowable]:
        summary = option_summary(self.version, option, self.plan_costs())
        w = self.width
        total = summary.total
        if self.look.compact:
            # Large print and easy read: four wide columns, the first money period only.
            rows: list[list[Any]] = [[self.header_cell(_("What")),
                                      self.header_cell(_("How much")),
                                      self.header_cell(_("Who pays")),
                                      self.header_cell(self.first.heading, True)]]
            for line in summary.lines:
                how_much, how_often = self._how(line)
                amount = f"{how_much} {how_often}".strip()
                figure = (_("{amount} once").format(amount=line.one_off_figure().format())
                          if line.one_off
                          else line.figure(self.first).format())
                rows.append([self.cell(line.label), self.cell(amount),
                             self.cell(line.payer.short_label), figure])
            rows.append([self.cell(_("This option"), bold=True), "", "",
                         total[self.first].format()])
            once = self._once_row(total, 4)
            rows.extend(once)
            return [_table(rows, [0.3 * w, 0.22 * w, 0.27 * w, 0.21 * w], self.look,
                           total_rows=1 + len(once), right=(3,))]
        rows = [[self.header_cell(_("What")), self.header_cell(_("How much"), True),
                 self.header_cell(_("How often")), self.header_cell(_("Who pays")),
                 self.header_cell(self.first.heading, True),
                 self.header_cell(self.second.heading, True)]]
        for line in summary.lines:
            how_much, how_often = self._how(line)
            first = line.figure(self.first).format() if line.yearly else ""
            second = line.figure(self.second).format() if line.yearly else (
                _("{amount} once").format(amount=line.one_off_figure().format())
                if line.one_off else "£0.00")
            rows.append([self.cell(line.label), how_much, self.cell(how_often),
                         self.cell(line.payer.label), first, second])
        rows.append([self.cell(_("This option"), bold=True), "", "", "",
                     total[self.first].format(), total[self.second].format()])
        once = self._once_row(total, 6)
        rows.extend(once)
        return [_table(rows, [0.22 * w, 0.12 * w, 0.12 * w, 0.2 * w, 0.15 * w, 0.19 * w],
                       self.look, total_rows=1 + len(once), right=(1, 4, 5))]

    def _once_row(self, total: Column, width: int) -> list[list[Any]]:
        """The option's one-off costs as a total row of their own, so they are counted."""
        if total.one_off.is_zero():
            return []
        return [[self.cell(_("This option, one-off costs"), bold=True),
                 *[""] * (width - 2), _("{amount} once").format(amount=total.one_off.format())]]

    def options_section(self) -> list[Flowable]:
        v = self.version
        heading = self.heading("options")
        parts: list[Flowable] = [] if v.options else [heading]
        warnings = option_warnings(v)
        duties = employer_duty_warnings(v)
        for number, option in enumerate(v.options):
            title = Heading(option.title or _("An option"), self.s.h2, f"option-{option.id}", 1)
            kind = Paragraph(_("<b>Kind:</b> {kind}").format(kind=safe(option.kind.label)),
                             self.s.body)
            block: list[Flowable] = [title, kind]
            if option.description.strip():
                block.extend(self.answer_lines(option.description))
            if option.goals:
                goals = "; ".join(goal.title for goal in option.goals)
                block.append(Paragraph(_("<b>Goals it serves:</b> {goals}").format(
                    goals=safe(goals)), self.s.body))
            if number == 0:
                # The section heading travels with the first option, never alone.
                block.insert(0, heading)
                sentence = allowance_sentence(v)
                if sentence:
                    block.insert(1, Paragraph(safe(sentence), self.s.body))
            table = [*self.cost_table(option), *self.employer_notes(option, warnings,
                                                                    duties)]
            if option.kind is OptionKind.PERSONAL_ASSISTANTS and option.pa_roles:
                duties = []  # the employer's duties are printed once, by the first PAs
            if len(option.cost_lines) < 12:
                parts.append(KeepTogether([*block, *table]))
            else:
                parts.extend(block)
                parts.extend(table)
            parts.append(Gap(1, 4 * mm))
        return parts

    def employer_notes(self, option: Option, warnings: dict[object, tuple[str, ...]],
                       duties: list[str]) -> list[Flowable]:
        """Beside a PA option's costs: warnings about its PAs, then my employer's duties."""
        if option.kind is not OptionKind.PERSONAL_ASSISTANTS or not option.pa_roles:
            return []
        parts: list[Flowable] = [Spacer(1, 2 * mm)]
        about_pas = warnings.get(option.id, ())
        # A heading never ends a page alone: it is kept with its first point.
        for heading, points in ((_("Things to know about these PAs"), about_pas),
                                (_("What I must do as an employer"), duties)):
            if not points:
                continue
            bullets = [Paragraph(f"• {safe(point)}", self.s.body) for point in points]
            parts.append(KeepTogether([Paragraph(f"<b>{heading}</b>", self.s.body),
                                       bullets[0]]))
            parts.extend(bullets[1:])
        return parts if len(parts) > 1 else []

    def answer_lines(self, value: str) -> list[Flowable]:
        return [Paragraph(text(value), self.s.body)]

    def chosen(self) -> list[Flowable]:
        v = self.version
        parts: list[Flowable] = [self.heading("chosen")]
        scenario = next((s for s in v.scenarios if s.id == v.chosen_scenario_id), None)
        if scenario is None:
            return [*parts, Paragraph(_("I have not chosen yet."), self.s.body)]
        names = ", ".join(option.title for option in scenario.options)
        parts += [Paragraph(_("I chose <b>{scenario}</b>: {options}.").format(
                      scenario=safe(scenario.name), options=safe(names)), self.s.body),
                  *self.answer(_("Why I chose this"), v.why_chosen)]
        if len(v.scenarios) > 1:
            parts.append(Paragraph(_("The ways I compared"), self.s.h2))
            # No personal budget column for a plan paid from my own money.
            budget = personal_budget_applies(v)
            rows: list[list[Any]] = [[self.header_cell(_("Scenario")),
                                      *([self.header_cell(_("My personal budget, {period}")
                                                          .format(period=self.first.label),
                                                          True)]
                                        if budget else []),
                                      self.header_cell(_("All costs, {period}").format(
                                          period=self.second.label), True)]]
            for other in v.scenarios:
                summary = options_summary(v, other.options)
                mark = " " + _("(chosen)") if other.id == v.chosen_scenario_id else ""
                rows.append([self.cell(other.name + mark),
                             *([summary.by_payer[Payer.PERSONAL_BUDGET][self.first].format()]
                               if budget else []),
                             summary.total[self.second].format()])
            w = self.width
            widths = [0.44 * w, 0.28 * w, 0.28 * w] if budget else [0.6 * w, 0.4 * w]
            parts.append(_table(rows, widths, self.look,
                                right=(1, 2) if budget else (1,)))
        return parts

    def money(self) -> list[Flowable]:
        v = self.version
        summary = options_summary(v, counted_options(v))
        parts: list[Flowable] = [KeepTogether([
            self.heading("money"),
            Paragraph(_("One year is 52 weeks; a month is a twelfth of a year. "
                        "Each total adds up the figures above it."), self.s.small),
            self.totals_table(summary), *self.verdict(summary)])]
        parts.append(Gap(1, 5 * mm))
        chart_size = max(self.look.floor, self.look.cell)
        by_payer = [(p.short_label, summary.by_payer[p][Period.YEAR])
                    for p in summary.payers_used()]
        by_kind = [(k.label, summary.by_kind[k][Period.YEAR]) for k in OptionKind
                   if not summary.by_kind[k].is_zero()]
        if by_payer:
            parts.append(KeepTogether([bar_chart(_("My money a year, by who pays"), by_payer,
                                                 self.width, FONT, FONT_BOLD, chart_size)]))
            parts.append(Gap(1, 4 * mm))
        if by_kind:
            parts.append(KeepTogether([bar_chart(_("My money a year, by kind of support"),
                                                 by_kind, self.width, FONT, FONT_BOLD,
                                                 chart_size)]))
        return parts

    def verdict(self, summary: BudgetSummary) -> list[Flowable]:
        comparison = summary.comparison
        if comparison is None:
            if personal_budget_applies(self.version):
                return []
            return [Spacer(1, 3 * mm), Paragraph(f"<b>{safe(translated(NO_PERSONAL_BUDGET))}</b>",
                                                 self.s.body)]
        left = comparison.left(Period.YEAR)
        budget = comparison.budget[Period.YEAR].format()
        if left.is_negative():
            sentence = _("My personal budget is {budget} a year. My support costs "
                         "{over} a year more than my personal budget.").format(
                budget=budget, over=(-left).format())
        else:
            sentence = _("My personal budget is {budget} a year. {left} a year is "
                         "left in my personal budget.").format(budget=budget,
                                                               left=left.format())
        return [Gap(1, 3 * mm), Paragraph(f"<b>{safe(sentence)}</b>", self.s.body)]

    def totals_table(self, summary: BudgetSummary) -> Table:
        w = self.width
        if self.look.compact:
            periods: tuple[Period, ...] = (self.first, self.second)
            widths = [0.46 * w, 0.27 * w, 0.27 * w]
        else:
            periods = (Period.WEEK, Period.MONTH, Period.YEAR)
            widths = [0.36 * w, 0.16 * w, 0.16 * w, 0.16 * w, 0.16 * w]
        rows: list[list[Any]] = [[self.header_cell(_("Who pays")),
                                  *[self.header_cell(p.heading, True) for p in periods]]]
        if not self.look.compact:
            rows[0].append(self.header_cell(_("One-off"), True))

        def row(label: str, column: Column) -> list[Any]:
            figures = [column[p].format() for p in periods]
            if not self.look.compact:
                figures.append(column.one_off.format())
            return [self.cell(label), *figures]

        for payer in summary.payers_used():
            rows.append(row(payer.label, summary.by_payer[payer]))
        rows.append(row(_("All my support"), summary.total))
        return _table(rows, widths, self.look, total_rows=1,
                      right=tuple(range(1, len(widths))))

    @staticmethod
    def _blocks(heading: Flowable, blocks: list[list[Flowable]]) -> list[Flowable]:
        """Blocks kept whole, the section heading travelling with the first."""
        if not blocks:
            return [heading]
        return [KeepTogether([heading, *blocks[0]]),
                *[KeepTogether(block) for block in blocks[1:]]]

    def risks(self) -> list[Flowable]:
        heading = self.heading("risks")
        if not self.version.risks:
            return [heading, Paragraph(_("Not written yet."), self.s.body)]
        blocks: list[list[Flowable]] = []
        for risk in self.version.risks:
            blocks.append([
                Paragraph(text(risk.risk), self.s.h3),
                Paragraph(_("<b>What I choose:</b> {words}").format(
                    words=text(risk.my_choice)), self.s.body),
                Paragraph(_("<b>What makes it smaller:</b> {words}").format(
                    words=text(risk.made_smaller)), self.s.body),
                Paragraph(_("<b>Who helps:</b> {words}").format(words=text(risk.who_helps)),
                          self.s.body),
                Paragraph(_("<b>If it goes wrong:</b> {words}").format(
                    words=text(risk.if_wrong)), self.s.body),
            ])
        return self._blocks(heading, blocks)

    def contingency(self) -> list[Flowable]:
        heading = self.heading("contingency")
        if not self.version.contingencies:
            return [heading, Paragraph(_("Not written yet."), self.s.body)]
        blocks: list[list[Flowable]] = []
        for item in self.version.contingencies:
            block: list[Flowable] = [Paragraph(text(item.situation), self.s.h3),
                                     *self.answer_lines(item.arrangement)]
            for line in item.cost_lines:
                block.append(Paragraph(
                    _("Cost: {what}, {amount} {how_often}, paid by {who}.").format(
                        what=safe(line.description), amount=money_text(line.amount),
                        how_often=line.frequency.label, who=line.payer.label.lower()),
                    self.s.body))
            blocks.append(block)
        return self._blocks(heading, blocks)

    def pa_costs(self) -> list[Flowable]:
        v = self.version
        costs = pa_costs_for(v, counted_options(v))
        if not costs.options:
            return []
        table = rate_table_of(v)
        parts: list[Flowable] = [
            self.heading("pa_costs"),
            Paragraph(_("The figures use the {table} rate table: wages, holiday, "
                        "employer National Insurance, Employment Allowance and workplace "
                        "pension, each with its source.").format(table=safe(table.name)),
                      self.s.body)]
        for line in costs.lines:
            if line.working:
                parts.append(Paragraph(f"<b>{safe(line.label)}:</b> {safe(line.working)}",
                                       self.s.small))
        return parts

    def agreement(self) -> list[Flowable]:
        v = self.version
        parts: list[Flowable] = [
            self.heading("agreement"),
            *self.answer(_("Who took part in planning"), v.participants),
            Paragraph(_("<b>Next review:</b> {date}").format(
                date=long_date(v.next_review) if v.next_review else _("not set yet")),
                      self.s.body),
            *self.changes(),
            Gap(1, 8 * mm)]
        parts.append(KeepTogether([Paragraph(_("Signatures"), self.s.h3),
                                   self.signature_table()]))
        return parts

    def signature_table(self) -> Table:
        """Three lines to sign on: signed, name, date, tall enough to write in."""
        size = max(self.look.floor, self.look.cell)
        rows = [[_("Signed"), _("Name"), _("Date")]] + [["", "", ""] for _row in range(3)]
        table = Table(rows, colWidths=[0.45 * self.width, 0.35 * self.width, 0.2 * self.width],
                      rowHeights=[size * 1.6] + [size * 3.2] * 3, hAlign="LEFT")
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_BOLD),
                                   ("FONTSIZE", (0, 0), (-1, -1), size),
                                   ("LINEBELOW", (0, 1), (-1, -1), 0.8, INK),
                                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        return table

    def changes(self) -> list[Flowable]:
        """What changed since the last version, and how my goals went, for a review."""
        v = self.version
        older = [each for each in v.person.versions if each.number < v.number]
        if not older:
            return []
        diff = differences(older[-1], v)
        parts: list[Flowable] = [Paragraph(_("What changed since version {number}").format(
            number=older[-1].number), self.s.h2)]
        for title, items in ((_("Added"), diff.added), (_("Removed"), diff.removed),
                             (_("Changed"), diff.changed)):
            if items:
                parts.append(Paragraph(title, self.s.h3))
                parts += [Paragraph(f"• {safe(item)}", self.s.body) for item in items[:40]]
                if len(items) > 40:
                    parts.append(Paragraph(_("…and {count} more.").format(
                        count=len(items) - 40), self.s.body))
        if diff.nothing:
            parts.append(Paragraph(_("Nothing in the plan has changed."), self.s.body))
        if diff.money_before is not None and diff.money_after is not None:
            before = diff.money_before.by_payer[Payer.PERSONAL_BUDGET][Period.YEAR].format()
            after = diff.money_after.by_payer[Payer.PERSONAL_BUDGET][Period.YEAR].format()
            parts.append(Paragraph(_("<b>From my personal budget:</b> {before} a year before, "
                                     "{after} a year now.").format(before=before, after=after),
                                   self.s.body))
        went = [g for g in v.goals if g.what_worked or g.what_did_not]
        if went:
            parts.append(Paragraph(_("How my goals went"), self.s.h3))
            for goal in went:
                parts.append(Paragraph(f"<b>{safe(goal.title)}</b>", self.s.body))
                if goal.what_worked:
                    parts.append(Paragraph(_("What worked: {words}").format(
                        words=text(goal.what_worked)), self.s.body))
                if goal.what_did_not:
                    parts.append(Paragraph(_("What did not work: {words}").format(
                        words=text(goal.what_did_not)), self.s.body))
        return parts

    def story(self, printed_on: date) -> list[Flowable]:
        builders: dict[str, Callable[[], list[Flowable]]] = {
            "about": self.about, "good_life": self.good_life, "needs": self.needs,
            "bring": self.bring,
            "people": self.people, "options": self.options_section, "chosen": self.chosen,
            "money": self.money, "risks": self.risks, "contingency": self.contingency,
            "pa_costs": self.pa_costs, "agreement": self.agreement,
        }
        story = [*self.cover(printed_on), *self.contents()]
        for key in SECTIONS:
            # Easy read has no sums: the working of the PA costs stays in the standard plan.
            if key == "pa_costs" and self.easy:
                continue
            if key in self.options.sections:
                # A section starts on a new page when little room is left for its first lines.
                story.append(CondPageBreak(70 * mm))
                story.extend(builders[key]())
                story.append(Gap(1, 6 * mm))
        if self.easy:
            story += [CondPageBreak(70 * mm), *self.word_list()]
        return story

    def word_list(self) -> list[Flowable]:
        """The hard words explained, at the end: easy read only (export/easy_read.py)."""
        return []


class LayoutTable(Table):
    """A table for the layout only (words beside a picture or a page number, blocks one
    above another), not a table of data for a screen reader (export/tagging.py), and still
    so in each piece when it runs over a page: ReportLab makes the pieces of the same class,
    where an attribute set on the table would be lost."""

    layout_only = True


class _HeadingRow(Table):
    """A heading drawn beside its picture, still a heading for the outline and contents."""

    def __init__(self, table: Table, heading: Heading) -> None:
        self.__dict__.update(table.__dict__)
        self.outline_title = heading.outline_title
        self.outline_key = heading.outline_key
        self.outline_level = heading.outline_level
        self.keepWithNext = 1
        self.layout_only = True


class _PlanDocument(PlanDocument):
    """The plan is laid out and drawn once: the page numbers that point forward (the
    contents, "page 7") are drawn where they belong when the canvas saves the document,
    once every page is known (`NumberedCanvas.later`)."""

    def build_plan(self, story: list[Flowable], writer: PlanWriter,
                   canvasmaker: type[NumberedCanvas]) -> None:
        toc = writer.toc
        if toc is not None:
            toc.expect(story)
        self._indexingFlowables = [each for each in (toc, writer.section_pages)
                                   if each is not None]
        writer.section_pages.beforeBuild()
        self.build(story[:], canvasmaker=canvasmaker)
        if toc is not None and not toc.listed_as_expected():
            # The contents listed other headings than expected: laid out again with them,
            # as ReportLab's multiBuild would.
            toc._lastEntries, toc._entries = toc._entries, []
            writer.section_pages.beforeBuild()
            self.build(story[:], canvasmaker=canvasmaker)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _HeadingRow):
            self.canv.bookmarkPage(flowable.outline_key)
            self.canv.addOutlineEntry(flowable.outline_title, flowable.outline_key,
                                      level=flowable.outline_level, closed=False)
            self.notify("TOCEntry", (0, flowable.outline_title, self.page,
                                     flowable.outline_key))
            self.notify("SectionPage", (flowable.outline_key, self.page))
            return
        super().afterFlowable(flowable)


def write_plan_pdf(version: PlanVersion, out: Path, options: PrintOptions) -> PdfResult:
    """Write the plan as a PDF at `out` and say how many pages it has."""
    register_fonts()
    printed_on = options.printed_on or date.today()
    page = A4 if options.page_size is PageSize.A4 else LETTER
    person = version.person.name
    look = look_for(options.variant, options.text_size)
    # Built in a private file beside `out`, tagged, then put in place whole (0600).
    building = private_scratch(out)
    try:
        doc = _PlanDocument(str(building), pagesize=page, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=furniture_room(look.furniture),
                            title=_("My support plan: {name}").format(name=person), author=person,
                            subject=_("A support plan that belongs to {name} ({variant})").format(
                                name=person, variant=options.variant.label.lower()),
                            creator="Budget Planner", lang="en-GB")
        writer_class = PlanWriter
        if options.variant is Variant.EASY_READ:
            # Imported here: the easy-read writer is built on this module's PlanWriter.
            from budgetplanner.export.easy_read import EasyReadWriter
            writer_class = EasyReadWriter
        writer = writer_class(version, options, doc.width)
        canvas_class: type[NumberedCanvas] = type("PlanCanvas", (NumberedCanvas,),
                            {"footer_name": person,
                             "footer_date": _("printed {date}").format(date=long_date(printed_on)),
                             "footer_size": look.furniture})
        doc.build_plan(writer.story(printed_on), writer, canvas_class)
        write_private(out, building.read_bytes())
    finally:
        # Also when the build fails: no half-made file is left beside `out`.
        building.unlink(missing_ok=True)
    return PdfResult(out, doc.page)
