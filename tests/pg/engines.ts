// Running a test file on both engines: `describe.each(ENGINES)` with a fresh database per call of
// `engine.fresh()`. SQLite: a file in a temporary folder. PostgreSQL: a new database in this test
// file's throwaway cluster (./cluster.ts, started on first use, stopped after the file), owned by a
// login role of its own (`expectedActor`: a team database's changes carry the database login).
// Where PostgreSQL is not installed its runs are skipped with the reason printed once.
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';
import { tempDir } from '../db/helpers';
import { pgUnavailable, startCluster, type Cluster } from './cluster';

export interface TestEngine {
  name: 'sqlite' | 'postgres';
  /** why this engine's tests are skipped here (null: they run) */
  skip: string | null;
  /** who the event log names for changes made through a core opened with `actor` */
  expectedActor(actor: string): string;
  /** a new, empty database: a file path or a postgres:// URL */
  fresh(tag?: string): Promise<string>;
  /** plain SQL (? placeholders) on a database, bypassing the app: for expected values */
  query<R = Record<string, unknown>>(location: string, text: string, params?: unknown[]): Promise<R[]>;
}

/** the login the PostgreSQL test databases are opened with */
export const PG_LOGIN = 'lead_alice';

let cluster: Promise<Cluster> | null = null;
let tmp: ReturnType<typeof tempDir> | null = null;
let printed = false;

const why = pgUnavailable();

const sqliteEngine: TestEngine = {
  name: 'sqlite',
  skip: null,
  expectedActor: (actor) => actor,
  async fresh(tag = 'db') {
    tmp ??= tempDir('punchlist-engine-');
    return join(tmp.dir, `${tag}-${Math.random().toString(36).slice(2, 8)}.sqlite`);
  },
  async query<R>(location: string, text: string, params: unknown[] = []) {
    const db = new BetterSqlite3(location, { readonly: true });
    try {
      return db.prepare(text).all(...params) as R[];
    } finally {
      db.close();
    }
  },
};

const postgresEngine: TestEngine = {
  name: 'postgres',
  skip: why,
  expectedActor: () => PG_LOGIN,
  async fresh() {
    cluster ??= startCluster();
    return (await cluster).createDatabase({ name: PG_LOGIN, password: 'alice-pw' });
  },
  async query<R>(location: string, text: string, params: unknown[] = []) {
    let n = 0;
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    try {
      return (await client.query(text.replace(/\?/g, () => `$${++n}`), params)).rows as R[];
    } finally {
      await client.end();
    }
  },
};

/** both engines; call at a test file's top level (it registers the cleanup) */
export function engines(): TestEngine[] {
  if (why && !printed) {
    printed = true;
    console.warn(`PostgreSQL tests skipped: ${why}`);
  }
  afterAll(async () => {
    if (cluster) (await cluster).stop();
    cluster = null;
    tmp?.cleanup();
    tmp = null;
  });
  return [sqliteEngine, postgresEngine];
}
