"""Index people by name as the list sorts them, so a long list opens as fast as a short one

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 04:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_people_lower_name", "people", [sa.text("lower(name)"), "id"])


def downgrade() -> None:
    op.drop_index("ix_people_lower_name", table_name="people")
