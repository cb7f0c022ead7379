"""The money of a plan as CSV for a spreadsheet: every line, then the totals by who pays."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from budgetplanner.budget import Column
from budgetplanner.periods import Frequency, Period
from budgetplanner.plan_money import (
    allowance_sentence,
    counted_options,
    options_summary,
    plan_option_lines,
)
from budgetplanner.translation import N_, _, translated

if TYPE_CHECKING:
    from budgetplanner.storage.models import PlanVersion

# The headings, in English as data; written in the chosen language (the figures stay plain).
HEADER = [N_("Option"), N_("What"), N_("How much"), N_("How often"), N_("Hours a week"),
          N_("Who pays"), N_("Per week"), N_("Per month"), N_("Per year"), N_("One-off")]


def _figures(column: Column) -> list[str]:
    return [column[p].plain() for p in (Period.WEEK, Period.MONTH, Period.YEAR)] + [
        column.one_off.plain()]


def money_csv(version: PlanVersion) -> str:
    """Plain decimals (no £ or commas) so a spreadsheet reads them as numbers."""
    options = counted_options(version)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([translated(heading) for heading in HEADER])
    # Each option's lines carry its share of the one Employment Allowance, so the lines
    # add up to the totals below to the penny.
    shared = plan_option_lines(version)
    for option in options:
        for line in shared[option.id]:
            # As typed for this very line (two lines may share a name); PA lines are worked out.
            amount, frequency, hours_per_week = line.typed or (None, None, None)
            hours = ""
            if frequency is Frequency.PER_HOUR:
                hours = format(hours_per_week or 0, "f")
            writer.writerow([
                option.title, line.label,
                f"{amount:.2f}" if amount is not None else "",
                frequency.label if frequency is not None else _("worked out"),
                hours, line.payer.label,
                line.figure(Period.WEEK).plain(), line.figure(Period.MONTH).plain(),
                line.figure(Period.YEAR).plain(), line.one_off_figure().plain()])
    summary = options_summary(version, options)
    writer.writerow([])
    total = _("Total")
    for payer in summary.payers_used():
        writer.writerow([total, payer.label, "", "", "", payer.label,
                         *_figures(summary.by_payer[payer])])
    writer.writerow([total, _("All my support"), "", "", "", "", *_figures(summary.total)])
    if summary.comparison is not None:
        comparison = summary.comparison
        periods = (Period.WEEK, Period.MONTH, Period.YEAR)
        budget = _("Personal budget")
        writer.writerow([budget, _("My personal budget"), "", "", "", "",
                         *[comparison.budget[p].plain() for p in periods], ""])
        writer.writerow([budget, _("Left (negative: short)"), "", "", "", "",
                         *[comparison.left(p).plain() for p in periods], ""])
    sentence = allowance_sentence(version)
    if sentence:
        writer.writerow([_("Note"), sentence])
    # A byte order mark tells spreadsheet programs the file is UTF-8 (for £ and names).
    return "\ufeff" + out.getvalue()
