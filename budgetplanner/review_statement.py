"""The statement for a direct payment review: planned and spent, what changed, the evidence I keep.

Councils review a direct payment within six months, then at least once a year, and ask
for bank statements, timesheets and receipts. This gathers in one place what the person
brings, so the meeting can be about what is working, not about finding papers.

The statement is built from plain data (`StatementFacts` and a `SpendingReport`);
`budgetplanner.storage.plan_data.statement_facts` reads them from a stored plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from budgetplanner.categories import OptionKind, Payer
from budgetplanner.council_checklist import CheckItem
from budgetplanner.formatting import long_date
from budgetplanner.money import Money
from budgetplanner.periods import Period
from budgetplanner.spending import (
    SPENDING_PAYERS,
    MonthRow,
    SpendingReport,
    Track,
    month_name,
    report_for,
)
from budgetplanner.storage.models import PlanVersion
from budgetplanner.translation import _


@dataclass(frozen=True)
class GoalNotes:
    """How a goal went since the last version, as written at the review."""

    title: str
    what_worked: str = ""
    what_did_not: str = ""


@dataclass(frozen=True)
class PaidOption:
    """An option my personal budget pays for, with the PAs it employs (names as typed)."""

    title: str
    kind: OptionKind
    pa_names: tuple[str, ...] = ()
    pension: bool = False


@dataclass(frozen=True)
class EarlierVersion:
    """The last version's money, to say what changed since."""

    personal_budget: Decimal | None
    personal_budget_period: Period
    yearly_total: Decimal


@dataclass(frozen=True)
class StatementFacts:
    """What the statement needs of a plan besides its spending, as plain data."""

    person_name: str
    preferred_name: str = ""
    personal_budget: Decimal | None = None
    personal_budget_period: Period = Period.YEAR
    next_review: date | None = None
    review_notes: str = ""
    goals: tuple[GoalNotes, ...] = ()
    paid_by_budget: tuple[PaidOption, ...] = ()
    yearly_total: Decimal = Decimal(0)
    earlier: EarlierVersion | None = None
    checklist: tuple[CheckItem, ...] = ()


@dataclass(frozen=True)
class StatementRow:
    """One row of figures, already rounded, with how it is going in words."""

    label: str
    planned_yearly: Decimal
    planned_so_far: Decimal
    spent_so_far: Decimal
    left_yearly: Decimal
    forecast: Decimal
    how_it_is_going: str
    reason: str

    @classmethod
    def of(cls, track: Track) -> StatementRow:
        return cls(track.label, track.planned_yearly, track.planned_so_far, track.spent_so_far,
                   track.left_yearly, track.forecast, track.flag.label, track.reason)


@dataclass(frozen=True)
class ReviewStatement:
    person_name: str
    called: str
    printed_on: date
    plan_year_start: date
    plan_year_end: date
    counting: str
    personal_budget: str
    next_review: str
    by_option: list[StatementRow]
    by_payer: list[StatementRow]
    total: StatementRow
    months: list[MonthRow]
    payers: tuple[Payer, ...]
    changes: list[str]
    evidence: list[str]
    checklist: list[CheckItem]


def evidence_list(facts: StatementFacts, report: SpendingReport) -> list[str]:
    """The papers to keep for the review, drawn from how this plan is paid."""
    evidence: list[str] = []
    if facts.paid_by_budget:
        evidence.append(
            _("Bank statements for my direct payment account, {first} to {last}.").format(
                first=month_name(report.start), last=month_name(report.months[-1])))
    pa_options = [o for o in facts.paid_by_budget if o.pa_names]
    for option in pa_options:
        for pa in option.pa_names:
            name = pa.strip() or _("each PA")
            evidence.append(_("Timesheets for {name}, signed by {name} and by me.").format(
                name=name))
    if pa_options:
        evidence.append(_("Payslips, and the records from my payroll service of tax, National "
                          "Insurance and pay."))
        evidence.append(_("My employers' liability insurance certificate."))
        if any(option.pension for option in pa_options):
            evidence.append(_("Statements of what I paid into my PAs' workplace pension."))
    for option in facts.paid_by_budget:
        if option.kind is OptionKind.PERSONAL_ASSISTANTS:
            continue
        title = option.title.strip() or _("this option")
        if option.kind is OptionKind.AGENCY:
            evidence.append(_("Invoices from {title}, and proof that I paid them.").format(
                title=title))
        else:
            evidence.append(_("Receipts for {title}.").format(title=title))
    if report.flagged():
        evidence.append(_("A note of anything I spent differently from my plan, and why."))
    return evidence


def _budget_words(amount: Decimal | None, period: Period) -> str:
    return _("not written") if amount is None else f"{Money(amount).format()} {period.label}"


def changes_list(facts: StatementFacts, report: SpendingReport) -> list[str]:
    """What changed: spending against the plan, the plan against its last version, my notes."""
    changes: list[str] = []
    seen: set[str] = set()
    # An option that is all of a payer's spending has the same reason twice: say it once.
    for track in report.flagged():
        if track.reason not in seen:
            seen.add(track.reason)
            changes.append(f"{track.label}: {track.reason}")
    last = facts.earlier
    if last is not None:
        if last.personal_budget != facts.personal_budget:
            was = _budget_words(last.personal_budget, last.personal_budget_period)
            is_now = _budget_words(facts.personal_budget, facts.personal_budget_period)
            changes.append(_("My personal budget changed from {was} to {now}.").format(
                was=was, now=is_now))
        if last.yearly_total != facts.yearly_total:
            changes.append(_("My support was planned at {was} a year; it is now {now} a "
                             "year.").format(was=Money(last.yearly_total).format(),
                                             now=Money(facts.yearly_total).format()))
    if facts.review_notes.strip():
        changes.append(facts.review_notes.strip())
    for goal in facts.goals:
        if goal.what_worked.strip():
            changes.append(_("{goal}: what worked: {words}").format(
                goal=goal.title, words=goal.what_worked.strip()))
        if goal.what_did_not.strip():
            changes.append(_("{goal}: what did not work: {words}").format(
                goal=goal.title, words=goal.what_did_not.strip()))
    if not changes:
        changes.append(_("Spending is going as planned, and nothing else is written yet."))
    return changes


def statement_of(facts: StatementFacts, report: SpendingReport,
                 printed_on: date) -> ReviewStatement:
    """The review statement from plain data: the rule itself, with no database."""
    name = facts.person_name
    budget = (_("Not written yet") if facts.personal_budget is None else
              f"{Money(facts.personal_budget).format()} {facts.personal_budget_period.label}")
    return ReviewStatement(
        person_name=name,
        called=facts.preferred_name.strip() or name,
        printed_on=printed_on,
        plan_year_start=report.start,
        plan_year_end=report.end,
        counting=report.counting_words(),
        personal_budget=budget,
        next_review=long_date(facts.next_review) if facts.next_review else _("Not set yet"),
        by_option=[StatementRow.of(track) for _key, track in report.by_option],
        by_payer=[StatementRow.of(track) for track in report.by_payer.values()],
        total=StatementRow.of(report.total),
        months=report.month_rows,
        payers=tuple(p for p in SPENDING_PAYERS if p in report.by_payer),
        changes=changes_list(facts, report),
        evidence=evidence_list(facts, report),
        checklist=list(facts.checklist),
    )


def build_statement(
    session: Session, version: PlanVersion, printed_on: date | None = None
) -> ReviewStatement:
    """The review statement of a stored plan, as printed on `printed_on` (today)."""
    from budgetplanner.storage.plan_data import statement_facts

    today = printed_on or date.today()
    return statement_of(statement_facts(version, today), report_for(session, version), today)
