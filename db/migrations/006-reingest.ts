import type { Migration } from './types';

/**
 * Re-ingest and duplicates (issue 6):
 * - report_versions: every version of a report that was ingested or applied (sha256, when, counts);
 *   a report row always holds its latest version.
 * - finding_absence: findings that the latest version of their report no longer contains
 *   ("not in latest report"); the row goes away when a later version has the finding again.
 * - finding_merges: a user merge of `duplicate_id` into `keep_id` (active 1) with what the merge
 *   changed, so un-merge and undo can restore it.
 */
export const reingest: Migration = {
  version: 6,
  name: 'reingest',
  up: (db) => {
    const s = db.schema;
    return [
      s
        .createTable('report_versions')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('source_path', 'text', (c) => c.notNull())
        .addColumn('applied_at', 'text', (c) => c.notNull())
        .addColumn('matched', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('added', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('absent', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('changed', 'integer', (c) => c.notNull().defaultTo(0)),
      s.createIndex('report_versions_report').on('report_versions').columns(['report_id', 'id']),
      s.createIndex('report_versions_sha').on('report_versions').column('sha256'),

      s
        .createTable('finding_absence')
        .addColumn('finding_id', 'integer', (c) => c.primaryKey().references('findings.id').onDelete('cascade'))
        .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
        .addColumn('version_id', 'integer', (c) => c.references('report_versions.id').onDelete('set null'))
        .addColumn('since', 'text', (c) => c.notNull()),
      s.createIndex('finding_absence_project').on('finding_absence').columns(['project_id', 'report_id']),

      s
        .createTable('finding_merges')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('keep_id', 'integer', (c) => c.notNull().references('findings.id').onDelete('cascade'))
        .addColumn('duplicate_id', 'integer', (c) => c.notNull().references('findings.id').onDelete('cascade'))
        .addColumn('score', 'real')
        .addColumn('reason', 'text')
        .addColumn('keep_severity_before', 'text')
        .addColumn('duplicate_status_before', 'text', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull()),
      s.createIndex('finding_merges_keep').on('finding_merges').columns(['keep_id', 'active']),
      s.createIndex('finding_merges_duplicate').on('finding_merges').columns(['duplicate_id', 'active']),
    ];
  },
};
