// Opening a team database: a postgres:// URL, migrated to the latest schema at open (the same
// migration list as SQLite, in one transaction: PostgreSQL's DDL is transactional, so a failed
// step leaves the database as it was and needs no file backup). The connection string goes to
// `pg` as given, so what libpq users expect works: the password from the URL, PGPASSWORD or
// ~/.pgpass; TLS from `sslmode=` (require, verify-ca, verify-full) and `sslrootcert=`; PGHOST,
// PGUSER… for what the URL leaves out.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema';
import { migrate, type MigrationOutcome } from '../migrate';
import { migrations as allMigrations, type Migration } from '../migrations';
import { displayLocation } from '../location';
import { SyncPg } from './bridge';
import { FTS_DOC_COLUMNS, tsvectorCopyBinary } from './fts';
import { PostgresRunner } from './runner';
import { PostgresSchemaPlugin } from './schema-plugin';

export { PostgresRunner } from './runner';

/** A Kysely that compiles for PostgreSQL (the core runs its queries through PostgresRunner; `execute()` gets a pool of its own). */
export function postgresKysely(url: string): { db: Kysely<Database>; end(): Promise<void> } {
  let pool: pg.Pool | null = null;
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: async () => (pool ??= new pg.Pool({ connectionString: url, max: 2 })) }),
    plugins: [new PostgresSchemaPlugin()],
  });
  return { db, end: () => db.destroy() };
}

export interface OpenPostgres {
  engine: 'postgres';
  db: Kysely<Database>;
  runner: PostgresRunner;
  schemaVersion: number;
  applied: number[];
  backup: null;
  /** who the server says we are (the database login): the actor of this connection's changes */
  user: string;
  close(): void;
}

/** the schema versions the database has, or null when it has no schema_migrations table yet */
function appliedVersions(runner: PostgresRunner): Set<number> | null {
  const [r] = runner.exec([{ text: `SELECT to_regclass('schema_migrations') IS NOT NULL AS present`, values: [] }]);
  if (!r.rows[0]?.present) return null;
  const [v] = runner.exec([{ text: 'SELECT version FROM schema_migrations', values: [] }]);
  return new Set(v.rows.map((x) => Number(x.version)));
}

/** PostgreSQL before 13 lacks what the schema uses (identity columns are 10+, gen_random_uuid 13+). */
const MIN_SERVER = 130000;

export function openPostgres(url: string, options: { migrations?: readonly Migration[] } = {}): OpenPostgres {
  const conn = new SyncPg(url);
  const runner = new PostgresRunner(conn);
  runner.useBinaryCopy('findings_fts', FTS_DOC_COLUMNS, tsvectorCopyBinary);
  const { db, end } = postgresKysely(url);
  const close = () => {
    conn.close();
    void end();
  };
  let user: string;
  try {
    const [info] = runner.exec([{ text: `SELECT current_setting('server_version_num')::int AS v, current_user AS u`, values: [] }]);
    const row = info.rows[0] as { v: number; u: string };
    if (row.v < MIN_SERVER) throw new Error(`PostgreSQL ${Math.floor(row.v / 10000)} is too old: Punchlist needs 13 or newer`);
    user = row.u;
  } catch (e) {
    close();
    throw new Error(`${displayLocation(url)}: cannot open the team database: ${e instanceof Error ? e.message : String(e)}`);
  }
  let outcome: MigrationOutcome;
  try {
    const list = options.migrations ?? allMigrations;
    // up to date: no write transaction at all, so a read-only login (a viewer: ./roles.ts) can open it
    const done = appliedVersions(runner);
    outcome = done && list.every((m) => done.has(m.version)) ? { applied: [], version: Math.max(0, ...done) } : migrate(db, runner, () => undefined, list);
    const [ids] = runner.exec([
      {
        text: `SELECT table_name AS t FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES'`,
        values: [],
      },
    ]);
    runner.setIdentityTables(ids.rows.map((r) => String(r.t)));
    // a project member rather than the tables' owner: row-level security applies (./policies.ts)
    const [rls] = runner.exec([{ text: `SELECT CASE WHEN to_regclass('project_members') IS NULL THEN false ELSE row_security_active('findings') END AS on`, values: [] }]);
    runner.setRowSecurity(rls.rows[0]?.on === true);
  } catch (e) {
    close();
    throw new Error(`${displayLocation(url)}: upgrading the team database failed (${e instanceof Error ? e.message : String(e)}); it was left as it was`);
  }
  let closed = false;
  return {
    engine: 'postgres',
    db,
    runner,
    schemaVersion: outcome.version,
    applied: outcome.applied,
    backup: null,
    user,
    close() {
      if (closed) return;
      closed = true;
      close();
    },
  };
}
