"""Every piece of text written into a plan, with where it is, for the language check."""

from __future__ import annotations

from typing import TYPE_CHECKING

from budgetplanner.plan_fields import TEXT_FIELDS

if TYPE_CHECKING:
    from budgetplanner.storage.models import PlanVersion


def plan_texts(version: PlanVersion) -> list[tuple[str, str]]:
    """(where, text) for every field a person writes in, in the order of the pages."""
    texts = [(f"{field.section} › {field.label}", getattr(version, field.attribute))
             for field in TEXT_FIELDS]
    for n, goal in enumerate(version.goals, start=1):
        texts += [(f"My goals › goal {n}", goal.title),
                  (f"My goals › goal {n} › how I will know", goal.how_i_will_know),
                  (f"My goals › goal {n} › what worked", goal.what_worked),
                  (f"My goals › goal {n} › what did not work", goal.what_did_not)]
    for person in version.relationships:
        texts.append((f"People › {person.name} › what they help with", person.helps_with))
    for option in version.options:
        texts += [(f"Options › {option.title}", option.title),
                  (f"Options › {option.title} › what it is", option.description)]
        texts += [(f"Options › {option.title} › cost", line.description)
                  for line in option.cost_lines]
    for n, risk in enumerate(version.risks, start=1):
        for label, text in (("the risk", risk.risk), ("what I choose", risk.my_choice),
                            ("what makes it smaller", risk.made_smaller),
                            ("who helps", risk.who_helps), ("if it goes wrong", risk.if_wrong)):
            texts.append((f"Risks › risk {n} › {label}", text))
    for n, item in enumerate(version.contingencies, start=1):
        texts += [(f"Plan B › {n} › what happens", item.situation),
                  (f"Plan B › {n} › what we do", item.arrangement)]
    for scenario in version.scenarios:
        texts.append((f"Scenarios › {scenario.name} › notes", scenario.notes))
    return [(where, text) for where, text in texts if text]
