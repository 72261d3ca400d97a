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
import { migrations as allMigrations, type Migration } from './migrations';
import { DEFAULT_KEEP_BACKUPS, restoreFileSync, snapshotSync, type BackupInfo } from './backup';

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

export interface OpenDatabaseOptions {
  /** the migration list (default: the static list; tests pass their own to make one fail) */
  migrations?: readonly Migration[];
  /** how many pre-migration backups to keep (default 5) */
  keepBackups?: number;
}

/** Upgrading failed; the file was put back as it was before (from `backup`) when there was one. */
export class MigrationError extends Error {
  constructor(
    message: string,
    readonly backup: string | null,
    readonly restored: boolean,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** Migrations to run on an existing database that already holds a schema (a fresh file needs no backup). */
function pendingOnExisting(sqlite: BetterSqlite3.Database, list: readonly Migration[]): number[] {
  const table = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
  if (!table) return [];
  const done = new Set((sqlite.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version));
  if (done.size === 0) return [];
  return list.map((m) => m.version).filter((v) => !done.has(v));
}

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): OpenDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = openSqlite(path);
  const list = options.migrations ?? allMigrations;
  try {
    const db = sqliteKysely(sqlite);
    const runner = new SqliteRunner(sqlite);
    // before upgrading a database that holds data, keep a copy of it (backups/ next to the file)
    let backup: BackupInfo | null = null;
    if (path !== ':memory:' && pendingOnExisting(sqlite, list).length) {
      backup = snapshotSync(sqlite, path, 'pre-migration', options.keepBackups ?? DEFAULT_KEEP_BACKUPS);
    }
    let outcome: { applied: number[]; version: number };
    try {
      outcome = migrate(db, runner, (v) => sqlite.pragma(`user_version = ${v | 0}`), list);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      if (!backup) throw new MigrationError(`${path}: upgrading the database failed: ${why}`, null, false);
      sqlite.close();
      let restored = false;
      try {
        restoreFileSync(path, backup.file);
        restored = true;
      } catch {
        /* reported below */
      }
      throw new MigrationError(
        restored
          ? `${path}: upgrading the database failed (${why}); it was restored from the backup taken before migrating (${backup.file})`
          : `${path}: upgrading the database failed (${why}) and restoring the backup failed; the backup is ${backup.file}`,
        backup.file,
        restored,
      );
    }
    const { applied, version } = outcome;
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
