"""Money as a domain type over Decimal, with the one place where rounding happens."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation

PENNY = Decimal("0.01")

# A generous ceiling: no one's support costs a billion pounds, and a pasted run of digits
# should be refused with a message rather than stored.
MAX_AMOUNT = Decimal("100000000")

_MONEY_TEXT = re.compile(r"^-?\d+(\.\d{1,2})?$")


def round_penny(value: Decimal) -> Decimal:
    """Round half up to the penny: the only rounding rule the program uses for money."""
    return value.quantize(PENNY, rounding=ROUND_HALF_UP)


class MoneyError(ValueError):
    """An amount that cannot be right, with a message a person can act on."""


@dataclass(frozen=True, slots=True, order=True)
class Money:
    """An amount in pounds, kept exact until it is shown.

    Intermediate figures (a wage times hours times 52) stay exact; `rounded()` gives the
    figure that is printed, so each printed figure is rounded once from its exact value.
    """

    amount: Decimal = Decimal(0)

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            object.__setattr__(self, "amount", Decimal(self.amount))

    @classmethod
    def zero(cls) -> Money:
        return cls(Decimal(0))

    @classmethod
    def of(cls, value: str | int | Decimal) -> Money:
        """Build from code: a string like "13.50", an int or a Decimal (never a float)."""
        if isinstance(value, float):  # pragma: no cover - guarded for callers without mypy
            raise TypeError("money is never built from a float")
        return cls(Decimal(value))

    @classmethod
    def parse(cls, text: str) -> Money:
        """Read an amount a person typed: "£1,234.50", "1234.5", "12". Raise MoneyError."""
        cleaned = text.strip().replace("£", "").replace(",", "").replace(" ", "")
        if not cleaned:
            raise MoneyError("Please type an amount, for example 12.50.")
        if len(cleaned) > 20 or not _MONEY_TEXT.match(cleaned):
            if re.match(r"^-?\d+\.\d{3,}$", cleaned):
                raise MoneyError("Amounts have at most two figures after the point (pence).")
            raise MoneyError("This is not an amount of money. Type it like 12.50.")
        try:
            value = Decimal(cleaned)
        except InvalidOperation as exc:  # pragma: no cover - the pattern above guards this
            raise MoneyError("This is not an amount of money. Type it like 12.50.") from exc
        if value < 0:
            raise MoneyError("An amount cannot be below zero.")
        if value >= MAX_AMOUNT:
            raise MoneyError("This amount is too large to be right.")
        return cls(value)

    def rounded(self) -> Money:
        return Money(round_penny(self.amount))

    def __add__(self, other: Money) -> Money:
        return Money(self.amount + other.amount)

    def __sub__(self, other: Money) -> Money:
        return Money(self.amount - other.amount)

    def __neg__(self) -> Money:
        return Money(-self.amount)

    def __mul__(self, factor: Decimal | int) -> Money:
        return Money(self.amount * Decimal(factor))

    __rmul__ = __mul__

    def __truediv__(self, divisor: Decimal | int) -> Money:
        return Money(self.amount / Decimal(divisor))

    def is_zero(self) -> bool:
        return self.amount == 0

    def is_negative(self) -> bool:
        return self.amount < 0

    def plain(self) -> str:
        """The rounded amount as plain digits, "1234.50", for files and editing."""
        return f"{round_penny(self.amount):.2f}"

    def format(self) -> str:
        """The rounded amount as people read it: "£1,234.50", "−£3.00"."""
        from budgetplanner.formatting import money_text

        return money_text(round_penny(self.amount))

    def __str__(self) -> str:
        return self.format()


def money_sum(items: list[Money] | tuple[Money, ...]) -> Money:
    total = Decimal(0)
    for item in items:
        total += item.amount
    return Money(total)


def allocate_pennies(total: Decimal, weights: list[Decimal] | tuple[Decimal, ...]) -> list[Decimal]:
    """Share `total` (rounded to the penny) in proportion to `weights`, in whole pennies.

    Each share is first rounded down, then the pennies left over go one each to the shares
    that lost the most (largest remainder), so the shares always add up to the total to
    the penny. A negative total is shared as its size and then given its sign back.
    """
    rounded = round_penny(total)
    whole = sum(weights, Decimal(0))
    if whole == 0:
        if rounded != 0:
            raise ValueError("a total cannot be shared among weights that are all zero")
        return [Decimal("0.00") for _ in weights]
    pennies = abs(rounded) / PENNY
    exact = [pennies * weight / whole for weight in weights]
    floors = [value.to_integral_value(rounding=ROUND_FLOOR) for value in exact]
    left = int(pennies - sum(floors, Decimal(0)))
    # Largest remainder first; ties go to the earlier share, so the result is stable.
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    for index in order[:left]:
        floors[index] += 1
    sign = -1 if rounded < 0 else 1
    return [(floor * PENNY * sign).quantize(PENNY) for floor in floors]
