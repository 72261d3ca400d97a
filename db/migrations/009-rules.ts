import type { Migration } from './types';

/**
 * Import review and corrections (issue 15):
 * - report_texts: the text of each Markdown report's latest version (decoded, line endings LF), so
 *   the review screen can show it beside what was extracted and rules can be re-applied to it.
 * - rules: corrections a user made in the review ("this block is a finding", "not a finding",
 *   "Red → critical", …) for a report family (`family`: JSON list of family keys,
 *   shared/report-family.ts) or the whole project (`family` NULL). `spec` is the rule as JSON
 *   (shared/rules.ts); `enabled` 0 turns it off without losing it; `deleted` 1 removes it (kept so
 *   undo can bring it back).
 */
export const rules: Migration = {
  version: 9,
  name: 'review-rules',
  up: (db) => {
    const s = db.schema;
    return [
      s
        .createTable('report_texts')
        .addColumn('report_id', 'integer', (c) => c.primaryKey().references('reports.id').onDelete('cascade'))
        .addColumn('text', 'text', (c) => c.notNull()),
      s
        .createTable('rules')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('family', 'text')
        .addColumn('family_label', 'text')
        .addColumn('spec', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull()),
      s.createIndex('rules_project').on('rules').columns(['project_id', 'deleted', 'enabled']),
    ];
  },
};
