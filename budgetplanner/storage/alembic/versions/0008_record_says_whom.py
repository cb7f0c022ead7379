"""The record of who did what says whom: which advocate a plan was given to or taken from,
and whose taking-out was ended

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 11:30:00.000000

On PostgreSQL only (a plans file on this computer has no record):
- `audit_log.about`: the advocate a row of `assignments` names (let work with the plan, or
  taken from it), and the advocate a row of `plans_taken_out` names (who took the plan out).
  A lead who ends someone else's taking-out (a laptop lost on a home visit) is then told
  apart from the advocate bringing their own copy back.
- the record's trigger fills it from the row itself, as it fills the person: no one passes
  it, so no one can write another name there. Older entries have none.
"""

from __future__ import annotations

from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# Migration 0005's function, with the name the row is about when asked for.
AUDIT_ROW = """
CREATE OR REPLACE FUNCTION planner_audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    r jsonb;
    version integer;
    person integer;
BEGIN
    IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;
    -- Which person the row belongs to, followed up the plan: option or contingency, version.
    version := CASE WHEN TG_TABLE_NAME = 'plan_versions' THEN (r ->> 'id')::integer
                    ELSE (r ->> 'version_id')::integer END;
    IF version IS NULL AND r ? 'option_id' THEN
        SELECT o.version_id INTO version FROM public.options o
        WHERE o.id = (r ->> 'option_id')::integer;
    END IF;
    IF version IS NULL AND r ? 'contingency_id' THEN
        SELECT c.version_id INTO version FROM public.contingencies c
        WHERE c.id = (r ->> 'contingency_id')::integer;
    END IF;
    person := CASE WHEN TG_TABLE_NAME = 'people' THEN (r ->> 'id')::integer
                   ELSE (r ->> 'person_id')::integer END;
    IF person IS NULL AND version IS NOT NULL THEN
        SELECT v.person_id INTO person FROM public.plan_versions v WHERE v.id = version;
    END IF;
    INSERT INTO public.audit_log (signed_in_as, acting_as, action, table_name, row_id,
                                  person_id, version_id{about_column})
    VALUES (session_user, public.planner_actor(), lower(TG_OP), TG_TABLE_NAME,
            (r ->> 'id')::bigint, person, version{about_value});
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION planner_audit_row() FROM PUBLIC;
"""
ABOUT_VALUE = """,
            CASE TG_TABLE_NAME WHEN 'assignments' THEN r ->> 'advocate'
                               WHEN 'plans_taken_out' THEN r ->> 'taken_by' END"""


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute('ALTER TABLE audit_log ADD COLUMN about text')
    op.execute(AUDIT_ROW.format(about_column=', about', about_value=ABOUT_VALUE))


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute(AUDIT_ROW.format(about_column='', about_value=''))
    op.execute('ALTER TABLE audit_log DROP COLUMN about')
