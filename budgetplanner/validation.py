"""Checks for what a person types: each returns a clean value or raises with a plain message."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from budgetplanner.money import Money, MoneyError
from budgetplanner.periods import MAX_HOURS_PER_WEEK
from budgetplanner.translation import _

# Long enough for a life story in one field; a pasted file of megabytes is refused.
MAX_TEXT_LENGTH = 20_000
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)


class ValidationError(ValueError):
    """What was typed cannot be right; the message says why, in plain words."""


def parse_amount(text: str) -> Decimal:
    try:
        return Money.parse(text).amount
    except MoneyError as exc:
        raise ValidationError(str(exc)) from exc


def parse_hours(text: str, *, allow_empty: bool = False) -> Decimal | None:
    """Hours a week: 0 to 168, in steps no finer than a minute or so (two decimals)."""
    cleaned = text.strip().lower().removesuffix("hours").removesuffix("h").strip()
    if not cleaned:
        if allow_empty:
            return None
        raise ValidationError(_("Please type the hours, for example 12 or 7.5."))
    if len(cleaned) > 12 or not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        raise ValidationError(_("Hours are a number, for example 12 or 7.5."))
    try:
        hours = Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the pattern guards this
        raise ValidationError(_("Hours are a number, for example 12 or 7.5.")) from exc
    if hours < 0:
        raise ValidationError(_("Hours cannot be below zero."))
    if hours > MAX_HOURS_PER_WEEK:
        raise ValidationError(_("A week has 168 hours, so this cannot be right."))
    if hours != hours.quantize(Decimal("0.01")):
        raise ValidationError(_("Hours can have at most two figures after the point."))
    return hours


def parse_date(text: str, *, allow_empty: bool = True) -> date | None:
    """A date typed as 2027-03-31 or 31/03/2027."""
    cleaned = text.strip()
    if not cleaned:
        if allow_empty:
            return None
        raise ValidationError(_("Please type a date, for example 31/03/2027."))
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", cleaned)
    if match:
        year, month, day = (int(part) for part in match.groups())
    else:
        match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", cleaned)
        if not match:
            raise ValidationError(_("Type the date like 31/03/2027."))
        day, month, year = (int(part) for part in match.groups())
    try:
        value = date(year, month, day)
    except ValueError as exc:
        raise ValidationError(_("There is no such date. Type it like 31/03/2027.")) from exc
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise ValidationError(
            _("Please check the year: dates run from {first} to {last}.").format(
                first=EARLIEST_DATE.year, last=LATEST_DATE.year)
        )
    return value


# When money is paid (a payday, a yearly bill, a one-off): a date outside these years is a
# typing slip, not a plan. The plan file checks the same bounds.
EARLIEST_PAYMENT_DATE = date(2000, 1, 1)
LATEST_PAYMENT_DATE = date(2100, 12, 31)


def check_payment_date(day: date | None) -> date | None:
    """A payday or due date, refused when it cannot be meant (None: not set)."""
    if day is not None and not EARLIEST_PAYMENT_DATE <= day <= LATEST_PAYMENT_DATE:
        raise ValidationError(
            f"A payment date must be between {EARLIEST_PAYMENT_DATE.year} and "
            f"{LATEST_PAYMENT_DATE.year}: please check the year."
        )
    return day


def parse_payment_date(text: str) -> date | None:
    """A payday or due date typed as 31/03/2027 or 2027-03-31; empty clears it."""
    return check_payment_date(parse_date(text))


def clean_text(text: str, *, limit: int = MAX_TEXT_LENGTH) -> str:
    """Free text as typed, refused only when it is far too long to be meant."""
    if len(text) > limit:
        raise ValidationError(
            _("This is {length} characters long; a field can hold {limit}. "
              "Please shorten it or split it into several parts.").format(
                length=f"{len(text):,}", limit=f"{limit:,}")
        )
    return text.replace("\x00", "")
