// ECharts options for each insight figure: one builder per chart, used by the Insights view (canvas)
// and by the HTML export (server-side SVG), so both show the same charts. Pure data → option; the
// palette comes from the caller (the view reads its CSS variables, the export uses LIGHT_PALETTE).
// Each chart's `meta` maps a clicked element (series index, data index) to its board filter.
import type { SeverityOrUnrated } from '../snapshot';
import type { Status } from '../types';
import { filterFor, type InsightFilter, type InsightsFigures } from './index';

export interface ChartPalette {
  text: string;
  muted: string;
  border: string;
  background: string;
  accent: string;
  severity: Record<SeverityOrUnrated, string>;
  status: Record<Status, string>;
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
};

export const STATUS_NAMES: Record<Status, string> = {
  open: 'Open',
  in_progress: 'In progress',
  fixed: 'Fixed',
  verified: 'Verified',
  wont_fix: "Won't fix",
  false_positive: 'False positive',
  duplicate: 'Duplicate',
};
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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
  /** the same numbers as a table (the text alternative) */
  table: TableView;
  /** nothing to show */
  empty: boolean;
}

function base(p: ChartPalette, description: string) {
  return {
    backgroundColor: 'transparent',
    animation: false,
    aria: { enabled: true, label: { description }, decal: { show: false } },
    textStyle: { color: p.text, fontFamily: "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif" },
    tooltip: { trigger: 'item', confine: true, renderMode: 'richText' },
    legend: { top: 0, textStyle: { color: p.text }, type: 'scroll' },
    grid: { left: 8, right: 16, top: 36, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
  };
}

const axis = (p: ChartPalette) => ({
  axisLine: { lineStyle: { color: p.border } },
  axisLabel: { color: p.muted },
  splitLine: { lineStyle: { color: p.border, opacity: 0.6 } },
});

const short = (s: string, n = 48) => (s.length > n ? `…${s.slice(s.length - n + 1)}` : s);
/** titles keep their start */
const head = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function severityStatusChart(fig: InsightsFigures, p: ChartPalette): ChartSpec {
  const { severities, statuses, counts } = fig.severityStatus;
  const description = `Findings by severity and status: ${severities
    .map((s, i) => `${s} ${counts[i].reduce((a, b) => a + b, 0)}`)
    .join(', ')}.`;
  const used = statuses.map((_, j) => counts.some((row) => row[j] > 0));
  return {
    id: 'severity-status',
    title: 'Findings by severity × status',
    description,
    empty: fig.totals.findings === 0,
    option: {
      ...base(p, description),
      legend: { top: 0, textStyle: { color: p.text }, type: 'scroll', data: statuses.filter((_, j) => used[j]).map((st) => STATUS_NAMES[st]) },
      xAxis: { type: 'category', data: severities.map(cap), ...axis(p), axisLabel: { color: p.muted, interval: 0 } },
      yAxis: { type: 'value', minInterval: 1, ...axis(p) },
      series: statuses.map((st, j) => ({
        name: STATUS_NAMES[st],
        type: 'bar',
        stack: 'status',
        barMaxWidth: 56,
        itemStyle: { color: p.status[st] },
        emphasis: { focus: 'series' },
        data: severities.map((_, i) => counts[i][j]),
      })),
    },
    filterAt: (si, di) => (statuses[si] && severities[di] && counts[di][si] > 0 ? filterFor.severityStatus(severities[di], statuses[si]) : null),
    table: {
      columns: ['Severity', ...statuses.map((s) => STATUS_NAMES[s]), 'Total'],
      rows: severities.map((s, i) => ({ cells: [cap(s), ...counts[i], counts[i].reduce((a, b) => a + b, 0)], filter: { severity: [s] } })),
    },
  };
}

export function phaseSeverityChart(fig: InsightsFigures, p: ChartPalette): ChartSpec {
  const { phases, severities, counts } = fig.phaseSeverity;
  const label = (ph: string | null) => ph ?? '(no phase)';
  const data: Array<[number, number, number]> = [];
  let max = 0;
  phases.forEach((_, i) =>
    severities.forEach((_, j) => {
      data.push([j, i, counts[i][j]]);
      max = Math.max(max, counts[i][j]);
    }),
  );
  const description = `Open findings by phase and severity across ${phases.length} phase${phases.length === 1 ? '' : 's'}; the largest cell holds ${max}.`;
  return {
    id: 'phase-severity',
    title: 'Open findings by phase × severity',
    description,
    empty: phases.length === 0,
    option: {
      ...base(p, description),
      legend: undefined,
      grid: { left: 8, right: 16, top: 8, bottom: 48, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: { type: 'category', data: severities.map(cap), ...axis(p), axisLabel: { color: p.muted, interval: 0 }, splitArea: { show: false } },
      yAxis: { type: 'category', data: phases.map((ph) => short(label(ph), 36)), ...axis(p), axisLabel: { color: p.muted, interval: 0 }, inverse: true },
      visualMap: {
        min: 0,
        max: Math.max(1, max),
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 120,
        textStyle: { color: p.muted },
        inRange: { color: [p.background, p.severity.high] },
      },
      series: [
        {
          type: 'heatmap',
          name: 'Open findings',
          data,
          label: { show: true, color: p.text },
          itemStyle: { borderColor: p.border, borderWidth: 1 },
        },
      ],
    },
    filterAt: (_si, di) => {
      const d = data[di];
      return d && d[2] > 0 ? filterFor.phaseSeverity(phases[d[1]], severities[d[0]]) : null;
    },
    table: {
      columns: ['Phase', ...severities.map(cap)],
      rows: phases.map((ph, i) => ({ cells: [label(ph), ...counts[i]], filter: ph === null ? null : { phase: [ph], status: ['open', 'in_progress'] } })),
    },
  };
}

const nonZero = (x: { value?: unknown }) => (x.value ? String(x.value) : '');

export function gateChart(fig: InsightsFigures, p: ChartPalette): ChartSpec {
  const g = fig.gate;
  const description = `Blockers: ${g.blockers.open} open, ${g.blockers.done} done. Gate checklist items: ${g.gateItems.open} open, ${g.gateItems.done} done.`;
  return {
    id: 'gate',
    title: 'Blockers and gate items: open vs done',
    description,
    empty: g.blockers.open + g.blockers.done + g.gateItems.open + g.gateItems.done === 0,
    option: {
      ...base(p, description),
      yAxis: { type: 'category', data: ['Blockers', 'Gate items'], ...axis(p), inverse: true },
      xAxis: { type: 'value', minInterval: 1, ...axis(p) },
      series: [
        { name: 'Open', type: 'bar', stack: 'g', barMaxWidth: 40, itemStyle: { color: p.status.open }, label: { show: true, color: p.text, position: 'inside', formatter: nonZero }, data: [g.blockers.open, g.gateItems.open] },
        { name: 'Done', type: 'bar', stack: 'g', barMaxWidth: 40, itemStyle: { color: p.status.fixed }, label: { show: true, color: p.text, position: 'inside', formatter: nonZero }, data: [g.blockers.done, g.gateItems.done] },
      ],
    },
    filterAt: (si, di) => (di === 0 ? filterFor.blockers(si === 0) : null),
    table: {
      columns: ['', 'Open', 'Done'],
      rows: [
        { cells: ['Blockers', g.blockers.open, g.blockers.done], filter: filterFor.blockers(true) },
        { cells: ['Gate items', g.gateItems.open, g.gateItems.done], filter: null },
      ],
    },
  };
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
  const series: Array<Record<string, unknown>> = [
    { name: 'Open findings', type: 'line', showSymbol: n < 60, data: b.open, itemStyle: { color: p.status.open }, lineStyle: { width: 3 } },
    { name: 'Open blockers', type: 'line', showSymbol: n < 60, data: b.blockers, itemStyle: { color: p.severity.critical }, lineStyle: { width: 2, type: 'dashed' } },
    // the effort band: the minimum (invisible) with (max − min) stacked on it as an area
    { name: 'Effort min (h)', type: 'line', yAxisIndex: 1, stack: 'effort', symbol: 'none', lineStyle: { opacity: 0 }, data: b.effortMin, tooltip: { show: true } },
    {
      name: 'Effort range (h)',
      type: 'line',
      yAxisIndex: 1,
      stack: 'effort',
      symbol: 'none',
      lineStyle: { opacity: 0 },
      areaStyle: { color: p.accent, opacity: 0.22 },
      itemStyle: { color: p.accent },
      data: b.effortMax.map((mx, i) => Math.round((mx - b.effortMin[i]) * 100) / 100),
    },
    ...perReport.map((r) => ({ name: head(r.label, 32), type: 'line', symbol: 'none', lineStyle: { width: 1 }, data: r.open })),
  ];
  return {
    id: 'burndown',
    title: 'Burndown: open findings, blockers and effort remaining',
    description,
    empty: n === 0 || fig.totals.findings === 0,
    option: {
      ...base(p, description),
      tooltip: { trigger: 'axis', confine: true, renderMode: 'richText' },
      legend: { top: 0, textStyle: { color: p.text }, type: 'scroll', data: series.map((s) => s.name).filter((x) => x !== 'Effort min (h)') },
      grid: { left: 8, right: 8, top: 40, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: { type: 'category', data: b.days, boundaryGap: false, ...axis(p) },
      yAxis: [
        { type: 'value', name: 'findings', minInterval: 1, nameTextStyle: { color: p.muted }, ...axis(p) },
        { type: 'value', name: 'hours', nameTextStyle: { color: p.muted }, ...axis(p), splitLine: { show: false } },
      ],
      series,
    },
    filterAt: (si) => {
      if (si === 0) return { status: ['open', 'in_progress'] };
      if (si === 1) return filterFor.blockers(true);
      const r = perReport[si - 4];
      return r ? filterFor.openOfReport(r.reportId) : null;
    },
    table: {
      columns: ['Day', 'Open', 'Open blockers', 'Effort min (h)', 'Effort max (h)'],
      rows: b.days.map((d, i) => ({ cells: [d, b.open[i], b.blockers[i], b.effortMin[i], b.effortMax[i]], filter: null })),
    },
  };
}

export function hotspotsChart(fig: InsightsFigures, p: ChartPalette): ChartSpec {
  const h = fig.hotspots;
  const description = h.length
    ? `Most weighted open findings: ${h
        .slice(0, 3)
        .map((e) => `${e.path} (${e.count} findings, weight ${e.weight})`)
        .join('; ')}.`
    : 'No open finding has a location.';
  return {
    id: 'hotspots',
    title: 'Where it hurts: files and folders by weighted open findings',
    description,
    empty: h.length === 0,
    option: {
      ...base(p, description),
      legend: undefined,
      grid: { left: 8, right: 40, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      yAxis: { type: 'category', data: h.map((e) => short(e.path)), inverse: true, ...axis(p) },
      xAxis: { type: 'value', ...axis(p) },
      series: [
        {
          type: 'bar',
          name: 'Weight',
          barMaxWidth: 22,
          label: { show: true, position: 'right', color: p.muted, formatter: '{c}' },
          data: h.map((e) => ({ value: e.weight, itemStyle: { color: e.kind === 'folder' ? p.accent : p.severity.high } })),
        },
      ],
    },
    filterAt: (_si, di) => (h[di] ? filterFor.hotspot(h[di].path) : null),
    table: {
      columns: ['Path', 'Kind', 'Open findings', 'Weight'],
      rows: h.map((e) => ({ cells: [e.path, e.kind, e.count, e.weight], filter: filterFor.hotspot(e.path) })),
    },
  };
}

export function driftChart(fig: InsightsFigures, p: ChartPalette): ChartSpec {
  const d = fig.drift;
  const description = d.length
    ? `Claimed versus found per report: ${d.map((r) => `${r.label}: claims ${r.claims?.total ?? 'none'}, contains ${r.found.total}`).join('; ')}.`
    : 'No report yet.';
  return {
    id: 'drift',
    title: 'Reports: what they claim vs what they contain',
    description,
    empty: d.length === 0,
    option: {
      ...base(p, description),
      yAxis: { type: 'category', data: d.map((r) => head(r.label, 40)), inverse: true, ...axis(p) },
      xAxis: { type: 'value', minInterval: 1, ...axis(p) },
      series: [
        { name: 'Claimed', type: 'bar', barMaxWidth: 18, itemStyle: { color: p.muted }, label: { show: true, position: 'right', color: p.muted }, data: d.map((r) => r.claims?.total ?? '-') },
        { name: 'Found', type: 'bar', barMaxWidth: 18, itemStyle: { color: p.accent }, label: { show: true, position: 'right', color: p.muted }, data: d.map((r) => r.found.total) },
      ],
    },
    filterAt: (_si, di) => (d[di] ? filterFor.report(d[di].reportId) : null),
    table: {
      columns: ['Report', 'Claimed total', 'Found total', 'Difference', 'Critical (claimed/found)', 'High (claimed/found)', 'Medium (claimed/found)', 'Low (claimed/found)'],
      rows: d.map((r) => ({
        cells: [
          r.label,
          r.claims?.total ?? '–',
          r.found.total,
          r.difference ?? '–',
          `${r.claims?.critical ?? '–'}/${r.found.critical}`,
          `${r.claims?.high ?? '–'}/${r.found.high}`,
          `${r.claims?.medium ?? '–'}/${r.found.medium}`,
          `${r.claims?.low ?? '–'}/${r.found.low}`,
        ],
        filter: filterFor.report(r.reportId),
      })),
    },
  };
}

export function versionsChart(fig: InsightsFigures, p: ChartPalette): ChartSpec {
  const v = fig.versions;
  const description = v.length
    ? `Between versions: ${v.map((e) => `${e.label}: ${e.added} new, ${e.gone} gone, ${e.changed} changed`).join('; ')}.`
    : 'No report has two versions yet.';
  return {
    id: 'versions',
    title: 'Between two versions of a report: new, gone, changed',
    description,
    empty: v.length === 0,
    option: {
      ...base(p, description),
      yAxis: { type: 'category', data: v.map((e) => `${head(e.label, 34)} (#${e.olderId} → #${e.newerId})`), inverse: true, ...axis(p) },
      xAxis: { type: 'value', minInterval: 1, ...axis(p) },
      series: [
        { name: 'New', type: 'bar', stack: 'v', itemStyle: { color: p.status.open }, data: v.map((e) => e.added) },
        { name: 'Gone', type: 'bar', stack: 'v', itemStyle: { color: p.status.fixed }, data: v.map((e) => e.gone) },
        { name: 'Changed', type: 'bar', stack: 'v', itemStyle: { color: p.status.in_progress }, data: v.map((e) => e.changed) },
        { name: 'Unchanged', type: 'bar', stack: 'v', itemStyle: { color: p.status.wont_fix }, data: v.map((e) => e.unchanged) },
      ],
    },
    filterAt: (_si, di) => (v[di] ? filterFor.report(v[di].newerId) : null),
    table: {
      columns: ['Report', 'Older', 'Newer', 'New', 'Gone', 'Changed', 'Unchanged'],
      rows: v.map((e) => ({ cells: [e.label, `#${e.olderId}`, `#${e.newerId}`, e.added, e.gone, e.changed, e.unchanged], filter: filterFor.report(e.newerId) })),
    },
  };
}

export function allCharts(fig: InsightsFigures, p: ChartPalette): ChartSpec[] {
  return [severityStatusChart, phaseSeverityChart, gateChart, burndownChart, hotspotsChart, driftChart, versionsChart].map((make) => make(fig, p));
}
