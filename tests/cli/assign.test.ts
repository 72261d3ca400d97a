// `punchlist assign`, `due`, `sla`, and `list` / `export` / `import` with assignees and due dates
// (issue 18), as a user runs them, on seeds 000 (ten open findings: 6 critical, 3 high, 1 medium)
// and 004 (five critical findings, all fixed or verified). Expected findings come from the goldens;
// expected due dates from the first-seen time stored in the file (plain SQL) plus the SLA days.
import BetterSqlite3 from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingCard } from '../../shared/api';
import { tempDir } from '../db/helpers';
import { readCsv } from '../export/csv';
import { readGolden, SEEDS_DIR, titleKey } from '../goldens';
import { cli } from './helpers';

const OPEN = readGolden('000_fc571ca0a1401530');
const CLOSED = readGolden('004_d545436be19f6c08');
const severityOf = new Map([...OPEN.findings, ...CLOSED.findings].map((f) => [titleKey(f.title), f.severity]));
const closedTitles = new Set(CLOSED.findings.map((f) => titleKey(f.title)));

let tmp: ReturnType<typeof tempDir>;
let db: string;
const run = (...args: string[]) => cli([...args, '--db', db]);
const list = (...args: string[]) => {
  const r = run('list', '--json', '--project', 'Seeds', ...args);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as FindingCard[];
};
/** the day `iso` falls on (UTC) plus `days`, as YYYY-MM-DD */
const plusDays = (iso: string, days: number) => {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

beforeAll(() => {
  tmp = tempDir('punchlist-cli-assign-');
  db = join(tmp.dir, 'assign.sqlite');
  const r = cli(['ingest', join(SEEDS_DIR, OPEN.source), join(SEEDS_DIR, CLOSED.source), '--db', db, '--project', 'Seeds']);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('punchlist assign, due, sla', () => {
  let ids: { maria: number[]; mine: number; byHand: number };

  it('sets the SLA per severity and prints it', () => {
    expect(run('sla', '--project', 'Seeds').stdout.trim()).toBe('Seeds: no SLA: findings have no due dates');
    const r = run('sla', '--project', 'Seeds', '--critical', '7', '--high', '30', '--low', '90');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('Seeds: critical 7 days, high 30 days, low 90 days');
    expect(run('sla', '--project', 'Seeds', '--clear', 'low').stdout.trim()).toBe('Seeds: critical 7 days, high 30 days');
    const bad = run('sla', '--project', 'Seeds', '--critical', 'soon');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--critical must be a number of days/);
  });

  it('assigns to a name and to me, and lists by assignee, unassigned and me', () => {
    const cards = list();
    expect(cards).toHaveLength(OPEN.findings.length + CLOSED.findings.length);
    const open = cards.filter((c) => !closedTitles.has(titleKey(c.title)));
    ids = { maria: [open[0].id, open[1].id], mine: open[2].id, byHand: open[3].id };
    const r = run('assign', `${ids.maria[0]},${ids.maria[1]}`, 'Maria  Lopez');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`#${ids.maria[0]} ${open[0].title}: Maria Lopez, due `);
    expect(run('assign', String(ids.mine), '--me').code).toBe(0);
    expect(list('--assignee', 'Maria Lopez').map((c) => c.id)).toEqual(ids.maria);
    // offline, "me" is the CLI's name unless the project names one
    expect(list('--assignee', 'me').map((c) => [c.id, c.assignee])).toEqual([[ids.mine, 'cli']]);
    expect(list('--assignee', 'unassigned')).toHaveLength(cards.length - 3);
    const table = run('list', '--project', 'Seeds', '--assignee', 'Maria Lopez');
    expect(table.stdout.split('\n').filter((l) => l.includes('@Maria Lopez'))).toHaveLength(2);
    expect(run('assign', '12x', 'Someone').code).toBe(2);
  });

  it('gives due dates from the SLA, counted from the day each finding was first ingested', () => {
    const sqlite = new BetterSqlite3(db, { readonly: true });
    const firstSeen = new Map((sqlite.prepare('SELECT id, created_at FROM findings').all() as Array<{ id: number; created_at: string }>).map((r) => [r.id, r.created_at]));
    sqlite.close();
    for (const c of list()) {
      const severity = severityOf.get(titleKey(c.title));
      const days = severity === 'critical' ? 7 : severity === 'high' ? 30 : null;
      expect([c.title, c.dueAt, c.overdue]).toEqual([c.title, days === null ? null : plusDays(firstSeen.get(c.id)!, days), false]);
    }
  });

  it('keeps a due date set by hand and marks it overdue', () => {
    const r = run('due', String(ids.byHand), '2020-01-31');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/due 2020-01-31 \(set by hand\) OVERDUE/);
    expect(list('--overdue').map((c) => [c.id, c.dueAt, c.dueManual])).toEqual([[ids.byHand, '2020-01-31', true]]);
    expect(run('list', '--project', 'Seeds', '--overdue').stdout).toMatch(/due 2020-01-31 OVERDUE/);
    expect(run('due', String(ids.byHand), '2020-02-30').code).toBe(2);
  });

  it('exports assignee and due date to CSV and JSON, and a JSON re-import keeps them and the SLA', () => {
    const csv = run('export', '--format', 'csv', '--project', 'Seeds');
    expect(csv.code, csv.stderr).toBe(0);
    const [head, ...rows] = readCsv(csv.stdout, { stripBom: true });
    const col = (name: string) => head.indexOf(name);
    expect(col('assignee')).toBeGreaterThan(0);
    const byId = new Map(rows.map((r) => [Number(r[col('id')]), r]));
    const before = list();
    for (const c of before) {
      const row = byId.get(c.id)!;
      expect([row[col('assignee')], row[col('due_date')], row[col('due_by')]]).toEqual([c.assignee ?? '', c.dueAt ?? '', c.dueAt ? (c.dueManual ? 'hand' : 'sla') : '']);
    }
    expect(byId.get(ids.byHand)![col('due_by')]).toBe('hand');
    expect(byId.get(ids.maria[0])![col('assignee')]).toBe('Maria Lopez');

    const file = join(tmp.dir, 'seeds.json');
    expect(run('export', '--format', 'json', '--project', 'Seeds', '--out', file).code).toBe(0);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { snapshot: { sla: unknown; findings: Array<{ title: string; assignee: string | null }> } };
    expect(doc.snapshot.sla).toEqual({ critical: 7, high: 30 });
    expect(doc.snapshot.findings.filter((f) => f.assignee === 'Maria Lopez')).toHaveLength(2);
    const imp = run('import', file);
    expect(imp.code, imp.stderr).toBe(0);
    const name = /project "([^"]+)"/.exec(imp.stdout)?.[1];
    expect(name).toBeDefined();
    const again = cli(['list', '--json', '--project', name!, '--db', db]);
    const shape = (cs: FindingCard[]) => cs.map((c) => ({ title: c.title, assignee: c.assignee, dueAt: c.dueAt, dueManual: c.dueManual, overdue: c.overdue })).sort((a, b) => a.title.localeCompare(b.title));
    expect(shape(JSON.parse(again.stdout) as FindingCard[])).toEqual(shape(before));
    expect(cli(['sla', '--project', name!, '--json', '--db', db]).stdout.trim()).toBe('{"critical":7,"high":30}');
  });

  it('hands a due date set by hand back to the SLA', () => {
    const r = run('due', String(ids.byHand), '--sla');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/set by hand|OVERDUE/);
    expect(list('--overdue')).toEqual([]);
  });
});
