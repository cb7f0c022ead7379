"""My plan at a glance: the few sentences a review panel reads first, each with its section.

Plain data for page one of the printed plan: every item says where in the plan it is told in
full (a section key of budgetplanner.export.pdf), so the page can point to the right page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from budgetplanner.categories import Payer
from budgetplanner.formatting import long_date
from budgetplanner.money import Money
from budgetplanner.periods import Frequency, Period
from budgetplanner.plan_money import counted_options, options_summary
from budgetplanner.translation import N_, _, translated

if TYPE_CHECKING:
    from budgetplanner.storage.models import PlanVersion

LONGEST = 240  # characters of a sentence on page one
HOW_OFTEN = {Period.WEEK: N_("every week"), Period.FOUR_WEEKS: N_("every four weeks"),
             Period.MONTH: N_("every month"), Period.YEAR: N_("once a year")}


@dataclass(frozen=True)
class GlanceItem:
    label: str
    words: str
    section: str  # where it is told in full


def first_sentence(value: str) -> str:
    """The first sentence of what the person wrote, ending in a full stop."""
    value = " ".join(value.split())
    if not value:
        return ""
    match = re.match(r"(.+?[.!?])(\s|$)", value)
    sentence = match.group(1) if match else value
    if len(sentence) > LONGEST:
        # At a glance: a very long sentence is cut at a word; the plan has it whole.
        sentence = sentence[:LONGEST].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return sentence if sentence[-1] in ".!?…" else sentence + "."


def _hours(value: Decimal) -> str:
    return f"{value:f}".rstrip("0").rstrip(".") if "." in f"{value:f}" else f"{value:f}"


def unpaid_hours(version: PlanVersion) -> tuple[Decimal, Decimal]:
    """Hours a week of help without pay: from the people in my life, and from my options."""
    circle = sum((p.unpaid_hours_per_week or Decimal(0) for p in version.relationships),
                 Decimal(0))
    options = sum((line.hours_per_week or Decimal(0)
                   for option in counted_options(version) for line in option.cost_lines
                   if line.payer is Payer.UNPAID_HELP
                   and line.frequency is Frequency.PER_HOUR), Decimal(0))
    return circle, options


def money_words(version: PlanVersion) -> str:
    summary = options_summary(version, counted_options(version))
    parts = []
    if version.personal_budget is not None:
        amount = Money(version.personal_budget).format()
        period = version.personal_budget_period
        parts.append(_("My personal budget is paid to me as a direct payment of {amount} "
                       "{how_often}.").format(amount=amount,
                                              how_often=translated(HOW_OFTEN[period])))
    else:
        parts.append(_("My personal budget is not written yet."))
    from_budget = summary.by_payer[Payer.PERSONAL_BUDGET][Period.YEAR]
    parts.append(_("My support costs {amount} a year from it.").format(
        amount=from_budget.format()))
    own = summary.by_payer[Payer.OWN_MONEY][Period.YEAR]
    if not own.is_zero():
        parts.append(_("I pay {amount} a year from my own money.").format(amount=own.format()))
    if summary.comparison is not None:
        left = summary.comparison.left(Period.YEAR)
        if left.is_negative():
            parts.append(_("That is {amount} a year more than my personal budget.").format(
                amount=(-left).format()))
        else:
            parts.append(_("{amount} a year is left.").format(amount=left.format()))
    return " ".join(parts)


def glance_items(version: PlanVersion) -> list[GlanceItem]:
    v = version
    name = v.person.name
    preferred = v.preferred_name.strip()
    if preferred and preferred not in name.split():
        who = _("I am {name} and I like to be called {preferred}.").format(
            name=name, preferred=preferred)
    else:
        who = _("I am {name}.").format(name=name)
    who += " " + first_sentence(v.admired)
    matters = first_sentence(v.matters_now) or first_sentence(v.good_life)
    goals = "; ".join(goal.title for goal in v.goals)
    scenario = next((s for s in v.scenarios if s.id == v.chosen_scenario_id), None)
    if scenario is None:
        chosen = _("I have not chosen yet.")
    else:
        chosen = (f"{scenario.name}: {', '.join(o.title for o in scenario.options)}. "
                  f"{first_sentence(v.why_chosen)}")
    circle, options = unpaid_hours(v)
    if options:
        unpaid = _("About {hours} hours a week from the people in my life and {options} hours "
                   "a week in my options.").format(hours=_hours(circle), options=_hours(options))
    elif circle:
        unpaid = _("About {hours} hours a week from the people in my life.").format(
            hours=_hours(circle))
    else:
        unpaid = _("None written yet.")
    contingency = (first_sentence(v.contingencies[0].situation) + " "
                   + first_sentence(v.contingencies[0].arrangement)
                   if v.contingencies else "")
    review = f"{long_date(v.next_review)}." if v.next_review else ""
    items = [
        GlanceItem(_("Who I am"), who.strip(), "about"),
        GlanceItem(_("What matters most to me"), matters, "good_life"),
        GlanceItem(_("What I need support with"), first_sentence(v.support_needs), "needs"),
        GlanceItem(_("The outcomes I want"), goals + "." if goals else "", "good_life"),
        GlanceItem(_("The support I chose, and why"), chosen.strip(), "chosen"),
        GlanceItem(_("My money"), money_words(v), "money"),
        GlanceItem(_("Help given without pay"), unpaid, "people"),
        GlanceItem(_("If things go wrong"), contingency.strip(), "contingency"),
        GlanceItem(_("My next review"), review, "agreement"),
    ]
    return [GlanceItem(i.label, i.words or _("Not written yet."), i.section) for i in items]
