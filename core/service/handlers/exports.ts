// export.render and import.json: exports are rendered from a fresh snapshot (pure core/export);
// the JSON export re-imports into a new (or empty) project in one transaction.
import { EXPORT_EXTENSIONS, exportAs, fromJson, ImportError, type ExportFormat } from '../../export';
import type { ExportFile } from '../../../shared/api';
import { CoreError, type CoreContext } from '../context';
import { importSnapshot } from '../import-json';
import { buildSnapshot } from '../snapshot';
import type { Handler } from './types';

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

export function renderExport(ctx: CoreContext, projectId: number, format: ExportFormat): ExportFile {
  const snapshot = buildSnapshot(ctx, projectId);
  return { text: exportAs(format, snapshot), fileName: exportFileName(snapshot.project.name, format), mimeType: EXPORT_MIME[format] };
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

export const exportHandlers = {
  'export.render': ((ctx, { projectId, format }) => renderExport(ctx, projectId, format)) as Handler<'export.render'>,
  'import.json': ((ctx, { projectId, base64 }) =>
    importJsonText(ctx, Buffer.from(base64, 'base64').toString('utf8'), projectId)) as Handler<'import.json'>,
};
