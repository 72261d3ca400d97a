// punchlist team viewer LOGIN --db URL: makes an existing PostgreSQL login a viewer of the team
// database (db/postgres/roles.ts): the server lets it read and refuses it every write. Run it as a
// role that may create roles and owns the tables (or a superuser).
import { isPostgresUrl } from '../../../db/location';
import { viewerGrants } from '../../../db/postgres/roles';
import { resolveDbPath } from '../../paths';
import { parseCommandArgs } from '../args';
import { TEAM_HELP } from '../help';
import { EXIT_OK, UsageError, type CliIO } from '../io';

export async function teamCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('team', args, { db: { type: 'string' } }, true);
  if (values.help) {
    io.out(TEAM_HELP);
    return EXIT_OK;
  }
  const [action, login, ...extra] = positionals;
  if (action !== 'viewer' || !login || extra.length) throw new UsageError('team: usage: punchlist team viewer LOGIN --db postgres://…');
  const url = resolveDbPath({ argDb: values.db, env: io.env });
  if (!isPostgresUrl(url)) throw new UsageError('team: roles exist on a team database only: --db postgres://…');
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [login]);
    if (!exists.rowCount) throw new Error(`there is no login "${login}" on this server (CREATE ROLE ${login} LOGIN first)`);
    await client.query('BEGIN');
    for (const s of viewerGrants(login)) await client.query(s);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }
  io.out(`${login} may now read this team database and change nothing (member of punchlist_viewer)`);
  return EXIT_OK;
}
