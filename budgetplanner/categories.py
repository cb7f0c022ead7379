"""The kinds of option a person can consider, and who pays for a cost."""

from __future__ import annotations

from enum import StrEnum

from budgetplanner.translation import N_, translated


class OptionKind(StrEnum):
    PERSONAL_ASSISTANTS = "personal_assistants"
    AGENCY = "agency"
    COMMUNITY = "community"
    SHARED_LIVING = "shared_living"
    EQUIPMENT = "equipment"
    OTHER = "other"

    @property
    def label(self) -> str:
        return translated(_KIND_LABELS[self])


_KIND_LABELS = {
    OptionKind.PERSONAL_ASSISTANTS: N_("Personal assistants I employ"),
    OptionKind.AGENCY: N_("An agency"),
    OptionKind.COMMUNITY: N_("A community activity or group"),
    OptionKind.SHARED_LIVING: N_("Shared living"),
    OptionKind.EQUIPMENT: N_("Equipment or technology"),
    OptionKind.OTHER: N_("Something else"),
}


class Payer(StrEnum):
    """Who pays for a cost line. The order is the order columns and rows are shown in."""

    PERSONAL_BUDGET = "personal_budget"
    OWN_MONEY = "own_money"
    FREE = "free"
    UNPAID_HELP = "unpaid_help"
    OTHER_FUNDING = "other_funding"

    @property
    def label(self) -> str:
        return translated(_PAYER_LABELS[self])

    @property
    def short_label(self) -> str:
        """For narrow table columns; the full label goes in the tooltip."""
        return translated(_PAYER_SHORT_LABELS[self]) if self in _PAYER_SHORT_LABELS else self.label


_PAYER_LABELS = {
    Payer.PERSONAL_BUDGET: N_("Personal budget or direct payment"),
    Payer.OWN_MONEY: N_("My own money"),
    Payer.FREE: N_("Free or community"),
    Payer.UNPAID_HELP: N_("Unpaid help"),
    Payer.OTHER_FUNDING: N_("Other funding"),
}

_PAYER_SHORT_LABELS = {Payer.PERSONAL_BUDGET: N_("Personal budget")}
