"""Shared plans: a version number on each edited row; on PostgreSQL, roles, who may see whom
(row-level security), and an append-only record of who did what

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 06:00:00.000000

On both databases every row people edit gets `row_version` (optimistic locking: a save that
finds a newer number is refused instead of overwriting someone else's change).

On PostgreSQL only (nothing more happens on SQLite), run by the role that owns the tables,
which may create roles (CREATEROLE):
- group roles `planner_advocate`, `planner_lead` and `planner_admin` (made once per
  cluster; the admin may create roles and is a lead too);
- `assignments`: which advocate (a role name) works with which person; an advocate who adds
  a person is assigned to them by the database (`planner_new_person_id()`, which the program
  calls for a new person's number: see server.py);
- row-level security, ENABLEd and FORCEd (so it binds the owner too), on every table that
  holds a person's data: an advocate sees and changes only the people assigned to them and
  what hangs off their plans (through plan_versions -> people); a lead sees everyone;
- `audit_log`, written only by triggers and a SECURITY DEFINER function that take the name
  from the signed-in role (session_user), never from the caller, and follow each changed row
  up to its person; no one may change or delete its rows (privileges revoked, and triggers
  refuse). For that, the owner (as which only those functions run) may read plan_versions,
  options and contingencies and read and add assignments; it sees nothing else.

A later migration that changes rows must do so with the policies in mind: FORCE means the
owner sees no rows unless a policy lets it (`ALTER TABLE ... NO FORCE ROW LEVEL SECURITY` for
the length of that migration's transaction, then FORCE again).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

VERSIONED = ('people', 'plan_versions', 'goals', 'relationships', 'options', 'cost_lines',
             'pa_roles', 'scenarios', 'risks', 'contingencies', 'plan_years',
             'spending_entries')

# Every table that holds a person's data, with the policy condition that says a row
# belongs to a person the signed-in advocate may see. Each condition leans on the policies
# of the table it looks into, so it reads "the parent row is visible to me".
VISIBLE_TO_ADVOCATE = {
    'people': ('EXISTS (SELECT 1 FROM assignments a WHERE a.person_id = people.id '
               'AND a.advocate = current_user)'),
    'plan_versions': 'EXISTS (SELECT 1 FROM people p WHERE p.id = plan_versions.person_id)',
    'goals': 'EXISTS (SELECT 1 FROM plan_versions v WHERE v.id = goals.version_id)',
    'relationships': 'EXISTS (SELECT 1 FROM plan_versions v WHERE v.id = relationships.version_id)',
    'options': 'EXISTS (SELECT 1 FROM plan_versions v WHERE v.id = options.version_id)',
    'scenarios': 'EXISTS (SELECT 1 FROM plan_versions v WHERE v.id = scenarios.version_id)',
    'risks': 'EXISTS (SELECT 1 FROM plan_versions v WHERE v.id = risks.version_id)',
    'contingencies': 'EXISTS (SELECT 1 FROM plan_versions v WHERE v.id = contingencies.version_id)',
    'plan_years': 'EXISTS (SELECT 1 FROM plan_versions v WHERE v.id = plan_years.version_id)',
    'spending_entries': 'EXISTS (SELECT 1 FROM plan_versions v WHERE v.id = spending_entries.version_id)',
    'cost_lines': ('EXISTS (SELECT 1 FROM options o WHERE o.id = cost_lines.option_id) OR '
                   'EXISTS (SELECT 1 FROM contingencies c WHERE c.id = cost_lines.contingency_id)'),
    'pa_roles': 'EXISTS (SELECT 1 FROM options o WHERE o.id = pa_roles.option_id)',
    'option_goals': 'EXISTS (SELECT 1 FROM options o WHERE o.id = option_goals.option_id)',
    'scenario_options': 'EXISTS (SELECT 1 FROM options o WHERE o.id = scenario_options.option_id)',
}
PERSON_TABLES = tuple(VISIBLE_TO_ADVOCATE)
GROUPS = 'planner_advocate, planner_lead'

ROLES_SQL = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'planner_advocate') THEN
        CREATE ROLE planner_advocate NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'planner_lead') THEN
        CREATE ROLE planner_lead NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'planner_admin') THEN
        CREATE ROLE planner_admin NOLOGIN CREATEROLE;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO planner_advocate, planner_lead, '
                   'planner_admin', current_database());
END
$$;
GRANT planner_lead TO planner_admin;
"""

FUNCTIONS_SQL = """
CREATE TABLE assignments (
    person_id integer NOT NULL REFERENCES people (id) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED,
    advocate text NOT NULL,
    assigned_at timestamptz NOT NULL DEFAULT now(),
    assigned_by text NOT NULL DEFAULT session_user,
    PRIMARY KEY (person_id, advocate)
);
CREATE INDEX ix_assignments_advocate ON assignments (advocate, person_id);

CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    signed_in_as text NOT NULL DEFAULT session_user,
    acting_as text NOT NULL DEFAULT session_user,
    action text NOT NULL,
    table_name text,
    row_id bigint,
    person_id integer,
    version_id integer
);
CREATE INDEX ix_audit_log_person ON audit_log (person_id, at);

-- The role a change is made as: the signed-in role, or the role it SET ROLE to (which
-- needs membership). Never a name the caller passes.
CREATE FUNCTION planner_actor() RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog
AS $$ SELECT coalesce(nullif(current_setting('role'), 'none'), session_user::text) $$;

-- A new person's number, taken by the program before it adds them: an advocate is assigned
-- to it at once, so the person they add is theirs to see (the row-level check of the insert,
-- and of its RETURNING, finds the assignment). The number comes from the sequence here, so no
-- one can claim a person who exists already; an assignment whose person is never added fails
-- at commit (the key is checked then).
CREATE FUNCTION planner_new_person_id() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    actor text := public.planner_actor();
    person integer := nextval('public.people_id_seq');
BEGIN
    IF pg_has_role(actor, 'planner_advocate', 'USAGE')
            AND NOT pg_has_role(actor, 'planner_lead', 'USAGE') THEN
        INSERT INTO public.assignments (person_id, advocate) VALUES (person, actor);
    END IF;
    RETURN person;
END
$$;

CREATE FUNCTION planner_audit_row() RETURNS trigger
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
                                  person_id, version_id)
    VALUES (session_user, public.planner_actor(), lower(TG_OP), TG_TABLE_NAME,
            (r ->> 'id')::bigint, person, version);
    RETURN NULL;
END
$$;

-- What triggers cannot see: a plan opened, exported or printed. The name is still the
-- signed-in role's, and only for a person the caller may see.
CREATE FUNCTION planner_record(what text, person integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    actor text := public.planner_actor();
BEGIN
    IF what NOT IN ('opened', 'exported', 'printed') THEN
        RAISE EXCEPTION 'The record keeps only opened, exported and printed, not %.', what;
    END IF;
    IF NOT (pg_has_role(actor, 'planner_lead', 'USAGE') OR EXISTS (
            SELECT 1 FROM public.assignments a
            WHERE a.person_id = person AND a.advocate = actor)) THEN
        RAISE EXCEPTION 'This person''s plan is not one I may see.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO public.audit_log (signed_in_as, acting_as, action, person_id)
    VALUES (session_user, actor, what, person);
END
$$;

-- The record is append-only, even for its owner.
CREATE FUNCTION planner_audit_is_append_only() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'The record of who did what cannot be changed or deleted.'
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION planner_audit_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION planner_audit_is_append_only();

REVOKE ALL ON FUNCTION planner_record(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION planner_record(text, integer) TO planner_advocate, planner_lead;
REVOKE ALL ON FUNCTION planner_audit_row() FROM PUBLIC;
REVOKE ALL ON FUNCTION planner_new_person_id() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION planner_new_person_id() TO planner_advocate, planner_lead;
"""


def _postgresql_upgrade() -> None:
    # Migration 0001 left out this foreign key on PostgreSQL (Alembic skips a use_alter
    # key in create_table; SQLite got it inline): a chosen scenario must exist.
    op.create_foreign_key('plan_versions_chosen_scenario_id_fkey', 'plan_versions',
                          'scenarios', ['chosen_scenario_id'], ['id'], ondelete='SET NULL')
    op.execute(ROLES_SQL)
    op.execute(FUNCTIONS_SQL)
    tables = ', '.join(PERSON_TABLES)
    op.execute(f'GRANT SELECT, INSERT, UPDATE, DELETE ON {tables} TO {GROUPS}')
    sequences = ', '.join(f'{table}_id_seq' for table in PERSON_TABLES
                          if table not in ('plan_years', 'option_goals', 'scenario_options'))
    op.execute(f'GRANT USAGE, SELECT ON SEQUENCE {sequences} TO {GROUPS}')
    op.execute(f'GRANT SELECT ON alembic_version, rate_tables TO {GROUPS}')
    op.execute('GRANT INSERT, UPDATE, DELETE ON rate_tables TO planner_lead')
    op.execute('GRANT USAGE, SELECT ON SEQUENCE rate_tables_id_seq TO planner_lead')
    op.execute(f'GRANT SELECT, INSERT, UPDATE ON settings TO {GROUPS}')
    op.execute(f'GRANT SELECT ON assignments, audit_log TO {GROUPS}')
    op.execute('GRANT INSERT, DELETE ON assignments TO planner_lead')
    op.execute('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC, CURRENT_USER')

    for table, visible in VISIBLE_TO_ADVOCATE.items():
        op.execute(f'ALTER TABLE {table} ENABLE ROW LEVEL SECURITY')
        op.execute(f'ALTER TABLE {table} FORCE ROW LEVEL SECURITY')
        op.execute(f'CREATE POLICY {table}_advocate ON {table} TO planner_advocate '
                   f'USING ({visible})')
        op.execute(f'CREATE POLICY {table}_lead ON {table} TO planner_lead '
                   'USING (true) WITH CHECK (true)')
        op.execute(f'CREATE TRIGGER {table}_audit AFTER INSERT OR UPDATE OR DELETE ON {table} '
                   'FOR EACH ROW EXECUTE FUNCTION planner_audit_row()')

    for table in ('assignments', 'audit_log'):
        op.execute(f'ALTER TABLE {table} ENABLE ROW LEVEL SECURITY')
        op.execute(f'ALTER TABLE {table} FORCE ROW LEVEL SECURITY')
    op.execute('CREATE POLICY assignments_advocate ON assignments FOR SELECT TO planner_advocate '
               'USING (advocate = current_user)')
    op.execute('CREATE POLICY assignments_lead ON assignments TO planner_lead '
               'USING (true) WITH CHECK (true)')
    # The SECURITY DEFINER functions run as the owner: it may read and add assignments and
    # add to the record, and nothing else.
    op.execute('CREATE POLICY assignments_definer_read ON assignments FOR SELECT '
               'TO CURRENT_USER USING (true)')
    op.execute('CREATE POLICY assignments_definer_add ON assignments FOR INSERT '
               'TO CURRENT_USER WITH CHECK (true)')
    op.execute('CREATE TRIGGER assignments_audit AFTER INSERT OR UPDATE OR DELETE ON assignments '
               'FOR EACH ROW EXECUTE FUNCTION planner_audit_row()')
    # The record follows a changed row up to its person: the owner (as which only the
    # SECURITY DEFINER functions run) may read these three tables' links, nothing more.
    for table in ('plan_versions', 'options', 'contingencies'):
        op.execute(f'CREATE POLICY {table}_definer_read ON {table} FOR SELECT TO CURRENT_USER '
                   'USING (true)')
    op.execute('CREATE POLICY audit_log_definer_add ON audit_log FOR INSERT TO CURRENT_USER '
               'WITH CHECK (signed_in_as = session_user)')
    op.execute('CREATE POLICY audit_log_lead ON audit_log FOR SELECT TO planner_lead '
               'USING (true)')
    op.execute('CREATE POLICY audit_log_advocate ON audit_log FOR SELECT TO planner_advocate '
               'USING (signed_in_as = session_user)')


def upgrade() -> None:
    # A plain ADD COLUMN on both databases: a batch copy of the table on SQLite would drop
    # the people-by-name expression index, which SQLAlchemy cannot read back.
    for table in VERSIONED:
        op.add_column(table, sa.Column('row_version', sa.Integer(), nullable=False,
                                       server_default=sa.text('1')))
    if op.get_bind().dialect.name == 'postgresql':
        _postgresql_upgrade()


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for table in (*PERSON_TABLES, 'assignments'):
            op.execute(f'DROP TRIGGER IF EXISTS {table}_audit ON {table}')
            op.execute(f'ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY')
            op.execute(f'ALTER TABLE {table} DISABLE ROW LEVEL SECURITY')
        for table in PERSON_TABLES:
            op.execute(f'DROP POLICY IF EXISTS {table}_advocate ON {table}')
            op.execute(f'DROP POLICY IF EXISTS {table}_lead ON {table}')
            op.execute(f'DROP POLICY IF EXISTS {table}_definer_read ON {table}')
        op.execute('DROP TABLE assignments, audit_log')
        op.execute('DROP FUNCTION planner_record(text, integer), planner_audit_row(), '
                   'planner_new_person_id(), planner_actor(), '
                   'planner_audit_is_append_only()')
        op.drop_constraint('plan_versions_chosen_scenario_id_fkey', 'plan_versions',
                           type_='foreignkey')
        # The group roles belong to the cluster, which other databases may share: kept.
    for table in reversed(VERSIONED):
        op.drop_column(table, 'row_version')  # SQLite 3.35 and later can drop a column
