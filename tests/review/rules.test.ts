// Issue 15, step 1: corrections kept as rules, applied in the one ingest path. Real SQLite files, the
// real fixture reports of tests/fixtures/review (a RAG-rated walkthrough the extractor reads no
// finding in); expected values are read from the fixture files themselves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { explainReportBytes } from '../../core/ingest/index';
import { ingestBytes } from '../../core/ingest/reingest';
import { insertRule, projectRules, reportText } from '../../core/ingest/rule-store';
import { applyRules } from '../../core/ingest/rules';
import { reviewOf } from '../../core/service/corrections';
import type { CoreContext } from '../../core/service';
import { openDatabase } from '../../db';
import { familyKeys } from '../../shared/report-family';
import type { RuleSpec } from '../../shared/rules';
import { tempDir } from '../db/helpers';
import { fixtureItems } from './fixture-items';

const DIR = join(__dirname, '..', 'fixtures', 'review');
const V1 = join(DIR, 'walkthrough-v1.md');
const V2 = join(DIR, 'walkthrough-v2.md');
const HEADING = 'walkthrough items';

/** the numbered items of a fixture, as written: [rating word, text] */
const items = (path: string): Array<[string, string]> => fixtureItems(path).map((x) => [x.word, x.title]);

let tmp: ReturnType<typeof tempDir> | undefined;
let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  tmp?.cleanup();
  tmp = close = undefined;
});

function context(): { ctx: CoreContext; projectId: number } {
  tmp = tempDir();
  const path = join(tmp.dir, 'r.sqlite');
  const d = openDatabase(path);
  close = d.close;
  let t = 0;
  const ctx: CoreContext = { db: d.db, runner: d.runner, dbPath: path, schemaVersion: d.schemaVersion, actor: 't', now: () => new Date(Date.UTC(2026, 2, 1, 0, 0, t++)).toISOString() };
  const projectId = d.runner.run(d.db.insertInto('projects').values({ name: 'P', created_at: ctx.now() })).lastId;
  return { ctx, projectId };
}

const takeAll: RuleSpec = { kind: 'take', target: { heading: HEADING, kind: 'item', key: null } };
const map = (word: string, severity: 'critical' | 'medium' | 'low'): RuleSpec => ({ kind: 'severity', word, severity });
const read = (path: string) => new Uint8Array(readFileSync(path));

describe('rules engine (no database)', () => {
  it('the fixture is one the extractor misses entirely', () => {
    const { report, rejected } = explainReportBytes(read(V1), V1);
    expect(items(V1)).toHaveLength(5);
    expect(report.findings).toEqual([]);
    expect(rejected).toEqual([]);
  });

  it('"all items like this one" takes every item of the list; severity words map; a drop removes one', () => {
    const bytes = read(V1);
    const { report, rejected } = explainReportBytes(bytes, V1);
    const rules = [takeAll, map('Red', 'critical'), map('Amber', 'medium'), map('Green', 'low')].map((spec, i) => ({
      id: i + 1, family: null, familyLabel: null, spec, label: `r${i + 1}`, enabled: true, createdAt: '',
    }));
    const out = applyRules(reportText(bytes, V1), report, rejected, rules);
    const want = items(V1);
    expect(out.report.findings.map((f) => f.title)).toEqual(want.map(([, t]) => t));
    const sev = { Red: 'critical', Amber: 'medium', Green: 'low' } as Record<string, string>;
    expect(out.report.findings.map((f) => f.severity)).toEqual(want.map(([w]) => sev[w]));
    expect(out.report.findings.map((f) => f.severityText)).toEqual(want.map(([w]) => w));
    // the item naming checkout.log has it as its location
    expect(out.report.findings.find((f) => f.title.includes('checkout.log'))?.locations[0]?.path).toBe('checkout.log');
    expect(out.applied.map((a) => [a.id, a.count])).toEqual([
      [1, want.length],
      [2, want.filter(([w]) => w === 'Red').length],
      [3, want.filter(([w]) => w === 'Amber').length],
      [4, want.filter(([w]) => w === 'Green').length],
    ]);
    // lines: every finding's source is the line its item is on
    const lines = readFileSync(V1, 'utf8').split('\n');
    for (const f of out.report.findings) expect(lines[f.source!.startLine - 1]).toContain(f.title);

    const drop = { id: 9, family: null, familyLabel: null, spec: { kind: 'drop', target: { heading: HEADING, kind: 'item', key: out.blocks.find((b) => b.text.includes('Green'))!.key } } as RuleSpec, label: 'd', enabled: true, createdAt: '' };
    const dropped = applyRules(reportText(bytes, V1), report, rejected, [...rules, drop]);
    expect(dropped.report.findings.map((f) => f.title)).toEqual(want.filter(([w]) => w !== 'Green').map(([, t]) => t));
    // a rule turned off does nothing
    const off = applyRules(reportText(bytes, V1), report, rejected, rules.map((r) => ({ ...r, enabled: false })));
    expect(off.report.findings).toEqual([]);
    expect(off.applied).toEqual([]);
  });

  it('merge makes one finding of two items; edit sets title, severity, status and location', () => {
    const bytes = read(V1);
    const { report, rejected } = explainReportBytes(bytes, V1);
    const text = reportText(bytes, V1);
    const base = applyRules(text, report, rejected, [{ id: 1, family: null, familyLabel: null, spec: takeAll, label: 't', enabled: true, createdAt: '' }]);
    const [a, b, c] = base.findings.map((e) => e.block!);
    const rules = [
      { id: 1, spec: takeAll },
      { id: 2, spec: { kind: 'merge', targets: [a, b].map((x) => ({ heading: HEADING, kind: 'item', key: x.key })) } as RuleSpec },
      { id: 3, spec: { kind: 'edit', target: { heading: HEADING, kind: 'item', key: c.key }, patch: { title: 'IDOR on refunds', severity: 'high', status: 'in_progress', location: 'api/refund.ts:12' } } as RuleSpec },
    ].map((r) => ({ ...r, family: null, familyLabel: null, label: String(r.id), enabled: true, createdAt: '' }));
    const out = applyRules(text, report, rejected, rules);
    const want = items(V1);
    expect(out.report.findings).toHaveLength(want.length - 1);
    expect(out.report.findings[0].body).toContain(want[1][1]);
    const edited = out.report.findings[1];
    expect([edited.title, edited.severity, edited.status, edited.locations[0]]).toEqual(['IDOR on refunds', 'high', 'in_progress', { path: 'api/refund.ts', startLine: 12 }]);
  });
});

describe('rules in the one ingest path (real SQLite)', () => {
  it('rules of the family apply on import and on the next version, and the summary names them', () => {
    const { ctx, projectId } = context();
    // the family of the report, as the review will store it
    const { report } = explainReportBytes(read(V1), V1);
    const family = familyKeys({ format: 'markdown', tool: null, title: report.report.title, sourcePath: V1 });
    const take = insertRule(ctx, projectId, { spec: takeAll, family, familyLabel: report.report.title });
    insertRule(ctx, projectId, { spec: map('Red', 'critical'), family, familyLabel: report.report.title });
    insertRule(ctx, projectId, { spec: map('amber', 'medium'), family: null, familyLabel: null });
    expect(projectRules(ctx, projectId).map((r) => r.label)).toEqual([`every item under "${HEADING}" is a finding`, '"Red" → critical', '"amber" → medium']);

    const r1 = ingestBytes(ctx, projectId, 'walkthrough-v1.md', read(V1));
    if (!r1.ok) throw new Error(r1.error);
    const want1 = items(V1);
    expect(r1.added).toBe(want1.length);
    expect(r1.summary).toContain(`rules applied: every item under "${HEADING}" is a finding (${want1.length})`);
    expect(r1.summary).toContain(`"Red" → critical (${want1.filter(([w]) => w === 'Red').length})`);
    const rows = () => ctx.runner.all(ctx.db.selectFrom('findings').select(['title', 'severity', 'severity_text']).where('report_id', '=', r1.reportId).orderBy('id'));
    expect(rows().map((r) => r.title)).toEqual(want1.map(([, t]) => t));
    // the text is kept for the review, line for line
    const kept = ctx.runner.first(ctx.db.selectFrom('report_texts').select('text').where('report_id', '=', r1.reportId))!.text;
    expect(kept).toBe(readFileSync(V1, 'utf8'));

    const r2 = ingestBytes(ctx, projectId, 'walkthrough-v2.md', read(V2));
    if (!r2.ok) throw new Error(r2.error);
    const want2 = items(V2);
    expect(r2.action).toBe('updated');
    expect(r2.reportId).toBe(r1.reportId);
    expect(r2.update?.counts.new).toBe(want2.length - want1.length);
    expect(r2.summary).toMatch(/rules applied: .*is a finding \(6\)/);
    expect(r2.rulesApplied?.map((a) => a.count)).toEqual([want2.length, want2.filter(([w]) => w === 'Red').length, want2.filter(([w]) => w === 'Amber').length]);
    const sev = { Red: 'critical', Amber: 'medium', Green: null } as Record<string, string | null>;
    // titles are plain text: the item's code marks are dropped
    expect(rows().map((r) => [r.title, r.severity])).toEqual(want2.map(([w, t]) => [t.replace(/`/g, ''), sev[w]]));
    expect(ctx.runner.first(ctx.db.selectFrom('report_texts').select('text').where('report_id', '=', r1.reportId))!.text).toBe(readFileSync(V2, 'utf8'));

    // turned off, the rule no longer applies: a fresh project-less check through a second report name
    ctx.runner.run(ctx.db.updateTable('rules').set({ enabled: 0 }).where('id', '=', take.id));
    const r3 = ingestBytes(ctx, projectId, 'other-notes.md', new TextEncoder().encode(readFileSync(V1, 'utf8').replace('Checkout walkthrough notes', 'Other notes')));
    if (!r3.ok) throw new Error(r3.error);
    expect(r3.added).toBe(0);
    expect(r3.rulesApplied).toBeUndefined();
  });

  it('a report stored before texts were kept gets its text when its file is imported again', () => {
    const { ctx, projectId } = context();
    const r = ingestBytes(ctx, projectId, 'walkthrough-v1.md', read(V1));
    if (!r.ok) throw new Error(r.error);
    ctx.runner.run(ctx.db.deleteFrom('report_texts')); // as a database migrated from before issue 15 has it
    expect(() => reviewOf(ctx, r.reportId)).toThrow(/import the same file again to keep its text/);
    const again = ingestBytes(ctx, projectId, 'walkthrough-v1.md', read(V1));
    expect(again.ok && again.action).toBe('present');
    expect(reviewOf(ctx, r.reportId).text).toBe(readFileSync(V1, 'utf8'));
  });

  it('a report of another family is left alone', () => {
    const { ctx, projectId } = context();
    insertRule(ctx, projectId, { spec: takeAll, family: ['md\u0000t\u0000some other report'], familyLabel: 'Some other report' });
    const r = ingestBytes(ctx, projectId, 'walkthrough-v1.md', read(V1));
    if (!r.ok) throw new Error(r.error);
    expect(r.added).toBe(0);
    expect(r.summary).not.toContain('rules applied');
  });
});
