// The Insights charts as static SVG for the HTML export (issue 9): ECharts' server-side SVG renderer
// (no DOM, no script), the same option builders as the app, and the same figures (shared/insights).
// A ProjectSnapshot has no event log, so the burndown comes in from the caller when it has one.
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { computeInsights, type BurndownFigure, type InsightFinding, type InsightsData, type InsightsFigures } from '../../shared/insights';
import { allCharts, LIGHT_PALETTE, type ChartPalette, type ChartSpec } from '../../shared/insights/charts';
import type { ProjectSnapshot } from '../../shared/snapshot';
import { escapeHtml } from './escape';

echarts.use([BarChart, HeatmapChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

// Node has no canvas to measure text: estimate generously (wide sans-serif fonts), so axis labels are
// not clipped whichever font prints the page. Only the Node process is affected; the app's canvas measures.
function estimateWidth(text: string, font?: string): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
  let em = 0;
  for (const ch of text) {
    if (/[ilIjft.,:;|!'`()[\] ]/.test(ch)) em += 0.36;
    else if (/[MWmw@%]/.test(ch)) em += 0.9;
    else if (/[A-Z]/.test(ch)) em += 0.72;
    else if (ch.charCodeAt(0) < 0x2e80) em += 0.62;
    else em += 1;
  }
  return em * size;
}
echarts.setPlatformAPI({ measureText: (text: string, font?: string) => ({ width: estimateWidth(text, font) }) as TextMetrics });

export interface ChartExportOptions {
  /** the figures to draw (the service's insights.get); default: computed from the snapshot */
  insights?: InsightsFigures;
  /** a burndown from the event log, when the snapshot's own figures are used */
  burndown?: BurndownFigure;
}

export function insightsDataFromSnapshot(snapshot: ProjectSnapshot): InsightsData {
  const findings: InsightFinding[] = snapshot.findings.map((f) => ({
    id: f.id,
    reportId: f.reportId,
    severity: f.severity,
    status: f.status,
    phase: f.phase,
    blocksDeployment: f.blocksDeployment,
    effortMinHours: f.effortMinHours,
    effortMaxHours: f.effortMaxHours,
    fingerprint: f.fingerprint,
    title: f.title,
    paths: [...new Set(f.locations.map((l) => l.path).filter(Boolean))],
  }));
  const status = new Map(snapshot.findings.map((f) => [f.id, f.status]));
  const gateItems = snapshot.checklists
    .filter((c) => c.gate)
    .flatMap((c) => c.items)
    .map((it) => ({
      checked:
        it.checked ||
        (!it.manual && it.findingIds.length > 0 && it.findingIds.every((id) => status.get(id) === 'fixed' || status.get(id) === 'verified')),
    }));
  const reports = snapshot.reports.map((r) => ({ id: r.id, title: r.title, sourcePath: r.sourcePath, date: r.date, claims: r.claims }));
  return { findings, reports, gateItems, settings: snapshot.settings };
}

/** one chart as an SVG string (no script: ECharts' SSR output is plain SVG) */
export function chartSvg(spec: ChartSpec, width = 720, height = 320): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    const option: Record<string, unknown> = { ...spec.option, tooltip: { show: false } };
    // paper cannot page a legend: let it wrap, and leave it room
    const legend = option.legend as Record<string, unknown> | undefined;
    if (legend) {
      const names = (legend.data as unknown[] | undefined)?.length ?? (option.series as unknown[] | undefined)?.length ?? 0;
      const rows = Math.ceil(names / 3);
      option.legend = { ...legend, type: 'plain', left: 8, right: 8 };
      option.grid = { ...(option.grid as object), top: 24 + 24 * rows };
    }
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const HEIGHT: Record<string, (fig: InsightsFigures) => number> = {
  'phase-severity': (f) => 90 + 28 * Math.max(2, f.phaseSeverity.phases.length),
  hotspots: (f) => 30 + 24 * Math.max(3, f.hotspots.length),
  drift: (f) => 60 + 40 * Math.max(2, f.drift.length),
  versions: (f) => 60 + 30 * Math.max(2, f.versions.length),
  gate: () => 180,
};

export function figuresForExport(snapshot: ProjectSnapshot, options: ChartExportOptions = {}, now = new Date().toISOString()): InsightsFigures {
  if (options.insights) return options.insights;
  const fig = computeInsights(insightsDataFromSnapshot(snapshot), now);
  return options.burndown ? { ...fig, burndown: options.burndown } : fig;
}

/** The "Insights" section of the HTML export: each chart as inline SVG inside a <figure> with its text alternative. */
export function insightsHtml(snapshot: ProjectSnapshot, options: ChartExportOptions = {}, palette: ChartPalette = LIGHT_PALETTE): string {
  const fig = figuresForExport(snapshot, options);
  const out: string[] = ['<h2>Insights</h2>'];
  for (const spec of allCharts(fig, palette)) {
    // without an event log the burndown has nothing to show
    if (spec.empty || (spec.id === 'burndown' && !options.insights && !options.burndown)) continue;
    const svg = chartSvg(spec, 720, HEIGHT[spec.id]?.(fig) ?? 320);
    out.push(
      `<figure class="chart" data-chart="${spec.id}">`,
      `<figcaption>${escapeHtml(spec.title)}</figcaption>`,
      svg,
      `<p class="detail">${escapeHtml(spec.description)}</p>`,
      '</figure>',
    );
  }
  return out.join('\n');
}

export const CHARTS_CSS = 'figure.chart{margin:1rem 0;page-break-inside:avoid;break-inside:avoid}figure.chart svg{max-width:100%;height:auto}figcaption{font-weight:600}';
