// Issue 9: the figures behind the Insights charts, checked against the database and the CLI; the
// burndown over simulated days with an injected clock; the HTML export's static SVG charts.
import BetterSqlite3 from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core/service';
import { toHtml, HTML_CSP } from '../../core/export';
import { chartSvg } from '../../core/export/charts';
import { allCharts, LIGHT_PALETTE } from '../../shared/insights/charts';
import type { InsightFilter, InsightsFigures } from '../../shared/insights';
import { snapshotFromParsed } from '../../shared/snapshot';
import type { FindingCard } from '../../shared/api';
import { SEVERITIES, STATUSES } from '../../shared/types';
import { cli } from '../cli/helpers';
import { tempDir } from '../db/helpers';
import { coreWithSeeds, ok, parsedSeeds, seedFiles } from '../service/helpers';

let tmp: ReturnType<typeof tempDir>;
let core: Core;
let projectId: number;
let dbPath: string;
let fig: InsightsFigures;

beforeAll(async () => {
  tmp = tempDir('punchlist-insights-');
  dbPath = join(tmp.dir, 'seeds.sqlite');
  ({ core, projectId } = await coreWithSeeds(dbPath));
  fig = ok(await core.call('insights.get', { projectId }));
});
afterAll(() => {
  core?.close();
  tmp.cleanup();
});

const listed = async (filter: InsightFilter): Promise<FindingCard[]> => ok(await core.call('findings.list', { projectId, ...filter }));

describe('insights.get on the five seeds', () => {
  it('severity × status counts equal `punchlist list --json` grouped the same way', () => {
    const r = cli(['list', '--json', '--db', dbPath]);
    expect(r.code, r.stderr).toBe(0);
    const cards = JSON.parse(r.stdout) as Array<{ severity: string | null; status: string }>;
    expect(cards.length).toBeGreaterThan(50);
    const expected = new Map<string, number>();
    for (const c of cards) {
      const k = `${c.severity ?? 'unrated'}|${c.status}`;
      expected.set(k, (expected.get(k) ?? 0) + 1);
    }
    const { severities, statuses, counts } = fig.severityStatus;
    expect(severities).toEqual([...SEVERITIES, 'unrated']);
    expect(statuses).toEqual([...STATUSES]);
    let total = 0;
    severities.forEach((s, i) =>
      statuses.forEach((st, j) => {
        expect(counts[i][j], `${s}/${st}`).toBe(expected.get(`${s}|${st}`) ?? 0);
        total += counts[i][j];
      }),
    );
    expect(total).toBe(cards.length);
    expect(fig.totals.findings).toBe(cards.length);
  });

  it('every non-empty severity × status cell filters the board to exactly its cards', async () => {
    const { severities, statuses, counts } = fig.severityStatus;
    const spec = allCharts(fig, LIGHT_PALETTE).find((c) => c.id === 'severity-status')!;
    for (let i = 0; i < severities.length; i++) {
      for (let j = 0; j < statuses.length; j++) {
        const filter = spec.filterAt(j, i);
        if (counts[i][j] === 0) {
          expect(filter).toBeNull();
          continue;
        }
        const cards = await listed(filter!);
        expect(cards.length, `${severities[i]}/${statuses[j]}`).toBe(counts[i][j]);
        expect(cards.every((c) => (c.severity ?? 'unrated') === severities[i] && c.status === statuses[j])).toBe(true);
      }
    }
  });

  it('phase × severity counts open findings per phase, and each cell filters to them', async () => {
    const sqlite = new BetterSqlite3(dbPath, { readonly: true });
    const rows = sqlite
      .prepare(
        `SELECT phase, COALESCE(severity, 'unrated') AS sev, COUNT(*) AS n FROM findings
         WHERE project_id = ? AND status IN ('open', 'in_progress') GROUP BY phase, sev`,
      )
      .all(projectId) as Array<{ phase: string | null; sev: string; n: number }>;
    sqlite.close();
    const { phases, severities, counts } = fig.phaseSeverity;
    expect(phases.length).toBeGreaterThan(1);
    for (const r of rows) expect(counts[phases.indexOf(r.phase)][severities.indexOf(r.sev as never)], `${r.phase}/${r.sev}`).toBe(r.n);
    expect(counts.flat().reduce((a, b) => a + b, 0)).toBe(rows.reduce((a, r) => a + r.n, 0));
    const spec = allCharts(fig, LIGHT_PALETTE).find((c) => c.id === 'phase-severity')!;
    const cell = (spec.option.series as Array<{ data: Array<[number, number, number]> }>)[0].data.findIndex((d) => d[2] > 0 && phases[d[1]] !== null);
    const [x, y, n] = (spec.option.series as Array<{ data: Array<[number, number, number]> }>)[0].data[cell];
    const cards = await listed(spec.filterAt(0, cell)!);
    expect(cards).toHaveLength(n);
    expect(cards.every((c) => c.phase === phases[y] && (c.severity ?? 'unrated') === severities[x])).toBe(true);
  });

  it('blockers and gate items match the database', async () => {
    const sqlite = new BetterSqlite3(dbPath, { readonly: true });
    const q = (sql: string) => (sqlite.prepare(sql).get(projectId) as { n: number }).n;
    const openBlockers = q(`SELECT COUNT(*) AS n FROM findings WHERE project_id = ? AND blocks_deployment = 1 AND status IN ('open','in_progress')`);
    const allBlockers = q(`SELECT COUNT(*) AS n FROM findings WHERE project_id = ? AND blocks_deployment = 1`);
    const gateItems = q(`SELECT COUNT(*) AS n FROM checklist_items i JOIN checklists c ON c.id = i.checklist_id WHERE c.project_id = ? AND c.gate = 1`);
    sqlite.close();
    expect(fig.gate.blockers).toEqual({ open: openBlockers, done: allBlockers - openBlockers });
    expect(fig.gate.gateItems.open + fig.gate.gateItems.done).toBe(gateItems);
    expect(gateItems).toBeGreaterThan(0);
    expect(await listed({ blocksDeployment: true, status: ['open', 'in_progress'] })).toHaveLength(openBlockers);
  });

  it('hotspots: each path filters the board to exactly its count of open findings, heaviest first', async () => {
    expect(fig.hotspots.length).toBeGreaterThan(3);
    for (let i = 1; i < fig.hotspots.length; i++) expect(fig.hotspots[i - 1].weight).toBeGreaterThanOrEqual(fig.hotspots[i].weight);
    const spec = allCharts(fig, LIGHT_PALETTE).find((c) => c.id === 'hotspots')!;
    for (let i = 0; i < fig.hotspots.length; i++) {
      const h = fig.hotspots[i];
      const cards = await listed(spec.filterAt(0, i)!);
      expect(cards.length, h.path).toBe(h.count);
      expect(h.kind === 'folder' ? h.path.endsWith('/') : !h.path.endsWith('/')).toBe(true);
    }
  });

  it('drift: what each report claims against what it contains (reports.list)', async () => {
    const reports = ok(await core.call('reports.list', { projectId }));
    expect(fig.drift).toHaveLength(seedFiles().length);
    for (const r of reports) {
      const d = fig.drift.find((x) => x.reportId === r.id)!;
      expect(d.found.total).toBe(r.findingCount);
      expect(d.claims).toEqual(r.claims);
      for (const s of SEVERITIES) expect(d.found[s]).toBe(r.found[s] ?? 0);
      if (r.claims?.total != null) expect(d.difference).toBe(r.findingCount - r.claims.total);
    }
    expect(fig.drift.some((d) => d.claims?.total != null)).toBe(true);
  });

  it('validates its input', async () => {
    const r = await core.call('insights.get', { projectId, now: 'yesterday' });
    expect(r.ok).toBe(false);
    const missing = await core.call('insights.get', { projectId: 999 });
    expect(missing.ok ? 'ok' : missing.error.code).toBe('not_found');
  });
});

describe('burndown with an injected clock', () => {
  it('follows status changes made over several simulated days, with effort as a band', async () => {
    let clock = '2026-03-01T09:00:00.000Z';
    const dir = tempDir('punchlist-burndown-');
    const c = openCore({ dbPath: join(dir.dir, 'b.sqlite'), actor: 'test', now: () => clock });
    try {
      const pid = ok(await c.call('projects.list', {}))[0].id;
      const ing = ok(await c.call('ingest.paths', { projectId: pid, paths: [seedFiles()[0]] }));
      expect(ing[0].ok).toBe(true);
      const open = ok(await c.call('findings.list', { projectId: pid, status: ['open', 'in_progress'] }));
      const blockers = open.filter((f) => f.blocksDeployment === true);
      const others = open.filter((f) => f.blocksDeployment !== true);
      expect(others.length).toBeGreaterThanOrEqual(3);
      expect(blockers.length).toBeGreaterThanOrEqual(2);
      const day0 = open.length;
      // day 2: fix three, one of them a blocker; day 3: two more (one blocker); day 4: reopen one, then undo that
      const first = [blockers[0].id, others[0].id, others[1].id];
      clock = '2026-03-02T10:00:00.000Z';
      ok(await c.call('findings.update', { ids: first, patch: { status: 'fixed' } }));
      clock = '2026-03-03T16:30:00.000Z';
      const second = [blockers[1].id, others[2].id];
      ok(await c.call('findings.update', { ids: second, patch: { status: 'wont_fix' }, reason: 'accepted risk' }));
      clock = '2026-03-04T08:00:00.000Z';
      ok(await c.call('findings.update', { ids: [first[1]], patch: { status: 'open' } }));
      clock = '2026-03-04T08:05:00.000Z';
      const mid = ok(await c.call('insights.get', { projectId: pid })).burndown;
      expect(mid.open[mid.open.length - 1]).toBe(day0 - 4);
      // the undo (same day) takes back the reopen, the newest batch
      ok(await c.call('history.undo', { projectId: pid }));
      clock = '2026-03-05T12:00:00.000Z';
      const b = ok(await c.call('insights.get', { projectId: pid })).burndown;
      expect(b.days).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']);
      expect(b.open).toEqual([day0, day0 - 3, day0 - 5, day0 - 5, day0 - 5]);
      const nb = blockers.length;
      expect(b.blockers).toEqual([nb, nb - 1, nb - 2, nb - 2, nb - 2]);
      for (let i = 0; i < b.days.length; i++) expect(b.effortMax[i]).toBeGreaterThanOrEqual(b.effortMin[i]);
      expect(b.effortMin[1]).toBeLessThan(b.effortMin[0]);
      expect(b.byReport).toHaveLength(1);
      expect(b.byReport[0].open).toEqual(b.open);
      // the final day equals the current state
      const now = ok(await c.call('findings.list', { projectId: pid, status: ['open', 'in_progress'] }));
      expect(b.open[b.open.length - 1]).toBe(now.length);
      // an explicit `now` in the input cuts the series there
      const early = ok(await c.call('insights.get', { projectId: pid, now: '2026-03-02T23:00:00Z' })).burndown;
      expect(early.days).toEqual(['2026-03-01', '2026-03-02']);
      expect(early.open).toEqual([day0, day0 - 3]);
    } finally {
      c.close();
      dir.cleanup();
    }
  });
});

describe('charts in the HTML export', () => {
  it('embeds every non-empty chart as static SVG, with no script, under the strict CSP', async () => {
    const snap = snapshotFromParsed(parsedSeeds().map((p) => p.parsed));
    const html = toHtml(snap, { exportedAt: '2026-03-05T00:00:00.000Z', insights: fig });
    expect(html).toContain(`content="${HTML_CSP}"`);
    expect(html).not.toMatch(/<script|javascript:|\son\w+\s*=|<foreignObject|<image|href=/i);
    const svgs = [...html.matchAll(/<figure class="chart" data-chart="([a-z-]+)">[\s\S]*?<svg[\s\S]*?<\/svg>/g)].map((m) => m[1]);
    expect(svgs).toEqual(expect.arrayContaining(['severity-status', 'phase-severity', 'gate', 'burndown', 'hotspots', 'drift']));
    // the numbers drawn are the figures': the severity × status totals appear in the text alternative
    const critical = fig.severityStatus.counts[0].reduce((a, b) => a + b, 0);
    expect(html).toContain(`critical ${critical}`);
    // without the figures, the snapshot's own (no event log: no burndown)
    const own = toHtml(snap, { exportedAt: '2026-03-05T00:00:00.000Z', charts: true });
    expect(own).toContain('data-chart="severity-status"');
    expect(own).not.toContain('data-chart="burndown"');
    // without the option the export is as before
    expect(toHtml(snap, { exportedAt: '2026-03-05T00:00:00.000Z' })).not.toContain('<svg');
  });

  it('escapes hostile labels inside the SVG', () => {
    const hostile = { ...fig, hotspots: [{ path: '<script>alert(1)</script>/x"><img src=x onerror=alert(1)>', kind: 'file' as const, count: 1, weight: 16 }] };
    const spec = allCharts(hostile, LIGHT_PALETTE).find((c) => c.id === 'hotspots')!;
    const svg = chartSvg(spec);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/<script|<img/i);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    for (const m of svg.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*\/?>/g)) expect(m[2], m[0]).not.toMatch(/\son\w+=|href=/i);
  });
});

describe('two versions of a report', () => {
  it('counts new, gone and changed findings between them, by fingerprint', async () => {
    const dir = tempDir('punchlist-versions-');
    const c = openCore({ dbPath: join(dir.dir, 'v.sqlite'), actor: 'test' });
    try {
      const pid = ok(await c.call('projects.list', {}))[0].id;
      const v1Path = seedFiles()[1];
      const v1 = readFileSync(v1Path, 'utf8');
      const lines = v1.split('\n');
      const start = lines.findIndex((l) => l.startsWith('### BUG-A18'));
      const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
      expect(start).toBeGreaterThan(0);
      // v2: BUG-A18 gone, BUG-A17 renamed, BUG-A19 new
      const v2Lines = [...lines.slice(0, start), '### BUG-A19: Webhook Signature Not Verified', '', '**Severity:** High', '**File:** `backend/app/api/webhooks.py`', '', 'The webhook handler accepts unsigned payloads.', '', ...lines.slice(end)];
      const v2 = v2Lines.join('\n').replace('### BUG-A17: Cost Tracker Division By Zero Risk', '### BUG-A17: Cost Tracker Divides By Zero On Empty Months');
      const v2Path = join(dir.dir, 'scanner-report-v2.md');
      writeFileSync(v2Path, v2);
      const r1 = ok(await c.call('ingest.paths', { projectId: pid, paths: [v1Path] }))[0];
      const r2 = ok(await c.call('ingest.paths', { projectId: pid, paths: [v2Path] }))[0];
      expect(r1.ok && r2.ok).toBe(true);
      const fig2 = ok(await c.call('insights.get', { projectId: pid }));
      expect(fig2.versions).toHaveLength(1);
      const v = fig2.versions[0];
      const cards = ok(await c.call('findings.list', { projectId: pid }));
      const older = cards.filter((x) => x.reportId === v.olderId);
      const newer = cards.filter((x) => x.reportId === v.newerId);
      expect(v).toMatchObject({ added: 1, gone: 1, changed: 1 });
      expect(v.unchanged).toBe(older.length - 2);
      expect(v.added + v.changed + v.unchanged).toBe(newer.length);
      const spec = allCharts(fig2, LIGHT_PALETTE).find((x) => x.id === 'versions')!;
      expect(spec.empty).toBe(false);
      expect(spec.filterAt(0, 0)).toEqual({ reportId: [v.newerId] });
    } finally {
      c.close();
      dir.cleanup();
    }
  });
});
