"""Easy read: hard words that may be in a plan, each with a short explanation.

The easy-read plan ends with a word list of the ones it uses (Department of Health easy read
guidance: explain hard words, with a word list at the end).
"""

from __future__ import annotations

import re

HARD_WORDS: dict[str, str] = {
    "advocate": "Someone who helps me say what I want.",
    "agency": "A company that sends workers to support people.",
    "assessment": "When the council finds out what support I need.",
    "budget": "An amount of money to spend on something.",
    "contingency": "What we do if things go wrong.",
    "direct payment": "Money from the council paid to me, so I can choose my support.",
    "domiciliary": "Support in my own home.",
    "employer": "The person who pays someone to work for them.",
    "Employment Allowance": "Money off the tax I pay as an employer.",
    "National Insurance": "Money paid to the government from wages.",
    "PA": "A personal assistant: someone I pay to support me.",
    "pension": "Money saved for when someone stops working.",
    "personal budget": "The money the council says my support will cost.",
    "residential care": "Living in a care home.",
    "review": "A meeting to check how my plan is going.",
    "scenario": "One way my support could be put together.",
    "tenancy": "An agreement to rent a home.",
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
