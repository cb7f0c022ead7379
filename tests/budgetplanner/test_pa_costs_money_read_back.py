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
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
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
    """One option's table as read off the paper."""

    lines: list[tuple[Decimal, Decimal]] = field(default_factory=list)
    once: list[Decimal] = field(default_factory=list)
    total: tuple[Decimal, Decimal] | None = None
    once_total: Decimal | None = None


def option_tables(pdf_path: Path) -> list[OptionTable]:
    """Read every option's cost table: from its heading row ("Who pays") to "This option"."""
    tables: list[OptionTable] = []
    current: OptionTable | None = None
    with pdfplumber.open(pdf_path) as pdf:
        lines = [line for page in pdf.pages for line in (page.extract_text() or "").splitlines()]
    for line in lines:
        if line.startswith("What How"):  # the heading row ("Who pays" may wrap)
            if current is None:  # a heading repeated on the next page keeps the table open
                current = OptionTable()
            continue
        if line.startswith("This option, one-off costs"):
            match = ONCE.search(line)
            assert match, line
            table = current or tables[-1]
            table.once_total = amount(match.group(1))
            continue
        if current is None:
            continue
        figures = TWO_FIGURES.search(line)
        if line.startswith("This option"):
            assert figures, line
            current.total = (amount(figures.group(1)), amount(figures.group(2)))
            tables.append(current)
            current = None
        elif figures:
            current.lines.append((amount(figures.group(1)), amount(figures.group(2))))
        elif once := ONCE.search(line):
            current.once.append(amount(once.group(1)))
    assert current is None, "a table without its total row"
    return tables


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


@settings(max_examples=12, deadline=None, phases=[Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(drawn=plans(), first=st.sampled_from([Period.WEEK, Period.MONTH]))
def test_each_printed_option_table_adds_up_as_read_off_the_paper(
        tmp_path: Path, drawn: PlanVersion, first: Period) -> None:
    version = with_defaults(drawn)
    path = write_plan_pdf(version, tmp_path / "plan.pdf",
                          PrintOptions(money_first=first, printed_on=date(2026, 12, 3))).path
    tables = option_tables(path)
    assert len(tables) == len(version.options)
    yearly = D(0)
    for table in tables:
        assert table.total is not None
        assert sum((line[0] for line in table.lines), D(0)) == table.total[0]
        assert sum((line[1] for line in table.lines), D(0)) == table.total[1]
        assert sum(table.once, D(0)) == (table.once_total or D(0))
        yearly += table.total[1]
    # No scenario is chosen: every option counts, and together they are the plan's total.
    assert yearly == plan_summary(version).total[Period.YEAR].amount
    rows, total = money_totals(path)
    assert len(total) == 4
    for column in range(4):
        assert sum((row[column] for row in rows), D(0)) == total[column]
    assert total[2] == yearly
