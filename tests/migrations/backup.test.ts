// Backups: written before migrating, the last few kept, restored when a migration fails (and the
// error says so); user backups and restores through the online backup API.
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../core/service';
import { MigrationError, openDatabase } from '../../db';
import { checkBackupFile, createBackup, listBackups, restoreBackup } from '../../db/backup';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from '../../db/migrations';
import { tempDir } from '../db/helpers';
import { ok } from '../service/helpers';
import { buildAtVersion, buildReference, logicalDumpOf } from './helpers';

let tmp: ReturnType<typeof tempDir>;
let reference: string;
beforeAll(async () => {
  tmp = tempDir('punchlist-backup-');
  reference = join(tmp.dir, 'reference.sqlite');
  await buildReference(reference);
});
afterAll(() => tmp?.cleanup());

let n = 0;
function copyOfReference(): string {
  const dir = join(tmp.dir, `case-${++n}`);
  mkdirSync(dir);
  const path = join(dir, 'punchlist.sqlite');
  copyFileSync(reference, path);
  return path;
}

/** test-only migrations after the real ones (the real files are not touched) */
const extra = (version: number, up: string[]): Migration => ({ version, name: `test-${version}`, up: () => up });

describe('a failed migration', () => {
  it('restores the database from the backup taken before migrating and says so', () => {
    const path = copyOfReference();
    const before = logicalDumpOf(path);
    const broken = extra(LATEST_SCHEMA_VERSION + 1, ['CREATE TABLE half_done (x INTEGER)', 'UPDATE findings SET title = \'lost\'', 'THIS IS NOT SQL']);
    let err: unknown;
    try {
      openDatabase(path, { migrations: [...migrations, broken] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(MigrationError);
    const e = err as MigrationError;
    expect(e.restored).toBe(true);
    expect(e.message).toContain(path);
    expect(e.message).toMatch(/upgrading the database failed \(.*syntax error.*\); it was restored from the backup taken before migrating \(.*\.pre-migration\.sqlite\)/);
    expect(e.backup).toBe(listBackups(path)[0].file);
    expect(logicalDumpOf(path)).toEqual(before);
    // and the file opens normally afterwards, at the version it had
    const d = openDatabase(path);
    expect(d.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(d.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(d.sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'half_done'`).get()).toBeUndefined();
    d.close();
  });

  it('from an earlier version: a later step fails, the old file comes back whole', () => {
    const k = migrations[0].version;
    const dir = join(tmp.dir, 'old-fail');
    mkdirSync(dir);
    const path = join(dir, 'punchlist.sqlite');
    buildAtVersion(path, reference, k);
    const before = logicalDumpOf(path);
    const broken = extra(LATEST_SCHEMA_VERSION + 1, ['DROP TABLE findings_does_not_exist']);
    expect(() => openDatabase(path, { migrations: [...migrations, broken] })).toThrow(/restored from the backup/);
    expect(logicalDumpOf(path)).toEqual(before);
    const raw = new BetterSqlite3(path, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(k);
    raw.close();
    // the real upgrade still works afterwards
    const d = openDatabase(path);
    expect(d.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    d.close();
  });
});

describe('pre-migration backups', () => {
  it('keeps only the last few (keepBackups), newest first, named by time and schema version', () => {
    const path = copyOfReference();
    const list = [...migrations];
    for (let i = 1; i <= 5; i++) {
      list.push(extra(LATEST_SCHEMA_VERSION + i, [`CREATE TABLE test_extra_${i} (x INTEGER)`]));
      openDatabase(path, { migrations: list, keepBackups: 3 }).close();
    }
    const backups = listBackups(path);
    expect(backups).toHaveLength(3);
    expect(backups.map((b) => b.schemaVersion)).toEqual([LATEST_SCHEMA_VERSION + 4, LATEST_SCHEMA_VERSION + 3, LATEST_SCHEMA_VERSION + 2]);
    for (const b of backups) {
      expect(b.name).toMatch(/^punchlist\.\d{8}T\d{9}Z\.v\d+\.pre-migration\.sqlite$/);
      expect(Date.parse(b.createdAt)).not.toBeNaN();
      expect(b.bytes).toBeGreaterThan(0);
    }
  });

  it('a fresh database gets none', () => {
    const dir = join(tmp.dir, 'fresh');
    const path = join(dir, 'punchlist.sqlite');
    openDatabase(path).close();
    expect(listBackups(path)).toEqual([]);
  });
});

describe('user backups (online backup API)', () => {
  it('backup, change, restore: the database is as it was at the backup, and the open core sees it', async () => {
    const path = copyOfReference();
    const core = openCore({ dbPath: path });
    const before = logicalDumpOf(path);
    const b = await createBackup(path, 'manual');
    expect(b.reason).toBe('manual');
    expect(b.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(logicalDumpOf(b.file)).toEqual(before);
    expect(checkBackupFile(b.file, LATEST_SCHEMA_VERSION)).toBe(LATEST_SCHEMA_VERSION);

    const ids = ok(await core.call('findings.list', { projectId: 1 })).map((c) => c.id);
    ok(await core.call('findings.update', { ids, patch: { status: 'fixed' } }));
    expect(logicalDumpOf(path)).not.toEqual(before);

    await restoreBackup(path, b.file);
    expect(logicalDumpOf(path)).toEqual(before);
    // the core's open connection reads the restored content and keeps working
    const after = ok(await core.call('findings.list', { projectId: 1 }));
    expect(after.filter((c) => c.status === 'fixed').length).toBeLessThan(ids.length);
    ok(await core.call('findings.update', { ids: [ids[0]], patch: { notes: 'after restore' } }));
    core.close();
    const raw = new BetterSqlite3(path, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
  });

  it('refuses files that are not Punchlist databases, damaged or newer', () => {
    const dir = join(tmp.dir, 'bad-backups');
    mkdirSync(dir);
    const text = join(dir, 'notes.sqlite');
    writeFileSync(text, 'not a database at all, just some text that is long enough to look like a header....');
    expect(() => checkBackupFile(text, LATEST_SCHEMA_VERSION)).toThrow(/not a readable SQLite database/);
    const other = join(dir, 'other.sqlite');
    const o = new BetterSqlite3(other);
    o.exec('CREATE TABLE t (x)');
    o.close();
    expect(() => checkBackupFile(other, LATEST_SCHEMA_VERSION)).toThrow(/not a Punchlist database/);
    const newer = join(dir, 'newer.sqlite');
    copyFileSync(reference, newer);
    const w = new BetterSqlite3(newer);
    w.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
    w.close();
    expect(() => checkBackupFile(newer, LATEST_SCHEMA_VERSION)).toThrow(/made by a newer Punchlist/);
    expect(() => checkBackupFile('relative.sqlite', LATEST_SCHEMA_VERSION)).toThrow(/absolute path/);
  });
});
