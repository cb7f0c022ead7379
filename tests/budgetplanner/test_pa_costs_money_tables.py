"""Property: every money table (CSV lines, printed option tables) adds up to its own total.

Random plans: several PA options (NI above and below the Employment Allowance), fixed and
irregular hours, every pay period, one-off and recurring lines, every payer. The plans are
built as plain objects (no database), so each example is quick.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from budgetplanner.categories import OptionKind, Payer
from budgetplanner.export.csv_money import money_csv
from budgetplanner.export.pdf import PlanWriter, PrintOptions, Variant, register_fonts
from budgetplanner.pa_costs import AgeBand, HoursPattern, PayFrequency, PensionChoice
from budgetplanner.periods import Frequency, Period
from budgetplanner.plan_money import plan_summary
from budgetplanner.storage.models import CostLine, Option, PARoleRow, PlanVersion

D = Decimal


def pennies(low: str, high: str) -> st.SearchStrategy[Decimal]:
    return st.decimals(min_value=D(low), max_value=D(high), places=2)


@st.composite
def pa_roles(draw: st.DrawFn) -> PARoleRow:
    return PARoleRow(
        name=draw(st.sampled_from(["Priya", "Meera", "Tom", "Asha", ""])),
        hourly_wage=draw(pennies("10", "40")),
        hours_per_week=draw(st.decimals(min_value=0, max_value=60, places=2)),
        pay_frequency=draw(st.sampled_from(PayFrequency)).value,
        age_band=draw(st.sampled_from(AgeBand)).value,
        pension_choice=draw(st.sampled_from(PensionChoice)).value,
        relative_in_household=draw(st.booleans()),
        hours_pattern=draw(st.sampled_from(HoursPattern)).value,
    )


@st.composite
def cost_lines(draw: st.DrawFn) -> CostLine:
    frequency = draw(st.sampled_from(Frequency))
    return CostLine(
        description=draw(st.sampled_from(["Insurance", "Payroll", "Class", "Training", "Taxi"])),
        amount=draw(pennies("0", "5000")),
        frequency=frequency,
        hours_per_week=(draw(st.decimals(min_value=0, max_value=40, places=2))
                        if frequency is Frequency.PER_HOUR else None),
        payer=draw(st.sampled_from(Payer)),
    )


@st.composite
def plans(draw: st.DrawFn) -> PlanVersion:
    version = PlanVersion(number=1, rate_table_name="", employment_allowance=draw(st.booleans()),
                          personal_budget=draw(st.none() | pennies("0", "60000")),
                          personal_budget_period=draw(st.sampled_from(Period)))
    for number in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from([OptionKind.PERSONAL_ASSISTANTS] * 3 + [OptionKind.OTHER]))
        option = Option(id=number + 1, title=f"Option {number + 1}", kind=kind,
                        position=number, cover_kind="none", cover_value=None,
                        pa_payer=draw(st.sampled_from(
                            [Payer.PERSONAL_BUDGET, Payer.OWN_MONEY, Payer.OTHER_FUNDING])))
        if kind is OptionKind.PERSONAL_ASSISTANTS:
            option.pa_roles.extend(draw(st.lists(pa_roles(), max_size=3)))
        option.cost_lines.extend(draw(st.lists(cost_lines(), max_size=3)))
        version.options.append(option)
    return version


def money(text: str) -> Decimal:
    cleaned = text.replace("£", "").replace(",", "").replace(" once", "").replace("−", "-")
    return D(cleaned or "0")


def cells(row: list[Any]) -> list[str]:
    return [value.getPlainText() if isinstance(value, Paragraph) else str(value)
            for value in row]


def table_rows(table: Any, writer: PlanWriter) -> list[list[str]]:
    """The rows of an option's table in the wide layout: What, How much, How often, Who pays,
    first period, second period. Large print stacks each line as a small table of its own
    (label, then "key: value" rows); it is read back into the same columns."""
    rows = [list(row) for row in table._cellvalues]
    if not all(len(row) == 1 and hasattr(row[0], "_cellvalues") for row in rows):
        return [cells(row) for row in rows[1:]]
    flat = []
    for (stack,) in rows:
        [label, *pairs] = [cells(list(row)) for row in stack._cellvalues]
        values = {pair[0]: pair[1] for pair in pairs if len(pair) == 2}
        flat.append([label[0], values.get("How much", ""), values.get("How often", ""),
                     values.get("Who pays", ""), values.get(writer.first.heading, ""),
                     values.get(writer.second.heading, "")])
    return flat


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_csv_lines_add_up_to_every_total_to_the_penny(version: PlanVersion) -> None:
    rows = list(csv.reader(io.StringIO(money_csv(version).lstrip("\ufeff"))))
    titles = {option.title for option in version.options}
    lines = [row for row in rows[1:] if len(row) == 10 and row[0] in titles]
    totals = {row[1]: row for row in rows if row[:1] == ["Total"]}
    for column in (6, 7, 8, 9):
        assert sum((D(row[column]) for row in lines), D(0)) == D(totals["All my support"][column])
        for payer in Payer:
            if payer.label in totals:
                paid = [row for row in lines if row[5] == payer.label]
                assert sum((D(row[column]) for row in paid), D(0)) == D(
                    totals[payer.label][column])
    # The CSV's total is the Money page's.
    assert D(totals["All my support"][8]) == plan_summary(version).total[Period.YEAR].amount


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans(), st.sampled_from(Variant), st.sampled_from(Period))
def test_printed_option_tables_add_up_and_together_make_all_my_support(
        version: PlanVersion, variant: Variant, first: Period) -> None:
    register_fonts()
    writer = PlanWriter(version, PrintOptions(variant=variant, money_first=first), 500)
    compact = writer.look.compact
    figure_columns = (3,) if compact else (4, 5)
    once_column = 3 if compact else 5
    together = {column: D(0) for column in figure_columns}
    for option in version.options:
        [table] = writer.cost_table(option)
        rows = table_rows(table, writer)
        body = [row for row in rows if not row[0].startswith("This option")]
        [total] = [row for row in rows if row[0] == "This option"]
        once = [row for row in body if row[once_column].endswith("once")]
        recurring = [row for row in body if not row[once_column].endswith("once")]
        for column in figure_columns:
            assert sum((money(row[column]) for row in recurring), D(0)) == money(total[column])
            together[column] += money(total[column])
        once_totals = [row for row in rows if row[0] == "This option, one-off costs"]
        assert sum((money(row[once_column]) for row in once), D(0)) == sum(
            (money(row[once_column]) for row in once_totals), D(0))
    # No scenario is chosen, so every option is counted: the tables make the plan's total.
    summary = plan_summary(version)
    periods = (writer.first,) if compact else (writer.first, writer.second)
    for column, period in zip(figure_columns, periods, strict=True):
        assert together[column] == summary.total[period].amount
