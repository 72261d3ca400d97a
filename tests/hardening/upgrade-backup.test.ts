// Upgrades as the app does them (issue 7): before migrating a database that holds data, the app's
// open path (openDatabaseAsync / openCoreAsync: Electron main process, CLI, serve host) writes a copy
// through SQLite's online backup API and keeps the last few; a failed migration puts that copy back
// and the error says so. Real SQLite files at every earlier schema version, filled with real data
// (tests/migrations/helpers.ts); the CLI and the serve host run as child processes.
//
// How the tests tell the online backup API from VACUUM INTO: each old database gets free pages (a
// scratch table created and dropped, as deletes leave them). The backup API copies the file page for
// page, free pages included; VACUUM INTO writes a compacted file without them. So "the backup has
// the same page count and free-page count as the old file" holds only for the online backup API —
// the last describe block shows the synchronous open's VACUUM INTO copy failing that check.
import BetterSqlite3 from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCoreAsync } from '../../core/service';
import { MigrationError, openDatabase, openDatabaseAsync } from '../../db';
import { listBackups, type BackupInfo } from '../../db/backup';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from '../../db/migrations';
import { cli } from '../cli/helpers';
import { tempDir } from '../db/helpers';
import { buildAtVersion, buildReference, logicalDumpOf } from '../migrations/helpers';
import { ok } from '../service/helpers';

const ROOT = resolve(__dirname, '../..');
let tmp: ReturnType<typeof tempDir>;
let reference: string;
beforeAll(async () => {
  tmp = tempDir('punchlist-upgrade-backup-');
  reference = join(tmp.dir, 'reference.sqlite');
  await buildReference(reference);
}, 120_000);
afterAll(() => tmp?.cleanup());

const earlier = migrations.map((m) => m.version).filter((v) => v < LATEST_SCHEMA_VERSION);
const summary = { versions: 0, backups: 0, restored: 0, entryPoints: 0 };

interface FileFacts {
  userVersion: number;
  migrationsDone: number;
  pageCount: number;
  freePages: number;
  integrity: string;
}

function facts(file: string): FileFacts {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return {
      userVersion: Number(db.pragma('user_version', { simple: true })),
      migrationsDone: Number((db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number }).v),
      pageCount: Number(db.pragma('page_count', { simple: true })),
      freePages: Number(db.pragma('freelist_count', { simple: true })),
      integrity: String(db.pragma('integrity_check', { simple: true })),
    };
  } finally {
    db.close();
  }
}

let n = 0;
/** A database at schema `version` holding the reference's rows, with free pages in it. */
function oldDatabase(version: number): string {
  const dir = join(tmp.dir, `case-${++n}-v${version}`);
  mkdirSync(dir);
  const path = join(dir, 'punchlist.sqlite');
  buildAtVersion(path, reference, version);
  const raw = new BetterSqlite3(path);
  raw.exec(`CREATE TABLE scratch (x BLOB); INSERT INTO scratch SELECT randomblob(3000) FROM (WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 40) SELECT i FROM c); DROP TABLE scratch;`);
  raw.close();
  const f = facts(path);
  expect(f.freePages, 'the old file has free pages').toBeGreaterThan(10);
  expect(f.userVersion).toBe(version);
  return path;
}

/** The one pre-migration backup of `path`, checked: written before migrating, from the old file, by the online backup API. */
function checkBackup(path: string, old: FileFacts, before: ReturnType<typeof logicalDumpOf>, firstApplied: string | null): BackupInfo {
  const backups = listBackups(path).filter((b) => b.reason === 'pre-migration');
  expect(backups).toHaveLength(1);
  const b = backups[0];
  expect(existsSync(b.file)).toBe(true);
  expect(b.name).toMatch(new RegExp(`^punchlist\\.\\d{8}T\\d{9}Z\\.v${old.userVersion}\\.pre-migration\\.sqlite$`));
  expect(readdirSync(join(path, '..', 'backups')).filter((x) => x.endsWith('.partial'))).toEqual([]);
  const f = facts(b.file);
  // opens, is whole, and holds the old schema version and the old rows
  expect(f.integrity).toBe('ok');
  expect(f.userVersion).toBe(old.userVersion);
  expect(f.migrationsDone).toBe(old.userVersion);
  expect(logicalDumpOf(b.file)).toEqual(before);
  // a page-for-page copy (online backup API), not a compacted one (VACUUM INTO)
  expect({ pages: f.pageCount, free: f.freePages }).toEqual({ pages: old.pageCount, free: old.freePages });
  // written before the first migration of this upgrade was recorded
  if (firstApplied !== null) expect(b.createdAt <= firstApplied, `${b.createdAt} <= ${firstApplied}`).toBe(true);
  summary.backups++;
  return b;
}

function firstAppliedAt(path: string, after: number): string {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return (db.prepare('SELECT min(applied_at) AS t FROM schema_migrations WHERE version > ?').get(after) as { t: string }).t;
  } finally {
    db.close();
  }
}

/** test-only migrations after the real ones (the real files are not touched) */
const extra = (version: number, up: Migration['up']): Migration => ({ version, name: `test-${version}`, up });

/**
 * A database at schema 6 whose user added an index named like the one migration 7 creates (say,
 * with a database browser): migration 7's `CREATE INDEX findings_project` then fails for real.
 */
function v6WithConflictingIndex(): string {
  const m7 = migrations.find((m) => m.version === 7);
  expect(m7?.name).toBe('board-index-and-fts-prefix');
  const path = oldDatabase(6);
  const raw = new BetterSqlite3(path);
  raw.exec('CREATE INDEX findings_project ON findings (title)');
  raw.close();
  return path;
}

describe('openDatabaseAsync: the backup before migrating, from every earlier schema version', () => {
  it.each(earlier)('from version %i: written before migrating with the online backup API, opens (integrity ok) at the old version with the old rows', async (k) => {
    const path = oldDatabase(k);
    const old = facts(path);
    const before = logicalDumpOf(path);
    const d = await openDatabaseAsync(path);
    try {
      expect(d.applied).toEqual(migrations.filter((m) => m.version > k).map((m) => m.version));
      expect(d.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect(d.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      d.close();
    }
    const b = checkBackup(path, old, before, firstAppliedAt(path, k));
    expect(d.backup?.file).toBe(b.file);
    summary.versions++;
  });

  it('an up-to-date database and a fresh one get no backup', async () => {
    const path = oldDatabase(LATEST_SCHEMA_VERSION);
    const d = await openDatabaseAsync(path);
    expect(d.applied).toEqual([]);
    expect(d.backup).toBeNull();
    d.close();
    expect(listBackups(path)).toEqual([]);
    const fresh = join(tmp.dir, 'fresh', 'punchlist.sqlite');
    const f = await openDatabaseAsync(fresh);
    expect(f.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    f.close();
    expect(listBackups(fresh)).toEqual([]);
  });

  it('a write by another connection between the backup and the migration: the backup is taken again', async () => {
    // openDatabaseAsync reads PRAGMA data_version, then awaits the backup; a commit made right after
    // the call (before the copy is taken) makes the copy and the migration's starting point differ,
    // so the migration refuses to start, and the backup is taken again before migrating
    const k = earlier[earlier.length - 1];
    const path = oldDatabase(k);
    const opening = openDatabaseAsync(path);
    const other = new BetterSqlite3(path);
    other.prepare(`UPDATE findings SET notes = 'written meanwhile' WHERE id = (SELECT min(id) FROM findings)`).run();
    other.close();
    const d = await opening;
    d.close();
    const backups = listBackups(path);
    expect(backups.map((b) => b.schemaVersion)).toEqual([k, k]);
    const notes = (file: string) => {
      const db = new BetterSqlite3(file, { readonly: true });
      try {
        return (db.prepare('SELECT notes FROM findings WHERE id = (SELECT min(id) FROM findings)').get() as { notes: string }).notes;
      } finally {
        db.close();
      }
    };
    expect(notes(backups[0].file)).toBe('written meanwhile');
    expect(notes(path)).toBe('written meanwhile');
  });

  it('keeps the last few (keepBackups), newest first', async () => {
    const path = oldDatabase(LATEST_SCHEMA_VERSION);
    const list = [...migrations];
    for (let i = 1; i <= 5; i++) {
      list.push(extra(LATEST_SCHEMA_VERSION + i, () => [`CREATE TABLE test_extra_${i} (x INTEGER)`]));
      (await openDatabaseAsync(path, { migrations: list, keepBackups: 3 })).close();
    }
    const backups = listBackups(path);
    expect(backups.map((b) => b.schemaVersion)).toEqual([LATEST_SCHEMA_VERSION + 4, LATEST_SCHEMA_VERSION + 3, LATEST_SCHEMA_VERSION + 2]);
    for (const b of backups) expect(facts(b.file)).toMatchObject({ integrity: 'ok', userVersion: b.schemaVersion });
  });
});

describe('openDatabaseAsync: a failed migration restores the backup and says so', () => {
  it('a real migration failing on a real file (migration 7 meets an index of the same name)', async () => {
    const path = v6WithConflictingIndex();
    const old = facts(path);
    const before = logicalDumpOf(path);
    const err = await openDatabaseAsync(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MigrationError);
    const e = err as MigrationError;
    const b = checkBackup(path, old, before, null);
    expect(e.restored).toBe(true);
    expect(e.backup).toBe(b.file);
    expect(e.message).toBe(
      `${path}: upgrading the database failed (index findings_project already exists); it was restored from the backup taken before migrating (${b.file})`,
    );
    expect(logicalDumpOf(path)).toEqual(before);
    expect(facts(path)).toMatchObject({ integrity: 'ok', userVersion: 6, migrationsDone: 6 });
    summary.restored++;
  });

  it('a failure that damaged the file beyond what the rollback undoes: the copy put back makes it whole again', async () => {
    // Simulates a migration that fails after the file itself was damaged (a torn write, a disk
    // error): the step overwrites the findings table's root page in the file, then fails. The
    // transaction's rollback cannot repair the file; only writing the backup back can. Without that
    // restore, integrity_check below reports the damaged page.
    const path = oldDatabase(LATEST_SCHEMA_VERSION);
    const old = facts(path);
    const before = logicalDumpOf(path);
    const raw = new BetterSqlite3(path, { readonly: true });
    const root = (raw.prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'findings'`).get() as { rootpage: number }).rootpage;
    const pageSize = Number(raw.pragma('page_size', { simple: true }));
    raw.close();
    const damaging = extra(LATEST_SCHEMA_VERSION + 1, () => {
      const fd = openSync(path, 'r+');
      writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (root - 1) * pageSize);
      closeSync(fd);
      return ['UPDATE findings SET title = \'half done\'', 'THIS IS NOT SQL'];
    });
    const err = await openDatabaseAsync(path, { migrations: [...migrations, damaging] }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MigrationError);
    const e = err as MigrationError;
    expect(e.restored).toBe(true);
    expect(e.message).toMatch(/^.*: upgrading the database failed \(.*syntax error.*\); it was restored from the backup taken before migrating \(.*\.v\d+\.pre-migration\.sqlite\)$/);
    const b = checkBackup(path, old, before, null);
    expect(e.message).toContain(`(${b.file})`);
    expect(facts(path)).toMatchObject({ integrity: 'ok', userVersion: LATEST_SCHEMA_VERSION });
    expect(logicalDumpOf(path)).toEqual(before);
    summary.restored++;
  });

  it('when the copy cannot be put back, the error says so and where the backup is', async () => {
    // the failing step also removes the backup it would be restored from (as a full disk or a user
    // tidying backups/ might); the message must not claim a restore that did not happen
    const path = oldDatabase(LATEST_SCHEMA_VERSION);
    const vanishing = extra(LATEST_SCHEMA_VERSION + 1, () => {
      for (const b of listBackups(path)) rmSync(b.file);
      return ['THIS IS NOT SQL'];
    });
    const err = await openDatabaseAsync(path, { migrations: [...migrations, vanishing] }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MigrationError);
    const e = err as MigrationError;
    expect(e.restored).toBe(false);
    expect(e.message).toMatch(/: upgrading the database failed \(.*syntax error.*\) and restoring the backup failed \(.+\); the backup is .*\.pre-migration\.sqlite$/);
    expect(e.message).not.toContain('it was restored');
    // the rollback left the file as it was
    expect(facts(path)).toMatchObject({ integrity: 'ok', userVersion: LATEST_SCHEMA_VERSION });
  });

  it('openCoreAsync rejects with the same message, and the file then opens normally', async () => {
    const path = v6WithConflictingIndex();
    const before = logicalDumpOf(path);
    await expect(openCoreAsync({ dbPath: path })).rejects.toThrow(/it was restored from the backup taken before migrating \(.*\.v6\.pre-migration\.sqlite\)$/);
    expect(logicalDumpOf(path)).toEqual(before);
    summary.restored++;
    // once the user's index is gone, the real upgrade goes through (a second backup is taken)
    const raw = new BetterSqlite3(path);
    raw.exec('DROP INDEX findings_project');
    raw.close();
    const core = await openCoreAsync({ dbPath: path });
    expect(ok(await core.call('meta.info', {})).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(ok(await core.call('findings.list', { projectId: 1, text: 'redis' })).length).toBeGreaterThan(0);
    core.close();
    expect(listBackups(path).map((b) => b.schemaVersion)).toEqual([6, 6]);
  });
});

describe('the app entry points upgrade through the online backup API', () => {
  it('CLI: `punchlist list` on an old database writes the backup first; a failed migration is restored and the message says so', () => {
    const k = earlier[0];
    const path = oldDatabase(k);
    const old = facts(path);
    const before = logicalDumpOf(path);
    const r = cli(['list', '--db', path, '--json']);
    expect(r.code, r.stderr).toBe(0);
    checkBackup(path, old, before, firstAppliedAt(path, k));
    expect(facts(path).userVersion).toBe(LATEST_SCHEMA_VERSION);

    const bad = v6WithConflictingIndex();
    const badBefore = logicalDumpOf(bad);
    const f = cli(['ingest', join(ROOT, 'tests', 'fixtures', 'malformed', 'wrong-version.sarif'), '--db', bad]);
    expect(f.code).not.toBe(0);
    const b = listBackups(bad)[0];
    expect(f.stderr.trim()).toBe(
      `punchlist ingest: ${bad}: upgrading the database failed (index findings_project already exists); it was restored from the backup taken before migrating (${b.file})`,
    );
    expect(logicalDumpOf(bad)).toEqual(badBefore);
    expect(facts(bad)).toMatchObject({ integrity: 'ok', userVersion: 6 });
    summary.restored++;
    summary.entryPoints++;
  }, 120_000);

  it('serve host: `bin/serve.mjs --db OLD` writes the backup before it listens; a failed migration exits with the message', async () => {
    const renderer = join(tmp.dir, 'renderer');
    mkdirSync(renderer, { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Punchlist</title>');
    const serve = (db: string) =>
      new Promise<{ code: number | null; url: string; stderr: string }>((done, fail) => {
        const child = spawn(process.execPath, [join(ROOT, 'bin', 'serve.mjs'), '--db', db, '--port', '0', '--renderer', renderer], {
          cwd: ROOT,
          env: { ...process.env, PUNCHLIST_DB: undefined },
        });
        let out = '';
        let err = '';
        let url = '';
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          fail(new Error(`serve did not start: ${err}`));
        }, 90_000);
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString('utf8');
          if (!url && out.includes('\n')) {
            url = out.split('\n')[0];
            child.kill('SIGTERM');
          }
        });
        child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
        child.on('exit', (code) => {
          clearTimeout(timer);
          done({ code, url, stderr: err });
        });
      });

    const k = earlier[Math.floor(earlier.length / 2)];
    const path = oldDatabase(k);
    const old = facts(path);
    const before = logicalDumpOf(path);
    const up = await serve(path);
    expect(up.url, up.stderr).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    checkBackup(path, old, before, firstAppliedAt(path, k));
    expect(facts(path).userVersion).toBe(LATEST_SCHEMA_VERSION);

    const bad = v6WithConflictingIndex();
    const badBefore = logicalDumpOf(bad);
    const down = await serve(bad);
    expect(down.code).toBe(1);
    expect(down.url).toBe('');
    const b = listBackups(bad)[0];
    expect(down.stderr.trim()).toBe(
      `serve: ${bad}: upgrading the database failed (index findings_project already exists); it was restored from the backup taken before migrating (${b.file})`,
    );
    expect(logicalDumpOf(bad)).toEqual(badBefore);
    summary.restored++;
    summary.entryPoints++;
  }, 200_000);

  it('every place the app opens a user database uses the async open (Electron main process, CLI commands, serve host)', () => {
    // electron/main.ts cannot run here (no Electron binary); tests/electron/main-wiring.test.ts runs
    // its build against a stand-in. This check keeps the sync open out of the entry points and out of
    // the core entry and job thread they start (core/worker: the app's utility process, the serve
    // host's worker thread, the CLI's job thread), which open the database themselves.
    const entryPoints = [
      'electron/main.ts',
      'core/serve/main.ts',
      ...readdirSync(join(ROOT, 'core', 'cli', 'commands')).map((f) => `core/cli/commands/${f}`),
    ];
    const opening = ['core/worker/entry.ts', 'core/worker/job-thread.ts'];
    let starts = 0;
    for (const f of [...entryPoints, ...opening]) {
      const src = readFileSync(join(ROOT, f), 'utf8');
      expect(src, f).not.toMatch(/\bopenCore\s*\(|\bopenDatabase\s*\(/);
      if (opening.includes(f)) expect(src, f).toMatch(/\bawait openCoreAsync\(/);
      else if (/\bawait (openCoreAsync|startCoreProcess|startCoreThread|openJobCore)\(/.test(src)) starts++;
    }
    // main.ts, serve, and the CLI's ingest/list/plan/export/import
    expect(starts).toBeGreaterThanOrEqual(7);
  });
});

describe('the synchronous open (tests, tools) still backs up, with VACUUM INTO', () => {
  it('its copy holds the old rows at the old version but is compacted — the check above would catch it', () => {
    const k = earlier[0];
    const path = oldDatabase(k);
    const old = facts(path);
    const before = logicalDumpOf(path);
    openDatabase(path).close();
    const [b] = listBackups(path);
    const f = facts(b.file);
    expect(f).toMatchObject({ integrity: 'ok', userVersion: k, freePages: 0 });
    expect(f.pageCount).toBeLessThan(old.pageCount);
    expect(logicalDumpOf(b.file)).toEqual(before);
  });
});

afterAll(() => {
  console.log(
    `migrations: online-backup upgrades from ${summary.versions} of ${earlier.length} earlier schema versions (+ CLI and serve host), ${summary.backups} pre-migration backups checked (integrity ok, old version, old rows, page-for-page), ${summary.restored} failed migrations restored and reported (${summary.entryPoints} through the CLI and serve host)`,
  );
});
