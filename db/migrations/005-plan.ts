import type { Migration } from './types';

/**
 * Issue 5 (plan, checklists, exports):
 * - checklist_items.manual: the user ticked/unticked the item by hand, so auto-ticking from its
 *   linked findings leaves it alone;
 * - findings.status_reason: the reason given when a status was set (kept by JSON import; later
 *   status changes take their reason from the event log); findings.tool_fingerprints: the source
 *   tool's fingerprints (SARIF partialFingerprints), JSON;
 * - plan_steps + plan_step_findings: the user's manual plan order per project (absent = generated).
 */
export const planTables: Migration = {
  version: 5,
  name: 'plan',
  up: (db) => {
    const s = db.schema;
    return [
      s.alterTable('checklist_items').addColumn('manual', 'integer', (c) => c.notNull().defaultTo(0)),
      s.alterTable('findings').addColumn('status_reason', 'text'),
      s.alterTable('findings').addColumn('tool_fingerprints', 'text'),
      s
        .createTable('plan_steps')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull()),
      s.createIndex('plan_steps_project').on('plan_steps').columns(['project_id', 'ordinal']),
      s
        .createTable('plan_step_findings')
        .addColumn('step_id', 'integer', (c) => c.notNull().references('plan_steps.id').onDelete('cascade'))
        .addColumn('finding_id', 'integer', (c) => c.notNull().references('findings.id').onDelete('cascade'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('plan_step_findings_pk', ['step_id', 'finding_id']),
      s.createIndex('plan_step_findings_finding').on('plan_step_findings').column('finding_id'),
    ];
  },
};
