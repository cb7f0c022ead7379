"""What I need support with; whether a PA works fixed or irregular hours

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 05:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('plan_versions') as batch:
        batch.add_column(sa.Column('support_needs', sa.Text(), nullable=False,
                                   server_default=''))
    with op.batch_alter_table('pa_roles') as batch:
        batch.add_column(sa.Column('hours_pattern', sa.String(length=16), nullable=False,
                                   server_default='irregular'))  # as they were costed before


def downgrade() -> None:
    with op.batch_alter_table('pa_roles') as batch:
        batch.drop_column('hours_pattern')
    with op.batch_alter_table('plan_versions') as batch:
        batch.drop_column('support_needs')
