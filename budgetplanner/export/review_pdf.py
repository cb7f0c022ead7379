"""The review statement printed: an A4 PDF the person takes to their direct payment review."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from budgetplanner.council_checklist import (
    PAGE_CONTINGENCY,
    PAGE_GOALS,
    PAGE_MATTERS,
    PAGE_MONEY,
    PAGE_OPTIONS,
    PAGE_PEOPLE,
    PAGE_REVIEW,
    PAGE_SCENARIOS,
    Answered,
)
from budgetplanner.export.pdf import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    LOOKS,
    RULE,
    SECTION_TITLES,
    SOFT,
    Heading,
    NumberedCanvas,
    PlanDocument,
    Styles,
    Variant,
    furniture_room,
    make_styles,
    register_fonts,
)
from budgetplanner.formatting import long_date
from budgetplanner.money import Money
from budgetplanner.review_statement import ReviewStatement, StatementRow
from budgetplanner.spending import Flag, month_name
from budgetplanner.storage.files import private_scratch, write_private
from budgetplanner.translation import N_, _, translated

ANSWER_MARKS = {Answered.YES: N_("✓ Yes"), Answered.PARTLY: N_("◐ Partly"),
                Answered.NOT_YET: N_("✗ Not yet"), Answered.DOES_NOT_APPLY: N_("– Does not apply")}
WARN = colors.HexColor("#fdf1e6")


# Where each part is in the printed plan: the checklist goes to a meeting on paper, so it
# names the sections of the paper, not the pages of the program's window.
PLAN_SECTION_OF_PAGE = {
    PAGE_MATTERS: "needs", PAGE_GOALS: "good_life", PAGE_PEOPLE: "people",
    PAGE_OPTIONS: "options", PAGE_SCENARIOS: "chosen", PAGE_MONEY: "money",
    PAGE_CONTINGENCY: "contingency", PAGE_REVIEW: "agreement",
}


def paper_where(page: str) -> str:
    section = PLAN_SECTION_OF_PAGE.get(page)
    if section is None:
        return _("In my printed plan")
    return _("In my printed plan, under “{section}”").format(
        section=translated(SECTION_TITLES[section]))


@dataclass(frozen=True)
class ReviewPdf:
    path: Path
    pages: int


def _m(value: Decimal) -> str:
    return Money(value).format()


class StatementWriter:
    def __init__(self, statement: ReviewStatement, width: float,
                 variant: Variant = Variant.STANDARD) -> None:
        self.st = statement
        self.width = width
        look = LOOKS[variant]
        self.s: Styles = make_styles(look)
        # Figures are as big as the words (clear print: 12 pt at least); the statement is
        # printed on landscape pages so that six columns of them stay one line each.
        figure = look.cell
        self.fig = ParagraphStyle("fig", parent=self.s.cell_right, fontSize=figure,
                                  leading=figure * 1.3)
        self.fig_bold = ParagraphStyle("fig_bold", parent=self.fig, fontName=FONT_BOLD)
        self.head = ParagraphStyle("head", parent=self.s.cell_bold, textColor=colors.white,
                                   fontSize=figure, leading=figure * 1.3)
        self.head_right = ParagraphStyle("head_right", parent=self.head, alignment=2)

    def heading(self, title: str) -> Heading:
        """A heading that is also a bookmark, so a reader can jump to each part."""
        return Heading(title, self.s.h2, "statement-" + re.sub(r"\W+", "-", title.lower()))

    # cells ------------------------------------------------------------------------------

    def h(self, value: str, right: bool = False) -> Paragraph:
        return Paragraph(escape(value), self.head_right if right else self.head)

    def c(self, value: str, *, bold: bool = False) -> Paragraph:
        return Paragraph(escape(value), self.s.cell_bold if bold else self.s.cell)

    def n(self, value: Decimal, *, bold: bool = False) -> Paragraph:
        return Paragraph(escape(_m(value)), self.fig_bold if bold else self.fig)

    def table(self, rows: list[list[Any]], shares: list[float], *, total_rows: int = 0,
              marked: tuple[int, ...] = ()) -> Table:
        table = Table(rows, colWidths=[share * self.width for share in shares], repeatRows=1,
                      hAlign="LEFT")
        style: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        for row in range(2, len(rows) - total_rows, 2):
            style.append(("BACKGROUND", (0, row), (-1, row), SOFT))
        for row in marked:
            style.append(("BACKGROUND", (0, row), (-1, row), WARN))
        if total_rows:
            first = len(rows) - total_rows
            style.append(("LINEABOVE", (0, first), (-1, first), 1.2, INK))
        table.setStyle(TableStyle(style))
        return table

    # parts ------------------------------------------------------------------------------

    def title(self) -> list[Flowable]:
        st = self.st
        facts = [
            (_("My plan year"), _("{first} to {last}").format(
                first=long_date(st.plan_year_start), last=long_date(st.plan_year_end))),
            (_("Months counted"), st.counting),
            (_("My personal budget"), st.personal_budget),
            (_("My next review"), st.next_review),
        ]
        rows = [[self.c(a, bold=True), self.c(b)] for a, b in facts]
        table = Table(rows, colWidths=[45 * mm, self.width - 45 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return [
            Paragraph(_("Ready for my review"), self.s.cover_title),
            Paragraph(_("My direct payment: what was planned and what was spent. "
                        "This statement belongs to {name}.").format(
                          name=escape(st.person_name)), self.s.cover_name),
            Spacer(1, 4 * mm),
            table,
            Spacer(1, 4 * mm),
            Paragraph(f"<b>{escape(self._headline())}</b>", self.s.body),
        ]

    def _headline(self) -> str:
        total = self.st.total
        return _("So far I have spent {spent} of the {so_far} planned for these months. If "
                 "spending goes on as now, the year will cost {forecast} of the {planned} "
                 "planned: {how_it_is_going}.").format(
            spent=_m(total.spent_so_far), so_far=_m(total.planned_so_far),
            forecast=_m(total.forecast), planned=_m(total.planned_yearly),
            how_it_is_going=total.how_it_is_going.lower())

    def figures(self, heading: str, rows_in: list[StatementRow], total: StatementRow | None
                ) -> list[Flowable]:
        rows: list[list[Any]] = [[self.h(_("What")), self.h(_("Planned for the year"), True),
                                  self.h(_("Planned so far"), True),
                                  self.h(_("Spent so far"), True),
                                  self.h(_("Left this year"), True),
                                  self.h(_("Forecast for the year"), True)]]
        every = [*rows_in, *([total] if total else [])]
        for index, row in enumerate(every):
            bold = total is not None and index == len(every) - 1
            rows.append([self.c(row.label, bold=bold), self.n(row.planned_yearly, bold=bold),
                         self.n(row.planned_so_far, bold=bold),
                         self.n(row.spent_so_far, bold=bold),
                         self.n(row.left_yearly, bold=bold), self.n(row.forecast, bold=bold)])
        return [self.heading(heading),
                self.table(rows, [0.25, 0.15, 0.15, 0.15, 0.15, 0.15],
                           total_rows=1 if total else 0)]

    def going(self) -> list[Flowable]:
        every = [*self.st.by_payer, *self.st.by_option]
        rows: list[list[Any]] = [[self.h(_("What")), self.h(_("How it is going")),
                                  self.h(_("Why"))]]
        marked = []
        for index, row in enumerate(every, start=1):
            rows.append([self.c(row.label), self.c(row.how_it_is_going, bold=True),
                         self.c(row.reason)])
            if row.how_it_is_going not in (Flag.ON_TRACK.label, Flag.NOTHING_YET.label):
                marked.append(index)
        # Heading, note and table move as one, so the heading never ends a page alone.
        return [KeepTogether([
            self.heading(_("How it is going")),
            Paragraph(_("A row is marked when spending is heading more than 2% over the plan, "
                        "or more than 15% under it."), self.s.small),
            self.table(rows, [0.25, 0.18, 0.57], marked=tuple(marked))])]

    def months(self) -> list[Flowable]:
        counted = [m for m in self.st.months if m.counted]
        if not counted:
            return []
        payers = self.st.payers
        rows: list[list[Any]] = [[self.h(_("Month")), self.h(_("Planned"), True),
                                  *[self.h(p.label, True) for p in payers],
                                  self.h(_("Spent in all"), True)]]
        for month in counted:
            rows.append([self.c(month_name(month.month)), self.n(month.planned),
                         *[self.n(month.spent[p]) for p in payers], self.n(month.spent_total)])
        share = 0.78 / (len(payers) + 2)
        return [self.heading(_("Month by month")),
                self.table(rows, [0.22, *[share] * (len(payers) + 2)])]

    def changes(self) -> list[Flowable]:
        return [self.heading(_("What changed")),
                *[Paragraph(f"• {escape(change)}", self.s.body) for change in self.st.changes]]

    def checklist(self) -> list[Flowable]:
        rows: list[list[Any]] = [[self.h(_("What the council will look for")),
                                  self.h(_("My plan")), self.h(_("Where, or what to add"))]]
        marked = []
        for index, item in enumerate(self.st.checklist, start=1):
            where = paper_where(item.page)
            note = item.to_do if not item.status.done else where + "."
            if item.detail and item.status.done:
                note += " " + item.detail
            if item.status is Answered.DOES_NOT_APPLY:
                note = item.detail  # no page to point at for what is not part of my plan
            rows.append([self.c(item.statement),
                         self.c(translated(ANSWER_MARKS[item.status]), bold=True),
                         self.c(note)])
            if not item.status.done:
                marked.append(index)
        return [KeepTogether([
            self.heading(_("What the council will look for")),
            Paragraph(_("The Care Act 2014 says what a support plan holds. This is where my "
                        "plan answers each part."), self.s.small),
            self.table(rows, [0.36, 0.14, 0.5], marked=tuple(marked))])]

    def evidence(self) -> list[Flowable]:
        parts: list[Flowable] = [
            self.heading(_("Evidence I keep")),
            Paragraph(_("The council may ask to see these. Tick each one when it is in my "
                        "folder."), self.s.small)]
        parts += [Paragraph(f"☐  {escape(item)}", self.s.body) for item in self.st.evidence]
        return parts

    def notes(self) -> list[Flowable]:
        rows = [[""] for _row in range(6)]
        table = Table(rows, colWidths=[self.width], rowHeights=[10 * mm] * 6, hAlign="LEFT")
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE)]))
        return [KeepTogether([self.heading(_("Notes from my review meeting")),
                              Paragraph(_("Room to write new figures or what was agreed."),
                                        self.s.small), table])]

    def story(self) -> list[Flowable]:
        story: list[Flowable] = [*self.title()]
        story += self.figures(_("By option"), self.st.by_option, None)
        story += self.figures(_("By who pays"), self.st.by_payer, self.st.total)
        for part in (self.going, self.months, self.changes, self.checklist, self.evidence,
                     self.notes):
            story.append(CondPageBreak(45 * mm))
            story.extend(part())
        return story


def write_review_pdf(statement: ReviewStatement, out: Path,
                     variant: Variant = Variant.STANDARD) -> ReviewPdf:
    """Write the review statement as an A4 PDF at `out`; every font is embedded.

    Every version is printed on landscape pages, so that six columns of figures stay on one
    line each at clear-print and large-print sizes.
    """
    register_fonts()
    name = statement.person_name
    look = LOOKS[variant]
    # Built in a private file beside `out`, tagged, then put in place whole (0600).
    building = private_scratch(out)
    doc = PlanDocument(str(building), pagesize=landscape(A4), leftMargin=20 * mm,
                            rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=furniture_room(look.furniture),
                            title=_("Ready for my review: {name}").format(name=name),
                            author=name,
                            subject=_("A direct payment review statement that belongs to the "
                                      "person named on it"),
                            creator="Budget Planner", lang="en-GB")
    writer = StatementWriter(statement, doc.width, variant)
    canvas_class: type[NumberedCanvas] = type("StatementCanvas", (NumberedCanvas,),
                        {"footer_name": _("{name}: ready for my review").format(name=name),
                         "footer_date": long_date(statement.printed_on),
                         "footer_size": look.furniture})
    doc.build(writer.story(), canvasmaker=canvas_class)
    try:
        write_private(out, building.read_bytes())
    finally:
        building.unlink(missing_ok=True)
    return ReviewPdf(out, doc.page)
