"""The plan's written fields and their labels, listed once for the pages, print, review and
plan file, so the same question is asked in the same words everywhere.

Labels are marked for Qt's translation tools with `QT_TRANSLATE_NOOP` (a no-op here: the
domain imports no Qt); the window translates them in the "PlanFields" context.
"""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT = "PlanFields"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for translation in `context`; the window translates it when shown."""
    return text


@dataclass(frozen=True)
class PlanField:
    """One field a person writes in: the attribute of PlanVersion, where it is, its label."""

    attribute: str
    section: str
    label: str
    hint: str = ""
    lines: int = 4


ABOUT_ME = "About me"
MATTERS = "What matters to me"
SCENARIOS = "Scenarios"
REVIEW = "Review"

ABOUT_ME_FIELDS = (
    PlanField("preferred_name", ABOUT_ME,
              QT_TRANSLATE_NOOP("PlanFields", "The name I like to be called"), lines=1),
    PlanField("admired", ABOUT_ME,
              QT_TRANSLATE_NOOP("PlanFields", "What people like and admire about me")),
    PlanField("communication", ABOUT_ME,
              QT_TRANSLATE_NOOP("PlanFields", "How best to communicate with me"),
              QT_TRANSLATE_NOOP("PlanFields", "How I like information given to me, and how I tell "
                                         "you things.")),
    PlanField("decisions", ABOUT_ME,
              QT_TRANSLATE_NOOP("PlanFields", "How I make decisions, and who helps me")),
)

MATTERS_FIELDS = (
    PlanField("good_life", MATTERS,
              QT_TRANSLATE_NOOP("PlanFields", "What a good life looks like for me")),
    PlanField("matters_now", MATTERS, QT_TRANSLATE_NOOP("PlanFields", "What matters to me now")),
    PlanField("matters_future", MATTERS,
              QT_TRANSLATE_NOOP("PlanFields", "What matters to me in the future")),
    PlanField("strengths", MATTERS, QT_TRANSLATE_NOOP("PlanFields", "My strengths and skills")),
    PlanField("own_resources", MATTERS, QT_TRANSLATE_NOOP("PlanFields", "My own resources"),
              QT_TRANSLATE_NOOP("PlanFields", "Money, my home, equipment, time.")),
    PlanField("contribution", MATTERS,
              QT_TRANSLATE_NOOP("PlanFields", "What I contribute to others")),
    # After the good life and strengths, never before: needs are one part of the story.
    PlanField("support_needs", MATTERS,
              QT_TRANSLATE_NOOP("PlanFields", "What I need support with"),
              QT_TRANSLATE_NOOP("PlanFields", "In my own words: the things I need help with to "
                                         "live the life above, and when.")),
)

CHOICE_FIELDS = (
    PlanField("why_chosen", SCENARIOS, QT_TRANSLATE_NOOP("PlanFields", "Why I chose this")),
)

REVIEW_FIELDS = (
    PlanField("participants", REVIEW,
              QT_TRANSLATE_NOOP("PlanFields", "Who took part in planning")),
    PlanField("review_notes", REVIEW, QT_TRANSLATE_NOOP("PlanFields", "Notes for my review")),
)

TEXT_FIELDS: tuple[PlanField, ...] = (
    ABOUT_ME_FIELDS + MATTERS_FIELDS + CHOICE_FIELDS + REVIEW_FIELDS)

_BY_ATTRIBUTE = {field.attribute: field for field in TEXT_FIELDS}


def field(attribute: str) -> PlanField:
    """The written field of the plan called `attribute` (KeyError if there is none)."""
    return _BY_ATTRIBUTE[attribute]


def label(attribute: str) -> str:
    return _BY_ATTRIBUTE[attribute].label
