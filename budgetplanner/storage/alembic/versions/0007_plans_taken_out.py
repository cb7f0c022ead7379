"""Plans taken out for a home visit: on PostgreSQL, a plan copied to an advocate's laptop is
marked as out with them, and no one else may change it until it is brought back

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 09:00:00.000000

On PostgreSQL only (nothing happens on SQLite, where one person has the whole file):
- `plans_taken_out`: one row per plan that is out, with who took it (always the signed-in
  role: a policy checks it), when, the take-out's own number (kept in the laptop copy too, so
  an older copy is told apart) and a fingerprint of the plan as it went out (so bringing it
  back can tell whether it changed on the server meanwhile). Row-level security, FORCEd, as on
  every table that holds a person's data: an advocate sees the marks of the people they see,
  may mark a plan out with themselves only, and may take away only their own mark; a lead
  sees and may take away every mark (a laptop lost on a home visit). Written to the record of
  who did what by the same trigger as every other table.
- a trigger BEFORE every change on every table of a person's plan that refuses the change
  when the plan is out with someone else (the lead included): the plan is read-only for
  everyone but the advocate who took it out, whatever program writes to the server. The
  refusal is raised with SQLSTATE 55006 (object_in_use) and the hint `planner:taken_out`, so
  the program can say it in words. The tables' owner (a migration) is not held back.
"""

from __future__ import annotations

from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# The tables of a person's plan, as in migration 0005.
PERSON_TABLES = ('people', 'plan_versions', 'goals', 'relationships', 'options', 'scenarios',
                 'risks', 'contingencies', 'plan_years', 'spending_entries', 'cost_lines',
                 'pa_roles', 'option_goals', 'scenario_options')
GROUPS = 'planner_advocate, planner_lead'

TABLE_SQL = """
CREATE TABLE plans_taken_out (
    person_id integer PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    taken_by text NOT NULL DEFAULT public.planner_actor(),
    taken_at timestamptz NOT NULL DEFAULT now(),
    token text NOT NULL,
    fingerprint text NOT NULL
);

-- Whose plan a row of any of the plan's tables belongs to, followed up the plan as the
-- record does (migration 0005): option or contingency, version, person.
CREATE FUNCTION planner_person_of(tbl text, r jsonb) RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    version integer;
    person integer;
BEGIN
    IF tbl = 'people' THEN
        RETURN (r ->> 'id')::integer;
    END IF;
    IF tbl = 'plan_versions' THEN
        RETURN (r ->> 'person_id')::integer;
    END IF;
    version := (r ->> 'version_id')::integer;
    IF version IS NULL AND r ? 'option_id' THEN
        SELECT o.version_id INTO version FROM public.options o
        WHERE o.id = (r ->> 'option_id')::integer;
    END IF;
    IF version IS NULL AND r ? 'contingency_id' THEN
        SELECT c.version_id INTO version FROM public.contingencies c
        WHERE c.id = (r ->> 'contingency_id')::integer;
    END IF;
    IF version IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT v.person_id INTO person FROM public.plan_versions v WHERE v.id = version;
    RETURN person;
END
$$;

-- A plan that is out with someone is theirs alone to change until they bring it back.
CREATE FUNCTION planner_refuse_if_taken_out() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    actor text := public.planner_actor();
    owners integer[];
    person integer;
    holder text;
BEGIN
    -- The tables' owner (running a migration) is not held back.
    IF actor = current_user::text THEN
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        owners := owners || public.planner_person_of(TG_TABLE_NAME, to_jsonb(OLD));
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        owners := owners || public.planner_person_of(TG_TABLE_NAME, to_jsonb(NEW));
    END IF;
    FOREACH person IN ARRAY owners LOOP
        CONTINUE WHEN person IS NULL;
        SELECT t.taken_by INTO holder FROM public.plans_taken_out t WHERE t.person_id = person;
        IF FOUND AND holder <> actor THEN
            RAISE EXCEPTION 'This plan is out with %, who alone may change it until it is '
                            'brought back.', holder
                USING ERRCODE = 'object_in_use', HINT = 'planner:taken_out',
                      DETAIL = person::text;
        END IF;
    END LOOP;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION planner_refuse_if_taken_out() FROM PUBLIC;
REVOKE ALL ON FUNCTION planner_person_of(text, jsonb) FROM PUBLIC;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute(TABLE_SQL)
    op.execute(f'GRANT SELECT, INSERT, DELETE ON plans_taken_out TO {GROUPS}')
    op.execute('ALTER TABLE plans_taken_out ENABLE ROW LEVEL SECURITY')
    op.execute('ALTER TABLE plans_taken_out FORCE ROW LEVEL SECURITY')
    # Seen by whoever sees the person (a lead sees everyone); the guard, run as the owner,
    # reads every mark.
    op.execute(f'CREATE POLICY plans_taken_out_see ON plans_taken_out FOR SELECT TO {GROUPS} '
               'USING (EXISTS (SELECT 1 FROM people p WHERE p.id = plans_taken_out.person_id))')
    op.execute('CREATE POLICY plans_taken_out_definer_read ON plans_taken_out FOR SELECT '
               'TO CURRENT_USER USING (true)')
    # Out with myself only, and only a plan I may see.
    op.execute(f'CREATE POLICY plans_taken_out_take ON plans_taken_out FOR INSERT TO {GROUPS} '
               'WITH CHECK (taken_by = planner_actor() AND EXISTS '
               '(SELECT 1 FROM people p WHERE p.id = plans_taken_out.person_id))')
    op.execute('CREATE POLICY plans_taken_out_bring_back ON plans_taken_out FOR DELETE '
               'TO planner_advocate USING (taken_by = planner_actor())')
    op.execute('CREATE POLICY plans_taken_out_release ON plans_taken_out FOR DELETE '
               'TO planner_lead USING (true)')
    op.execute('CREATE TRIGGER plans_taken_out_audit AFTER INSERT OR UPDATE OR DELETE '
               'ON plans_taken_out FOR EACH ROW EXECUTE FUNCTION planner_audit_row()')
    for table in PERSON_TABLES:
        op.execute(f'CREATE TRIGGER {table}_taken_out BEFORE INSERT OR UPDATE OR DELETE '
                   f'ON {table} FOR EACH ROW EXECUTE FUNCTION planner_refuse_if_taken_out()')


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for table in PERSON_TABLES:
        op.execute(f'DROP TRIGGER IF EXISTS {table}_taken_out ON {table}')
    op.execute('DROP TABLE plans_taken_out')
    op.execute('DROP FUNCTION planner_refuse_if_taken_out(), planner_person_of(text, jsonb)')
