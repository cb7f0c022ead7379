"""The review statement and the spending entries as CSV, for a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from budgetplanner.money import Money
from budgetplanner.review_statement import ReviewStatement, StatementRow
from budgetplanner.spending import month_name
from budgetplanner.storage.files import write_private
from budgetplanner.storage.models import Option, SpendingEntry

STATEMENT_HEADERS = ["Part", "What", "Planned for the year", "Planned so far", "Spent so far",
                     "Left this year", "Forecast for the year", "How it is going", "Why"]


def safe(text: str) -> str:
    """Text a spreadsheet will show as text: a leading = + - @ would make it a formula.

    Bank descriptions come from outside, so they are never trusted to be plain.
    """
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def plain(value: Decimal) -> str:
    return Money(value).plain()


def _row(part: str, row: StatementRow) -> list[str]:
    return [part, safe(row.label), plain(row.planned_yearly), plain(row.planned_so_far),
            plain(row.spent_so_far), plain(row.left_yearly), plain(row.forecast),
            row.how_it_is_going, safe(row.reason)]


def statement_rows(statement: ReviewStatement) -> list[list[str]]:
    rows: list[list[str]] = [STATEMENT_HEADERS]
    rows += [_row("By option", row) for row in statement.by_option]
    rows += [_row("By who pays", row) for row in statement.by_payer]
    rows.append(_row("Total", statement.total))
    rows.append([])
    rows.append(["Month", "Planned", *[p.label for p in statement.payers], "Spent in all"])
    for month in statement.months:
        if not month.counted:
            continue
        rows.append([month_name(month.month), plain(month.planned),
                     *[plain(month.spent[p]) for p in statement.payers],
                     plain(month.spent_total)])
    rows.append([])
    rows.append(["What changed"])
    rows += [["", safe(change)] for change in statement.changes]
    rows.append([])
    rows.append(["Evidence I keep"])
    rows += [["", safe(item)] for item in statement.evidence]
    return rows


def write_statement_csv(statement: ReviewStatement, out: Path) -> Path:
    # utf-8-sig so that a spreadsheet on Windows shows "£" and "’" as they are.
    handle = io.StringIO(newline="")
    csv.writer(handle).writerows(statement_rows(statement))
    return write_private(out, handle.getvalue(), encoding="utf-8-sig")


def write_entries_csv(entries: Iterable[SpendingEntry], options: Iterable[Option],
                      out: Path) -> Path:
    """Every amount spent, one a line, as typed in or read from a bank statement."""
    titles = {option.id: option.title for option in options}
    with io.StringIO(newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Month", "Who paid", "For", "Amount", "Note", "From"])
        for entry in entries:
            writer.writerow([
                entry.month.isoformat(), entry.payer.label,
                safe(titles.get(entry.option_id, "") if entry.option_id else ""),
                plain(entry.amount), safe(entry.note),
                "Bank statement" if entry.source == "bank" else "Typed in"])
        return write_private(out, handle.getvalue(), encoding="utf-8-sig")
