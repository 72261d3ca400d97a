// punchlist team grant|revoke|list|viewer --db URL: who may do what on a team database, enforced
// by PostgreSQL itself (db/postgres/policies.ts, db/postgres/roles.ts).
// - grant LOGIN --role viewer|triager|lead [--project P]: LOGIN's role in project P (a name or an
//   id; left out: every project). The first grant to a login also gives it the tables' privileges,
//   which needs the tables' owner or a superuser; later ones a lead of the project may make.
// - revoke LOGIN [--project P]: takes the role back (LOGIN then sees nothing of P).
// - list [--project P] [--json]: who is what where.
// - viewer LOGIN: a database-wide viewer (punchlist_viewer: read every table, write none).
import type pg from 'pg';
import { isPostgresUrl } from '../../../db/location';
import { ROLES, type ProjectRole } from '../../../db/postgres/policies';
import { HAS_MEMBER_GRANTS, PROJECT_ROLE_UPSERT, VIEWER_ROLE, memberGrants, viewerGrants } from '../../../db/postgres/roles';
import { resolveDbPath } from '../../paths';
import { parseCommandArgs } from '../args';
import { TEAM_HELP } from '../help';
import { EXIT_OK, UsageError, type CliIO } from '../io';

const USAGE = 'team: usage: punchlist team grant LOGIN --role viewer|triager|lead [--project P] | revoke LOGIN [--project P] | list [--project P] | viewer LOGIN  (--db postgres://…)';

interface Project {
  id: number;
  name: string;
}

/** project P by name, else by id, among the projects this login sees */
async function projectOf(client: pg.Client, p: string): Promise<Project> {
  const r = await client.query<Project>('SELECT id, name FROM projects WHERE name = $1 OR id::text = $1 ORDER BY name = $1 DESC, id LIMIT 1', [p]);
  if (!r.rows[0]) throw new Error(`there is no project "${p}" on this team database (or your login is not a member of it)`);
  return r.rows[0];
}

async function mustExist(client: pg.Client, login: string): Promise<void> {
  const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [login]);
  if (!exists.rowCount) throw new Error(`there is no login "${login}" on this server (CREATE ROLE ${login} LOGIN first)`);
}

/** the tables' owner (default privileges are set for the tables it will create) */
async function tablesOwner(client: pg.Client): Promise<string> {
  const r = await client.query<{ owner: string }>(`SELECT tableowner AS owner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'findings'`);
  if (!r.rows[0]) throw new Error('this database has no Punchlist tables');
  return r.rows[0].owner;
}

async function inTransaction<T>(client: pg.Client, fn: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const out = await fn();
    await client.query('COMMIT');
    return out;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

const where = (p: Project | null) => (p ? `project "${p.name}"` : 'every project');

export async function teamCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('team', args, { db: { type: 'string' }, project: { type: 'string' }, role: { type: 'string' }, json: { type: 'boolean' } }, true);
  if (values.help) {
    io.out(TEAM_HELP);
    return EXIT_OK;
  }
  const [action, login, ...extra] = positionals;
  const needsLogin = action === 'grant' || action === 'revoke' || action === 'viewer';
  if (!['grant', 'revoke', 'list', 'viewer'].includes(action) || extra.length || (needsLogin ? !login : !!login)) throw new UsageError(USAGE);
  if (action === 'grant' && !ROLES.includes(values.role as ProjectRole)) throw new UsageError(`team grant: --role must be one of ${ROLES.join(', ')}`);
  if (action !== 'grant' && values.role !== undefined) throw new UsageError(`team ${action}: --role is for team grant`);
  if (action === 'viewer' && values.project !== undefined) throw new UsageError('team viewer: a database-wide viewer has no --project (use team grant LOGIN --role viewer --project P)');
  const url = resolveDbPath({ argDb: values.db, env: io.env });
  if (!isPostgresUrl(url)) throw new UsageError('team: roles exist on a team database only: --db postgres://…');
  // brings the schema up to date first (project_members is schema step 14), as any open does
  const { openPostgres } = await import('../../../db/postgres');
  openPostgres(url).close();
  const pgm = (await import('pg')).default;
  const client = new pgm.Client({ connectionString: url });
  await client.connect();
  try {
    const me = (await client.query<{ u: string }>('SELECT current_user AS u')).rows[0].u;
    const project = values.project !== undefined ? await projectOf(client, values.project) : null;
    const now = new Date().toISOString();
    if (action === 'list') {
      const r = await client.query<{ login: string; project_id: number | null; project: string | null; role: string; granted_by: string; granted_at: string }>(
        `SELECT m.login, m.project_id, CASE WHEN m.project_id IS NULL THEN NULL ELSE coalesce(p.name, '#' || m.project_id) END AS project, m.role, m.granted_by, m.granted_at
           FROM project_members m LEFT JOIN projects p ON p.id = m.project_id
          WHERE $1::integer IS NULL OR m.project_id = $1 OR m.project_id IS NULL
          ORDER BY m.project_id NULLS FIRST, m.login`,
        [project?.id ?? null],
      );
      if (values.json) {
        io.out(`${JSON.stringify(r.rows.map((m) => ({ login: m.login, projectId: m.project_id, project: m.project, role: m.role, grantedBy: m.granted_by, grantedAt: m.granted_at })), null, 2)}\n`);
      } else if (!r.rows.length) {
        io.out(`nobody has a role ${project ? `in ${where(project)}` : 'on this team database'} yet (punchlist team grant LOGIN --role … --project …)\n`);
      } else {
        const rows = r.rows.map((m) => [m.project ?? '(every project)', m.login, m.role, `${m.granted_by} ${m.granted_at.slice(0, 10)}`]);
        const head = ['PROJECT', 'LOGIN', 'ROLE', 'GRANTED BY'];
        const w = head.map((h, i) => Math.max(h.length, ...rows.map((x) => x[i].length)));
        for (const line of [head, ...rows]) io.out(`${line.map((c, i) => (i < line.length - 1 ? c.padEnd(w[i]) : c)).join('  ')}\n`);
      }
      return EXIT_OK;
    }
    await mustExist(client, login);
    if (action === 'revoke') {
      const n = await client.query('DELETE FROM project_members WHERE login = $1 AND project_id IS NOT DISTINCT FROM $2', [login, project?.id ?? null]);
      if (!n.rowCount) throw new Error(`${login} has no role in ${where(project)}${project ? '' : ' (a role in one project: --project P)'}, or your login may not manage its members`);
      io.out(`${login} has no role in ${where(project)} any more\n`);
      return EXIT_OK;
    }
    const owner = await tablesOwner(client);
    if (action === 'viewer') {
      await inTransaction(client, async () => {
        for (const s of viewerGrants(login, owner)) await client.query(s);
        await client.query(PROJECT_ROLE_UPSERT, [login, null, 'viewer', me, now]);
      });
      io.out(`${login} may now read this team database and change nothing (member of ${VIEWER_ROLE})\n`);
      return EXIT_OK;
    }
    const role = values.role as ProjectRole;
    await inTransaction(client, async () => {
      const granted = async () => (await client.query<{ yes: boolean }>(HAS_MEMBER_GRANTS, [login])).rows[0].yes;
      if (!(await granted())) {
        // the tables' owner (or a superuser) may grant them; anyone else's GRANT grants nothing
        const refused = new Error(`${login} may not use the team database's tables yet, and your login (${me}) cannot let it: the tables' owner (${owner}) or a superuser gives a login its first role`);
        try {
          for (const s of memberGrants(login, owner)) await client.query(s);
        } catch {
          throw refused;
        }
        if (!(await granted())) throw refused;
      }
      await client.query(PROJECT_ROLE_UPSERT, [login, project?.id ?? null, role, me, now]);
    });
    io.out(`${login} is now a ${role} of ${where(project)}\n`);
    return EXIT_OK;
  } finally {
    await client.end();
  }
}
