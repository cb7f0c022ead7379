"""Every piece of text written into a plan, with where it is, for the language check."""

from __future__ import annotations

from budgetplanner.storage.models import PlanVersion

_VERSION_FIELDS = (
    ("About me", "The name I like to be called", "preferred_name"),
    ("About me", "What people like and admire about me", "admired"),
    ("About me", "How best to communicate with me", "communication"),
    ("About me", "How I make decisions", "decisions"),
    ("What matters to me", "What a good life looks like for me", "good_life"),
    ("What matters to me", "What matters to me now", "matters_now"),
    ("What matters to me", "What matters to me in the future", "matters_future"),
    ("What matters to me", "What I need support with", "support_needs"),
    ("What matters to me", "My strengths and skills", "strengths"),
    ("What matters to me", "My own resources", "own_resources"),
    ("What matters to me", "What I contribute to others", "contribution"),
    ("Scenarios", "Why I chose this", "why_chosen"),
    ("Review", "Who took part in planning", "participants"),
    ("Review", "Notes for my review", "review_notes"),
)


def plan_texts(version: PlanVersion) -> list[tuple[str, str]]:
    """(where, text) for every field a person writes in, in the order of the pages."""
    texts = [(f"{page} › {label}", getattr(version, attribute))
             for page, label, attribute in _VERSION_FIELDS]
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
