// Issue 9: the figures behind the Insights charts, checked against the database and the CLI; the
// burndown over simulated days with an injected clock; the HTML export's static SVG charts.
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core/service';
import { toHtml, toHtmlWithCharts, HTML_CSP } from '../../core/export';
import { insightsHtml } from '../../core/export/charts';
import { escapeHtml } from '../../core/export/escape';
import { allCharts, LIGHT_PALETTE } from '../../shared/insights/charts';
import type { InsightFilter, InsightsFigures } from '../../shared/insights';
import { snapshotFromParsed } from '../../shared/snapshot';
import type { FindingCard } from '../../shared/api';
import { SEVERITIES, STATUSES } from '../../shared/types';
import { cli, ROOT } from '../cli/helpers';
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
    // the "(no phase)" row opens the board on the open findings without a phase, exactly
    const noPhase = phases.indexOf(null);
    expect(noPhase, 'the seeds have findings without a phase').toBeGreaterThanOrEqual(0);
    const series = (spec.option.series as Array<{ data: Array<[number, number, number]> }>)[0].data;
    const k = series.findIndex((d) => d[1] === noPhase && d[2] > 0);
    const unphased = await listed(spec.filterAt(0, k)!);
    expect(unphased).toHaveLength(series[k][2]);
    expect(unphased.every((c) => c.phase === null && (c.severity ?? 'unrated') === severities[series[k][0]] && ['open', 'in_progress'].includes(c.status))).toBe(true);
    expect(unphased.length).toBe(rows.find((r) => r.phase === null && r.sev === severities[series[k][0]])!.n);
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

  it('gate, burndown and drift: a click opens the board on exactly the findings behind the element', async () => {
    const spec = (id: string) => allCharts(fig, LIGHT_PALETTE).find((c) => c.id === id)!;
    const gate = spec('gate');
    expect(await listed(gate.filterAt(0, 0)!)).toHaveLength(fig.gate.blockers.open);
    expect(await listed(gate.filterAt(1, 0)!)).toHaveLength(fig.gate.blockers.done);
    // gate items are checklist lines, not findings
    expect(gate.filterAt(0, 1)).toBeNull();
    const burn = spec('burndown');
    const b = fig.burndown;
    const lastDay = b.days.length - 1;
    expect(await listed(burn.filterAt(0, lastDay)!)).toHaveLength(b.open[lastDay]);
    expect(await listed(burn.filterAt(1, lastDay)!)).toHaveLength(b.blockers[lastDay]);
    expect(b.byReport.length).toBe(seedFiles().length);
    for (let k = 0; k < b.byReport.length; k++) expect(await listed(burn.filterAt(4 + k, lastDay)!), b.byReport[k].label).toHaveLength(b.byReport[k].open[lastDay]);
    const drift = spec('drift');
    for (let i = 0; i < fig.drift.length; i++) {
      const cards = await listed(drift.filterAt(1, i)!);
      expect(cards, fig.drift[i].label).toHaveLength(fig.drift[i].found.total);
      expect(cards.every((c) => c.reportId === fig.drift[i].reportId)).toBe(true);
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

/** the <figure> of one chart in an HTML export */
const figureOf = (html: string, id: string) => new RegExp(`<figure class="chart" data-chart="${id}">[\\s\\S]*?</figure>`).exec(html)?.[0];

describe('charts in the HTML export', () => {
  it('embeds every non-empty chart as static SVG, with no script, under the strict CSP', async () => {
    const snap = snapshotFromParsed(parsedSeeds().map((p) => p.parsed));
    const html = await toHtmlWithCharts(snap, { exportedAt: '2026-03-05T00:00:00.000Z', insights: fig });
    expect(html).toContain(`content="${HTML_CSP}"`);
    expect(html).not.toMatch(/<script|javascript:|\son\w+\s*=|<foreignObject|<image|href=/i);
    const svgs = [...html.matchAll(/<figure class="chart" data-chart="([a-z-]+)">[\s\S]*?<svg[\s\S]*?<\/svg>/g)].map((m) => m[1]);
    expect(svgs).toEqual(expect.arrayContaining(['severity-status', 'phase-severity', 'gate', 'burndown', 'hotspots', 'drift']));
    // the numbers drawn are the figures': the severity × status totals appear in the text alternative
    const critical = fig.severityStatus.counts[0].reduce((a, b) => a + b, 0);
    expect(html).toContain(`critical ${critical}`);
    // the status at a glance: the charts come first, before the deployment gate and the plan's steps
    expect(html.indexOf('<h2>Insights</h2>')).toBeGreaterThan(html.indexOf('<h1>'));
    expect(html.indexOf('<h2>Insights</h2>')).toBeLessThan(html.indexOf('<h2>Deployment gate</h2>'));
    // without the figures, the snapshot's own (no event log: no burndown)
    const own = await toHtmlWithCharts(snap, { exportedAt: '2026-03-05T00:00:00.000Z' });
    expect(own).toContain('data-chart="severity-status"');
    expect(own).not.toContain('data-chart="burndown"');
    // the plain toHtml has no charts
    expect(toHtml(snap, { exportedAt: '2026-03-05T00:00:00.000Z' })).not.toContain('<svg');
  });

  it('escapes hostile labels inside the SVG', async () => {
    const { chartSvg } = await import('../../core/export/chart-svg');
    const hostile = { ...fig, hotspots: [{ path: '<script>alert(1)</script>/x"><img src=x onerror=alert(1)>', kind: 'file' as const, count: 1, weight: 16 }] };
    const spec = allCharts(hostile, LIGHT_PALETTE).find((c) => c.id === 'hotspots')!;
    const svg = chartSvg(spec);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/<script|<img/i);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    for (const m of svg.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*\/?>/g)) expect(m[2], m[0]).not.toMatch(/\son\w+=|href=/i);
  });

  it('export.render (html) draws the charts of insights.get, burndown from the event log included', async () => {
    let clock = '2026-03-01T09:00:00.000Z';
    const dir = tempDir('punchlist-export-charts-');
    const c = openCore({ dbPath: join(dir.dir, 'e.sqlite'), actor: 'test', now: () => clock });
    try {
      const pid = ok(await c.call('projects.list', {}))[0].id;
      expect(ok(await c.call('ingest.paths', { projectId: pid, paths: seedFiles() })).every((r) => r.ok)).toBe(true);
      const open = ok(await c.call('findings.list', { projectId: pid, status: ['open'] }));
      clock = '2026-03-02T10:00:00.000Z';
      ok(await c.call('findings.update', { ids: open.slice(0, 6).map((f) => f.id), patch: { status: 'fixed' } }));
      clock = '2026-03-03T10:00:00.000Z';
      ok(await c.call('findings.update', { ids: open.slice(6, 10).map((f) => f.id), patch: { status: 'verified' } }));
      clock = '2026-03-04T12:00:00.000Z';
      const served = ok(await c.call('insights.get', { projectId: pid }));
      expect(served.burndown.days).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04']);
      const file = ok(await c.call('export.render', { projectId: pid, format: 'html' }));
      expect(file.mimeType).toMatch(/^text\/html/);
      const html = file.text;
      expect(html).not.toMatch(/<script|javascript:|\son\w+\s*=|<foreignObject|<image|href=/i);
      // the charts drawn from insights.get's figures, byte for byte but for zrender's counters (instance and class ids)
      const snap = snapshotFromParsed(parsedSeeds().map((p) => p.parsed));
      const sameIds = (s: string) => s.replace(/\bzr\d+-cls-\d+/g, 'cls').replace(/\bzr\d+-/g, 'zr-');
      expect(sameIds(html)).toContain(sameIds(await insightsHtml(snap, { insights: served })));
      for (const spec of allCharts(served, LIGHT_PALETTE)) {
        const figure = figureOf(html, spec.id);
        if (spec.empty) {
          expect(figure, spec.id).toBeUndefined();
          continue;
        }
        expect(figure, spec.id).toMatch(/<svg[\s\S]*<\/svg>/);
        expect(figure).toContain(`<p class="detail">${escapeHtml(spec.description)}</p>`);
      }
      // the burndown: four days, the fixes of days 2 and 3
      const burn = figureOf(html, 'burndown')!;
      for (const d of served.burndown.days) expect(burn).toContain(d);
      expect(burn).toContain(`open findings ${served.burndown.open[0]} → ${served.burndown.open[0] - 10}`);
    } finally {
      c.close();
      dir.cleanup();
    }
  });

  it('`punchlist export --format html` on the five seeds carries the same charts', () => {
    const out = join(tmp.dir, 'seeds.html');
    const r = cli(['export', '--format', 'html', '--db', dbPath, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    const ids = [...html.matchAll(/<figure class="chart" data-chart="([a-z-]+)">/g)].map((m) => m[1]);
    const specs = allCharts(fig, LIGHT_PALETTE).filter((s) => !s.empty);
    expect(ids).toEqual(specs.map((s) => s.id));
    expect(ids).toEqual(expect.arrayContaining(['severity-status', 'phase-severity', 'gate', 'burndown', 'hotspots', 'drift']));
    for (const spec of specs) {
      const figure = figureOf(html, spec.id)!;
      expect(figure, spec.id).toMatch(/<svg[\s\S]*<\/svg>/);
      // the burndown's description names today's date (the CLI's clock); the others are the same figures
      if (spec.id !== 'burndown') expect(figure).toContain(`<p class="detail">${escapeHtml(spec.description)}</p>`);
    }
    expect(html).not.toMatch(/<script/i);
  });
});

describe('gate items in insights follow the Ready-to-deploy rule', () => {
  it('an item ticked off by hand stays as the user left it when its linked findings are fixed', async () => {
    const dir = tempDir('punchlist-gate-');
    const c = openCore({ dbPath: join(dir.dir, 'g.sqlite'), actor: 'test' });
    try {
      const pid = ok(await c.call('projects.list', {}))[0].id;
      ok(await c.call('ingest.paths', { projectId: pid, paths: [seedFiles()[1]] }));
      const open = ok(await c.call('findings.list', { projectId: pid, status: ['open'] }));
      const before = ok(await c.call('insights.get', { projectId: pid })).gate.gateItems;
      const list = ok(await c.call('checklists.create', { projectId: pid, title: 'Release gate', gate: true }));
      const withManual = ok(await c.call('checklists.addItem', { checklistId: list.id, text: 'Staging sign-off', findingIds: [open[0].id, open[1].id] }));
      const manualItem = withManual.items[withManual.items.length - 1];
      // unticked by hand: manual from now on
      ok(await c.call('checklists.setItem', { itemId: manualItem.id, checked: false }));
      const auto = ok(await c.call('checklists.addItem', { checklistId: list.id, text: 'Auth fixed', findingIds: [open[2].id] }));
      expect(auto.items).toHaveLength(2);
      ok(await c.call('findings.update', { ids: [open[0].id, open[1].id, open[2].id], patch: { status: 'fixed' } }));
      const after = ok(await c.call('insights.get', { projectId: pid })).gate.gateItems;
      // the manual item is still open, the automatic one ticked itself
      expect(after).toEqual({ open: before.open + 1, done: before.done + 1 });
      const gate = ok(await c.call('gate.status', { projectId: pid }));
      expect(after.open).toBe(gate.openGateItems.length);
      expect(gate.openGateItems.map((i) => i.text)).toContain('Staging sign-off');
      // handed back to auto-ticking, it is done
      ok(await c.call('checklists.setItem', { itemId: manualItem.id, checked: null }));
      expect(ok(await c.call('insights.get', { projectId: pid })).gate.gateItems).toEqual({ open: before.open, done: before.done + 2 });
    } finally {
      c.close();
      dir.cleanup();
    }
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
      // kept as a report of its own (by default a newer version updates the one before: issue 19)
      const r2 = ok(await c.call('ingest.paths', { projectId: pid, paths: [v2Path], asNew: true }))[0];
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
      // what is gone is in the older version
      expect(spec.filterAt(1, 0)).toEqual({ reportId: [v.olderId] });
    } finally {
      c.close();
      dir.cleanup();
    }
  });
});

describe('ECharts is loaded only when an HTML export with charts is rendered', () => {
  /** every module statically imported from `entry` (type-only imports and dynamic import() aside) */
  function staticGraph(entry: string): Map<string, string[]> {
    const graph = new Map<string, string[]>();
    const resolveTs = (from: string, spec: string) => {
      const base = resolve(dirname(from), spec);
      for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(c) && statSync(c).isFile()) return c;
      throw new Error(`cannot resolve ${spec} from ${from}`);
    };
    const todo = [resolve(ROOT, entry)];
    while (todo.length) {
      const file = todo.pop()!;
      if (graph.has(file)) continue;
      const src = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
      const specs = [...src.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]);
      graph.set(file, specs);
      for (const s of specs) if (s.startsWith('.')) todo.push(resolveTs(file, s));
    }
    return graph;
  }

  it.each(['core/service/index.ts', 'core/cli/main.ts', 'core/serve/main.ts', 'electron/main.ts'])('%s does not import echarts statically', (entry) => {
    const graph = staticGraph(entry);
    expect(graph.size).toBeGreaterThan(1);
    const importers = [...graph].filter(([, specs]) => specs.some((s) => s === 'echarts' || s.startsWith('echarts/'))).map(([f]) => relative(ROOT, f));
    expect(importers).toEqual([]);
  });

  it('the export loads it on demand: core/export/chart-svg.ts holds the only static import, reached by import()', () => {
    const all = staticGraph('core/export/chart-svg.ts');
    expect(all.get(resolve(ROOT, 'core/export/chart-svg.ts'))).toContain('echarts/core');
    expect(readFileSync(resolve(ROOT, 'core/export/charts.ts'), 'utf8')).toMatch(/await import\('\.\/chart-svg'\)/);
  });
});

describe('hostile content in the export charts', () => {
  it('payloads in report titles, paths and phases stay text: the SVG holds only chart elements, no handler, no link, no control character', async () => {
    const { hostileGenericJson, hostileMarkdown, hostileSarif, PAYLOADS } = await import('../hardening/payloads');
    const dir = tempDir('punchlist-hostile-charts-');
    const c = openCore({ dbPath: join(dir.dir, 'h.sqlite'), actor: 'test' });
    try {
      const files = { 'hostile-review.md': hostileMarkdown(), 'hostile.sarif': hostileSarif(), 'hostile-generic.json': hostileGenericJson() };
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir.dir, name), text);
      const pid = ok(await c.call('projects.list', {}))[0].id;
      const ingested = ok(await c.call('ingest.paths', { projectId: pid, paths: Object.keys(files).map((f) => join(dir.dir, f)) }));
      expect(ingested.every((r) => r.ok)).toBe(true);
      const cards = ok(await c.call('findings.list', { projectId: pid }));
      // phases carry payloads too: they are the heat map's row labels
      for (const [i, p] of PAYLOADS.entries()) ok(await c.call('findings.update', { ids: [cards[i].id], patch: { phase: p.text.slice(0, 200) } }));
      const html = ok(await c.call('export.render', { projectId: pid, format: 'html' })).text;
      const figures = [...html.matchAll(/<figure class="chart" data-chart="([a-z-]+)">([\s\S]*?)<\/figure>/g)];
      expect(figures.map((f) => f[1])).toEqual(expect.arrayContaining(['severity-status', 'phase-severity', 'hotspots', 'drift']));
      // SVG only inside the chart figures
      expect(html.replace(/<figure class="chart"[\s\S]*?<\/figure>/g, '')).not.toMatch(/<svg/i);
      const allowed = new Set(['svg', 'g', 'path', 'rect', 'text', 'tspan', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'defs', 'clippath', 'lineargradient', 'radialgradient', 'stop', 'style', 'title', 'desc']);
      for (const [, id, body] of figures) {
        const svg = /<svg[\s\S]*<\/svg>/.exec(body)![0];
        for (const m of svg.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>/g)) {
          expect(allowed.has(m[1].toLowerCase()), `<${m[1]}> in the ${id} chart`).toBe(true);
          expect(m[2], `${id}: <${m[1]}${m[2]}>`).not.toMatch(/\son[a-z]+\s*=|href\s*=|javascript:|url\((?!#)/i);
        }
        expect(svg, id).not.toMatch(/evil\.example[^<]*\.(js|css|png|svg|swf)"/);
        expect(svg, id).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
      }
    } finally {
      c.close();
      dir.cleanup();
    }
  });
});
