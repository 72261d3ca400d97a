// The Insights charts of the HTML export (issue 9): the same figures as the app's Insights view
// (the service passes its insights.get figures, burndown from the event log included) drawn by the
// same option builders, as static SVG. ECharts is loaded here only, on demand (./chart-svg), so
// processes that never render an HTML export do not pay for it.
import { autoTick } from '../../shared/plan';
import { computeInsights, type BurndownFigure, type InsightFinding, type InsightsData, type InsightsFigures } from '../../shared/insights';
import { allCharts, LIGHT_PALETTE, type ChartPalette } from '../../shared/insights/charts';
import type { ProjectSnapshot } from '../../shared/snapshot';
import type { ExportOptions } from './common';
import { escapeHtml } from './escape';
import { toHtml } from './html';

export interface ChartExportOptions {
  /** the figures to draw (the service's insights.get); default: computed from the snapshot */
  insights?: InsightsFigures;
  /** a burndown from the event log, when the snapshot's own figures are used */
  burndown?: BurndownFigure;
}

/** the figures' input from a snapshot alone (an imported JSON export has no event log: no burndown) */
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
  // the Ready-to-deploy rule (gateStatus): gate items auto-ticked from their findings unless manual
  const gateItems = snapshot.checklists
    .filter((c) => c.gate)
    .flatMap((c) => autoTick(c.items, snapshot.findings))
    .map((it) => ({ checked: it.checked }));
  const reports = snapshot.reports.map((r) => ({ id: r.id, title: r.title, sourcePath: r.sourcePath, date: r.date, claims: r.claims, format: r.format, tool: r.tool }));
  return { findings, reports, gateItems, settings: snapshot.settings };
}

const HEIGHT: Record<string, (fig: InsightsFigures) => number> = {
  'phase-severity': (f) => 90 + 28 * Math.max(2, f.phaseSeverity.phases.length),
  hotspots: (f) => 60 + 24 * Math.max(3, f.hotspots.length),
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
export async function insightsHtml(snapshot: ProjectSnapshot, options: ChartExportOptions = {}, palette: ChartPalette = LIGHT_PALETTE): Promise<string> {
  const { chartSvg } = await import('./chart-svg');
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

/** the HTML export with the Insights charts as static SVG (export.render's html, hence the CLI's and the PDF) */
export async function toHtmlWithCharts(snapshot: ProjectSnapshot, options: ExportOptions & ChartExportOptions = {}): Promise<string> {
  return toHtml(snapshot, { ...options, chartsHtml: await insightsHtml(snapshot, options) });
}
