// Issue 16, "every write through a repository": the core builds no INSERT, UPDATE or DELETE of its
// own (they live in db/repositories/), and the prepared by-id UPDATE the repositories give bulk
// edits (db/prepared-insert.ts preparedUpdateById: declared columns, no sentinel patched into a
// parameter array) writes what it is given to the row it is given, on a real SQLite file.
import BetterSqlite3 from 'better-sqlite3';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db';
import { findingRepository } from '../../db/repositories/finding-repository';
import { generateSarif } from '../ingest/gen-sarif';
import { openCore } from '../../core/service';
import { ok } from '../service/helpers';
import { tempDir } from './helpers';

const ROOT = join(import.meta.dirname, '..', '..');

/** every .ts / .tsx file under `dir` */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const RAW_WRITE = /\.\s*(insertInto|updateTable|deleteFrom)\s*\(/g;

describe('writes of core/', () => {
  it('go through db/repositories: no raw insertInto / updateTable / deleteFrom', () => {
    const files = sources(join(ROOT, 'core'));
    // the scan reads the core's sources (ingest, service, team...), not an empty folder
    expect(files.map((f) => relative(ROOT, f).split('\\').join('/'))).toEqual(expect.arrayContaining(['core/ingest/store.ts', 'core/ingest/reingest.ts', 'core/team/sync.ts']));
    const found: Record<string, number> = {};
    for (const file of files) {
      const n = [...readFileSync(file, 'utf8').matchAll(RAW_WRITE)].length;
      if (n) found[relative(ROOT, file).split('\\').join('/')] = n;
    }
    expect(found).toEqual({});
  });

  it('the scan sees a raw write when there is one (the pattern is not blind)', () => {
    const line = "ctx.runner.run(ctx.db\n  .updateTable('findings').set({ status: 'open' }).where('id', '=', 1));";
    expect([...line.matchAll(RAW_WRITE)].map((m) => m[1])).toEqual(['updateTable']);
    expect([...'db.insertInto(t); db.deleteFrom (t)'.matchAll(RAW_WRITE)].map((m) => m[1])).toEqual(['insertInto', 'deleteFrom']);
  });
});

describe('findingRepository.updater (one prepared UPDATE by id, declared columns)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let dbPath: string;
  beforeAll(async () => {
    tmp = tempDir();
    dbPath = join(tmp.dir, 'updater.sqlite');
    const log = join(tmp.dir, 'small.sarif');
    writeFileSync(log, generateSarif(5, 3));
    const core = openCore({ dbPath, actor: 'test' });
    const projectId = ok(await core.call('projects.list', {}))[0].id;
    for (const r of ok(await core.call('ingest.paths', { projectId, paths: [log] }))) if (!r.ok) throw new Error(r.error);
    core.close();
  });
  afterAll(() => tmp?.cleanup());

  type Row = { id: number; severity: string; title: string; notes: string | null; blocks_deployment: number; updated_at: string; version: number };
  const rows = (): Row[] => {
    const raw = new BetterSqlite3(dbPath, { readonly: true });
    try {
      return raw.prepare('SELECT id, severity, title, notes, blocks_deployment, updated_at, version FROM findings ORDER BY id').all() as Row[];
    } finally {
      raw.close();
    }
  };

  it('sets the declared columns of the row of each id, moves its version on, leaves the others', () => {
    const before = rows();
    expect(before.length).toBe(5);
    const [a, b] = [before[1], before[3]];
    const d = openDatabase(dbPath);
    try {
      d.runner.tx(() => {
        const update = findingRepository(d.db).updater(d.runner, ['notes', 'blocks_deployment', 'updated_at'], { severity: 'low' });
        expect(update.run(['first note', true, '2030-01-01T00:00:00.000Z'], a.id).changes).toBe(1);
        expect(update.run([null, false, '2030-01-02T00:00:00.000Z'], b.id).changes).toBe(1);
        expect(update.run(['nobody', true, '2030-01-03T00:00:00.000Z'], 999_999).changes).toBe(0);
      });
    } finally {
      d.close();
    }
    const after = rows();
    const expected = before.map((r) =>
      r.id === a.id
        ? { ...r, notes: 'first note', blocks_deployment: 1, updated_at: '2030-01-01T00:00:00.000Z', severity: 'low', version: r.version + 1 }
        : r.id === b.id
          ? { ...r, notes: null, blocks_deployment: 0, updated_at: '2030-01-02T00:00:00.000Z', severity: 'low', version: r.version + 1 }
          : r,
    );
    expect(after).toEqual(expected);
  });
});
