// ECharts options for each insight figure: one builder per chart, used by the Insights view (canvas)
// and by the HTML export (server-side SVG), so both show the same charts. Pure data → option; the
// palette comes from the caller (the view reads its CSS variables, the export uses LIGHT_PALETTE).
// Each chart's `filterAt` maps a clicked element (series index, data index) to its board filter.
import type { SeverityOrUnrated } from '../snapshot';
import { NO_PHASE, STATUSES, type Status } from '../types';
import { filterFor, type InsightFilter, type InsightsFigures } from './index';

export interface ChartPalette {
  text: string;
  muted: string;
  border: string;
  background: string;
  accent: string;
  severity: Record<SeverityOrUnrated, string>;
  status: Record<Status, string>;
  /** categorical colours (one line per report), readable on `background` */
  series: string[];
}

export const LIGHT_PALETTE: ChartPalette = {
  text: '#1c2330',
  muted: '#5d6778',
  border: '#d8dde5',
  background: '#ffffff',
  accent: '#2f6fde',
  severity: { critical: '#b42318', high: '#c4540a', medium: '#a07800', low: '#2f7a3e', info: '#4a5b78', unrated: '#6b7280' },
  status: {
    open: '#d64541',
    in_progress: '#e0a100',
    fixed: '#2f9e5a',
    verified: '#1f6f43',
    wont_fix: '#8a8f98',
    false_positive: '#b3b8c2',
    duplicate: '#6d5bd0',
  },
  // no red or blue first: the burndown's own lines and band are red and blue
  series: ['#8a4fd0', '#0e8a9e', '#a07800', '#2f9e5a', '#c2255c', '#5d6778', '#5c8a1a', '#a0522d', '#3b4cc0', '#8b2f8b', '#c4540a', '#2f6fde'],
};

export const DARK_PALETTE: ChartPalette = {
  text: '#e3e7ee',
  muted: '#9aa4b4',
  border: '#343b47',
  background: '#1b1f26',
  accent: '#5b8ff0',
  severity: { critical: '#ff6b61', high: '#ff9a4d', medium: '#e5c04b', low: '#6bd08a', info: '#8fa3c7', unrated: '#9ca3af' },
  status: {
    open: '#ff6b61',
    in_progress: '#f2c14e',
    fixed: '#5fd08b',
    verified: '#3fae6f',
    wont_fix: '#9aa1ab',
    false_positive: '#6b7280',
    duplicate: '#a497f0',
  },
  series: ['#c39bff', '#5fd3e6', '#f0c75e', '#6fdc95', '#ff7aa8', '#b8c2d3', '#b5d96b', '#e09a6f', '#9fb5ff', '#e38ee3', '#ffa25c', '#7aa7ff'],
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const STATUS_NAMES = Object.fromEntries(STATUSES.map((s) => [s, s === 'wont_fix' ? "Won't fix" : cap(s.replace(/_/g, ' '))])) as Record<Status, string>;

export const CHART_IDS = ['severity-status', 'phase-severity', 'gate', 'burndown', 'hotspots', 'drift', 'versions'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export interface TableView {
  columns: string[];
  rows: Array<{ cells: Array<string | number>; filter: InsightFilter | null }>;
}

export interface ChartSpec {
  id: ChartId;
  title: string;
  /** one sentence for screen readers and the export */
  description: string;
  option: Record<string, unknown>;
  /** the board filter behind a clicked element, null when it has none */
  filterAt(seriesIndex: number, dataIndex: number): InsightFilter | null;
  /** another view a clicked element opens instead (the gate's checklist items: Ready to deploy) */
  viewAt?(seriesIndex: number, dataIndex: number): 'deploy' | null;
  /** the same numbers as a table (the text alternative) */
  table: TableView;
  /** nothing to show */
  empty: boolean;
}

type Option = Record<string, unknown>;

/** report text as one plain line: no control or bidi-override characters (they break SVG/XML and spoof text) */
const plain = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s*[\r\n]+\s*/g, ' ');
/** paths keep their end */
const short = (text: string, n = 48) => {
  const s = plain(text);
  return s.length > n ? `…${s.slice(s.length - n + 1)}` : s;
};
/** titles keep their start */
const head = (text: string, n = 40) => {
  const s = plain(text);
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
};

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';
const fmt = (n: number) => n.toLocaleString('en');

/** a legend across the top (scrolls in the app; the export lets it wrap) */
const legend = (p: ChartPalette, data?: string[]): Option => ({
  top: 0,
  type: 'scroll',
  textStyle: { color: p.text },
  pageIconColor: p.text,
  pageIconInactiveColor: p.border,
  pageTextStyle: { color: p.muted },
  ...(data ? { data } : {}),
});

const grid = (top: number, right = 16, bottom = 8): Option => ({ left: 8, right, top, bottom, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' });

const axisStyle = (p: ChartPalette): Option => ({
  axisLine: { lineStyle: { color: p.border } },
  axisLabel: { color: p.muted },
  splitLine: { lineStyle: { color: p.border, opacity: 0.6 } },
});
const categoryAxis = (p: ChartPalette, data: string[], extra: Option = {}): Option => ({
  type: 'category',
  data,
  ...axisStyle(p),
  axisLabel: { color: p.muted, interval: 0 },
  ...extra,
});
const countAxis = (p: ChartPalette, extra: Option = {}): Option => ({ type: 'value', minInterval: 1, ...axisStyle(p), ...extra });

/** the common frame: ARIA description (and decal patterns when asked), text style, tooltip, a legend */
function base(p: ChartPalette, description: string, legendData?: string[] | null): Option {
  return {
    backgroundColor: 'transparent',
    animation: false,
    color: p.series,
    aria: { enabled: true, label: { description: plain(description) }, decal: { show: false } },
    textStyle: { color: p.text, fontFamily: FONT },
    tooltip: { trigger: 'item', confine: true, renderMode: 'richText' },
    legend: legendData === null ? undefined : legend(p, legendData),
    grid: grid(36),
  };
}

/** a bar series; `inside` labels get ECharts' own contrast colour (dark on light bars, light on dark) */
function bar(name: string, color: string, data: unknown[], extra: Option = {}): Option {
  return { name, type: 'bar', itemStyle: { color }, data, ...extra };
}
const insideLabel = { show: true, position: 'inside', formatter: (x: { value?: unknown }) => (x.value ? fmt(Number(x.value)) : '') };
const rightLabel = (p: ChartPalette) => ({ show: true, position: 'right', color: p.muted, formatter: (x: { value?: unknown }) => (typeof x.value === 'number' ? fmt(x.value) : '') });

/** horizontal bars, one row per category, first on top */
function rows(p: ChartPalette, description: string, labels: string[], series: Option[], legendData?: string[] | null): Option {
  return { ...base(p, description, legendData), yAxis: categoryAxis(p, labels, { inverse: true }), xAxis: countAxis(p), series };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const TITLES: Record<ChartId, string> = {
  'severity-status': 'Findings by severity × status',
  'phase-severity': 'Open findings by phase × severity',
  gate: 'Blockers and gate items: open vs done',
  burndown: 'Burndown: open findings, blockers and effort remaining',
  hotspots: 'Where it hurts: files and folders by weighted open findings',
  drift: 'Reports: what they claim vs what they contain',
  versions: 'Between two versions of a report: new, gone, changed',
};

/** a chart's spec: its title, its description as plain text (it quotes report titles and paths) */
function spec(id: ChartId, description: string, empty: boolean, rest: Pick<ChartSpec, 'option' | 'filterAt' | 'table' | 'viewAt'>): ChartSpec {
  return { id, title: TITLES[id], description: plain(description), empty, ...rest };
}

export function severityStatusChart(fig: InsightsFigures, p: ChartPalette): ChartSpec {
  const { severities, statuses, counts } = fig.severityStatus;
  const description = `Findings by severity and status: ${severities.map((s, i) => `${s} ${sum(counts[i])}`).join(', ')}.`;
  const used = statuses.filter((_, j) => counts.some((row) => row[j] > 0));
  return spec('severity-status', description, fig.totals.findings === 0, {
    option: {
      ...base(p, description, used.map((st) => STATUS_NAMES[st])),
      xAxis: categoryAxis(p, severities.map(cap)),
      yAxis: countAxis(p),
      series: statuses.map((st, j) =>
        bar(STATUS_NAMES[st], p.status[st], severities.map((_, i) => counts[i][j]), { stack: 'status', barMaxWidth: 56, emphasis: { focus: 'series' } }),
      ),
    },
    filterAt: (si, di) => (statuses[si] && severities[di] && counts[di][si] > 0 ? filterFor.severityStatus(severities[di], statuses[si]) : null),
    table: {
      columns: ['Severity', ...statuses.map((s) => STATUS_NAMES[s]), 'Total'],
      rows: severities.map((s, i) => ({ cells: [cap(s), ...counts[i], sum(counts[i])], filter: { severity: [s] } })),
    },
  });
}

export function phaseSeverityChart(fig: InsightsFigures, p: ChartPalette): ChartSpec {
  const { phases, severities, counts } = fig.phaseSeverity;
  const label = (ph: string | null) => ph ?? NO_PHASE;
  const data: Array<[number, number, number]> = phases.flatMap((_, i) => severities.map((_, j): [number, number, number] => [j, i, counts[i][j]]));
  const max = Math.max(0, ...data.map((d) => d[2]));
  const description = `Open findings by phase and severity across ${phases.length} phase${phases.length === 1 ? '' : 's'}; the largest cell holds ${max}.`;
  return spec('phase-severity', description, phases.length === 0, {
    option: {
      ...base(p, description, null),
      grid: grid(8, 16, 48),
      xAxis: categoryAxis(p, severities.map(cap), { splitArea: { show: false } }),
      yAxis: categoryAxis(p, phases.map((ph) => short(label(ph), 36)), { inverse: true }),
      visualMap: {
        min: 0,
        max: Math.max(1, max),
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 120,
        text: [fmt(max), '0'],
        textStyle: { color: p.muted },
        inRange: { color: [p.background, p.severity.high] },
      },
      series: [{ type: 'heatmap', name: 'Open findings', data, label: { show: true }, itemStyle: { borderColor: p.border, borderWidth: 1 } }],
    },
    filterAt: (_si, di) => {
      const d = data[di];
      return d && d[2] > 0 ? filterFor.phaseSeverity(phases[d[1]], severities[d[0]]) : null;
    },
    table: {
      columns: ['Phase', ...severities.map(cap)],
      rows: phases.map((ph, i) => ({ cells: [label(ph), ...counts[i]], filter: filterFor.phase(ph) })),
    },
  });
}

export function gateChart(fig: InsightsFigures, p: ChartPalette): ChartSpec {
  const g = fig.gate;
  const description = `Blockers: ${g.blockers.open} open, ${g.blockers.done} done. Gate checklist items: ${g.gateItems.open} open, ${g.gateItems.done} done.`;
  const gateBar = (name: string, color: string, data: number[]) => bar(name, color, data, { stack: 'g', barMaxWidth: 40, label: insideLabel });
  return spec('gate', description, g.blockers.open + g.blockers.done + g.gateItems.open + g.gateItems.done === 0, {
    option: rows(p, description, ['Blockers', 'Gate items'], [
      gateBar('Open', p.status.open, [g.blockers.open, g.gateItems.open]),
      gateBar('Done', p.status.fixed, [g.blockers.done, g.gateItems.done]),
    ]),
    // gate items are checklist lines, not findings: the blockers' bars open the board, the items'
    // bars the Ready-to-deploy view where the checklists are ticked
    filterAt: (si, di) => (di === 0 ? filterFor.blockers(si === 0) : null),
    viewAt: (_si, di) => (di === 1 ? 'deploy' : null),
    table: {
      columns: ['', 'Open', 'Done'],
      rows: [
        { cells: ['Blockers', g.blockers.open, g.blockers.done], filter: filterFor.blockers(true) },
        { cells: ['Gate items', g.gateItems.open, g.gateItems.done], filter: null },
      ],
    },
  });
}

export function burndownChart(fig: InsightsFigures, p: ChartPalette): ChartSpec {
  const b = fig.burndown;
  const n = b.days.length;
  const last = n - 1;
  const description =
    n === 0
      ? 'No history yet.'
      : `From ${b.days[0]} to ${b.days[last]}: open findings ${b.open[0]} → ${b.open[last]}, open blockers ${b.blockers[0]} → ${b.blockers[last]}, effort remaining ${b.effortMin[last]}–${b.effortMax[last]} h.`;
  const perReport = b.byReport.length > 1 ? b.byReport.slice(0, 12) : [];
  // a click on a line (not only on its points) opens the board
  const line = (name: string, data: number[], extra: Option): Option => ({ name, type: 'line', triggerEvent: true, showSymbol: n < 60, data, ...extra });
  const effort = (name: string, data: number[], extra: Option = {}): Option => ({ name, type: 'line', yAxisIndex: 1, stack: 'effort', symbol: 'none', lineStyle: { opacity: 0 }, data, ...extra });
  const series: Option[] = [
    line('Open findings', b.open, { itemStyle: { color: p.status.open }, lineStyle: { width: 3 } }),
    line('Open blockers', b.blockers, { itemStyle: { color: p.severity.critical }, lineStyle: { width: 2, type: 'dashed' } }),
    // the effort band: the minimum (invisible) with (max − min) stacked on it as an area
    effort('Effort min (h)', b.effortMin),
    effort(
      'Effort range (h)',
      b.effortMax.map((mx, i) => Math.round((mx - b.effortMin[i]) * 100) / 100),
      { areaStyle: { color: p.accent, opacity: 0.22 }, itemStyle: { color: p.accent }, triggerEvent: 'area' },
    ),
    ...perReport.map((r, k) => line(head(r.label, 32), r.open, { lineStyle: { width: 1.5 }, itemStyle: { color: p.series[k % p.series.length] } })),
  ];
  return spec('burndown', description, n === 0 || fig.totals.findings === 0, {
    option: {
      ...base(p, description, series.map((s) => String(s.name)).filter((x) => x !== 'Effort min (h)')),
      tooltip: { trigger: 'axis', confine: true, renderMode: 'richText' },
      // room between the legend and the axis names
      grid: grid(64, 8),
      xAxis: { type: 'category', data: b.days, boundaryGap: n === 1, ...axisStyle(p) },
      yAxis: [countAxis(p, { name: 'findings', nameTextStyle: { color: p.muted } }), { type: 'value', name: 'hours', nameTextStyle: { color: p.muted }, ...axisStyle(p), splitLine: { show: false } }],
      series,
    },
    filterAt: (si) => {
      if (si === 1) return filterFor.blockers(true);
      // open findings, and the effort they leave
      if (si <= 3) return filterFor.open();
      const r = perReport[si - 4];
      return r ? filterFor.openOfReport(r.reportId) : null;
    },
    table: {
      columns: ['Day', 'Open', 'Open blockers', 'Effort min (h)', 'Effort max (h)'],
      rows: b.days.map((d, i) => ({ cells: [d, b.open[i], b.blockers[i], b.effortMin[i], b.effortMax[i]], filter: null })),
    },
  });
}

export function hotspotsChart(fig: InsightsFigures, p: ChartPalette): ChartSpec {
  const h = fig.hotspots;
  const description = h.length
    ? `Most weighted open findings: ${h
        .slice(0, 3)
        .map((e) => `${e.path} (${e.count} findings, weight ${e.weight})`)
        .join('; ')}.`
    : 'No open finding has a location.';
  // folders and files as two series (one colour each, named in the legend), one bar per row
  const kindBar = (name: string, color: string, kind: 'folder' | 'file') =>
    bar(name, color, h.map((e) => (e.kind === kind ? e.weight : '-')), { stack: 'kind', barMaxWidth: 22, label: rightLabel(p) });
  return spec('hotspots', description, h.length === 0, {
    option: {
      ...rows(p, description, h.map((e) => short(e.path)), [kindBar('Folder', p.accent, 'folder'), kindBar('File', p.severity.high, 'file')]),
      xAxis: { type: 'value', ...axisStyle(p) },
      grid: grid(36, 48),
    },
    filterAt: (_si, di) => (h[di] ? filterFor.hotspot(h[di].path) : null),
    table: {
      columns: ['Path', 'Kind', 'Open findings', 'Weight'],
      rows: h.map((e) => ({ cells: [e.path, e.kind, e.count, e.weight], filter: filterFor.hotspot(e.path) })),
    },
  });
}

export function driftChart(fig: InsightsFigures, p: ChartPalette): ChartSpec {
  const d = fig.drift;
  const description = d.length
    ? `Claimed versus found per report: ${d.map((r) => `${r.label}: claims ${r.claims?.total ?? 'none'}, contains ${r.found.total}`).join('; ')}.`
    : 'No report yet.';
  const driftBar = (name: string, color: string, data: Array<number | string>) => bar(name, color, data, { barMaxWidth: 18, label: rightLabel(p) });
  const claimed = (r: (typeof d)[number], s: 'critical' | 'high' | 'medium' | 'low') => `${r.claims?.[s] ?? '–'}/${r.found[s]}`;
  return spec('drift', description, d.length === 0, {
    option: {
      ...rows(p, description, d.map((r) => head(r.label, 40)), [
        driftBar('Claimed', p.muted, d.map((r) => r.claims?.total ?? '-')),
        driftBar('Found', p.accent, d.map((r) => r.found.total)),
      ]),
      grid: grid(36, 40),
    },
    filterAt: (_si, di) => (d[di] ? filterFor.report(d[di].reportId) : null),
    table: {
      columns: ['Report', 'Claimed total', 'Found total', 'Difference', 'Critical (claimed/found)', 'High (claimed/found)', 'Medium (claimed/found)', 'Low (claimed/found)'],
      rows: d.map((r) => ({
        cells: [r.label, r.claims?.total ?? '–', r.found.total, r.difference ?? '–', claimed(r, 'critical'), claimed(r, 'high'), claimed(r, 'medium'), claimed(r, 'low')],
        filter: filterFor.report(r.reportId),
      })),
    },
  });
}

export function versionsChart(fig: InsightsFigures, p: ChartPalette): ChartSpec {
  const v = fig.versions;
  const description = v.length
    ? `Between versions: ${v.map((e) => `${e.label}: ${e.added} new, ${e.gone} gone, ${e.changed} changed`).join('; ')}.`
    : 'No report has two versions yet.';
  const parts = [
    ['New', p.status.open, 'added'],
    ['Gone', p.status.fixed, 'gone'],
    ['Changed', p.status.in_progress, 'changed'],
    ['Unchanged', p.status.wont_fix, 'unchanged'],
  ] as const;
  return spec('versions', description, v.length === 0, {
    option: rows(
      p,
      description,
      v.map((e) => `${head(e.label, 34)} (#${e.olderId} → #${e.newerId})`),
      parts.map(([name, color, key]) => bar(name, color, v.map((e) => e[key]), { stack: 'v', label: insideLabel })),
    ),
    // what is gone lives in the older version; the rest in the newer
    filterAt: (si, di) => (v[di] ? filterFor.report(si === 1 ? v[di].olderId : v[di].newerId) : null),
    table: {
      columns: ['Report', 'Older', 'Newer', 'New', 'Gone', 'Changed', 'Unchanged'],
      rows: v.map((e) => ({ cells: [e.label, `#${e.olderId}`, `#${e.newerId}`, e.added, e.gone, e.changed, e.unchanged], filter: filterFor.report(e.newerId) })),
    },
  });
}

/** every chart; `decals` adds ECharts' ARIA patterns to the areas (for who cannot tell the colours apart) */
export function allCharts(fig: InsightsFigures, p: ChartPalette, { decals = false } = {}): ChartSpec[] {
  return [severityStatusChart, phaseSeverityChart, gateChart, burndownChart, hotspotsChart, driftChart, versionsChart].map((make) => {
    const chart = make(fig, p);
    if (decals) chart.option = { ...chart.option, aria: { ...(chart.option.aria as Option), decal: { show: true } } };
    return chart;
  });
}
