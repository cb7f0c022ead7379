"""What the council will look for: which parts of a support plan the law asks for this plan answers.

The items follow what the Care Act 2014 (section 25) says a care and support plan holds,
with the direct payment details its regulations add. Each is written as help to the
person, in the first person, and says where in the plan it is answered, so that nothing
is missing when a panel reads the plan.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from budgetplanner.categories import Payer
from budgetplanner.money import Money
from budgetplanner.periods import Period
from budgetplanner.plan_money import (
    NO_PERSONAL_BUDGET,
    counted_options,
    personal_budget_applies,
    plan_summary,
)
from budgetplanner.translation import N_, _, ngettext, translated

if TYPE_CHECKING:
    from budgetplanner.storage.models import PlanVersion

# Where each part of the plan is written, as the window names its pages. Kept in one
# place so that when pages move, the checklist moves with them.
# tests/ui/test_spending_pages.py checks each name against the window's pages. Kept in
# English (the window translates its own page names); translated where a sentence names one.
PAGE_MATTERS = N_("What matters to me")
PAGE_GOALS = N_("My goals")
PAGE_PEOPLE = N_("People in my life")
PAGE_OPTIONS = N_("Options and costs")
PAGE_SCENARIOS = N_("My scenarios")
PAGE_MONEY = N_("Money")
PAGE_CONTINGENCY = N_("If things go wrong")
PAGE_REVIEW = N_("Review")
PAGES = (PAGE_MATTERS, PAGE_GOALS, PAGE_PEOPLE, PAGE_OPTIONS, PAGE_SCENARIOS, PAGE_MONEY,
         PAGE_CONTINGENCY, PAGE_REVIEW)


class Answered(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NOT_YET = "not_yet"
    # A personal-budget item in a plan paid from my own money: nothing to add.
    DOES_NOT_APPLY = "does_not_apply"

    @property
    def label(self) -> str:
        return {Answered.YES: _("Yes"), Answered.PARTLY: _("Partly"),
                Answered.NOT_YET: _("Not yet"),
                Answered.DOES_NOT_APPLY: _("Does not apply")}[self]

    @property
    def done(self) -> bool:
        """Nothing left to add: answered, or not part of this plan."""
        return self in (Answered.YES, Answered.DOES_NOT_APPLY)


@dataclass(frozen=True)
class CheckItem:
    """One thing the council will look for, and how far this plan answers it."""

    key: str
    statement: str
    law: str
    status: Answered
    page: str
    where: str
    detail: str = ""
    to_do: str = ""

    def sentence(self) -> str:
        """"My plan says …: yes, on the Money page." — the line a person reads first."""
        if self.status is Answered.YES:
            return _("{statement}: yes, {where}.").format(statement=self.statement,
                                                          where=self.where)
        if self.status is Answered.PARTLY:
            return _("{statement}: partly, {where}.").format(statement=self.statement,
                                                             where=self.where)
        if self.status is Answered.DOES_NOT_APPLY:
            return _("{statement}: does not apply. {detail}").format(statement=self.statement,
                                                                     detail=self.detail)
        return _("{statement}: not yet.").format(statement=self.statement)


def _on(page: str, field: str = "") -> str:
    if field:
        return _("on the {page} page, under “{field}”").format(page=translated(page),
                                                               field=field)
    return _("on the {page} page").format(page=translated(page))


def _period_words(period: Period) -> str:
    return {Period.WEEK: _("every week"), Period.FOUR_WEEKS: _("every four weeks"),
            Period.MONTH: _("every month"), Period.YEAR: _("every year")}[period]


def _needs(v: PlanVersion) -> CheckItem:
    statement = _("My plan says what I need support with")
    law = _("The needs identified, and which of them the council will meet")
    # "What I need support with" is the plan's own answer; what matters to me now says it
    # in other words for plans written before that question was asked.
    has_needs = bool(v.support_needs.strip()) or bool(v.matters_now.strip())
    has_goals = bool(v.goals)
    where = _on(PAGE_MATTERS, _("What I need support with"))
    if has_needs and has_goals:
        return CheckItem("needs", statement, law, Answered.YES, PAGE_MATTERS,
                         _("{where}, and in my goals").format(where=where),
                         _("The council's assessment lists the needs it found; my plan says "
                           "them in my own words."))
    if has_needs or has_goals:
        return CheckItem("needs", statement, law, Answered.PARTLY, PAGE_MATTERS, where,
                         to_do=_("Write what I need support with and my goals on the "
                                 "{page} and My goals pages.").format(
                                     page=translated(PAGE_MATTERS)))
    return CheckItem("needs", statement, law, Answered.NOT_YET, PAGE_MATTERS, where,
                     to_do=_("Write what I need support with on the {page} page, in "
                             "my own words.").format(page=translated(PAGE_MATTERS)))


def _outcomes(v: PlanVersion) -> CheckItem:
    statement = _("My plan says what I want to happen, and how I will know")
    law = _("The outcomes I want, and what they mean for my wellbeing")
    where = _on(PAGE_GOALS)
    goals = [g for g in v.goals if g.title.strip()]
    known = [g for g in goals if g.how_i_will_know.strip()]
    if goals and len(known) == len(goals):
        return CheckItem("outcomes", statement, law, Answered.YES, PAGE_GOALS, where,
                         ngettext("{count} goal, each with how I will know it is happening.",
                                  "{count} goals, each with how I will know it is happening.",
                                  len(goals)).format(count=len(goals)))
    if goals:
        return CheckItem("outcomes", statement, law, Answered.PARTLY, PAGE_GOALS, where,
                         _("{known} of my {count} goals say how I will know it is "
                           "happening.").format(known=len(known), count=len(goals)),
                         _("Add how I will know it is happening to each goal."))
    return CheckItem("outcomes", statement, law, Answered.NOT_YET, PAGE_GOALS, where,
                     to_do=_("Add my goals on the {page} page.").format(
                         page=translated(PAGE_GOALS)))


def _how_met(v: PlanVersion) -> CheckItem:
    statement = _("My plan says how my needs will be met")
    law = _("How the needs will be met, and by whom")
    where = _on(PAGE_SCENARIOS, _("This is the support I choose"))
    chosen = next((s for s in v.scenarios if s.id == v.chosen_scenario_id), None)
    if chosen is None:
        if v.options:
            return CheckItem("how_met", statement, law, Answered.PARTLY, PAGE_OPTIONS,
                             _on(PAGE_OPTIONS),
                             _("I have written {count} options.").format(
                                 count=len(v.options)),
                             _("Choose the support I want, and say why, on the "
                               "{page} page.").format(page=translated(PAGE_SCENARIOS)))
        return CheckItem("how_met", statement, law, Answered.NOT_YET, PAGE_OPTIONS,
                         _on(PAGE_OPTIONS),
                         to_do=_("Add the options I am considering on the {page} "
                                 "page.").format(page=translated(PAGE_OPTIONS)))
    options = counted_options(v)
    served = {goal.id for option in options for goal in option.goals}
    missed = [g.title for g in v.goals if g.id not in served and g.title.strip()]
    names = ", ".join(o.title for o in options if o.title.strip())
    if missed:
        return CheckItem("how_met", statement, law, Answered.PARTLY, PAGE_SCENARIOS, where,
                         _("I chose “{scenario}”: {options}.").format(
                             scenario=chosen.name, options=names),
                         _("No chosen option is linked to: {goals}.").format(
                             goals="; ".join(missed)))
    return CheckItem("how_met", statement, law, Answered.YES, PAGE_SCENARIOS, where,
                     _("I chose “{scenario}”: {options}.").format(scenario=chosen.name,
                                                                  options=names))


def _no_budget(key: str, statement: str, law: str, where: str) -> CheckItem:
    return CheckItem(key, statement, law, Answered.DOES_NOT_APPLY, PAGE_MONEY, where,
                     translated(NO_PERSONAL_BUDGET))


def _personal_budget(v: PlanVersion) -> CheckItem:
    statement = _("My plan says how much my personal budget is")
    law = _("The personal budget")
    where = _on(PAGE_MONEY, _("My personal budget"))
    if not personal_budget_applies(v):
        return _no_budget("personal_budget", statement, law, where)
    if v.personal_budget is None:
        return CheckItem("personal_budget", statement, law, Answered.NOT_YET, PAGE_MONEY, where,
                         to_do=_("Type my personal budget on the {page} page, as the "
                                 "council told me.").format(page=translated(PAGE_MONEY)))
    amount = Money(v.personal_budget).format()
    return CheckItem("personal_budget", statement, law, Answered.YES, PAGE_MONEY, where,
                     f"{amount} {v.personal_budget_period.label}.")


def _direct_payment(v: PlanVersion) -> CheckItem:
    statement = _("My plan says how my support will be paid, how much and how often")
    law = _("For a direct payment: the needs it meets, its amount and how often it is paid")
    where = _on(PAGE_MONEY)
    if not personal_budget_applies(v):
        return _no_budget("direct_payment", statement, law, where)
    options = counted_options(v)
    summary = plan_summary(v)
    paid = [o.title for o in options
            if any(line.option_key == o.id and line.payer is Payer.PERSONAL_BUDGET
                   and line.yearly for line in summary.lines)]
    if v.personal_budget is None:
        return CheckItem("direct_payment", statement, law, Answered.NOT_YET, PAGE_MONEY, where,
                         to_do=_("Type the amount of my personal budget or direct payment, "
                                 "and how often it comes, on the {page} page.").format(
                                     page=translated(PAGE_MONEY)))
    amount = Money(v.personal_budget).format()
    how_often = _period_words(v.personal_budget_period)
    if not paid:
        return CheckItem("direct_payment", statement, law, Answered.PARTLY, PAGE_MONEY, where,
                         f"{amount}, {how_often}.",
                         _("Say which costs my personal budget or direct payment pays for "
                           "(“Who pays” on the {page} page).").format(
                               page=translated(PAGE_OPTIONS)))
    return CheckItem("direct_payment", statement, law, Answered.YES, PAGE_MONEY, where,
                     _("{amount}, {how_often}. It pays for: {options}.").format(
                         amount=amount, how_often=how_often, options=", ".join(paid)))


def _fits(v: PlanVersion) -> CheckItem:
    statement = _("My support fits within my personal budget")
    law = _("A personal budget that is enough to meet the needs in the plan")
    where = _on(PAGE_MONEY)
    if not personal_budget_applies(v):
        return _no_budget("fits", statement, law, where)
    comparison = plan_summary(v).comparison
    if comparison is None:
        return CheckItem("fits", statement, law, Answered.NOT_YET, PAGE_MONEY, where,
                         to_do=_("Type my personal budget on the {page} page to see "
                                 "whether it is enough.").format(page=translated(PAGE_MONEY)))
    left = comparison.left(Period.YEAR)
    if left.is_negative():
        return CheckItem("fits", statement, law, Answered.NOT_YET, PAGE_MONEY, where,
                         _("My support costs {amount} a year more than my personal "
                           "budget.").format(amount=(-left).format()),
                         _("Look again at my options, or ask the council to look again at my "
                           "personal budget and say why."))
    return CheckItem("fits", statement, law, Answered.YES, PAGE_MONEY, where,
                     _("{amount} a year is left in my personal budget.").format(
                         amount=left.format()))


def _contingency(v: PlanVersion) -> CheckItem:
    statement = _("My plan says what happens if things go wrong")
    law = _("Contingency: what happens if my support breaks down")
    where = _on(PAGE_CONTINGENCY)
    written = [c for c in v.contingencies if c.situation.strip() or c.arrangement.strip()]
    if not written:
        return CheckItem("contingency", statement, law, Answered.NOT_YET, PAGE_CONTINGENCY,
                         where,
                         to_do=_("Write what happens if a PA is off sick or a carer is ill, "
                                 "and what it costs."))
    count = len(written)
    return CheckItem("contingency", statement, law, Answered.YES, PAGE_CONTINGENCY, where,
                     ngettext("{count} plan for when things go wrong: {situations}.",
                              "{count} plans for when things go wrong: {situations}.",
                              count).format(count=count, situations="; ".join(
                                  c.situation.strip() for c in written if c.situation.strip())))


def _review(v: PlanVersion, today: date) -> CheckItem:
    statement = _("My plan says when it will be reviewed")
    law = _("A review at least every 12 months (sooner for a new direct payment)")
    where = _on(PAGE_REVIEW, _("The date of my next review"))
    if v.next_review is None:
        return CheckItem("review", statement, law, Answered.NOT_YET, PAGE_REVIEW, where,
                         to_do=_("Write the date of my next review."))
    when = f"{v.next_review.day} {v.next_review.strftime('%B %Y')}"
    if v.next_review < today:
        return CheckItem("review", statement, law, Answered.PARTLY, PAGE_REVIEW, where,
                         _("The review date, {date}, has passed.").format(date=when),
                         _("Ask the council for a review, and write the new date."))
    return CheckItem("review", statement, law, Answered.YES, PAGE_REVIEW, where,
                     _("My next review is on {date}.").format(date=when))


def _other_help(v: PlanVersion) -> CheckItem:
    statement = _("My plan says who and what else helps me, not only paid support")
    law = _("What can be done to meet or reduce my needs, and to prevent or delay more needs")
    where = _on(PAGE_PEOPLE)
    helpers = [r for r in v.relationships if r.name.strip()]
    own = bool(v.strengths.strip() or v.own_resources.strip())
    if helpers and own:
        return CheckItem("other_help", statement, law, Answered.YES, PAGE_PEOPLE,
                         _("{where}, and in what I bring").format(where=where),
                         _("{count} people and groups in my life, and my own strengths.").format(
                             count=len(helpers)))
    if helpers or own:
        return CheckItem("other_help", statement, law, Answered.PARTLY, PAGE_PEOPLE, where,
                         to_do=_("Write the people in my life and what I bring."))
    return CheckItem("other_help", statement, law, Answered.NOT_YET, PAGE_PEOPLE, where,
                     to_do=_("Write who helps me and what I bring myself."))


def _involved(v: PlanVersion) -> CheckItem:
    statement = _("My plan says who helped me write it")
    law = _("The council must involve me, any carer, and anyone I ask")
    where = _on(PAGE_REVIEW, _("Who took part in planning"))
    if not v.participants.strip():
        return CheckItem("involved", statement, law, Answered.NOT_YET, PAGE_REVIEW, where,
                         to_do=_("Write who took part in planning."))
    return CheckItem("involved", statement, law, Answered.YES, PAGE_REVIEW, where,
                     v.participants.strip())


CHECKS: tuple[Callable[[PlanVersion], CheckItem], ...] = (
    _needs, _outcomes, _how_met, _personal_budget, _direct_payment, _fits, _contingency,
    _other_help, _involved,
)


def council_checklist(version: PlanVersion, today: date | None = None) -> list[CheckItem]:
    """Every item the council will look for, in the order a panel usually reads a plan."""
    items = [check(version) for check in CHECKS]
    items.append(_review(version, today or date.today()))
    return items


def summary_words(items: list[CheckItem]) -> str:
    done = sum(1 for item in items if item.status.done)
    if done == len(items):
        return _("My plan answers all {count} things the council will look for.").format(
            count=len(items))
    return _("My plan answers {done} of the {count} things the council will look for. "
             "The others say what to add, and where.").format(done=done, count=len(items))
