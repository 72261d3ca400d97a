// openDatabase: one SQLite file, migrated to the latest schema, with a Kysely query builder and a
// synchronous runner for the compiled queries.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import type { SqlRunner } from './runner';
import { openSqlite, SqliteRunner, sqliteKysely } from './sqlite';
import { migrate } from './migrate';

export type { Database } from './schema';
export type { SqlRunner, Prepared, RunResult } from './runner';

export interface OpenDatabase {
  db: Kysely<Database>;
  sqlite: BetterSqlite3.Database;
  runner: SqlRunner;
  schemaVersion: number;
  /** migrations applied by this open (empty when the file was up to date) */
  applied: number[];
  close(): void;
}

export function openDatabase(path: string): OpenDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = openSqlite(path);
  try {
    const db = sqliteKysely(sqlite);
    const runner = new SqliteRunner(sqlite);
    const { applied, version } = migrate(db, runner, (v) => sqlite.pragma(`user_version = ${v | 0}`));
    let closed = false;
    return {
      db,
      sqlite,
      runner,
      schemaVersion: version,
      applied,
      close() {
        if (closed) return;
        closed = true;
        sqlite.close();
      },
    };
  } catch (e) {
    sqlite.close();
    throw e;
  }
}
