// openDatabase / openDatabaseAsync: one SQLite file, migrated to the latest schema, with a Kysely
// query builder and a synchronous runner for the compiled queries.
//
// Before pending migrations run on a database that holds data, a copy of it goes to `backups/` next
// to the file (the newest few are kept); when a migration fails, the file is put back from that copy
// and the error says so. The app's entry points (Electron main process, CLI, serve host) open with
// `openDatabaseAsync`, which takes that copy through SQLite's online backup API; the synchronous
// `openDatabase` (tests, tools) takes it with `VACUUM INTO` because better-sqlite3's backup API is
// asynchronous. Neither migrates without a copy.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import type { SqlRunner } from './runner';
import { openSqlite, SqliteRunner, sqliteKysely } from './sqlite';
import { migrate, type MigrationOutcome } from './migrate';
import { migrations as allMigrations, type Migration } from './migrations';
import {
  backupOpenDatabase,
  DEFAULT_KEEP_BACKUPS,
  restoreBackup,
  restoreFileSync,
  snapshotSync,
  type BackupInfo,
} from './backup';

import { isPostgresUrl } from './location';
import { openPostgres } from './postgres';

export type { Database } from './schema';
export type { SqlRunner, Prepared, RunResult } from './runner';
export { isPostgresUrl, displayLocation } from './location';
export type { Engine } from './dialect';

/** An open database of either engine: what the core needs. */
export interface OpenStore {
  engine: 'sqlite' | 'postgres';
  db: Kysely<Database>;
  runner: SqlRunner;
  schemaVersion: number;
  /** migrations applied by this open (empty when the database was up to date) */
  applied: number[];
  /** the copy taken before migrating (SQLite; null when none was needed, and always on PostgreSQL) */
  backup: BackupInfo | null;
  /** the database login (PostgreSQL), null on SQLite */
  user?: string | null;
  close(): void;
}

export interface OpenDatabase extends OpenStore {
  engine: 'sqlite';
  sqlite: BetterSqlite3.Database;
  schemaVersion: number;
  /** migrations applied by this open (empty when the file was up to date) */
  applied: number[];
  /** the copy taken before migrating (null when nothing was pending on a database holding data) */
  backup: BackupInfo | null;
  close(): void;
}

export interface OpenDatabaseOptions {
  /** the migration list (default: the static list; tests pass their own to make one fail) */
  migrations?: readonly Migration[];
  /** how many pre-migration backups to keep (default 5) */
  keepBackups?: number;
  /** how long a write waits for another connection's (default 5000 ms; 0: fail at once with SQLITE_BUSY) */
  busyTimeoutMs?: number;
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

/** Another connection committed between the pre-migration backup and the migration's transaction. */
class ChangedSinceBackup extends Error {}

/** How often the backup is taken again when another connection keeps writing meanwhile. */
const BACKUP_ATTEMPTS = 3;

/** Migrations to run on an existing database that already holds a schema (a fresh file needs no backup). */
function pendingOnExisting(sqlite: BetterSqlite3.Database, list: readonly Migration[]): number[] {
  const table = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
  if (!table) return [];
  const done = new Set((sqlite.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version));
  if (done.size === 0) return [];
  return list.map((m) => m.version).filter((v) => !done.has(v));
}

/** Changes whenever another connection (this process or another) commits to the file. */
const dataVersion = (sqlite: BetterSqlite3.Database) => Number(sqlite.pragma('data_version', { simple: true }));

interface Opened {
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  runner: SqliteRunner;
}

function openFile(path: string, busyTimeoutMs?: number): Opened {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = openSqlite(path, busyTimeoutMs);
  return { sqlite, db: sqliteKysely(sqlite), runner: new SqliteRunner(sqlite) };
}

/**
 * Runs the pending migrations in one transaction. With `seen` (the data_version read before the
 * backup), the transaction first checks that nobody committed since, so the backup holds exactly
 * what the migration starts from (and restoring it after a failure loses nothing).
 */
function runMigrations(o: Opened, list: readonly Migration[], seen: number | null): MigrationOutcome {
  const check =
    seen === null
      ? undefined
      : () => {
          if (dataVersion(o.sqlite) !== seen) throw new ChangedSinceBackup('the database changed after the backup');
        };
  return migrate(o.db, o.runner, (v) => o.sqlite.pragma(`user_version = ${v | 0}`), list, check);
}

function result(o: Opened, outcome: MigrationOutcome, backup: BackupInfo | null): OpenDatabase {
  let closed = false;
  return {
    engine: 'sqlite',
    db: o.db,
    sqlite: o.sqlite,
    runner: o.runner,
    schemaVersion: outcome.version,
    applied: outcome.applied,
    backup,
    close() {
      if (closed) return;
      closed = true;
      o.sqlite.close();
    },
  };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

function noBackupError(path: string, e: unknown): MigrationError {
  return new MigrationError(`${path}: not upgraded: the backup before migrating could not be written (${message(e)}); the database was not changed`, null, false);
}

function keptChangingError(path: string, backup: BackupInfo | null): MigrationError {
  return new MigrationError(
    `${path}: not upgraded: the database kept changing while the backup before migrating was taken (is another Punchlist using it?); the database was not changed`,
    backup?.file ?? null,
    false,
  );
}

function restoredError(path: string, why: string, backup: BackupInfo, restoreFailure: unknown): MigrationError {
  return restoreFailure === null
    ? new MigrationError(
        `${path}: upgrading the database failed (${why}); it was restored from the backup taken before migrating (${backup.file})`,
        backup.file,
        true,
      )
    : new MigrationError(
        `${path}: upgrading the database failed (${why}) and restoring the backup failed (${message(restoreFailure)}); the backup is ${backup.file}`,
        backup.file,
        false,
      );
}

/** What opening asks of its driver: a copy of the database before migrating, or that copy put back. */
type OpenStep = { kind: 'backup' } | { kind: 'restore'; file: string };

/**
 * The open, as steps: migrate, with a backup first when migrations are pending on a file holding
 * data; after a failed migration, the backup restored and a MigrationError saying so. The backup and
 * the restore are yielded to the driver (synchronous: VACUUM INTO; asynchronous: the online backup
 * API), which answers with the BackupInfo or throws the step's failure back in.
 */
function* openSteps(o: Opened, path: string, list: readonly Migration[]): Steps {
  let backup: BackupInfo | null = null;
  for (let attempt = 1; ; attempt++) {
    let seen: number | null = null;
    if (path !== ':memory:' && pendingOnExisting(o.sqlite, list).length) {
      seen = dataVersion(o.sqlite);
      try {
        backup = (yield { kind: 'backup' }) as BackupInfo;
      } catch (e) {
        throw noBackupError(path, e);
      }
    }
    try {
      return result(o, runMigrations(o, list, seen), backup);
    } catch (e) {
      if (e instanceof ChangedSinceBackup) {
        if (attempt < BACKUP_ATTEMPTS) continue;
        throw keptChangingError(path, backup);
      }
      if (!backup) throw new MigrationError(`${path}: upgrading the database failed: ${message(e)}`, null, false);
      // the migration's transaction rolled back; the copy goes back over the file anyway, in case the
      // failure left more behind than the rollback undoes
      o.sqlite.close();
      let restoreFailure: unknown = null;
      try {
        yield { kind: 'restore', file: backup.file };
      } catch (re) {
        restoreFailure = re;
      }
      throw restoredError(path, message(e), backup, restoreFailure);
    }
  }
}

type Steps = Generator<OpenStep, OpenDatabase, BackupInfo | undefined>;

/** The open's next step after running `perform`: its BackupInfo passed in, or its failure thrown in. */
function answer(steps: Steps, perform: () => BackupInfo | void) {
  let value: BackupInfo | undefined;
  try {
    value = perform() ?? undefined;
  } catch (e) {
    return steps.throw(e);
  }
  return steps.next(value);
}

/** A promise's outcome as a function that returns its value or throws its error. */
async function settle<T>(p: Promise<T>): Promise<() => T> {
  try {
    const v = await p;
    return () => v;
  } catch (e) {
    return () => {
      throw e;
    };
  }
}

/**
 * Opens (creating if needed) and migrates the database at `path`, synchronously. The pre-migration
 * copy is taken with `VACUUM INTO`; the app's entry points use `openDatabaseAsync` instead.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): OpenDatabase {
  const o = openFile(path, options.busyTimeoutMs);
  const keep = options.keepBackups ?? DEFAULT_KEEP_BACKUPS;
  try {
    const steps = openSteps(o, path, options.migrations ?? allMigrations);
    for (let next = steps.next(); ; ) {
      if (next.done) return next.value;
      const step = next.value;
      next = answer(steps, () => (step.kind === 'backup' ? snapshotSync(o.sqlite, path, 'pre-migration', keep) : restoreFileSync(path, step.file)));
    }
  } catch (e) {
    if (o.sqlite.open) o.sqlite.close();
    throw e;
  }
}

/**
 * Opens (creating if needed) and migrates the database at `path` — what the app does when it opens a
 * user's database. When migrations are pending on a file that holds data, a copy is written first
 * through SQLite's online backup API (`backups/<name>.<time>.v<old version>.pre-migration.sqlite`,
 * the newest few kept); if a migration then fails, that copy is written back over the file with the
 * same API (safe with other connections open) and the MigrationError says the database was restored
 * from it.
 */
export async function openDatabaseAsync(path: string, options: OpenDatabaseOptions = {}): Promise<OpenDatabase> {
  if (path === ':memory:') return openDatabase(path, options);
  const o = openFile(path, options.busyTimeoutMs);
  const keep = options.keepBackups ?? DEFAULT_KEEP_BACKUPS;
  try {
    const steps = openSteps(o, path, options.migrations ?? allMigrations);
    for (let next = steps.next(); ; ) {
      if (next.done) return next.value;
      const step = next.value;
      const done = await settle<BackupInfo | void>(step.kind === 'backup' ? backupOpenDatabase(o.sqlite, path, 'pre-migration', keep) : restoreBackup(path, step.file));
      next = answer(steps, done);
    }
  } catch (e) {
    if (o.sqlite.open) o.sqlite.close();
    throw e;
  }
}

/**
 * Opens the database at `location` (synchronously, migrated): a `postgres://` URL opens the team
 * database on PostgreSQL (db/postgres), anything else the SQLite file at that path (openDatabase).
 */
export function openStore(location: string, options: OpenDatabaseOptions = {}): OpenStore {
  return isPostgresUrl(location) ? openPostgres(location, { migrations: options.migrations }) : openDatabase(location, options);
}

/** openStore the way the app opens (SQLite's pre-migration backup through the online backup API). */
export async function openStoreAsync(location: string, options: OpenDatabaseOptions = {}): Promise<OpenStore> {
  return isPostgresUrl(location) ? openPostgres(location, { migrations: options.migrations }) : openDatabaseAsync(location, options);
}
