"""When money is paid, and what a PA option's holiday cover and sick pay cost

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 09:00:00.000000

- `cost_lines.due_on`: the day a yearly cost falls due, or the day a one-off is planned, so
  the spending rules plan it in that month (empty: the plan year's first month, as before).
- `options.first_payday`: the first payday of a PA option's weekly or four-weekly pay, so
  months with five weekly paydays, or two four-weekly ones, are planned as such.
- `options.holiday_cover_rate`: the hourly rate paid to whoever covers a fixed-hours PA's
  holiday (empty: the PA's own wage, as costed before).
- `options.sick_pay_days`: the days a year of Statutory Sick Pay planned for each PA
  (empty: no sick pay line, as before).

Every column is nullable with no default, so rows already stored keep their figures. Adding
a column changes no row, so on PostgreSQL the row-level security of migration 0005 is not in
the way, and the table grants made there cover the new columns.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Batch mode: on SQLite an added nullable column is a plain ALTER TABLE ADD COLUMN (no
    # copy of the table); on PostgreSQL batch mode is an ordinary ALTER TABLE.
    with op.batch_alter_table('cost_lines') as batch:
        batch.add_column(sa.Column('due_on', sa.Date(), nullable=True))
    with op.batch_alter_table('options') as batch:
        batch.add_column(sa.Column('first_payday', sa.Date(), nullable=True))
        batch.add_column(sa.Column('holiday_cover_rate', sa.String(length=40), nullable=True))
        batch.add_column(sa.Column('sick_pay_days', sa.Integer(), nullable=True))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35 and later has it): a batch copy of `options` on SQLite
    # would drop and remake the table, and with foreign keys on, dropping it would delete
    # every cost line and PA of every option with it.
    for column in ('sick_pay_days', 'holiday_cover_rate', 'first_payday'):
        op.drop_column('options', column)
    op.drop_column('cost_lines', 'due_on')
