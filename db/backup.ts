// Backups of the database file, kept next to it in `backups/`, named by time, schema version and why.
// - `restoreBackup` / `backupOpenDatabase`: SQLite's online backup API (better-sqlite3
//   `db.backup()`), in one step (the whole file in a single sqlite3_backup_step), so no other call of
//   this process interleaves with a half-copied file; other processes see the before or the after.
//   `backupOpenDatabase` is the pre-migration copy the app takes when it opens a database
//   (`openDatabaseAsync`), on the connection that then migrates.
// - `createBackup` (backup.create, long work): the same API in steps of BACKUP_STEP_PAGES pages
//   inside one read transaction of its own connection (so the copy is of one committed state
//   however many steps it takes); between steps it reports how far it is, and a step callback that
//   throws (a cancel) stops it with the `.partial` file removed.
// - `snapshotSync`: the copy the synchronous `openDatabase` (tests, tools) takes before pending
//   migrations; better-sqlite3 offers the backup API only asynchronously, so it uses `VACUUM INTO`,
//   SQLite's other transactionally consistent copy of a live database.
// SQLite-only, like sqlite.ts and fts.ts.
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, copyFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';

export const DEFAULT_KEEP_BACKUPS = 5;
export const BACKUP_DIR = 'backups';

export type BackupReason = 'manual' | 'pre-migration' | 'pre-restore';
const REASONS: readonly BackupReason[] = ['manual', 'pre-migration', 'pre-restore'];

export interface BackupInfo {
  /** absolute path of the backup file */
  file: string;
  /** file name inside the backups folder */
  name: string;
  createdAt: string;
  schemaVersion: number;
  reason: BackupReason;
  bytes: number;
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export function backupDir(dbPath: string): string {
  return join(dirname(resolve(dbPath)), BACKUP_DIR);
}

function stem(dbPath: string): string {
  const b = basename(dbPath);
  const e = extname(b);
  return (e ? b.slice(0, -e.length) : b) || 'db';
}

function stamp(d: Date): string {
  // 2026-11-22T02:41:07.123Z -> 20261122T024107123Z (sorts by time, valid in every file system)
  return d.toISOString().replace(/[-:.]/g, '');
}

function unstamp(s: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : null;
}

/** `<db stem>.<time>.v<schema version>.<reason>.sqlite` */
export function backupFileName(dbPath: string, schemaVersion: number, reason: BackupReason, at: Date): string {
  return `${stem(dbPath)}.${stamp(at)}.v${schemaVersion | 0}.${reason}.sqlite`;
}

function parseName(dbPath: string, name: string): Omit<BackupInfo, 'file' | 'bytes'> | null {
  const prefix = `${stem(dbPath)}.`;
  if (!name.startsWith(prefix) || !name.endsWith('.sqlite')) return null;
  const m = /^(\d{8}T\d{9}Z)\.v(\d+)\.([a-z-]+)\.sqlite$/.exec(name.slice(prefix.length));
  if (!m) return null;
  const createdAt = unstamp(m[1]);
  const reason = m[3] as BackupReason;
  if (!createdAt || !REASONS.includes(reason)) return null;
  return { name, createdAt, schemaVersion: Number(m[2]), reason };
}

/** This database's backups, newest first. */
export function listBackups(dbPath: string): BackupInfo[] {
  const dir = backupDir(dbPath);
  if (!existsSync(dir)) return [];
  const out: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    const info = parseName(dbPath, name);
    if (!info) continue;
    const file = join(dir, name);
    let bytes = 0;
    try {
      bytes = statSync(file).size;
    } catch {
      continue; // removed meanwhile
    }
    out.push({ ...info, file, bytes });
  }
  return out.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** Keeps the newest `keep` backups of each reason; returns the files removed. */
export function pruneBackups(dbPath: string, keep: number = DEFAULT_KEEP_BACKUPS): string[] {
  const removed: string[] = [];
  const seen = new Map<BackupReason, number>();
  for (const b of listBackups(dbPath)) {
    const n = (seen.get(b.reason) ?? 0) + 1;
    seen.set(b.reason, n);
    if (n > Math.max(1, keep)) {
      rmSync(b.file, { force: true });
      removed.push(b.file);
    }
  }
  return removed;
}

function freshTarget(dbPath: string, schemaVersion: number, reason: BackupReason): string {
  const dir = backupDir(dbPath);
  mkdirSync(dir, { recursive: true });
  let at = Date.now();
  let file = join(dir, backupFileName(dbPath, schemaVersion, reason, new Date(at)));
  while (existsSync(file)) file = join(dir, backupFileName(dbPath, schemaVersion, reason, new Date(++at)));
  return file;
}

function info(dbPath: string, file: string): BackupInfo {
  const parsed = parseName(dbPath, basename(file));
  if (!parsed) throw new BackupError(`not a backup name: ${file}`);
  return { ...parsed, file, bytes: statSync(file).size };
}

const userVersion = (db: BetterSqlite3.Database) => Number(db.pragma('user_version', { simple: true }));

/** the whole database in one sqlite3_backup_step (the first call of the progress handler comes after a 0-page step) */
const ALL_AT_ONCE = { progress: () => 0x7fffffff };

/**
 * Synchronous consistent copy (VACUUM INTO) of an open database, for the copy the synchronous
 * `openDatabase` takes right before migrating. Call outside a transaction.
 */
export function snapshotSync(
  sqlite: BetterSqlite3.Database,
  dbPath: string,
  reason: BackupReason,
  keep: number = DEFAULT_KEEP_BACKUPS,
): BackupInfo {
  const file = freshTarget(dbPath, userVersion(sqlite), reason);
  const tmp = `${file}.partial`;
  rmSync(tmp, { force: true });
  try {
    sqlite.prepare('VACUUM INTO ?').run(tmp);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new BackupError(`could not write a backup to ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  pruneBackups(dbPath, keep);
  return info(dbPath, file);
}

/**
 * A backup of the database open on `sqlite` (the file at `dbPath`) through the online backup API,
 * on that connection: the pages are copied as they are (free pages included), in one step, to a
 * `.partial` file renamed into place when complete. Call outside a transaction.
 */
export async function backupOpenDatabase(
  sqlite: BetterSqlite3.Database,
  dbPath: string,
  reason: BackupReason,
  keep: number = DEFAULT_KEEP_BACKUPS,
): Promise<BackupInfo> {
  const file = await backupTo(sqlite, dbPath, reason);
  pruneBackups(dbPath, keep);
  return info(dbPath, file);
}

/** pages copied per sqlite3_backup_step by createBackup: 4 MB at the default 4 KiB page size */
export const BACKUP_STEP_PAGES = 1024;

/**
 * Called before the first step and after each one with the pages copied and the database's page
 * count; it may throw to stop the backup (the error reaches the caller as it was thrown).
 */
export type BackupStep = (donePages: number, totalPages: number) => void;

/** Copies the database open on `sqlite` with the online backup API to a fresh backup file (via `.partial`). */
async function backupTo(sqlite: BetterSqlite3.Database, dbPath: string, reason: BackupReason, onStep?: BackupStep): Promise<string> {
  const file = freshTarget(dbPath, userVersion(sqlite), reason);
  const tmp = `${file}.partial`;
  rmSync(tmp, { force: true });
  let stopped: { error: unknown } | null = null;
  const progress = onStep
    ? ({ totalPages, remainingPages }: { totalPages: number; remainingPages: number }) => {
        try {
          onStep(totalPages - remainingPages, totalPages);
        } catch (e) {
          stopped = { error: e };
          throw e;
        }
        return BACKUP_STEP_PAGES;
      }
    : ALL_AT_ONCE.progress;
  try {
    await sqlite.backup(tmp, { progress });
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    if (stopped) throw (stopped as { error: unknown }).error;
    throw new BackupError(`could not write a backup to ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return file;
}

/**
 * A backup of the database file at `dbPath` through the online backup API (its own read
 * connection). With `onStep`, in steps of BACKUP_STEP_PAGES pages within one read transaction,
 * reporting each; an `onStep` that throws stops it: no file is left and the error is rethrown.
 */
export async function createBackup(
  dbPath: string,
  reason: BackupReason = 'manual',
  keep: number = DEFAULT_KEEP_BACKUPS,
  onStep?: BackupStep,
): Promise<BackupInfo> {
  const src = new BetterSqlite3(dbPath, { readonly: true, fileMustExist: true });
  let file: string;
  try {
    src.pragma('busy_timeout = 5000');
    if (onStep) {
      // one snapshot for every step: the writes committed meanwhile are not in this copy (nor restart it)
      src.exec('BEGIN');
      src.prepare('SELECT count(*) FROM sqlite_master').get();
      onStep(0, Number(src.pragma('page_count', { simple: true })));
    }
    file = await backupTo(src, dbPath, reason, onStep);
  } finally {
    if (src.inTransaction) src.exec('COMMIT');
    src.close();
  }
  pruneBackups(dbPath, keep);
  return info(dbPath, file);
}

/** Checks that a file is a Punchlist database this code can open; returns its schema version. */
export function checkBackupFile(file: string, latestVersion: number): number {
  if (!isAbsolute(file)) throw new BackupError(`${file}: expected an absolute path`);
  if (!existsSync(file)) throw new BackupError(`${file}: file not found`);
  let db: BetterSqlite3.Database | null = null;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`${file}: the backup is damaged (${String(check)})`);
    const hasMigrations = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
    if (!hasMigrations) throw new BackupError(`${file}: not a Punchlist database`);
    const v = userVersion(db);
    if (v > latestVersion) {
      throw new BackupError(`${file}: made by a newer Punchlist (schema ${v}; this version reads up to ${latestVersion})`);
    }
    return v;
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError(`${file}: not a readable SQLite database (${e instanceof Error ? e.message : String(e)})`);
  } finally {
    db?.close();
  }
}

/**
 * Copies a backup over the live database at `dbPath` through the online backup API (source: the
 * backup, destination: the database file, in one step). Open connections see the restored content
 * on their next statement. The caller migrates it if the backup is of an older schema.
 */
export async function restoreBackup(dbPath: string, backupFile: string): Promise<void> {
  const src = new BetterSqlite3(backupFile, { readonly: true, fileMustExist: true });
  try {
    await src.backup(dbPath, ALL_AT_ONCE);
  } finally {
    src.close();
  }
}

/**
 * Replaces a closed database file with a backup (after a failed migration): copy next to it, drop
 * stale -wal/-shm files, rename over (atomic on one file system).
 */
export function restoreFileSync(dbPath: string, backupFile: string): void {
  const tmp = `${dbPath}.restoring`;
  copyFileSync(backupFile, tmp);
  rmSync(`${dbPath}-wal`, { force: true });
  rmSync(`${dbPath}-shm`, { force: true });
  renameSync(tmp, dbPath);
}
