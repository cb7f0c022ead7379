"""The easy-read plan: a picture on the left of every idea, short sentences, big numbers.

Mencap's "Make it clear" and the Department of Health easy read guidance: one idea a block,
with its picture on the left and its words on the right; one sentence a line and no more
than 15 words a sentence; 16 pt words and bigger numbers; no sums (the working is in the
standard plan); hard words in bold and explained in a word list at the end. The pictures
are chosen in budgetplanner/data/easy_read.json.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from budgetplanner.budget import BudgetSummary
from budgetplanner.categories import OptionKind, Payer
from budgetplanner.employer_warnings import (
    DECLARATION_OF_COMPLIANCE,
    NO_LIABILITY_INSURANCE,
    REGISTER_WITH_HMRC,
    SICK_PAY,
)
from budgetplanner.export.easy_words import (
    BULLET,
    credit,
    mark_hard_words,
    picture,
    short_sentences,
    word_picture,
    words_used,
)
from budgetplanner.export.glance import first_sentence, unpaid_hours
from budgetplanner.export.pdf import (
    CELL_PADDING,
    FONT,
    FONT_BOLD,
    SECTION_TITLES,
    Gap,
    Heading,
    LayoutTable,
    PageRef,
    PlanWriter,
    _HeadingRow,
    safe,
)
from budgetplanner.export.pdf_drawings import RING_NAMES, circle_of_people
from budgetplanner.formatting import long_date, money_text
from budgetplanner.money import Money
from budgetplanner.periods import Period
from budgetplanner.plan_money import (
    NO_PERSONAL_BUDGET,
    allowance_sentence,
    counted_options,
    employer_duty_warnings,
    option_summary,
    option_warnings,
    options_summary,
    personal_budget_applies,
)
from budgetplanner.translation import N_, _, ngettext, translated

if TYPE_CHECKING:
    from budgetplanner.storage.models import Option

WEEK = Period.WEEK
# How often an amount is paid, after it ("£20 each week"); translated where printed.
EACH = {Period.WEEK: N_("each week"), Period.FOUR_WEEKS: N_("every four weeks"),
        Period.MONTH: N_("each month"), Period.YEAR: N_("each year")}

# What each kind of option is, in a sentence of its own (translated where printed).
KIND_SENTENCES = {
    OptionKind.PERSONAL_ASSISTANTS: N_("I employ my own PAs."),
    OptionKind.AGENCY: N_("An agency sends workers to support me."),
    OptionKind.COMMUNITY: N_("This is an activity or a group near me."),
    OptionKind.SHARED_LIVING: N_("I share my home and my support with other people."),
    OptionKind.EQUIPMENT: N_("This is equipment or technology that helps me."),
    OptionKind.OTHER: N_("This is another kind of support."),
}

# The duties of an employer of PAs, in easy read (budgetplanner/employer_warnings.py has
# the full wording, printed in the standard plan). Keyed by the duties in English, as
# employer_warnings defines them; the sentences are translated where printed.
EASY_DUTIES: dict[str, tuple[str, list[str]]] = {
    NO_LIABILITY_INSURANCE: ("made_smaller", [N_("I must have insurance when I employ PAs."),
                             N_("My plan does not have a cost for it yet.")]),
    REGISTER_WITH_HMRC: ("employer", [N_("I must tell the tax office that I am an employer."),
                         N_("I do this before I pay my first PA."),
                         N_("Then I tell them about each payday."),
                         N_("A payroll service can do this for me.")]),
    DECLARATION_OF_COMPLIANCE: ("form", [N_("I must fill in a form for The Pensions Regulator."),
                                N_("I do this in the first five months.")]),
    SICK_PAY: ("ill", [N_("If my PA is ill, I must pay them sick pay."),
               N_("I keep some money for this."),
               N_("I also keep some money to pay someone to cover.")]),
}


def payer_sentence(payer: Payer, amount: Money | None = None, period: Period = WEEK) -> str:
    """Who pays an amount each week, as a short sentence; "for it" without an amount."""
    if payer is Payer.FREE:
        return _("It is free.")
    if payer is Payer.UNPAID_HELP:
        return _("People in my life help without pay.")
    if amount is None:
        return {Payer.PERSONAL_BUDGET: _("My personal budget pays for it."),
                Payer.OWN_MONEY: _("I pay for it from my own money."),
                Payer.OTHER_FUNDING: _("Other money pays for it.")}[payer]
    # Translators: {each} is "each week", "each month" …
    words = {Payer.PERSONAL_BUDGET: _("My personal budget pays {amount} {each}."),
             Payer.OWN_MONEY: _("I pay {amount} {each} from my own money."),
             Payer.OTHER_FUNDING: _("Other money pays {amount} {each}.")}[payer]
    return words.format(amount=amount.format(), each=translated(EACH[period]))


def easy_duty(duty: str) -> tuple[str, list[str]]:
    """An employer's duty (as employer_duties gives it, translated) in easy read: the key of
    its picture and its sentences."""
    for english, (key, lines) in EASY_DUTIES.items():
        if translated(english) == duty:
            return key, [translated(line) for line in lines]
    return "employer", short_sentences(duty)


class _ContentsTable(Table):
    """The contents as a table that stays a contents (TOC) when it runs over a page."""

    toc = True

    def split(self, availWidth: float, availHeight: float) -> list[Table]:  # noqa: N803
        parts: list[Table] = super().split(availWidth, availHeight)
        for part in parts:
            part.toc = True
        return parts


class EasyReadWriter(PlanWriter):
    """The plan in easy read: every section is built of ideas, each with its picture."""

    PICTURE = 50.0  # points: a picture beside an idea (about 18 mm)
    SECTION_PICTURE = 64.0  # beside a section heading
    CONTENTS_PICTURE = 40.0  # a line of the contents
    WORD_PICTURE = 30.0  # beside a hard word explained where it is first used
    LONG_IDEA = 500.0  # points: an idea taller than this may run over a page

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Everything the plan says, so the word list explains the hard words it uses.
        self.said: list[str] = []
        # The hard words explained already, where they were first used.
        self.explained: set[str] = set()

    # Building blocks --------------------------------------------------------------------

    def picture(self, key: str, size: float | None = None) -> Image:
        chosen = picture(key)
        size = size or self.PICTURE
        image = Image(str(chosen.path), width=size, height=size, mask="auto")
        image.alt_text = chosen.alt  # a Figure for a screen reader (export/tagging.py)
        return image

    def words(self, lines: list[str]) -> str:
        """Lines of plain text as Paragraph markup: one line each, hard words in bold."""
        self.said.extend(lines)
        return "<br/>".join(mark_hard_words(safe(line)) for line in lines)

    def row(self, left: Flowable, right: list[Flowable] | Flowable, *,
            extra: Flowable | None = None, left_width: float | None = None,
            more: list[tuple[Flowable, Flowable]] | None = None) -> Table:
        """A picture on the left and its words on the right, as a table only for layout;
        `more`: rows of a picture and words under it (hard words explained)."""
        left_width = left_width or self.PICTURE + 12
        cells: list[Any] = [left, right]
        widths = [left_width, self.width - left_width]
        if extra is not None:
            extra_width = pdfmetrics.stringWidth("page 99", FONT, self.look.body) + 2 * \
                CELL_PADDING
            cells.append(extra)
            widths = [left_width, self.width - left_width - extra_width, extra_width]
        rows = [cells, *([picture, words, *([""] if extra is not None else [])]
                         for picture, words in more or [])]
        # An idea stays whole on its page; only one longer than most of a page may split
        # (split rows leave an empty piece at the top of the next page otherwise).
        _width, height = Table(rows, colWidths=widths).wrap(self.width, 10_000)
        table = LayoutTable(rows, colWidths=widths, hAlign="LEFT",
                             splitInRow=1 if height > self.LONG_IDEA else 0)
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (0, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), self.look.body * 0.7)]))
        return table

    def idea(self, key: str, lines: list[str], *, lead: str = "", label: str = "",
             big: str = "", ref: str = "", heading: str = "") -> Table:
        """One idea: its picture, a heading or a label in bold if it has one, its
        sentences (one a line), a big number. `heading`: the words of a heading just above
        it, whose hard words are explained here."""
        right: list[Flowable] = []
        if lead:
            self.said.append(lead)
            right.append(Paragraph(mark_hard_words(safe(lead)), self.s.h3))
        if lines or label:
            self.said.append(label)
            shown = f"<b>{safe(label)}</b>" + ("<br/>" if lines else "") if label else ""
            right.append(Paragraph(shown + self.words(lines), self.s.body))
        if big:
            self.said.append(big)
            right.append(Paragraph(safe(big), self.s.big))
        explained = self.explain_first_use(" ".join([heading, lead, label, *lines]))
        extra = PageRef(self.section_pages, ref, self.s.body) if ref else None
        return self.row(self.picture(key), right, extra=extra, more=explained)

    def explain_first_use(self, text: str) -> list[tuple[Flowable, Flowable]]:
        """Each hard word the first time it is used, explained under the idea that uses it,
        with the word's own picture (the word list at the back explains them all again)."""
        rows: list[tuple[Flowable, Flowable]] = []
        waiting = words_used(text)
        while waiting:
            word, meaning = waiting.pop(0)
            if word in self.explained:
                continue
            self.explained.add(word)
            self.said.append(meaning)  # its own hard words are in the word list too
            waiting.extend(words_used(meaning))  # and explained just after it
            rows.append((self.picture(word_picture(word), self.WORD_PICTURE), Paragraph(
                _("<b>{word}</b>: {meaning}").format(word=safe(word), meaning=safe(meaning)),
                self.s.body)))
        return rows

    def said_by_me(self, value: str) -> list[str]:
        return short_sentences(value) or [_("Not written yet.")]

    def heading(self, key: str) -> Flowable:
        title = translated(SECTION_TITLES[key])
        self.said.append(title)
        heading = Heading(title, self.s.h1, key)
        size = self.SECTION_PICTURE
        return _HeadingRow(self.row(self.picture(key, size), heading, left_width=size + 12),
                           heading)

    def subheading(self, key: str, title: str) -> Table:
        """A heading of the second level with its picture (not in the contents)."""
        self.said.append(title)
        return self.row(self.picture(key), Paragraph(safe(title), self.s.h2),
                        more=self.explain_first_use(title))

    def together(self, first: list[Flowable], rest: list[Flowable]) -> list[Flowable]:
        """A heading kept with the idea after it, so no heading ends a page alone (never a
        KeepTogether inside another: ReportLab measures that as taller than any page)."""
        if not rest:
            return first
        return [KeepTogether([*first, rest[0]]), *rest[1:]]

    # Sections ---------------------------------------------------------------------------

    def cover(self, printed_on: date) -> list[Flowable]:
        v = self.version
        parts: list[Flowable] = [self.section_pages]
        if self.options.photo is not None and self.options.photo.exists():
            photo = Image(str(self.options.photo))
            photo._restrictSize(45 * mm, 45 * mm)
            photo.hAlign = "LEFT"
            photo.alt_text = _("A photo of {name}").format(name=v.person.name)
            parts += [photo, Spacer(1, 4 * mm)]
        parts.append(self.row(self.picture("plan", self.SECTION_PICTURE),
                              Paragraph(_("My support plan"), self.s.cover_title),
                              left_width=self.SECTION_PICTURE + 12))
        parts += [
            self.idea("about", [_("This plan belongs to {name}.").format(name=v.person.name)]),
            self.idea("date", [_("This is version {number} of my plan.").format(number=v.number),
                               _("Its date is {date}.").format(date=long_date(printed_on))]),
            self.idea("helpers", self.said_by_me(v.participants),
                      lead=_("Who helped make my plan")),
        ]
        return [*parts, *self.glance(), PageBreak()]

    def money_lines(self, summary: BudgetSummary) -> list[str]:
        """The money in a few short sentences, each week (the plan at a glance)."""
        v = self.version
        lines = []
        if v.personal_budget is not None:
            # Translators: {each} is "each week", "each month" …
            lines += [_("My personal budget is {amount} {each}.").format(
                          amount=money_text(v.personal_budget),
                          each=translated(EACH[v.personal_budget_period])),
                      _("It is paid to me as a direct payment.")]
        elif personal_budget_applies(v):
            lines.append(_("My personal budget is not written yet."))
        from_budget = summary.by_payer[Payer.PERSONAL_BUDGET][WEEK]
        if not from_budget.is_zero():
            lines.append(_("My support costs {amount} each week from it.").format(
                amount=from_budget.format()))
        own = summary.by_payer[Payer.OWN_MONEY][WEEK]
        if not own.is_zero():
            lines.append(_("I pay {amount} each week from my own money.").format(
                amount=own.format()))
        if summary.comparison is not None:
            left = summary.comparison.left(WEEK)
            if left.is_negative():
                lines.append(_("That is {amount} each week more than my personal budget."
                               ).format(amount=(-left).format()))
            else:
                lines.append(_("{amount} each week is left.").format(amount=left.format()))
        return lines

    def glance(self) -> list[Flowable]:
        v = self.version
        summary = options_summary(v, counted_options(v))
        name = v.person.name
        who = [_("I am {name}.").format(name=name)]
        preferred = v.preferred_name.strip()
        if preferred and preferred not in name.split():
            who.append(_("I like to be called {name}.").format(name=preferred))
        who += short_sentences(first_sentence(v.admired))
        matters = first_sentence(v.matters_now) or first_sentence(v.good_life)
        scenario = next((s for s in v.scenarios if s.id == v.chosen_scenario_id), None)
        chosen = ([_("I have not chosen yet.")] if scenario is None else
                  [_("I chose {name}.").format(name=scenario.name),
                   *short_sentences(first_sentence(v.why_chosen))])
        circle, from_options = unpaid_hours(v)
        hours = circle + from_options
        unpaid = ([_("People in my life help me about {hours} hours a week.").format(
                       hours=f"{hours.normalize():f}"),
                   _("They are not paid for this.")] if hours else
                  [_("No help without pay is written yet.")])
        contingency = ([*short_sentences(first_sentence(v.contingencies[0].situation)),
                        *short_sentences(first_sentence(v.contingencies[0].arrangement))]
                       if v.contingencies else [_("Not written yet.")])
        items = [
            ("about", "about", "", who),
            ("good_life", "good_life", _("What matters most to me:"),
             short_sentences(matters) or [_("Not written yet.")]),
            ("needs", "needs", _("What I need support with:"),
             short_sentences(first_sentence(v.support_needs)) or [_("Not written yet.")]),
            ("goals", "good_life", _("My goals:"),
             [BULLET + goal.title for goal in v.goals] or [_("Not written yet.")]),
            ("chosen", "chosen", _("The support I chose:"), chosen),
            ("money", "money", _("My money:"), self.money_lines(summary)),
            ("unpaid_hours", "people", _("Help without pay:"), unpaid),
            ("contingency", "contingency", _("If things go wrong:"), contingency),
            ("date", "agreement", "", self.review_lines()),
        ]
        parts: list[Flowable] = [self.subheading("glance", _("My plan at a glance"))]
        for key, section, label, lines in items:
            shown = section in self.options.sections
            block = self.idea(key, lines, label=label, ref=section if shown else "")
            parts.append(block)
        return self.together(parts[:1], parts[1:])

    def review_lines(self) -> list[str]:
        v = self.version
        return ([_("My next review is on {date}.").format(date=long_date(v.next_review))]
                if v.next_review else [_("My next review date is not set yet.")])

    def contents(self) -> list[Flowable]:
        """What is in my plan: each section with its picture and the page it starts on."""
        title = Paragraph(_("What is in my plan"), self.s.h1)
        keys = [key for key in SECTION_TITLES
                if key in self.options.sections and key != "pa_costs"] + ["words"]
        ref_width = pdfmetrics.stringWidth("page 99", FONT, self.look.body) + 2 * CELL_PADDING
        left = self.CONTENTS_PICTURE + 12
        rows = []
        for key in keys:
            section_title = translated(SECTION_TITLES[key])
            self.said.append(section_title)
            rows.append([self.picture(key, self.CONTENTS_PICTURE),
                         Paragraph(safe(section_title), self.s.body),
                         PageRef(self.section_pages, key, self.s.body)])
        table = _ContentsTable(rows, colWidths=[left, self.width - left - ref_width,
                                                ref_width], hAlign="LEFT")
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("LEFTPADDING", (0, 0), (0, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return [self.row(self.picture("contents", self.SECTION_PICTURE), title,
                         left_width=self.SECTION_PICTURE + 12), table, PageBreak()]

    def answers(self, key: str, questions: list[tuple[str, str, str]]) -> list[Flowable]:
        ideas = [self.idea(picture_key, self.said_by_me(value), lead=question)
                 for picture_key, question, value in questions]
        return self.together([self.heading(key)], ideas)

    def about(self) -> list[Flowable]:
        v = self.version
        return self.answers("about", [
            ("name", _("The name I like to be called"), v.preferred_name),
            ("admired", _("What people like about me"), v.admired),
            ("communication", _("How to talk with me"), v.communication),
            ("decisions", _("How I make decisions"), v.decisions)])

    def good_life(self) -> list[Flowable]:
        v = self.version
        parts = self.answers("good_life", [
            ("good_life_answer", _("A good life for me"), v.good_life),
            ("matters_now", _("What matters to me now"), v.matters_now),
            ("matters_future", _("What matters to me in the future"), v.matters_future)])
        goals: list[Flowable] = []
        for goal in v.goals:
            lines = short_sentences(goal.how_i_will_know)
            if goal.target_date:
                lines.append(_("I want this by {date}.").format(
                    date=long_date(goal.target_date)))
            goals.append(self.idea("goal", lines or [_("Not written yet.")], lead=goal.title))
        return [*parts, *self.together([self.subheading("goals", _("My goals"))], goals)]

    def needs(self) -> list[Flowable]:
        v = self.version
        ideas = [self.idea("needs", self.said_by_me(v.support_needs))]
        for goal in v.goals:
            helping = [o.title for o in v.options if goal in o.goals]
            if helping:
                ideas.append(self.idea("goal", [BULLET + title for title in helping],
                                       lead=goal.title,
                                       label=_("These options help with it:")))
            else:
                ideas.append(self.idea("goal", [_("No option helps with it yet.")],
                                       lead=goal.title))
        return self.together([self.heading("needs")], ideas)

    def bring(self) -> list[Flowable]:
        v = self.version
        return self.answers("bring", [
            ("strengths", _("What I am good at"), v.strengths),
            ("own_resources", _("What I have"), v.own_resources),
            ("contribution", _("What I do for others"), v.contribution)])

    def people(self) -> list[Flowable]:
        v = self.version
        if not v.relationships:
            return self.together([self.heading("people")],
                                 [self.idea("people", [_("Not written yet.")])])
        me = v.preferred_name or v.person.name
        from budgetplanner.export.pdf import font_for
        drawing = circle_of_people(me, [(p.name, p.closeness) for p in v.relationships],
                                   self.width, FONT, FONT_BOLD, self.look.cell,
                                   font_for=font_for)
        ideas: list[Flowable] = []
        for number, person in enumerate(v.relationships, start=1):
            ring = person.closeness if person.closeness in RING_NAMES else 4
            # Translators: {ring} is how close they are, as the circle's rings say it.
            lines = [_("{number}. {name}: {ring}.").format(
                         number=number, name=person.name,
                         ring=translated(RING_NAMES[ring]).lower()),
                     *short_sentences(person.helps_with)]
            hours = person.unpaid_hours_per_week
            if hours:
                lines.append(_("They help me about {hours} hours a week.").format(
                    hours=f"{hours.normalize():f}"))
            ideas.append(self.idea(f"ring_{ring}", lines))
        return [KeepTogether([self.heading("people"), drawing]), Gap(1, 4 * mm), *ideas]

    def option_ideas(self, option: Option, warnings: dict[object, tuple[str, ...]]
                     ) -> list[Flowable]:
        """One option: what it is, the goals it helps, what it costs, who pays."""
        self.said.append(option.title)
        title = Heading(option.title or _("An option"), self.s.h2, f"option-{option.id}", 1)
        ideas: list[Flowable] = [self.idea(option.kind.value, [
            translated(KIND_SENTENCES[option.kind]), *short_sentences(option.description)],
            heading=option.title)]
        if option.goals:
            ideas.append(self.idea("goal", [BULLET + goal.title for goal in option.goals],
                                   label=_("It helps with my goals:")))
        summary = option_summary(self.version, option, self.plan_costs())
        costs = []
        for line in summary.lines:
            figure = (_("{amount} once").format(amount=line.one_off_figure().format())
                      if line.one_off else line.figure(WEEK).format())
            costs.append(BULLET + _("{label}: {amount}").format(label=line.label,
                                                                 amount=figure))
        if costs:
            total = summary.total
            costs.append(_("All together: {amount} each week.").format(
                amount=total[WEEK].format()))
            if not total.one_off.is_zero():
                costs.append(_("All one-off costs: {amount} once.").format(
                    amount=total.one_off.format()))
            ideas.append(self.idea("cost", costs, label=_("What it costs each week:")))
            # Every payer of a line, a free one too (payers_used leaves out a zero total).
            payers = list(dict.fromkeys(line.payer for line in summary.lines))
            pays = [payer_sentence(payer, summary.by_payer[payer][WEEK]) for payer in payers]
            ideas.append(self.idea(f"payer_{payers[0].value}", pays))
        if warnings.get(option.id):
            ideas.append(self.idea("pay_rules", [
                _("There are rules about pay and pensions for these PAs."),
                _("My standard plan says what they are.")]))
        # The title keeps with the idea after it (its style says keepWithNext); no nested
        # KeepTogether: ReportLab measures one inside another as taller than any page.
        return [title, *ideas]

    def options_section(self) -> list[Flowable]:
        v = self.version
        if not v.options:
            return self.together([self.heading("options")],
                                 [self.idea("options", [_("Not written yet.")])])
        warnings = option_warnings(v)
        parts: list[Flowable] = []
        for option in v.options:
            parts += [*self.option_ideas(option, warnings), Gap(1, 3 * mm)]
        parts = [KeepTogether([self.heading("options"), *parts[:2]]), *parts[2:]]
        if allowance_sentence(v):
            # Said once, after the options: the standard plan has the whole rule.
            parts.append(self.idea("employer", [
                _("The Employment Allowance is for me, not for each option."),
                _("My options share it, one after another."),
                _("Each option shows its own share.")]))
        duties = employer_duty_warnings(v)
        if duties:
            ideas = [self.idea(*easy_duty(duty)) for duty in duties]
            parts += self.together([self.subheading("employer",
                                                    _("What I must do as an employer"))], ideas)
        return parts

    def chosen(self) -> list[Flowable]:
        v = self.version
        scenario = next((s for s in v.scenarios if s.id == v.chosen_scenario_id), None)
        if scenario is None:
            return self.together([self.heading("chosen")],
                                 [self.idea("chosen", [_("I have not chosen yet.")])])
        ideas: list[Flowable] = [
            self.idea("chosen", [_("I chose {name}.").format(name=scenario.name),
                                 _("It has these parts:"),
                                 *[BULLET + option.title for option in scenario.options]]),
            self.idea("why", self.said_by_me(v.why_chosen), lead=_("Why I chose this"))]
        parts = self.together([self.heading("chosen")], ideas)
        if len(v.scenarios) > 1:
            compared: list[Flowable] = []
            for other in v.scenarios:
                total = options_summary(v, other.options).total[WEEK]
                lines = [_("It costs {amount} each week.").format(amount=total.format())]
                if other.id == v.chosen_scenario_id:
                    lines.append(_("I chose this one."))
                # Translators: the name of a way of putting my support together, as a label.
                compared.append(self.idea("compare", lines,
                                          label=_("{name}:").format(name=other.name)))
            parts += self.together([self.subheading("compare", _("The ways I compared"))],
                                   compared)
        return parts

    def money(self) -> list[Flowable]:
        v = self.version
        summary = options_summary(v, counted_options(v))
        ideas: list[Flowable] = []
        comparison = summary.comparison
        if comparison is not None:
            ideas.append(self.idea("payer_personal_budget",
                                   [], label=_("My personal budget each week:"),
                                   big=comparison.budget[WEEK].format()))
        ideas.append(self.idea("cost", [], label=_("My support costs each week:"),
                               big=summary.total[WEEK].format()))
        ideas.append(self.idea("date", [
            _("In a year, my support costs {amount}.").format(
                amount=summary.total[Period.YEAR].format())]))
        ideas.append(self.idea("who_pays", label=_("Who pays each week:"), lines=[
            BULLET + _("{label}: {amount}").format(
                label=payer.label, amount=summary.by_payer[payer][WEEK].format())
            for payer in summary.payers_used()]))
        if comparison is None and not personal_budget_applies(v):
            ideas.append(self.idea("no_budget",
                                   short_sentences(translated(NO_PERSONAL_BUDGET))))
        if comparison is not None:
            left = comparison.left(WEEK)
            if left.is_negative():
                ideas.append(self.idea("over_budget",
                                       [],
                                       label=_("More than my personal budget each week:"),
                                       big=(-left).format()))
            else:
                ideas.append(self.idea("left_over", [], label=_("Left over each week:"),
                                       big=left.format()))
        ideas.append(self.idea("plan", [
            _("My standard plan shows how each cost is worked out.")]))
        return self.together([self.heading("money")], ideas)

    def risks(self) -> list[Flowable]:
        v = self.version
        if not v.risks:
            return self.together([self.heading("risks")],
                                 [self.idea("risks", [_("Not written yet.")])])
        parts: list[Flowable] = [self.heading("risks")]
        for number, risk in enumerate(v.risks):
            ideas = [self.idea("risks", self.said_by_me(risk.risk), lead=_("The risk")),
                     self.idea("my_choice", self.said_by_me(risk.my_choice),
                               lead=_("What I choose")),
                     self.idea("made_smaller", self.said_by_me(risk.made_smaller),
                               lead=_("What makes it smaller")),
                     self.idea("who_helps", self.said_by_me(risk.who_helps),
                               lead=_("Who helps")),
                     self.idea("if_wrong", self.said_by_me(risk.if_wrong),
                               lead=_("If it goes wrong"))]
            if number == 0:
                parts = self.together(parts, ideas)
            else:
                parts += [KeepTogether(ideas[:2]), *ideas[2:]]
        return parts

    def contingency(self) -> list[Flowable]:
        v = self.version
        if not v.contingencies:
            return self.together([self.heading("contingency")],
                                 [self.idea("contingency", [_("Not written yet.")])])
        ideas: list[Flowable] = []
        for item in v.contingencies:
            lines = short_sentences(item.arrangement) or [_("Not written yet.")]
            for line in item.cost_lines:
                # Translators: {often} is how often, "each week", "once" …
                lines.append(_("It costs {amount} {often}.").format(
                    amount=money_text(line.amount), often=line.frequency.label))
                lines.append(payer_sentence(line.payer))
            ideas.append(self.idea("contingency", lines, lead=item.situation))
        return self.together([self.heading("contingency")], ideas)

    def agreement(self) -> list[Flowable]:
        v = self.version
        ideas: list[Flowable] = [
            self.idea("helpers", self.said_by_me(v.participants), lead=_("Who took part")),
            self.idea("date", self.review_lines()), *self.changes()]
        parts = self.together([self.heading("agreement")], ideas)
        parts.append(KeepTogether([self.subheading("signatures", _("Signatures")),
                                   self.signature_table()]))
        return parts

    def changes(self) -> list[Flowable]:
        """What changed since the last version, and how my goals went."""
        from budgetplanner.review import differences

        v = self.version
        older = [each for each in v.person.versions if each.number < v.number]
        if not older:
            return []
        diff = differences(older[-1], v)
        lines: list[str] = []
        for title, items in ((_("Added:"), diff.added), (_("No longer in my plan:"), diff.removed),
                             (_("Changed:"), diff.changed)):
            if items:
                lines.append(title)
                lines += [BULLET + item for item in items[:40]]
                if len(items) > 40:
                    more = len(items) - 40
                    lines.append(ngettext("And {count} more.", "And {count} more.", more
                                          ).format(count=more))
        ideas = [self.idea("changes", lines or [_("Nothing in my plan has changed.")],
                           lead=_("What changed since version {number}").format(
                               number=older[-1].number))]
        for goal in v.goals:
            if goal.what_worked:
                ideas.append(self.idea("worked", short_sentences(goal.what_worked),
                                       lead=_("{goal}: what worked").format(goal=goal.title)))
            if goal.what_did_not:
                ideas.append(self.idea("did_not_work", short_sentences(goal.what_did_not),
                                       lead=_("{goal}: what did not work").format(
                                           goal=goal.title)))
        return ideas

    def word_list(self) -> list[Flowable]:
        """The hard words this plan used, each explained, then the credit for the pictures."""
        used = words_used(" ".join(self.said))
        ideas: list[Flowable] = []
        for word, meaning in used:
            ideas.append(self.row(self.picture(word_picture(word)), Paragraph(
                _("<b>{word}</b>: {meaning}").format(word=safe(word), meaning=safe(meaning)),
                self.s.body)))
        ideas.append(self.row(self.picture("credit"), Paragraph(safe(credit()), self.s.body)))
        return self.together([self.heading("words")], ideas)
