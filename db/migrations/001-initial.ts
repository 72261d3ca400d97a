import { sql, type Expression } from 'kysely';
import type { Migration } from './types';

export const initial: Migration = {
  version: 1,
  name: 'initial',
  up: (db) => {
    const s = db.schema;
    return [
      s
        .createTable('projects')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull()),

      s
        .createTable('reports')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('source_path', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('date', 'text')
        .addColumn('tool', 'text')
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .addColumn('claims', 'text')
        .addColumn('repairs', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('effort_by_severity', 'text')
        .addUniqueConstraint('reports_project_sha256', ['project_id', 'sha256']),

      s
        .createTable('findings')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
        .addColumn('ref', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('severity', 'text', (c) => c.check(sqlIn('severity', ['critical', 'high', 'medium', 'low', 'info'])))
        .addColumn('severity_text', 'text')
        .addColumn('status', 'text', (c) =>
          c
            .notNull()
            .defaultTo('open')
            .check(
              sqlIn('status', ['open', 'in_progress', 'fixed', 'verified', 'wont_fix', 'false_positive', 'duplicate']),
            ),
        )
        .addColumn('phase', 'text')
        .addColumn('category', 'text')
        .addColumn('rule_id', 'text')
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('blocks_deployment', 'integer')
        .addColumn('effort_min_hours', 'real')
        .addColumn('effort_max_hours', 'real')
        .addColumn('effort_source', 'text')
        .addColumn('effort_text', 'text')
        .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('notes', 'text')
        .addColumn('duplicate_of', 'integer', (c) => c.references('findings.id').onDelete('set null'))
        .addColumn('baseline_state', 'text')
        .addColumn('suppression', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull()),
      s.createIndex('findings_project_status').on('findings').columns(['project_id', 'status']),
      s.createIndex('findings_project_severity').on('findings').columns(['project_id', 'severity']),
      s.createIndex('findings_report').on('findings').column('report_id'),
      s.createIndex('findings_project_fingerprint').on('findings').columns(['project_id', 'fingerprint']),
      s.createIndex('findings_duplicate_of').on('findings').column('duplicate_of'),

      s
        .createTable('locations')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('finding_id', 'integer', (c) => c.notNull().references('findings.id').onDelete('cascade'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('start_line', 'integer')
        .addColumn('end_line', 'integer')
        .addColumn('start_column', 'integer')
        .addColumn('end_column', 'integer'),
      s.createIndex('locations_finding').on('locations').columns(['finding_id', 'ordinal']),
      s.createIndex('locations_path').on('locations').columns(['path', 'finding_id']),

      s
        .createTable('finding_dependencies')
        .addColumn('finding_id', 'integer', (c) => c.notNull().references('findings.id').onDelete('cascade'))
        .addColumn('depends_on_id', 'integer', (c) => c.notNull().references('findings.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('finding_dependencies_pk', ['finding_id', 'depends_on_id'])
        .addCheckConstraint('finding_dependencies_not_self', sqlNe('finding_id', 'depends_on_id')),
      s.createIndex('finding_dependencies_depends_on').on('finding_dependencies').column('depends_on_id'),

      s
        .createTable('checklists')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('report_id', 'integer', (c) => c.references('reports.id').onDelete('cascade'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('gate', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('ordinal', 'integer', (c) => c.notNull().defaultTo(0)),
      s.createIndex('checklists_project').on('checklists').column('project_id'),
      s.createIndex('checklists_report').on('checklists').column('report_id'),
      s
        .createTable('checklist_items')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('checklist_id', 'integer', (c) => c.notNull().references('checklists.id').onDelete('cascade'))
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('checked', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('ordinal', 'integer', (c) => c.notNull()),
      s.createIndex('checklist_items_checklist').on('checklist_items').columns(['checklist_id', 'ordinal']),
      s
        .createTable('checklist_item_findings')
        .addColumn('item_id', 'integer', (c) => c.notNull().references('checklist_items.id').onDelete('cascade'))
        .addColumn('finding_id', 'integer', (c) => c.notNull().references('findings.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('checklist_item_findings_pk', ['item_id', 'finding_id']),
      s.createIndex('checklist_item_findings_finding').on('checklist_item_findings').column('finding_id'),

      s
        .createTable('fix_order_steps')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('effort_min_hours', 'real')
        .addColumn('effort_max_hours', 'real')
        .addColumn('effort_text', 'text'),
      s.createIndex('fix_order_steps_report').on('fix_order_steps').columns(['report_id', 'ordinal']),
      s
        .createTable('fix_order_items')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('step_id', 'integer', (c) => c.notNull().references('fix_order_steps.id').onDelete('cascade'))
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('refs', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('ordinal', 'integer', (c) => c.notNull()),
      s.createIndex('fix_order_items_step').on('fix_order_items').columns(['step_id', 'ordinal']),

      s
        .createTable('events')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('project_id', 'integer', (c) => c.references('projects.id').onDelete('cascade'))
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'integer', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('field', 'text')
        .addColumn('old_value', 'text')
        .addColumn('new_value', 'text')
        .addColumn('batch_id', 'text', (c) => c.notNull())
        .addColumn('undone', 'integer', (c) => c.notNull().defaultTo(0)),
      s.createIndex('events_entity').on('events').columns(['entity', 'entity_id']),
      s.createIndex('events_batch').on('events').column('batch_id'),
      s.createIndex('events_project_undone').on('events').columns(['project_id', 'undone', 'id']),

      s
        .createTable('settings')
        .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('settings_pk', ['project_id', 'key']),
    ];
  },
};

function sqlIn(column: string, values: readonly string[]): Expression<unknown> {
  return sql`${sql.ref(column)} IN (${sql.join(values.map((v) => sql.lit(v)))})`;
}

function sqlNe(a: string, b: string): Expression<unknown> {
  return sql`${sql.ref(a)} <> ${sql.ref(b)}`;
}
