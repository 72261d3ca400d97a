// Per-project roles on a team database, enforced by PostgreSQL (issue 18, schema step 14).
//
// project_members (login, project_id, role) says who is what where: viewer < triager < lead; a row
// with project_id NULL gives the role on every project. Row-level security on every table that
// holds a project's rows then decides, for the login running the statement (`current_user`):
// - read: any role in the row's project; a non-member sees no row of it (it is not an error: the
//   rows are simply not there for them);
// - triager: update a finding's triage fields (status, severity, notes, phase, effort, deployment
//   flag, duplicate link, and any column a later step adds such as an assignee), tick checklist
//   and fix-order items, keep the fix plan, mark duplicates; its changes are logged in its own name;
// - lead: everything in the project, members included;
// - creating a project: the tables' owner, or a lead of every project (project_id NULL).
// A write a role does not allow is refused with SQLSTATE 42501: an INSERT or UPDATE by the policies'
// WITH CHECK, a finding's report content changed by a triager and a DELETE by triggers (a policy
// alone would just skip the rows a DELETE may not touch, and the caller would believe it done).
//
// Who is not restricted: the tables' owner (the login that ran the migrations) and its members,
// and superusers. RLS is enabled, not forced, on purpose: the owner migrates, ingests with COPY,
// pushes projects, cascades deletes (foreign-key actions run as the owner) and manages roles, and
// an owner is trusted with the whole database anyway (it can drop the policies).
//
// Cost: a policy reads the login's memberships once per statement (`(SELECT f())` becomes an
// InitPlan, one lookup in project_members' unique index on login), then compares each row's
// project id with that array; rows of child tables (locations, checklist items…) find their
// project through their parent's primary key. The owner pays nothing but the triggers' first test.
//
// Memberships themselves (who is what in which project, not the projects' data) are readable by
// every team login, like PostgreSQL's own pg_auth_members: the policies read them as the caller.

export const ROLES = ['viewer', 'triager', 'lead'] as const;
export type ProjectRole = (typeof ROLES)[number];

/** this login has `min` or more on the project given by SQL expression `project` (a column, or a subquery) */
const may = (min: ProjectRole, project: string) => `((SELECT punchlist_everywhere('${min}')) OR ${project} = ANY ((SELECT punchlist_projects('${min}'))::integer[]))`;

/** How a table's rows find their project, and the least role each kind of write needs (null: nobody but the owner). */
interface TableRule {
  table: string;
  /** the row's column holding its project id, or its parent's id */
  column: string;
  /** the project of the parent whose id is `$` (a lookup by primary key); none: `column` is the project id */
  parent?: string;
  insert: ProjectRole | null;
  update: ProjectRole | null;
  delete: ProjectRole | null;
  /**
   * refuse a DELETE the role does not allow with an error, not by skipping the rows (tables the app
   * deletes from directly; the others lose rows only through their parent's cascade)
   */
  loudDelete?: boolean;
}

const FINDING = '(SELECT f.project_id FROM findings f WHERE f.id = $)';
const REPORT = '(SELECT r.project_id FROM reports r WHERE r.id = $)';

export const TABLE_RULES: readonly TableRule[] = [
  { table: 'projects', column: 'id', insert: null, update: 'lead', delete: 'lead', loudDelete: true },
  { table: 'reports', column: 'project_id', insert: 'lead', update: 'lead', delete: 'lead', loudDelete: true },
  { table: 'findings', column: 'project_id', insert: 'lead', update: 'triager', delete: 'lead', loudDelete: true },
  { table: 'locations', column: 'finding_id', parent: FINDING, insert: 'lead', update: 'lead', delete: 'lead' },
  { table: 'finding_dependencies', column: 'finding_id', parent: FINDING, insert: 'lead', update: 'lead', delete: 'lead', loudDelete: true },
  { table: 'findings_fts', column: 'rowid', parent: FINDING, insert: 'lead', update: 'lead', delete: 'lead' },
  { table: 'checklists', column: 'project_id', insert: 'lead', update: 'lead', delete: 'lead', loudDelete: true },
  { table: 'checklist_items', column: 'checklist_id', parent: '(SELECT c.project_id FROM checklists c WHERE c.id = $)', insert: 'lead', update: 'triager', delete: 'lead', loudDelete: true },
  {
    table: 'checklist_item_findings',
    column: 'item_id',
    parent: '(SELECT c.project_id FROM checklist_items i JOIN checklists c ON c.id = i.checklist_id WHERE i.id = $)',
    insert: 'lead',
    update: 'lead',
    delete: 'lead',
    loudDelete: true,
  },
  { table: 'fix_order_steps', column: 'report_id', parent: REPORT, insert: 'lead', update: 'lead', delete: 'lead' },
  {
    table: 'fix_order_items',
    column: 'step_id',
    parent: '(SELECT r.project_id FROM fix_order_steps s JOIN reports r ON r.id = s.report_id WHERE s.id = $)',
    insert: 'lead',
    update: 'triager',
    delete: 'lead',
  },
  { table: 'events', column: 'project_id', insert: 'triager', update: 'triager', delete: 'lead', loudDelete: true },
  { table: 'settings', column: 'project_id', insert: 'lead', update: 'lead', delete: 'lead', loudDelete: true },
  { table: 'plan_steps', column: 'project_id', insert: 'triager', update: 'triager', delete: 'triager', loudDelete: true },
  { table: 'plan_step_findings', column: 'step_id', parent: '(SELECT s.project_id FROM plan_steps s WHERE s.id = $)', insert: 'triager', update: 'triager', delete: 'triager' },
  { table: 'report_texts', column: 'report_id', parent: REPORT, insert: 'lead', update: 'lead', delete: 'lead' },
  { table: 'rules', column: 'project_id', insert: 'lead', update: 'lead', delete: 'lead', loudDelete: true },
  { table: 'report_versions', column: 'report_id', parent: REPORT, insert: 'lead', update: 'lead', delete: 'lead' },
  { table: 'finding_absence', column: 'project_id', insert: 'lead', update: 'lead', delete: 'lead', loudDelete: true },
  { table: 'finding_merges', column: 'project_id', insert: 'triager', update: 'triager', delete: 'lead', loudDelete: true },
];

/** SQL giving the project of a row of `t`, its columns qualified by `row` (the table's name in a policy, 'OLD.' in a trigger) */
const projectOf = (t: TableRule, row = '') => (t.parent ? t.parent.replace('$', row + t.column) : row + t.column);

/**
 * A finding's columns that come from its report: a triager may not change them (the rest of the row
 * is triage, including columns later steps add).
 */
export const REPORT_CONTENT_COLUMNS = [
  'id',
  'project_id',
  'report_id',
  'ref',
  'title',
  'severity_text',
  'category',
  'rule_id',
  'fingerprint',
  'body',
  'baseline_state',
  'suppression',
  'created_at',
  'tool_fingerprints',
  'report_digest',
  'rule_text_id',
] as const;

const RANKS = `CASE min_role WHEN 'viewer' THEN ARRAY['viewer','triager','lead'] WHEN 'triager' THEN ARRAY['triager','lead'] WHEN 'lead' THEN ARRAY['lead'] END`;

function policiesOf(t: TableRule): string[] {
  const project = projectOf(t, `${t.table}.`);
  const out = [`ALTER TABLE ${t.table} ENABLE ROW LEVEL SECURITY`, `CREATE POLICY member_reads ON ${t.table} FOR SELECT USING (${may('viewer', project)})`];
  if (t.insert) out.push(`CREATE POLICY ${t.insert}_inserts ON ${t.table} FOR INSERT WITH CHECK (${may(t.insert, project)})`);
  // USING: every row the login sees, so that a lower role's UPDATE reaches the check and is refused
  // (42501) instead of matching no row
  if (t.update) out.push(`CREATE POLICY ${t.update}_updates ON ${t.table} FOR UPDATE USING (${may('viewer', project)}) WITH CHECK (${may(t.update, project)})`);
  if (t.delete && !t.loudDelete) out.push(`CREATE POLICY ${t.delete}_deletes ON ${t.table} FOR DELETE USING (${may(t.delete, project)})`);
  if (t.delete && t.loudDelete) {
    // the rows it sees reach the trigger, which refuses those of projects where the role is too low
    out.push(
      `CREATE POLICY ${t.delete}_deletes ON ${t.table} FOR DELETE USING (${may('viewer', project)})`,
      `CREATE FUNCTION punchlist_refuse_delete_${t.table}() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE project integer;
       BEGIN
         IF NOT row_security_active(TG_RELID) OR punchlist_everywhere('${t.delete}') THEN RETURN OLD; END IF;
         project := ${projectOf(t, 'OLD.')};
         IF project = ANY (punchlist_projects('${t.delete}')) THEN RETURN OLD; END IF;
         RAISE EXCEPTION 'permission denied to delete from ${t.table}: only a ${t.delete} of project % may', project USING ERRCODE = '42501';
       END $$`,
      `CREATE TRIGGER ${t.table}_refuse_delete BEFORE DELETE ON ${t.table} FOR EACH ROW EXECUTE FUNCTION punchlist_refuse_delete_${t.table}()`,
    );
  }
  return out;
}

const SHARED_TABLES = ['rule_texts', 'paths'];

/** a table shared by every project (each text or path stored once): any member reads it, a lead adds to it */
export function sharedTablePolicies(t: string): string[] {
  return [
    `ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`,
    `CREATE POLICY member_reads ON ${t} FOR SELECT USING (true)`,
    `CREATE POLICY lead_inserts ON ${t} FOR INSERT WITH CHECK ((SELECT punchlist_everywhere('lead')) OR cardinality((SELECT punchlist_projects('lead'))) > 0)`,
  ];
}

/** schema step 14 on PostgreSQL, after project_members exists */
export function projectRoleSql(): string[] {
  const changed = REPORT_CONTENT_COLUMNS.map((c) => `NEW.${c} IS DISTINCT FROM OLD.${c}`).join(' OR ');
  return [
    // the roles at or above min_role
    `CREATE FUNCTION punchlist_roles_from(min_role text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ${RANKS} $$`,
    // the projects where the login has min_role or more (rows with a project id); plpgsql keeps the
    // lookup's plan for the session (a SQL function with an aggregate is planned at every call)
    `CREATE FUNCTION punchlist_projects(min_role text) RETURNS integer[] LANGUAGE plpgsql STABLE AS $$
     BEGIN
       RETURN (SELECT coalesce(array_agg(project_id), '{}') FROM project_members
                WHERE login = current_user AND project_id IS NOT NULL AND role = ANY (punchlist_roles_from(min_role)));
     END $$`,
    // whether the login has min_role or more on every project
    `CREATE FUNCTION punchlist_everywhere(min_role text) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
     BEGIN
       RETURN EXISTS (SELECT 1 FROM project_members
                       WHERE login = current_user AND project_id IS NULL AND role = ANY (punchlist_roles_from(min_role)));
     END $$`,
    // the highest id of a table over all its rows: a member's ingest assigns ids past those of
    // projects it cannot see (db/postgres/runner.ts maxId); runs as the tables' owner, tells a number only
    `CREATE FUNCTION punchlist_max_id(tbl regclass) RETURNS bigint LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
     DECLARE m bigint;
     BEGIN
       EXECUTE format('SELECT max(id) FROM %s', tbl) INTO m;
       RETURN m;
     END $$`,
    // a triager changes a finding's triage, never what its report says
    `CREATE FUNCTION punchlist_triage_only() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF NOT (${changed}) OR NOT row_security_active(TG_RELID) THEN RETURN NEW; END IF;
       IF punchlist_everywhere('lead') OR NEW.project_id = ANY (punchlist_projects('lead')) THEN RETURN NEW; END IF;
       RAISE EXCEPTION 'permission denied to change finding %: only a lead of project % may change what its report says', OLD.id, OLD.project_id USING ERRCODE = '42501';
     END $$`,
    `CREATE TRIGGER findings_triage_only BEFORE UPDATE ON findings FOR EACH ROW EXECUTE FUNCTION punchlist_triage_only()`,
    ...TABLE_RULES.flatMap(policiesOf),
    // events are written in the login's own name
    `CREATE POLICY own_events ON events AS RESTRICTIVE FOR INSERT WITH CHECK (actor = current_user)`,
    // shared by every project (each text or path stored once): any member reads them, a lead adds them
    ...SHARED_TABLES.flatMap(sharedTablePolicies),
    // memberships: readable by every team login; a project's leads manage its members
    `ALTER TABLE project_members ENABLE ROW LEVEL SECURITY`,
    `CREATE POLICY member_reads ON project_members FOR SELECT USING (true)`,
    `CREATE POLICY lead_inserts ON project_members FOR INSERT WITH CHECK (${may('lead', 'project_id')})`,
    `CREATE POLICY lead_updates ON project_members FOR UPDATE USING (${may('lead', 'project_id')}) WITH CHECK (${may('lead', 'project_id')})`,
    `CREATE POLICY lead_deletes ON project_members FOR DELETE USING (${may('lead', 'project_id')})`,
    // a new project: by a lead of every project (the owner needs no policy)
    `CREATE POLICY lead_everywhere_inserts ON projects FOR INSERT WITH CHECK ((SELECT punchlist_everywhere('lead')))`,
  ];
}
