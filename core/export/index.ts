// Exporters: pure functions ProjectSnapshot (+ plan) -> string.
export { toMarkdown } from './markdown';
export { toCsv, CSV_COLUMNS } from './csv';
export { toJson, fromJson, ImportError, snapshotSchema, PUNCHLIST_EXPORT_VERSION, type PunchlistExport } from './json';
export { toHtml, HTML_CSP } from './html';
export { toHtmlWithCharts, type ChartExportOptions } from './charts';
export { toSarif, pathToUri, sarifRuleId, SARIF_SCHEMA_URI, PUNCHLIST_FINGERPRINT_KEY } from './sarif';
export type { ExportOptions } from './common';

import type { ProjectSnapshot } from '../../shared/snapshot';
import type { ExportOptions } from './common';
import { toCsv } from './csv';
import { toHtml } from './html';
import { toJson } from './json';
import { toMarkdown } from './markdown';
import { toSarif } from './sarif';

export const EXPORT_FORMATS = ['md', 'csv', 'json', 'html', 'sarif'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { md: '.md', csv: '.csv', json: '.json', html: '.html', sarif: '.sarif' };

/** `punchlist export --format F`: the exporter for a format name. */
export function exportAs(format: ExportFormat, snapshot: ProjectSnapshot, options: ExportOptions = {}): string {
  switch (format) {
    case 'md':
      return toMarkdown(snapshot, options);
    case 'csv':
      return toCsv(snapshot, options);
    case 'json':
      return toJson(snapshot, options);
    case 'html':
      return toHtml(snapshot, options);
    case 'sarif':
      return toSarif(snapshot, options);
  }
}
