"""The rate tables a plan can use: the shipped ones, and the user's own copies kept in the file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from budgetplanner.budget import BudgetSummary
from budgetplanner.plan_money import forget_rate_tables, plan_summary
from budgetplanner.rates import RateTable, RateTableError, load_shipped_tables, validate
from budgetplanner.storage.models import PlanVersion, RateTableRow


@dataclass(frozen=True)
class KnownTable:
    table: RateTable
    shipped: bool  # shipped tables are read-only: a copy is made to change a figure


def known_tables(session: Session) -> list[KnownTable]:
    """Every table by name: the user's own replace none of the shipped ones, oldest first."""
    tables = {t.name: KnownTable(t, True) for t in load_shipped_tables()}
    for row in session.scalars(select(RateTableRow).order_by(RateTableRow.name)):
        if row.name in tables:
            continue
        try:
            tables[row.name] = KnownTable(RateTable.from_json(row.body), False)
        except RateTableError:
            continue  # a damaged table is left in the file, untouched, and not offered
    return sorted(tables.values(), key=lambda known: known.table.valid_from)


def save_table(session: Session, table: RateTable) -> list[str]:
    """Keep the user's own table; returns the problems instead when it cannot be right."""
    if any(t.name == table.name for t in load_shipped_tables()):
        return [f"{table.name} is a table that comes with the program: copy it to change it."]
    problems = validate(table)
    if problems:
        return problems
    row = session.scalars(select(RateTableRow).where(RateTableRow.name == table.name)).first()
    if row is None:
        row = RateTableRow(name=table.name, built_in=False)
        session.add(row)
    row.body = table.to_json()
    row.updated_at = datetime.now().replace(microsecond=0)
    session.flush()  # saved with the plan's other changes, by the store's one save path
    forget_rate_tables(session)
    return []


@dataclass(frozen=True)
class TableMove:
    before: BudgetSummary
    after: BudgetSummary


def preview_move(version: PlanVersion, name: str) -> TableMove:
    """The plan's money with its own table and with another, without keeping the change."""
    before = plan_summary(version)
    old = version.rate_table_name
    try:
        version.rate_table_name = name
        after = plan_summary(version)
    finally:
        version.rate_table_name = old
    return TableMove(before, after)
