"""The first schema: people, plan versions and everything a plan holds

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 03:18:19.686560
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('next_review', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_next_review'), ['next_review'], unique=False)

    op.create_table('rate_tables',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('built_in', sa.Boolean(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('plan_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('frozen_at', sa.DateTime(), nullable=True),
    sa.Column('preferred_name', sa.Text(), nullable=False),
    sa.Column('admired', sa.Text(), nullable=False),
    sa.Column('communication', sa.Text(), nullable=False),
    sa.Column('decisions', sa.Text(), nullable=False),
    sa.Column('good_life', sa.Text(), nullable=False),
    sa.Column('matters_now', sa.Text(), nullable=False),
    sa.Column('matters_future', sa.Text(), nullable=False),
    sa.Column('strengths', sa.Text(), nullable=False),
    sa.Column('own_resources', sa.Text(), nullable=False),
    sa.Column('contribution', sa.Text(), nullable=False),
    sa.Column('personal_budget', sa.String(length=40), nullable=True),
    sa.Column('personal_budget_period', sa.Enum('week', 'four_weeks', 'month', 'year', name='period', native_enum=False, length=32), nullable=False),
    sa.Column('rate_table_name', sa.String(length=40), nullable=False),
    sa.Column('employment_allowance', sa.Boolean(), nullable=False),
    sa.Column('chosen_scenario_id', sa.Integer(), nullable=True),
    sa.Column('why_chosen', sa.Text(), nullable=False),
    sa.Column('participants', sa.Text(), nullable=False),
    sa.Column('next_review', sa.Date(), nullable=True),
    sa.Column('review_notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['chosen_scenario_id'], ['scenarios.id'], ondelete='SET NULL', use_alter=True),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('plan_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_versions_person_id'), ['person_id'], unique=False)

    op.create_table('contingencies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('situation', sa.Text(), nullable=False),
    sa.Column('arrangement', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['plan_versions.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contingencies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contingencies_version_id'), ['version_id'], unique=False)

    op.create_table('goals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('how_i_will_know', sa.Text(), nullable=False),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('what_worked', sa.Text(), nullable=False),
    sa.Column('what_did_not', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['plan_versions.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('goals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goals_version_id'), ['version_id'], unique=False)

    op.create_table('options',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('kind', sa.Enum('personal_assistants', 'agency', 'community', 'shared_living', 'equipment', 'other', name='optionkind', native_enum=False, length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('pa_payer', sa.Enum('personal_budget', 'own_money', 'free', 'unpaid_help', 'other_funding', name='payer', native_enum=False, length=32), nullable=False),
    sa.Column('cover_kind', sa.String(length=16), nullable=False),
    sa.Column('cover_value', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['version_id'], ['plan_versions.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('options', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_options_version_id'), ['version_id'], unique=False)

    op.create_table('relationships',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('group', sa.String(length=32), nullable=False),
    sa.Column('closeness', sa.Integer(), nullable=False),
    sa.Column('helps_with', sa.Text(), nullable=False),
    sa.Column('unpaid_hours_per_week', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['version_id'], ['plan_versions.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('relationships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relationships_version_id'), ['version_id'], unique=False)

    op.create_table('risks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('risk', sa.Text(), nullable=False),
    sa.Column('my_choice', sa.Text(), nullable=False),
    sa.Column('made_smaller', sa.Text(), nullable=False),
    sa.Column('who_helps', sa.Text(), nullable=False),
    sa.Column('if_wrong', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['plan_versions.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('risks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_risks_version_id'), ['version_id'], unique=False)

    op.create_table('scenarios',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['plan_versions.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('scenarios', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scenarios_version_id'), ['version_id'], unique=False)

    op.create_table('cost_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('option_id', sa.Integer(), nullable=True),
    sa.Column('contingency_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('amount', sa.String(length=40), nullable=False),
    sa.Column('frequency', sa.Enum('per_hour', 'per_week', 'per_month', 'per_year', 'one_off', name='frequency', native_enum=False, length=32), nullable=False),
    sa.Column('hours_per_week', sa.String(length=40), nullable=True),
    sa.Column('payer', sa.Enum('personal_budget', 'own_money', 'free', 'unpaid_help', 'other_funding', name='payer', native_enum=False, length=32), nullable=False),
    sa.ForeignKeyConstraint(['contingency_id'], ['contingencies.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['option_id'], ['options.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('cost_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cost_lines_contingency_id'), ['contingency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cost_lines_option_id'), ['option_id'], unique=False)

    op.create_table('option_goals',
    sa.Column('option_id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['goals.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['option_id'], ['options.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('option_id', 'goal_id')
    )
    op.create_table('pa_roles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('option_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('hourly_wage', sa.String(length=40), nullable=False),
    sa.Column('hours_per_week', sa.String(length=40), nullable=False),
    sa.Column('pay_frequency', sa.String(length=16), nullable=False),
    sa.Column('age_band', sa.String(length=16), nullable=False),
    sa.Column('pension_choice', sa.String(length=16), nullable=False),
    sa.Column('relative_in_household', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['option_id'], ['options.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('pa_roles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pa_roles_option_id'), ['option_id'], unique=False)

    op.create_table('scenario_options',
    sa.Column('scenario_id', sa.Integer(), nullable=False),
    sa.Column('option_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['option_id'], ['options.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['scenario_id'], ['scenarios.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('scenario_id', 'option_id')
    )



def downgrade() -> None:

    op.drop_table('scenario_options')
    with op.batch_alter_table('pa_roles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pa_roles_option_id'))

    op.drop_table('pa_roles')
    op.drop_table('option_goals')
    with op.batch_alter_table('cost_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cost_lines_option_id'))
        batch_op.drop_index(batch_op.f('ix_cost_lines_contingency_id'))

    op.drop_table('cost_lines')
    with op.batch_alter_table('scenarios', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scenarios_version_id'))

    op.drop_table('scenarios')
    with op.batch_alter_table('risks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_risks_version_id'))

    op.drop_table('risks')
    with op.batch_alter_table('relationships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relationships_version_id'))

    op.drop_table('relationships')
    with op.batch_alter_table('options', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_options_version_id'))

    op.drop_table('options')
    with op.batch_alter_table('goals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goals_version_id'))

    op.drop_table('goals')
    with op.batch_alter_table('contingencies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contingencies_version_id'))

    op.drop_table('contingencies')
    with op.batch_alter_table('plan_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_versions_person_id'))

    op.drop_table('plan_versions')
    op.drop_table('settings')
    op.drop_table('rate_tables')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_next_review'))
        batch_op.drop_index(batch_op.f('ix_people_name'))

    op.drop_table('people')

