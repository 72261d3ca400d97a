// export.render and import.json: exports are rendered from a fresh snapshot (pure core/export);
// the JSON export re-imports into a new (or empty) project in one transaction.
import { EXPORT_EXTENSIONS, exportAs, fromJson, ImportError, toHtmlWithCharts, toSarif, type ExportFormat } from '../../export';
import { latestComparison } from '../../ingest/versions';
import { computeInsights } from '../../../shared/insights';
import type { ExportFile } from '../../../shared/api';
import { CoreError, type CoreContext } from '../context';
import { importSnapshot } from '../import-json';
import { checkpoint } from '../job';
import { buildSnapshot } from '../snapshot';
import { loadInsightsData } from './insights';
import { handlersOf } from './types';

export const EXPORT_MIME: Record<ExportFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  html: 'text/html;charset=utf-8',
  sarif: 'application/sarif+json',
};

export function exportFileName(projectName: string, format: ExportFormat): string {
  const slug = projectName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'project';
  return `${slug}-punchlist${EXPORT_EXTENSIONS[format]}`;
}

/**
 * The HTML export (and so the app's PDF, which prints it) carries the Insights charts as static SVG,
 * drawn from the same figures as insights.get (burndown from the event log) at the core's clock.
 */
export async function renderExport(ctx: CoreContext, projectId: number, format: ExportFormat): Promise<ExportFile> {
  const snapshot = buildSnapshot(ctx, projectId);
  checkpoint(ctx, 'render', 0, 1);
  let text: string;
  if (format === 'html') {
    const now = ctx.now();
    text = await toHtmlWithCharts(snapshot, { exportedAt: now, insights: computeInsights(loadInsightsData(ctx, projectId), now) });
  } else if (format === 'sarif') {
    // a report updated by a newer version: how its latest version compares with the one before
    text = toSarif(snapshot, { baselineStates: latestComparison(ctx, projectId) });
  } else text = exportAs(format, snapshot);
  checkpoint(ctx, 'render', 1, 1);
  return { text, fileName: exportFileName(snapshot.project.name, format), mimeType: EXPORT_MIME[format] };
}

export function importJsonText(ctx: CoreContext, text: string, projectId?: number) {
  let snapshot;
  try {
    snapshot = fromJson(text);
  } catch (e) {
    if (e instanceof ImportError) throw new CoreError('invalid_input', e.message);
    throw e;
  }
  return importSnapshot(ctx, snapshot, projectId);
}

export const exportHandlers = handlersOf({
  'export.render': (ctx, { projectId, format }) => renderExport(ctx, projectId, format),
  'import.json': (ctx, { projectId, base64 }) => importJsonText(ctx, Buffer.from(base64, 'base64').toString('utf8'), projectId),
});
