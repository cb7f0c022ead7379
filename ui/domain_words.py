"""The words the domain (budgetplanner/, which knows no Qt) shows in the window, marked once here
so that lupdate extracts them, and translated where they are shown with `domain_tr`.

tests/ui/test_domain_words.py fails when a label is added to the domain but not here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "DomainWords"

MARKED = frozenset((
    # Periods
    QT_TRANSLATE_NOOP("DomainWords", "a week"),
    QT_TRANSLATE_NOOP("DomainWords", "every four weeks"),
    QT_TRANSLATE_NOOP("DomainWords", "a month"),
    QT_TRANSLATE_NOOP("DomainWords", "a year"),
    QT_TRANSLATE_NOOP("DomainWords", "Per week"),
    QT_TRANSLATE_NOOP("DomainWords", "Per four weeks"),
    QT_TRANSLATE_NOOP("DomainWords", "Per month"),
    QT_TRANSLATE_NOOP("DomainWords", "Per year"),
    # How often
    QT_TRANSLATE_NOOP("DomainWords", "an hour"),
    QT_TRANSLATE_NOOP("DomainWords", "once"),
    # Who pays
    QT_TRANSLATE_NOOP("DomainWords", "Personal budget or direct payment"),
    QT_TRANSLATE_NOOP("DomainWords", "My own money"),
    QT_TRANSLATE_NOOP("DomainWords", "Free or community"),
    QT_TRANSLATE_NOOP("DomainWords", "Unpaid help"),
    QT_TRANSLATE_NOOP("DomainWords", "Other funding"),
    QT_TRANSLATE_NOOP("DomainWords", "Personal budget"),
    # Kinds of option
    QT_TRANSLATE_NOOP("DomainWords", "Personal assistants I employ"),
    QT_TRANSLATE_NOOP("DomainWords", "An agency"),
    QT_TRANSLATE_NOOP("DomainWords", "A community activity or group"),
    QT_TRANSLATE_NOOP("DomainWords", "Shared living"),
    QT_TRANSLATE_NOOP("DomainWords", "Equipment or technology"),
    QT_TRANSLATE_NOOP("DomainWords", "Something else"),
    # A PA's pay and age
    QT_TRANSLATE_NOOP("DomainWords", "16 or 17"),
    QT_TRANSLATE_NOOP("DomainWords", "18 to 20"),
    QT_TRANSLATE_NOOP("DomainWords", "21"),
    QT_TRANSLATE_NOOP("DomainWords", "22 to State Pension age"),
    QT_TRANSLATE_NOOP("DomainWords", "over State Pension age"),
    # How the spending is going
    QT_TRANSLATE_NOOP("DomainWords", "On track"),
    QT_TRANSLATE_NOOP("DomainWords", "Heading over the plan"),
    QT_TRANSLATE_NOOP("DomainWords", "Well under the plan"),
    QT_TRANSLATE_NOOP("DomainWords", "Nothing entered yet"),
    # Dates in a bank statement
    QT_TRANSLATE_NOOP("DomainWords", "31/05/2026 (day first)"),
    QT_TRANSLATE_NOOP("DomainWords", "2026-05-31"),
    # The printed plan
    QT_TRANSLATE_NOOP("DomainWords", "Standard"),
    QT_TRANSLATE_NOOP("DomainWords", "Large print"),
    QT_TRANSLATE_NOOP("DomainWords", "Easy read"),
    QT_TRANSLATE_NOOP("DomainWords", "About me"),
    QT_TRANSLATE_NOOP("DomainWords", "What matters to me"),
    QT_TRANSLATE_NOOP("DomainWords", "What I bring"),
    QT_TRANSLATE_NOOP("DomainWords", "People in my life"),
    QT_TRANSLATE_NOOP("DomainWords", "Options I considered"),
    QT_TRANSLATE_NOOP("DomainWords", "My chosen support"),
    QT_TRANSLATE_NOOP("DomainWords", "My money"),
    QT_TRANSLATE_NOOP("DomainWords", "Risks I own"),
    QT_TRANSLATE_NOOP("DomainWords", "If things go wrong"),
    QT_TRANSLATE_NOOP("DomainWords", "How the PA costs are worked out"),
    QT_TRANSLATE_NOOP("DomainWords", "Agreement and review"),
    QT_TRANSLATE_NOOP("DomainWords", "What I need support with"),
    # A PA's hours
    QT_TRANSLATE_NOOP("DomainWords", "Same hours every week"),
    QT_TRANSLATE_NOOP("DomainWords", "Hours change week to week"),
    QT_TRANSLATE_NOOP("DomainWords", "Words in my plan"),
))


def domain_tr(text: str) -> str:
    """A domain label in the person's language (as it is when no translation has it)."""
    return QCoreApplication.translate(CONTEXT, text)
