import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestBytes } from '../../core/ingest/reingest';
import { fingerprint, normalizePath } from '../../core/ingest/fingerprint';
import type { CoreContext } from '../../core/service';
import { openDatabase } from '../../db';
import { ftsDeleteReport } from '../../db/fts';
import type { ParsedFinding, ParsedReport } from '../../shared/types';
import { dumpTables, tempDir } from '../db/helpers';

let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.cleanup());

function finding(i: number, extra: Partial<ParsedFinding> = {}): ParsedFinding {
  return {
    ref: `F-${i}`,
    title: `Finding ${i}`,
    severity: i % 2 ? 'high' : 'low',
    severityText: null,
    status: 'open',
    phase: null,
    category: null,
    locations: [{ path: `src/mod${i}.ts`, startLine: i }],
    blocksDeployment: null,
    dependsOn: [],
    effort: null,
    body: `body of finding ${i}`,
    ...extra,
  };
}

function report(findings: ParsedFinding[], extra: Partial<ParsedReport['report']> = {}): ParsedReport {
  return {
    report: { title: 'T', date: null, format: 'markdown', repairs: [], claims: null, ...extra },
    findings,
    checklists: [{ title: 'Gate', gate: true, items: [{ text: 'F-1 fixed', checked: false }] }],
    fixOrder: [{ title: 'Step 1', effort: null, items: [{ text: 'do F-2', done: false, refs: ['F-2'] }] }],
  };
}

function context(path: string) {
  const d = openDatabase(path);
  const now = () => '2026-01-01T00:00:00.000Z';
  const ctx: CoreContext = { db: d.db, runner: d.runner, dbPath: path, schemaVersion: d.schemaVersion, actor: 't', now };
  const projectId = Number(d.sqlite.prepare(`INSERT INTO projects (name, created_at) VALUES ('P', 'now')`).run().lastInsertRowid);
  return { d, ctx, projectId };
}

describe('ingest store', () => {
  it('stores findings, locations, dependencies, checklists, fix order and spreads group effort', () => {
    tmp = tempDir();
    const { d, ctx, projectId } = context(join(tmp.dir, 's.sqlite'));
    const parsed = report(
      [
        finding(1),
        finding(2, { dependsOn: ['F-1', 'F-404'] }),
        finding(3, { effort: { minHours: 1, maxHours: 2, text: '1-2 hours' } }),
        finding(5),
      ],
      { effortBySeverity: { high: { minHours: 8, maxHours: 12, text: 'P1 bugs: 8-12 hours' } } },
    );
    const r = ingestBytes(ctx, projectId, 'mem.md', new Uint8Array([1, 2, 3]), () => parsed);
    expect(r).toMatchObject({ ok: true, added: 4, alreadyPresent: false });
    const rows = d.sqlite.prepare('SELECT ref, effort_min_hours, effort_max_hours, effort_source FROM findings ORDER BY id').all();
    expect(rows).toEqual([
      { ref: 'F-1', effort_min_hours: 4, effort_max_hours: 6, effort_source: 'severity-group' },
      { ref: 'F-2', effort_min_hours: null, effort_max_hours: null, effort_source: null },
      { ref: 'F-3', effort_min_hours: 1, effort_max_hours: 2, effort_source: 'report' },
      { ref: 'F-5', effort_min_hours: 4, effort_max_hours: 6, effort_source: 'severity-group' },
    ]);
    expect(d.sqlite.prepare('SELECT count(*) AS n FROM locations').get()).toEqual({ n: 4 });
    expect(d.sqlite.prepare('SELECT count(*) AS n FROM finding_dependencies').get()).toEqual({ n: 1 });
    expect(d.sqlite.prepare('SELECT count(*) AS n FROM checklist_item_findings').get()).toEqual({ n: 1 });
    expect(d.sqlite.prepare('SELECT refs FROM fix_order_items').get()).toEqual({ refs: '["F-2"]' });
    expect(d.sqlite.prepare(`SELECT count(*) AS n FROM findings_fts WHERE findings_fts MATCH '"mod3"*'`).get()).toEqual({ n: 1 });
    // same bytes again: nothing added
    const before = dumpTables(d.sqlite);
    expect(ingestBytes(ctx, projectId, 'again.md', new Uint8Array([1, 2, 3]), () => parsed)).toMatchObject({
      ok: true,
      added: 0,
      alreadyPresent: true,
    });
    expect(dumpTables(d.sqlite)).toEqual(before);
    // the contentless index can drop a report's rows again (for a later reports.delete)
    ftsDeleteReport(d.runner, r.ok ? r.reportId : -1);
    expect(d.sqlite.prepare(`SELECT count(*) AS n FROM findings_fts WHERE findings_fts MATCH '"finding"*'`).get()).toEqual({ n: 0 });
    d.close();
  });

  it('writes many findings with several locations each through the batched inserts', () => {
    tmp = tempDir();
    const { d, ctx, projectId } = context(join(tmp.dir, 'many.sqlite'));
    const many = Array.from({ length: 103 }, (_, i) =>
      finding(i, { locations: Array.from({ length: (i % 4) + 1 }, (_, j) => ({ path: `./src\\d${i}\\f${j}.ts`, startLine: j + 1 })) }),
    );
    ingestBytes(ctx, projectId, 'first.md', new Uint8Array([7]), () => report([finding(1000)]));
    const r = ingestBytes(ctx, projectId, 'many.md', new Uint8Array([8]), () => report(many), { asNew: true });
    expect(r).toMatchObject({ ok: true, added: 103 });
    const rows = d.sqlite
      .prepare(
        `SELECT f.ref, count(l.id) AS n, min(l.ordinal) AS lo, max(l.ordinal) AS hi, min(p.path) AS p
         FROM findings f JOIN locations l ON l.finding_id = f.id JOIN paths p ON p.id = l.path_id WHERE f.report_id = 2 GROUP BY f.id ORDER BY f.id`,
      )
      .all() as Array<{ ref: string; n: number; lo: number; hi: number; p: string }>;
    expect(rows).toHaveLength(103);
    rows.forEach((row, i) => {
      expect(row).toEqual({ ref: `F-${i}`, n: (i % 4) + 1, lo: 0, hi: i % 4, p: `src/d${i}/f0.ts` });
    });
    expect(d.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(d.sqlite.pragma('defer_foreign_keys', { simple: true })).toBe(0);
    d.close();
  });

  it('leaves nothing behind when a row fails midway', () => {
    tmp = tempDir();
    const { d, ctx, projectId } = context(join(tmp.dir, 'm.sqlite'));
    ingestBytes(ctx, projectId, 'first.md', new Uint8Array([9]), () => report([finding(1), finding(2)]));
    const before = dumpTables(d.sqlite);
    const bad = report([...Array.from({ length: 40 }, (_, i) => finding(i + 1)), finding(41, { status: 'bogus' as never }), finding(42)]);
    const r = ingestBytes(ctx, projectId, 'second.md', new Uint8Array([10]), () => bad, { asNew: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('second.md');
    expect(dumpTables(d.sqlite)).toEqual(before);
    d.close();
  });

  // issue 17: a report larger than the database is stored with its indexes built once after the rows
  it('a large report into a smaller database: the same rows, indexes and search; a failure leaves the schema as it was', () => {
    tmp = tempDir();
    const { d, ctx, projectId } = context(join(tmp.dir, 'bulk.sqlite'));
    ingestBytes(ctx, projectId, 'first.md', new Uint8Array([1]), () => report([finding(1), finding(2)]));
    const schema = () => d.sqlite.prepare(`SELECT type, name, sql FROM sqlite_schema ORDER BY name`).all();
    const before = schema();
    const beforeRows = dumpTables(d.sqlite);
    const N = 6_000;
    const many = Array.from({ length: N }, (_, i) => finding(i + 10, { title: `Bulk finding ${i + 10}`, locations: [{ path: `src/bulk${i % 7}.ts`, startLine: i }, { path: 'lib/shared.ts' }] }));
    // a failure in the last part: nothing of it stays, the dropped indexes included
    const bad = report([...many.slice(0, N - 1), finding(99_999, { status: 'bogus' as never })]);
    expect(ingestBytes(ctx, projectId, 'bad.md', new Uint8Array([2]), () => bad, { asNew: true }).ok).toBe(false);
    expect(schema()).toEqual(before);
    expect(dumpTables(d.sqlite)).toEqual(beforeRows);
    // the full report: every index is back, the rows are complete and searchable
    const good = ingestBytes(ctx, projectId, 'bulk.md', new Uint8Array([3]), () => report(many), { asNew: true });
    expect(good, JSON.stringify(good)).toMatchObject({ ok: true, added: N });
    expect(schema()).toEqual(before);
    expect(d.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(d.sqlite.prepare(`SELECT count(*) AS n FROM locations l JOIN paths p ON p.id = l.path_id WHERE p.path = 'lib/shared.ts'`).get()).toEqual({ n: N });
    const hits = d.sqlite.prepare(`SELECT rowid FROM findings_fts WHERE findings_fts MATCH '"bulk3"*' ORDER BY rowid`).all() as { rowid: number }[];
    expect(hits.length).toBe(Math.ceil((N - 3) / 7));
    const viaIndex = d.sqlite.prepare(`SELECT count(*) AS n FROM findings INDEXED BY findings_project_fingerprint WHERE project_id = ?`).get(projectId);
    expect(viaIndex).toEqual({ n: N + 2 });
    d.close();
  });

  // issue 6: duplicate_of is set only by a user merge (duplicates.merge); a newer version of a
  // report goes through re-ingest (tests/reingest), duplicates across reports are suggested
  it('does not mark findings of a later report as duplicates on its own', () => {
    tmp = tempDir();
    const { d, ctx, projectId } = context(join(tmp.dir, 'dup.sqlite'));
    ingestBytes(ctx, projectId, 'v1.md', new Uint8Array([1]), () => report([finding(1), finding(2)]));
    // same title: a newer version by default (issue 19); added here as a report of its own
    ingestBytes(ctx, projectId, 'v2.md', new Uint8Array([2]), () => report([finding(2), finding(3)]), { asNew: true });
    const rows = d.sqlite.prepare('SELECT id, ref, report_id, duplicate_of FROM findings ORDER BY id').all();
    expect(rows).toEqual([
      { id: 1, ref: 'F-1', report_id: 1, duplicate_of: null },
      { id: 2, ref: 'F-2', report_id: 1, duplicate_of: null },
      { id: 3, ref: 'F-2', report_id: 2, duplicate_of: null },
      { id: 4, ref: 'F-3', report_id: 2, duplicate_of: null },
    ]);
    d.close();
  });

  it('turns a parse error into a value naming the file', () => {
    tmp = tempDir();
    const { d, ctx, projectId } = context(join(tmp.dir, 'p.sqlite'));
    const r = ingestBytes(ctx, projectId, 'broken.sarif', new TextEncoder().encode('{"version": "2.1.0", "runs": ['), undefined);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain('broken.sarif');
      expect(r.error).not.toMatch(/\n/);
    }
    d.close();
  });
});

describe('fingerprint', () => {
  it('normalizes paths', () => {
    expect(normalizePath('file:///src\\a.ts')).toBe('src/a.ts');
    expect(normalizePath('./src/a.ts')).toBe('src/a.ts');
    expect(normalizePath('/src/a.ts')).toBe('src/a.ts');
  });

  it('uses partial fingerprints in stable key order, else rule + path + message', () => {
    const a = finding(1, { ref: null, fingerprints: { b: '2', a: '1' }, ruleId: 'R' });
    const b = finding(1, { ref: null, fingerprints: { a: '1', b: '2' }, ruleId: 'R', title: 'other' });
    expect(fingerprint('sarif', a)).toBe(fingerprint('sarif', b));
    const c = finding(1, { ref: null, ruleId: 'R', locations: [{ path: './src\\x.ts' }], title: 'Msg  here' });
    const e = finding(1, { ref: null, ruleId: 'R', locations: [{ path: 'src/x.ts' }], title: 'msg here' });
    expect(fingerprint('sarif', c)).toBe(fingerprint('sarif', e));
    expect(fingerprint('sarif', c)).not.toBe(fingerprint('sarif', { ...e, ruleId: 'S' }));
    expect(fingerprint('markdown', finding(1))).toBe(fingerprint('markdown', finding(1, { title: 'renamed' })));
    expect(fingerprint('markdown', finding(1))).toMatch(/^[0-9a-f]{16}$/);
  });
});
