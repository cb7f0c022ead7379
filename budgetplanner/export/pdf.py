"""The printed plan that belongs to the person: an A4 PDF built with ReportLab platypus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

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
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from budgetplanner.budget import BudgetSummary, Column
from budgetplanner.periods import Frequency, Period
from budgetplanner.plan_money import (
    counted_options,
    option_summary,
    options_summary,
    pa_costs_for,
    rate_table_of,
)
from budgetplanner.storage.models import Option, PlanVersion

FONT_FOLDER = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#1d4e89")
SOFT = colors.HexColor("#eef3f8")
RULE = colors.HexColor("#c5d0dc")


class PageSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"


SECTIONS = (
    "about", "good_life", "bring", "people", "options", "chosen", "money", "risks",
    "contingency", "pa_costs", "agreement",
)


@dataclass(frozen=True)
class PrintOptions:
    page_size: PageSize = PageSize.A4
    sections: frozenset[str] = field(default_factory=lambda: frozenset(SECTIONS))
    printed_on: date | None = None


@dataclass(frozen=True)
class PdfResult:
    path: Path
    pages: int


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_FOLDER / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_FOLDER / "DejaVuSans-Bold.ttf")))
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
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_bold_right: ParagraphStyle


def make_styles() -> Styles:
    body = ParagraphStyle("body", fontName=FONT, fontSize=11.5, leading=17, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=10, leading=13, spaceAfter=0)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=10, leading=14),
        # Headings keep with what follows, so none is left alone at the foot of a page.
        h1=ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=20, leading=26,
                          textColor=ACCENT, spaceBefore=4, spaceAfter=10, keepWithNext=1),
        h2=ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=14, leading=19,
                          textColor=ACCENT, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        h3=ParagraphStyle("h3", parent=body, fontName=FONT_BOLD, fontSize=12, leading=16,
                          spaceBefore=6, spaceAfter=2, keepWithNext=1),
        cover_title=ParagraphStyle("cover_title", parent=body, fontName=FONT_BOLD,
                                   fontSize=30, leading=38, textColor=ACCENT),
        cover_name=ParagraphStyle("cover_name", parent=body, fontSize=18, leading=26),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD),
        cell_bold_right=ParagraphStyle("cell_bold_right", parent=cell, fontName=FONT_BOLD,
                                       alignment=TA_RIGHT),
    )


def text(value: str) -> str:
    """Escape free text for a Paragraph, keeping the person's line breaks."""
    return escape(value).replace("\n", "<br/>")


class Heading(Paragraph):
    """A section heading that also makes a bookmark in the PDF outline."""

    def __init__(self, title: str, style: ParagraphStyle, key: str, level: int = 0) -> None:
        super().__init__(escape(title), style)
        self.outline_title = title
        self.outline_key = key
        self.outline_level = level


class NumberedCanvas(Canvas):
    """Holds pages back until the end so each footer can say "Page x of y"."""

    footer_name = ""
    footer_date = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Without this the canvas starts in Helvetica, a font that is not embedded.
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = FONT
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width, _height = self._pagesize
        self.saveState()
        self.setStrokeColor(RULE)
        self.line(20 * mm, 16 * mm, width - 20 * mm, 16 * mm)
        self.setFont(FONT, 9)
        self.setFillColor(INK)
        self.drawString(20 * mm, 11 * mm, f"{self.footer_name} · printed {self.footer_date}")
        self.drawRightString(width - 20 * mm, 11 * mm,
                             f"Page {self._pageNumber} of {total}")
        self.restoreState()


class PlanDocument(SimpleDocTemplate):
    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self.canv.bookmarkPage(flowable.outline_key)
            self.canv.addOutlineEntry(flowable.outline_title, flowable.outline_key,
                                      level=flowable.outline_level, closed=False)


def long_date(day: date) -> str:
    return f"{day.day} {day.strftime('%B %Y')}"


def _table(rows: list[list[Any]], widths: list[float], *, total_rows: int = 0,
           right: tuple[int, ...] = ()) -> Table:
    """A table of the plan: header row repeated on each page, no row split across pages.

    Figures are plain strings (drawn without text layout, which keeps long plans quick) in
    the `right` columns; the last `total_rows` are bold.
    """
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=0, hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 1), (-1, -1), 10),
        *[("ALIGN", (column, 1), (column, -1), "RIGHT") for column in right],
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for row in range(1, len(rows) - total_rows):
        if row % 2 == 0:
            style.append(("BACKGROUND", (0, row), (-1, row), SOFT))
    if total_rows:
        style.append(("LINEABOVE", (0, len(rows) - total_rows), (-1, len(rows) - total_rows),
                      1.2, INK))
        style.append(("FONTNAME", (0, len(rows) - total_rows), (-1, -1), FONT_BOLD))
    table.setStyle(TableStyle(style))
    return table


class PlanWriter:
    """Builds the flowables of one plan, section by section."""

    def __init__(self, version: PlanVersion, options: PrintOptions, width: float) -> None:
        self.version = version
        self.options = options
        self.width = width
        self.s = make_styles()
        self.name = version.preferred_name.strip() or version.person.name

    def header_cell(self, value: str, right: bool = False) -> Paragraph:
        style = ParagraphStyle("head", parent=self.s.cell_bold_right if right else self.s.cell_bold,
                               textColor=colors.white)
        return Paragraph(escape(value), style)

    def cell(self, value: str, *, right: bool = False, bold: bool = False) -> Paragraph:
        if bold:
            style = self.s.cell_bold_right if right else self.s.cell_bold
        else:
            style = self.s.cell_right if right else self.s.cell
        return Paragraph(text(value), style)

    def answer(self, question: str, value: str) -> list[Flowable]:
        shown = value.strip() or "Not written yet."
        return [Paragraph(escape(question), self.s.h3), Paragraph(text(shown), self.s.body)]

    # Sections ---------------------------------------------------------------------------

    def cover(self, printed_on: date) -> list[Flowable]:
        v = self.version
        parts: list[Flowable] = [
            Spacer(1, 40 * mm),
            Paragraph("My support plan", self.s.cover_title),
            Spacer(1, 6 * mm),
            Paragraph(f"This plan belongs to {escape(v.person.name)}", self.s.cover_name),
            Spacer(1, 14 * mm),
        ]
        facts = [["Date of this plan", long_date(printed_on)],
                 ["Version", str(v.number)],
                 ["Next review", long_date(v.next_review) if v.next_review else "Not set yet"],
                 ["Who helped make it", v.participants.strip() or "Not written yet"]]
        rows = [[self.cell(a, bold=True), self.cell(b)] for a, b in facts]
        table = Table(rows, colWidths=[55 * mm, self.width - 55 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        parts += [table, PageBreak()]
        return parts

    def about(self) -> list[Flowable]:
        v = self.version
        return [Heading("About me", self.s.h1, "about"),
                *self.answer("The name I like to be called", v.preferred_name),
                *self.answer("What people like and admire about me", v.admired),
                *self.answer("How best to communicate with me", v.communication),
                *self.answer("How I make decisions, and who helps me", v.decisions)]

    def good_life(self) -> list[Flowable]:
        v = self.version
        parts: list[Flowable] = [
            Heading("What matters to me", self.s.h1, "good_life"),
            *self.answer("What a good life looks like for me", v.good_life),
            *self.answer("What matters to me now", v.matters_now),
            *self.answer("What matters to me in the future", v.matters_future),
        ]
        if v.goals:
            parts.append(Paragraph("My goals", self.s.h2))
            rows: list[list[Any]] = [[self.header_cell("My goal"),
                                      self.header_cell("How I will know it is happening"),
                                      self.header_cell("By when")]]
            for goal in v.goals:
                rows.append([self.cell(goal.title), self.cell(goal.how_i_will_know),
                             self.cell(long_date(goal.target_date) if goal.target_date else "")])
            parts.append(_table(rows, [0.36 * self.width, 0.44 * self.width, 0.2 * self.width]))
        return parts

    def bring(self) -> list[Flowable]:
        v = self.version
        return [Heading("What I bring", self.s.h1, "bring"),
                *self.answer("My strengths and skills", v.strengths),
                *self.answer("My own resources", v.own_resources),
                *self.answer("What I contribute to others", v.contribution)]

    def people(self) -> list[Flowable]:
        v = self.version
        parts: list[Flowable] = [Heading("People in my life", self.s.h1, "people")]
        if not v.relationships:
            return [*parts, Paragraph("Not written yet.", self.s.body)]
        rows: list[list[Any]] = [[self.header_cell("Who"), self.header_cell("How close"),
                                  self.header_cell("What they help with"),
                                  self.header_cell("Unpaid hours a week", right=True)]]
        rings = {1: "Closest", 2: "Close", 3: "Around me", 4: "Paid support"}
        for person in v.relationships:
            hours = person.unpaid_hours_per_week
            rows.append([self.cell(person.name), self.cell(rings.get(person.closeness, "")),
                         self.cell(person.helps_with),
                         "" if hours is None else f"{hours:f}"])
        parts.append(_table(rows, [0.28 * self.width, 0.17 * self.width, 0.37 * self.width,
                                   0.18 * self.width], right=(3,)))
        return parts

    def cost_table(self, option: Option) -> list[Flowable]:
        summary = option_summary(self.version, option)
        rows: list[list[Any]] = [[self.header_cell("What"), self.header_cell("How much", True),
                                  self.header_cell("How often"), self.header_cell("Who pays"),
                                  self.header_cell("Per week", True),
                                  self.header_cell("Per year", True)]]
        by_line = {id(line): line for line in option.cost_lines}
        del by_line
        for line in summary.lines:
            week = line.figure(Period.WEEK).format() if line.yearly else ""
            year = line.figure(Period.YEAR).format() if line.yearly else (
                f"{line.one_off_figure().format()} once" if line.one_off else "£0.00")
            how_much, how_often = self._how(option, line.label, line.working)
            rows.append([self.cell(line.label), how_much, self.cell(how_often),
                         self.cell(line.payer.label), week, year])
        total = summary.total
        rows.append([self.cell("This option", bold=True), "", "", "",
                     total[Period.WEEK].format(), total[Period.YEAR].format()])
        w = self.width
        return [_table(rows, [0.22 * w, 0.12 * w, 0.12 * w, 0.2 * w, 0.15 * w, 0.19 * w],
                       total_rows=1, right=(1, 4, 5))]

    @staticmethod
    def _how(option: Option, label: str, working: str) -> tuple[str, str]:
        for line in option.cost_lines:
            if line.description == label:
                if line.frequency is Frequency.PER_HOUR:
                    hours = f"{line.hours_per_week:f}".rstrip("0").rstrip(".") if (
                        line.hours_per_week) else "0"
                    return f"£{line.amount:,.2f}", f"an hour, {hours} h a week"
                return f"£{line.amount:,.2f}", line.frequency.label
        return "", "worked out"

    def options_section(self) -> list[Flowable]:
        v = self.version
        heading = Heading("Options I considered", self.s.h1, "options")
        parts: list[Flowable] = [] if v.options else [heading]
        for number, option in enumerate(v.options):
            block: list[Flowable] = [
                Heading(option.title or "An option", self.s.h2, f"option-{option.id}", 1),
                Paragraph(f"<b>Kind:</b> {escape(option.kind.label)}", self.s.body)]
            if number == 0:
                # The section heading travels with the first option, never alone.
                block.insert(0, heading)
            if option.description.strip():
                block.append(Paragraph(text(option.description), self.s.body))
            if option.goals:
                goals = "; ".join(goal.title for goal in option.goals)
                block.append(Paragraph(f"<b>Goals it serves:</b> {escape(goals)}", self.s.body))
            table = self.cost_table(option)
            parts.append(KeepTogether([*block, *table[:1]]) if len(option.cost_lines) < 12
                         else block[0])
            if len(option.cost_lines) >= 12:
                parts.extend(block[1:])
                parts.extend(table)
            parts.append(Spacer(1, 4 * mm))
        return parts

    def chosen(self) -> list[Flowable]:
        v = self.version
        parts: list[Flowable] = [Heading("My chosen support", self.s.h1, "chosen")]
        scenario = next((s for s in v.scenarios if s.id == v.chosen_scenario_id), None)
        if scenario is None:
            return [*parts, Paragraph("I have not chosen yet.", self.s.body)]
        names = ", ".join(option.title for option in scenario.options)
        parts += [Paragraph(f"I chose <b>{escape(scenario.name)}</b>: {escape(names)}.",
                            self.s.body),
                  *self.answer("Why I chose this", v.why_chosen)]
        if len(v.scenarios) > 1:
            parts.append(Paragraph("The ways I compared", self.s.h2))
            rows: list[list[Any]] = [[self.header_cell("Scenario"),
                                      self.header_cell("From my personal budget, a week", True),
                                      self.header_cell("All costs, a year", True)]]
            from budgetplanner.categories import Payer

            for other in v.scenarios:
                summary = options_summary(v, other.options)
                mark = " (chosen)" if other.id == v.chosen_scenario_id else ""
                rows.append([self.cell(other.name + mark),
                             summary.by_payer[Payer.PERSONAL_BUDGET][Period.WEEK].format(),
                             summary.total[Period.YEAR].format()])
            w = self.width
            parts.append(_table(rows, [0.5 * w, 0.25 * w, 0.25 * w], right=(1, 2)))
        return parts

    def money(self) -> list[Flowable]:
        v = self.version
        summary = options_summary(v, counted_options(v))
        parts: list[Flowable] = [Heading("My money", self.s.h1, "money"),
                                 Paragraph("One year is 52 weeks; a month is a twelfth of a year. "
                                           "Each total adds up the figures above it.",
                                           self.s.small)]
        parts.append(self.totals_table(summary))
        comparison = summary.comparison
        if comparison is not None:
            left = comparison.left(Period.YEAR)
            budget = comparison.budget[Period.YEAR].format()
            if left.is_negative():
                sentence = (f"My personal budget is {budget} a year. My support costs "
                            f"{(-left).format()} a year more than my personal budget.")
            else:
                sentence = (f"My personal budget is {budget} a year. {left.format()} a year is "
                            "left in my personal budget.")
            parts.append(Spacer(1, 3 * mm))
            parts.append(Paragraph(f"<b>{escape(sentence)}</b>", self.s.body))
        return parts

    def totals_table(self, summary: BudgetSummary) -> Table:
        periods = (Period.WEEK, Period.MONTH, Period.YEAR)
        rows: list[list[Any]] = [[self.header_cell("Who pays"),
                                  *[self.header_cell(p.heading, True) for p in periods],
                                  self.header_cell("One-off", True)]]

        def row(label: str, column: Column, bold: bool = False) -> list[Any]:
            return [self.cell(label, bold=bold),
                    *[column[p].format() for p in periods], column.one_off.format()]

        for payer in summary.payers_used():
            rows.append(row(payer.label, summary.by_payer[payer]))
        rows.append(row("All my support", summary.total, bold=True))
        w = self.width
        return _table(rows, [0.36 * w, 0.16 * w, 0.16 * w, 0.16 * w, 0.16 * w], total_rows=1,
                      right=(1, 2, 3, 4))

    def risks(self) -> list[Flowable]:
        parts: list[Flowable] = [Heading("Risks I own", self.s.h1, "risks")]
        if not self.version.risks:
            return [*parts, Paragraph("Not written yet.", self.s.body)]
        for risk in self.version.risks:
            parts.append(KeepTogether([
                Paragraph(text(risk.risk), self.s.h3),
                Paragraph(f"<b>What I choose:</b> {text(risk.my_choice)}", self.s.body),
                Paragraph(f"<b>What makes it smaller:</b> {text(risk.made_smaller)}", self.s.body),
                Paragraph(f"<b>Who helps:</b> {text(risk.who_helps)}", self.s.body),
                Paragraph(f"<b>If it goes wrong:</b> {text(risk.if_wrong)}", self.s.body),
            ]))
        return parts

    def contingency(self) -> list[Flowable]:
        parts: list[Flowable] = [Heading("If things go wrong", self.s.h1, "contingency")]
        if not self.version.contingencies:
            return [*parts, Paragraph("Not written yet.", self.s.body)]
        for item in self.version.contingencies:
            block: list[Flowable] = [Paragraph(text(item.situation), self.s.h3),
                                     Paragraph(text(item.arrangement), self.s.body)]
            for line in item.cost_lines:
                block.append(Paragraph(
                    f"Cost: {escape(line.description)}, £{line.amount:,.2f} "
                    f"{line.frequency.label}, paid by {line.payer.label.lower()}.", self.s.body))
            parts.append(KeepTogether(block))
        return parts

    def pa_costs(self) -> list[Flowable]:
        v = self.version
        costs = pa_costs_for(v, counted_options(v))
        if not costs.options:
            return []
        table = rate_table_of(v)
        parts: list[Flowable] = [
            Heading("How the PA costs are worked out", self.s.h1, "pa_costs"),
            Paragraph(f"The figures use the {escape(table.name)} rate table: wages, holiday, "
                      "employer National Insurance, Employment Allowance and workplace "
                      "pension, each with its source.", self.s.body)]
        for line in costs.lines:
            if line.working:
                parts.append(Paragraph(f"<b>{escape(line.label)}:</b> {escape(line.working)}",
                                       self.s.small))
        return parts

    def agreement(self) -> list[Flowable]:
        v = self.version
        parts: list[Flowable] = [
            Heading("Agreement and review", self.s.h1, "agreement"),
            *self.answer("Who took part in planning", v.participants),
            Paragraph(f"<b>Next review:</b> "
                      f"{long_date(v.next_review) if v.next_review else 'not set yet'}",
                      self.s.body),
            Spacer(1, 8 * mm)]
        rows = [["Signed", "Name", "Date"]] + [["", "", ""] for _ in range(3)]
        table = Table(rows, colWidths=[0.45 * self.width, 0.35 * self.width, 0.2 * self.width],
                      rowHeights=[8 * mm] + [16 * mm] * 3, hAlign="LEFT")
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_BOLD),
                                   ("LINEBELOW", (0, 1), (-1, -1), 0.8, INK),
                                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        parts.append(KeepTogether([Paragraph("Signatures", self.s.h3), table]))
        return parts

    def story(self, printed_on: date) -> list[Flowable]:
        builders: dict[str, Callable[[], list[Flowable]]] = {
            "about": self.about, "good_life": self.good_life, "bring": self.bring,
            "people": self.people, "options": self.options_section, "chosen": self.chosen,
            "money": self.money, "risks": self.risks, "contingency": self.contingency,
            "pa_costs": self.pa_costs, "agreement": self.agreement,
        }
        story = self.cover(printed_on)
        for key in SECTIONS:
            if key in self.options.sections:
                # A section starts on a new page when little room is left for its first lines.
                story.append(CondPageBreak(60 * mm))
                story.extend(builders[key]())
                story.append(Spacer(1, 6 * mm))
        return story


def write_plan_pdf(version: PlanVersion, out: Path, options: PrintOptions) -> PdfResult:
    """Write the plan as a PDF at `out` and say how many pages it has."""
    register_fonts()
    printed_on = options.printed_on or date.today()
    page = A4 if options.page_size is PageSize.A4 else LETTER
    person = version.person.name
    doc = PlanDocument(str(out), pagesize=page, leftMargin=20 * mm, rightMargin=20 * mm,
                       topMargin=20 * mm, bottomMargin=24 * mm,
                       title=f"My support plan: {person}", author=person,
                       subject="A support plan that belongs to the person named on it",
                       creator="Budget Planner", lang="en-GB")
    writer = PlanWriter(version, options, doc.width)
    canvas_class = type("PlanCanvas", (NumberedCanvas,),
                        {"footer_name": person, "footer_date": long_date(printed_on)})
    doc.build(writer.story(printed_on), canvasmaker=canvas_class)
    return PdfResult(out, doc.page)
