"""Spending: when a plan's money year starts, and what was actually spent each month

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('plan_years',
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['plan_versions.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('version_id')
    )
    op.create_table('spending_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('payer', sa.Enum('personal_budget', 'own_money', 'free', 'unpaid_help', 'other_funding', name='payer', native_enum=False, length=32), nullable=False),
    sa.Column('option_id', sa.Integer(), nullable=True),
    sa.Column('amount', sa.String(length=40), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['option_id'], ['options.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['version_id'], ['plan_versions.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('spending_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_spending_entries_month'), ['month'], unique=False)
        batch_op.create_index(batch_op.f('ix_spending_entries_option_id'), ['option_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_spending_entries_version_id'), ['version_id'], unique=False)



def downgrade() -> None:

    with op.batch_alter_table('spending_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_spending_entries_version_id'))
        batch_op.drop_index(batch_op.f('ix_spending_entries_option_id'))
        batch_op.drop_index(batch_op.f('ix_spending_entries_month'))

    op.drop_table('spending_entries')
    op.drop_table('plan_years')
