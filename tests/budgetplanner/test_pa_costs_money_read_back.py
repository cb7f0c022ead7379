"""Property: the printed plan's option tables, read back from the PDF itself, add up.

The tables are checked as objects in test_pa_costs_money_tables.py; here the PDF is written,
its text read back with pdfplumber, and every option's figures are added as a panel member
would add them with a pencil: each line's two figures, down to "This option", and the
one-off costs down to their own total. The options together make "All my support".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from test_pa_costs_money_tables import plans

from budgetplanner.export.pdf import PrintOptions, write_plan_pdf
from budgetplanner.periods import Period
from budgetplanner.plan_money import plan_summary
from budgetplanner.storage.models import Person, PlanVersion

D = Decimal
FIGURE = r"−?£[\d,]+\.\d\d"
TWO_FIGURES = re.compile(rf"(?:^|\s)({FIGURE})\s+({FIGURE})$")
ONCE = re.compile(rf"({FIGURE}) once$")


def amount(figure: str) -> Decimal:
    return D(figure.replace("£", "").replace(",", "").replace("−", "-"))


@dataclass
class OptionTable:
    """One option's table as read off the paper: its lines' figures added up by column (the
    first money period, then the second), and its own total rows."""

    lines: list[Decimal] = field(default_factory=lambda: [D(0), D(0)])
    once: Decimal = field(default_factory=Decimal)
    total: list[Decimal | None] = field(default_factory=lambda: [None, None])
    once_total: Decimal | None = None


PERIOD_LINE = re.compile(rf"^(Per [a-z ]+?) ({FIGURE})( once)?$")


def option_tables(pdf_path: Path, headings: tuple[str, str]) -> list[OptionTable]:
    """Read every option's cost table, in either layout the plan prints: a row a line (from
    the heading row "What How…" down to "This option"), or, where the words do not fit
    across, a block a line with each figure beside its column's heading ("Per week £…")."""
    tables: list[OptionTable] = []
    current: OptionTable | None = None
    into = "lines"  # where a block's figures go: a line's, the total's, or the one-offs'
    with pdfplumber.open(pdf_path) as pdf:
        lines = [line for page in pdf.pages for line in (page.extract_text() or "").splitlines()]
    for line in lines:
        if line.startswith("Kind: "):  # an option begins; its table follows
            current = OptionTable()
            tables.append(current)
            into = "lines"
            continue
        if current is None:
            continue
        if line.startswith("This option, one-off costs"):
            once = ONCE.search(line)
            if once:
                current.once_total = amount(once.group(1))
            into = "once total"
            continue
        if line == "This option":  # a block of its own: the figures follow
            into = "total"
            continue
        figures = TWO_FIGURES.search(line)
        if line.startswith("This option") and figures:
            current.total = [amount(figures.group(1)), amount(figures.group(2))]
            continue
        period = PERIOD_LINE.match(line)
        if period:
            figure = amount(period.group(2))
            if period.group(3):  # "… once"
                if into == "once total":
                    current.once_total = figure
                else:
                    current.once += figure
                continue
            column = headings.index(period.group(1))
            if into == "total":
                current.total[column] = figure
            else:
                current.lines[column] += figure
            continue
        if figures:
            current.lines[0] += amount(figures.group(1))
            current.lines[1] += amount(figures.group(2))
        elif once := ONCE.search(line):
            current.once += amount(once.group(1))
        elif into != "lines" and not line.startswith(("How ", "Who pays")):
            into = "lines"  # the next block: a line of the table
        if line.startswith(("My chosen support", "Things to know", "What I must do")):
            current = None
    return tables


def money_totals(pdf_path: Path) -> tuple[list[list[Decimal]], list[Decimal]]:
    """The My money table: a row per payer (per week, month, year, one-off) and its total."""
    with pdfplumber.open(pdf_path) as pdf:
        lines = [line for page in pdf.pages for line in (page.extract_text() or "").splitlines()]
    start = next(at for at, line in enumerate(lines) if line.startswith("Who pays Per "))
    rows: list[list[Decimal]] = []
    for line in lines[start + 1:]:
        figures = [amount(figure) for figure in re.findall(FIGURE, line)]
        if line.startswith("All my support"):
            return rows, figures
        if figures:
            rows.append(figures)
    raise AssertionError("the money table has no total row")


def fill_defaults(row: Any) -> None:
    """Give a row made in memory the defaults it would have once saved."""
    for column in type(row).__table__.columns:
        default = column.default
        if (getattr(row, column.key, None) is None and default is not None
                and default.is_scalar):
            setattr(row, column.key, default.arg)


def with_defaults(drawn: PlanVersion) -> PlanVersion:
    """The drawn plan as a saved plan is: no writing yet, no one named as helping…"""
    fill_defaults(drawn)
    for option in drawn.options:
        fill_defaults(option)
        for row in [*option.pa_roles, *option.cost_lines]:
            fill_defaults(row)
    drawn.person = Person(name="Siân Ó Briain")
    return drawn


# Four plans for each first column (eight in all), as two tests so neither runs long.
@pytest.mark.parametrize("first", [Period.WEEK, Period.MONTH], ids=["week", "month"])
@settings(max_examples=4, deadline=None, phases=[Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(drawn=plans())
def test_each_printed_option_table_adds_up_as_read_off_the_paper(
        tmp_path: Path, drawn: PlanVersion, first: Period) -> None:
    version = with_defaults(drawn)
    path = write_plan_pdf(version, tmp_path / "plan.pdf",
                          PrintOptions(money_first=first, printed_on=date(2026, 12, 3))).path
    writer_headings = (first.heading, Period.YEAR.heading)
    tables = option_tables(path, writer_headings)
    assert len(tables) == len(version.options)
    yearly = D(0)
    for table in tables:
        assert table.total[0] is not None and table.total[1] is not None
        assert table.lines == table.total
        assert table.once == (table.once_total or D(0))
        yearly += table.total[1]
    # No scenario is chosen: every option counts, and together they are the plan's total.
    assert yearly == plan_summary(version).total[Period.YEAR].amount
    rows, total = money_totals(path)
    assert len(total) == 4
    for column in range(4):
        assert sum((row[column] for row in rows), D(0)) == total[column]
    assert total[2] == yearly
