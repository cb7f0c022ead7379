"""The statement for a direct payment review: planned and spent, what changed, the evidence I keep.

Councils review a direct payment within six months, then at least once a year, and ask
for bank statements, timesheets and receipts. This gathers in one place what the person
brings, so the meeting can be about what is working, not about finding papers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from budgetplanner.categories import OptionKind, Payer
from budgetplanner.council_checklist import CheckItem, council_checklist
from budgetplanner.money import Money
from budgetplanner.periods import Period
from budgetplanner.plan_money import counted_options, pa_costs_for, plan_summary
from budgetplanner.spending import (
    SPENDING_PAYERS,
    MonthRow,
    SpendingReport,
    Track,
    month_name,
    report_for,
)
from budgetplanner.storage.models import PlanVersion


def long_date(day: date) -> str:
    return f"{day.day} {day.strftime('%B %Y')}"


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


def evidence_list(version: PlanVersion, report: SpendingReport) -> list[str]:
    """The papers to keep for the review, drawn from how this plan is paid."""
    options = counted_options(version)
    summary = plan_summary(version)
    paid_by_budget = {line.option_key for line in summary.lines
                      if line.payer is Payer.PERSONAL_BUDGET and (line.yearly or line.one_off)}
    evidence: list[str] = []
    if paid_by_budget:
        evidence.append(
            f"Bank statements for my direct payment account, {month_name(report.start)} to "
            f"{month_name(report.months[-1])}.")
    costs = pa_costs_for(version, [o for o in options if o.id in paid_by_budget])
    pas = [pa for option in costs.options for pa in option.pas]
    for pa in pas:
        name = pa.role.name.strip() or "each PA"
        evidence.append(f"Timesheets for {name}, signed by {name} and by me.")
    if pas:
        evidence.append("Payslips, and the records from my payroll service of tax, National "
                        "Insurance and pay.")
        evidence.append("My employers' liability insurance certificate.")
        if any(pa.enrolled for pa in pas):
            evidence.append("Statements of what I paid into my PAs' workplace pension.")
    for option in options:
        if option.id not in paid_by_budget or option.kind is OptionKind.PERSONAL_ASSISTANTS:
            continue
        title = option.title.strip() or "this option"
        if option.kind is OptionKind.AGENCY:
            evidence.append(f"Invoices from {title}, and proof that I paid them.")
        else:
            evidence.append(f"Receipts for {title}.")
    if report.flagged():
        evidence.append("A note of anything I spent differently from my plan, and why.")
    return evidence


def _changes(version: PlanVersion, report: SpendingReport) -> list[str]:
    """What changed: spending against the plan, the plan against its last version, my notes."""
    changes: list[str] = []
    seen: set[str] = set()
    # An option that is all of a payer's spending has the same reason twice: say it once.
    for track in report.flagged():
        if track.reason not in seen:
            seen.add(track.reason)
            changes.append(f"{track.label}: {track.reason}")
    earlier = [v for v in version.person.versions if v.number < version.number]
    if earlier:
        last = earlier[-1]
        before, now = last.personal_budget, version.personal_budget
        if before != now:
            was = "not written" if before is None else (
                f"{Money(before).format()} {last.personal_budget_period.label}")
            is_now = "not written" if now is None else (
                f"{Money(now).format()} {version.personal_budget_period.label}")
            changes.append(f"My personal budget changed from {was} to {is_now}.")
        old_total = plan_summary(last).total
        new_total = plan_summary(version).total
        if old_total[Period.YEAR] != new_total[Period.YEAR]:
            changes.append(f"My support was planned at {old_total[Period.YEAR].format()} a "
                           f"year; it is now {new_total[Period.YEAR].format()} a year.")
    if version.review_notes.strip():
        changes.append(version.review_notes.strip())
    for goal in version.goals:
        if goal.what_worked.strip():
            changes.append(f"{goal.title}: what worked: {goal.what_worked.strip()}")
        if goal.what_did_not.strip():
            changes.append(f"{goal.title}: what did not work: {goal.what_did_not.strip()}")
    if not changes:
        changes.append("Spending is going as planned, and nothing else is written yet.")
    return changes


def build_statement(
    session: Session, version: PlanVersion, printed_on: date | None = None
) -> ReviewStatement:
    today = printed_on or date.today()
    report = report_for(session, version)
    name = version.person.name
    budget = ("Not written yet" if version.personal_budget is None else
              f"{Money(version.personal_budget).format()} {version.personal_budget_period.label}")
    return ReviewStatement(
        person_name=name,
        called=version.preferred_name.strip() or name,
        printed_on=today,
        plan_year_start=report.start,
        plan_year_end=report.end,
        counting=report.counting_words(),
        personal_budget=budget,
        next_review=long_date(version.next_review) if version.next_review else "Not set yet",
        by_option=[StatementRow.of(track) for _key, track in report.by_option],
        by_payer=[StatementRow.of(track) for track in report.by_payer.values()],
        total=StatementRow.of(report.total),
        months=report.month_rows,
        payers=tuple(p for p in SPENDING_PAYERS if p in report.by_payer),
        changes=_changes(version, report),
        evidence=evidence_list(version, report),
        checklist=council_checklist(version, today),
    )
