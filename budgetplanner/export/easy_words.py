"""Easy read: hard words that may be in a plan, each with a short explanation.

The easy-read plan ends with a word list of the ones it uses (Department of Health easy read
guidance: explain hard words, with a word list at the end). The words and meanings are kept in
English here and translated where the list is printed.
"""

from __future__ import annotations

import re

from budgetplanner.translation import N_

HARD_WORDS: dict[str, str] = {
    N_("advocate"): N_("Someone who helps me say what I want."),
    N_("agency"): N_("A company that sends workers to support people."),
    N_("assessment"): N_("When the council finds out what support I need."),
    N_("budget"): N_("An amount of money to spend on something."),
    N_("contingency"): N_("What we do if things go wrong."),
    N_("direct payment"): N_("Money from the council paid to me, so I can choose my support."),
    N_("domiciliary"): N_("Support in my own home."),
    N_("employer"): N_("The person who pays someone to work for them."),
    N_("Employment Allowance"): N_("Money off the tax I pay as an employer."),
    N_("National Insurance"): N_("Money paid to the government from wages."),
    N_("PA"): N_("A personal assistant: someone I pay to support me."),
    N_("pension"): N_("Money saved for when someone stops working."),
    N_("personal budget"): N_("The money the council says my support will cost."),
    N_("residential care"): N_("Living in a care home."),
    N_("review"): N_("A meeting to check how my plan is going."),
    N_("scenario"): N_("One way my support could be put together."),
    N_("tenancy"): N_("An agreement to rent a home."),
}


def words_used(text: str) -> list[tuple[str, str]]:
    """The hard words in `text`, in alphabetical order, each with what it means."""
    found = []
    for word, meaning in HARD_WORDS.items():
        # Whole words only; "PA" is matched in capitals, the others in any case.
        flags = 0 if word.isupper() else re.IGNORECASE
        if re.search(rf"\b{re.escape(word)}s?\b", text, flags):
            found.append((word, meaning))
    return sorted(found, key=lambda pair: pair[0].lower())
