"""The kinds of option a person can consider, and who pays for a cost."""

from __future__ import annotations

from enum import StrEnum


class OptionKind(StrEnum):
    PERSONAL_ASSISTANTS = "personal_assistants"
    AGENCY = "agency"
    COMMUNITY = "community"
    SHARED_LIVING = "shared_living"
    EQUIPMENT = "equipment"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    OptionKind.PERSONAL_ASSISTANTS: "Personal assistants I employ",
    OptionKind.AGENCY: "An agency",
    OptionKind.COMMUNITY: "A community activity or group",
    OptionKind.SHARED_LIVING: "Shared living",
    OptionKind.EQUIPMENT: "Equipment or technology",
    OptionKind.OTHER: "Something else",
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
        return _PAYER_LABELS[self]

    @property
    def short_label(self) -> str:
        """For narrow table columns; the full label goes in the tooltip."""
        return _PAYER_SHORT_LABELS.get(self, self.label)


_PAYER_LABELS = {
    Payer.PERSONAL_BUDGET: "Personal budget or direct payment",
    Payer.OWN_MONEY: "My own money",
    Payer.FREE: "Free or community",
    Payer.UNPAID_HELP: "Unpaid help",
    Payer.OTHER_FUNDING: "Other funding",
}

_PAYER_SHORT_LABELS = {Payer.PERSONAL_BUDGET: "Personal budget"}
