import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db';
import { SqliteRunner, sqliteKysely } from '../../db/sqlite';
import { migrate } from '../../db/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../../db/migrations';
import { tempDir } from './helpers';

let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.cleanup());

describe('migrations', () => {
  it('gives a fresh database the schema, WAL, foreign keys and a recorded version', () => {
    tmp = tempDir();
    const path = join(tmp.dir, 'sub', 'fresh.sqlite');
    const d = openDatabase(path);
    expect(d.applied).toEqual(migrations.map((m) => m.version));
    expect(d.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(d.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(d.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(d.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(Number(d.sqlite.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    const tables = (d.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table')`).all() as { name: string }[]).map(
      (t) => t.name,
    );
    for (const t of [
      'projects', 'reports', 'findings', 'locations', 'finding_dependencies', 'checklists', 'checklist_items',
      'checklist_item_findings', 'fix_order_steps', 'fix_order_items', 'events', 'settings', 'schema_migrations', 'findings_fts',
    ]) {
      expect(tables).toContain(t);
    }
    const rows = d.sqlite.prepare('SELECT version, applied_at FROM schema_migrations ORDER BY version').all() as {
      version: number;
      applied_at: string;
    }[];
    expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    expect(rows.every((r) => !Number.isNaN(Date.parse(r.applied_at)))).toBe(true);
    d.close();
  });

  it('runs nothing twice on reopen', () => {
    tmp = tempDir();
    const path = join(tmp.dir, 'again.sqlite');
    openDatabase(path).close();
    const again = openDatabase(path);
    expect(again.applied).toEqual([]);
    expect(again.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(again.sqlite.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: migrations.length });
    again.close();
  });

  it('brings an older database up to date, applying only the missing steps', () => {
    tmp = tempDir();
    const path = join(tmp.dir, 'old.sqlite');
    const raw = new BetterSqlite3(path);
    migrate(sqliteKysely(raw), new SqliteRunner(raw), (v) => raw.pragma(`user_version = ${v}`), migrations.slice(0, 1));
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    raw.close();
    const d = openDatabase(path);
    expect(d.applied).toEqual(migrations.slice(1).map((m) => m.version));
    expect(d.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    d.close();
  });

  it('rolls a failing migration back completely', () => {
    tmp = tempDir();
    const path = join(tmp.dir, 'broken.sqlite');
    const base = openDatabase(path);
    const broken = {
      version: 999,
      name: 'broken',
      up: () => ['CREATE TABLE half_done (x INTEGER)', 'THIS IS NOT SQL'],
    };
    expect(() =>
      migrate(base.db, base.runner, (v) => base.sqlite.pragma(`user_version = ${v}`), [...migrations, broken]),
    ).toThrow();
    expect(base.sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'half_done'`).get()).toBeUndefined();
    expect(base.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    base.close();
  });

  it('enforces foreign keys', () => {
    tmp = tempDir();
    const d = openDatabase(join(tmp.dir, 'fk.sqlite'));
    expect(() =>
      d.sqlite
        .prepare(`INSERT INTO reports (project_id, source_path, sha256, format, ingested_at) VALUES (42, 'x', 'y', 'sarif', 'now')`)
        .run(),
    ).toThrow(/FOREIGN KEY/);
    d.close();
    const raw = new BetterSqlite3(join(tmp.dir, 'fk.sqlite'));
    expect(raw.prepare('SELECT count(*) AS n FROM reports').get()).toEqual({ n: 0 });
    raw.close();
  });
});
