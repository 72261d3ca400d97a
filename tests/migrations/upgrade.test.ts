// Upgrades from every earlier schema version in the static migration list, with data in the file:
// every row and column survives, the migrations' own data steps (FTS rebuild) work on real rows,
// a backup of the old file is written first, and the app works on the upgraded file.
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../core/service';
import { openDatabase } from '../../db';
import { listBackups } from '../../db/backup';
import { LATEST_SCHEMA_VERSION, migrations } from '../../db/migrations';
import { tempDir } from '../db/helpers';
import { ok } from '../service/helpers';
import { buildAtVersion, buildReference, columnsOf, dataTables, logicalDumpOf, rowsOf } from './helpers';

let tmp: ReturnType<typeof tempDir>;
let reference: string;
/** search words and how many findings of project 1 the reference finds for each */
const SEARCHES = ['redis', 'scheduler', 'injection', 'password'];
const expectedHits = new Map<string, number>();
/** every finding's body and locations as the reference shows them (findings.get), by id */
const expectedBodies = new Map<number, { body: string; locations: unknown }>();

async function bodiesOf(core: ReturnType<typeof openCore>): Promise<Map<number, { body: string; locations: unknown }>> {
  const out = new Map<number, { body: string; locations: unknown }>();
  for (const projectId of [1, 2]) {
    for (const c of ok(await core.call('findings.list', { projectId }))) {
      const { body, locations } = ok(await core.call('findings.get', { id: c.id }));
      out.set(c.id, { body, locations });
    }
  }
  return out;
}

beforeAll(async () => {
  tmp = tempDir('punchlist-migrations-');
  reference = join(tmp.dir, 'reference.sqlite');
  await buildReference(reference);
  const core = openCore({ dbPath: reference });
  for (const text of SEARCHES) expectedHits.set(text, ok(await core.call('findings.list', { projectId: 1, text })).length);
  for (const [id, body] of await bodiesOf(core)) expectedBodies.set(id, body);
  core.close();
});
afterAll(() => tmp?.cleanup());

const earlier = migrations.map((m) => m.version).filter((v) => v < LATEST_SCHEMA_VERSION);
const summary = { versions: 0, rows: 0, lost: 0 };

describe('upgrading from every earlier schema version', () => {
  it('the reference holds data in every table the app fills (so the copies below are not empty)', () => {
    const dump = logicalDumpOf(reference);
    for (const t of ['projects', 'reports', 'findings', 'locations', 'finding_dependencies', 'checklists', 'checklist_items', 'events', 'settings']) {
      expect(dump[t]?.rows.length, t).toBeGreaterThan(0);
    }
    expect([...expectedHits.values()].some((n) => n > 0)).toBe(true);
    // some bodies are stored as own text + a rule text (migration 12), so older versions get them whole
    const db = new BetterSqlite3(reference, { readonly: true });
    const split = db.prepare('SELECT count(*) AS n FROM findings WHERE rule_text_id IS NOT NULL').get() as { n: number };
    db.close();
    expect(split.n).toBeGreaterThan(0);
  });

  it.each(earlier)('from version %i: rows intact, schema at the latest, backup written, search and edits work', async (k) => {
    const path = join(tmp.dir, `v${k}`, 'punchlist.sqlite');
    mkdirSync(join(tmp.dir, `v${k}`));
    buildAtVersion(path, reference, k);
    const before = logicalDumpOf(path);
    expect(before.findings.rows.length).toBeGreaterThan(0);

    const d = openDatabase(path);
    expect(d.applied).toEqual(migrations.filter((m) => m.version > k).map((m) => m.version));
    expect(d.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(d.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(d.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(d.sqlite.pragma('foreign_key_check')).toEqual([]);
    // every row, in every column it had, is still there
    let rows = 0;
    for (const [t, { columns, rows: old }] of Object.entries(before)) {
      expect(dataTables(d.sqlite), `table ${t} still exists`).toContain(t);
      const now = columnsOf(d.sqlite, t);
      for (const c of columns) expect(now, `${t}.${c} still exists`).toContain(c);
      const after = rowsOf(d.sqlite, t, columns);
      const present = new Set(after.map((r) => JSON.stringify(r)));
      summary.lost += old.filter((r) => !present.has(JSON.stringify(r))).length;
      expect(after, `rows of ${t}`).toEqual(old);
      rows += old.length;
    }
    // the new columns are there for every row (defaults), and the schema matches a fresh database
    const fresh = openDatabase(join(tmp.dir, `v${k}`, 'fresh.sqlite'));
    for (const t of dataTables(fresh.sqlite)) expect(columnsOf(d.sqlite, t), `columns of ${t}`).toEqual(columnsOf(fresh.sqlite, t));
    const objects = (db: BetterSqlite3.Database) =>
      (db.prepare(`SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`).all() as object[]);
    expect(objects(d.sqlite)).toEqual(objects(fresh.sqlite));
    fresh.close();
    d.close();

    // the backup taken before migrating is the old file, logically identical
    const backups = listBackups(path);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ reason: 'pre-migration', schemaVersion: k });
    expect(logicalDumpOf(backups[0].file)).toEqual(before);

    // the app works on the upgraded file: search (FTS rebuilt by the migrations), edits, undo
    const core = openCore({ dbPath: path });
    for (const text of SEARCHES) {
      expect(ok(await core.call('findings.list', { projectId: 1, text })).length, `search "${text}"`).toBe(expectedHits.get(text));
    }
    // every finding shows the body and locations it showed in the reference (whole bodies and paths
    // in the rows before version 12)
    expect(await bodiesOf(core)).toEqual(expectedBodies);
    const first = ok(await core.call('findings.list', { projectId: 1 }))[0];
    ok(await core.call('findings.update', { ids: [first.id], patch: { status: 'verified' }, reason: 'after upgrade' }));
    expect(ok(await core.call('findings.get', { id: first.id })).status).toBe('verified');
    expect(ok(await core.call('history.undo', { projectId: 1 })).undone).toBe(1);
    expect(ok(await core.call('findings.get', { id: first.id })).status).toBe(first.status);
    // issue 18 (migration 013): assignment and due dates work on the upgraded file
    ok(await core.call('findings.assign', { ids: [first.id], assignee: 'Lee Park' }));
    expect(ok(await core.call('findings.list', { projectId: 1, assignee: ['Lee Park'] })).map((c) => c.id)).toEqual([first.id]);
    ok(await core.call('findings.update', { ids: [first.id], patch: { dueAt: '2026-01-31' } }));
    expect(ok(await core.call('findings.get', { id: first.id }))).toMatchObject({ assignee: 'Lee Park', dueAt: '2026-01-31', dueManual: true });
    core.close();
    summary.versions++;
    summary.rows += rows;
  });

  it('reopening an up-to-date database writes no backup', () => {
    const path = join(tmp.dir, 'current.sqlite');
    copyFileSync(reference, path);
    openDatabase(path).close();
    expect(existsSync(join(tmp.dir, 'backups')) ? readdirSync(join(tmp.dir, 'backups')).filter((n) => n.startsWith('current.')) : []).toEqual([]);
  });

  afterAll(() => {
    console.log(
      `migrations: upgraded from ${summary.versions} of ${earlier.length} earlier schema versions (latest ${LATEST_SCHEMA_VERSION}) with ${summary.rows} rows, ${summary.lost} rows lost`,
    );
  });
});
