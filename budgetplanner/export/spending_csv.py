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
from budgetplanner.translation import N_, _, translated

# The headings, in English as data; written in the chosen language (the figures stay plain).
STATEMENT_HEADERS = [N_("Part"), N_("What"), N_("Planned for the year"), N_("Planned so far"),
                     N_("Spent so far"), N_("Left this year"), N_("Forecast for the year"),
                     N_("How it is going"), N_("Why")]
ENTRY_HEADERS = [N_("Month"), N_("Who paid"), N_("For"), N_("Amount"), N_("Note"), N_("From")]


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
    rows: list[list[str]] = [[translated(heading) for heading in STATEMENT_HEADERS]]
    by_option, by_payer = _("By option"), _("By who pays")
    rows += [_row(by_option, row) for row in statement.by_option]
    rows += [_row(by_payer, row) for row in statement.by_payer]
    rows.append(_row(_("Total"), statement.total))
    rows.append([])
    rows.append([_("Month"), _("Planned"), *[p.label for p in statement.payers],
                 _("Spent in all")])
    for month in statement.months:
        if not month.counted:
            continue
        rows.append([month_name(month.month), plain(month.planned),
                     *[plain(month.spent[p]) for p in statement.payers],
                     plain(month.spent_total)])
    rows.append([])
    rows.append([_("What changed")])
    rows += [["", safe(change)] for change in statement.changes]
    rows.append([])
    rows.append([_("Evidence I keep")])
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
        writer.writerow([translated(heading) for heading in ENTRY_HEADERS])
        from_bank, typed_in = _("Bank statement"), _("Typed in")
        for entry in entries:
            writer.writerow([
                entry.month.isoformat(), entry.payer.label,
                safe(titles.get(entry.option_id, "") if entry.option_id else ""),
                plain(entry.amount), safe(entry.note),
                from_bank if entry.source == "bank" else typed_in])
        return write_private(out, handle.getvalue(), encoding="utf-8-sig")
