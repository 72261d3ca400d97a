import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, FixOrderItemsTable, FixOrderStepsTable, ReportsTable } from '../schema';

export const reportRepository = (db: Kysely<Database>) => ({
  listByProject: (projectId: number) =>
    db.selectFrom('reports').selectAll().where('project_id', '=', projectId).orderBy('id'),
  /** finding counts per report and severity (severity null = unrated) */
  severityCounts: (projectId: number) =>
    db
      .selectFrom('findings')
      .select(['report_id', 'severity', (eb) => eb.fn.countAll<number>().as('n')])
      .where('project_id', '=', projectId)
      .groupBy(['report_id', 'severity']),
  insert: (row: Insertable<ReportsTable>) => db.insertInto('reports').values(row),
  /** a report's row as a new version of it leaves it */
  update: (id: number, set: Updateable<ReportsTable>) => db.updateTable('reports').set(set).where('id', '=', id),
  /** the fix order a report gives (its steps, their items) */
  insertFixStep: (row: Insertable<FixOrderStepsTable>) => db.insertInto('fix_order_steps').values(row),
  insertFixItem: (row: Insertable<FixOrderItemsTable>) => db.insertInto('fix_order_items').values(row),
  byId: (id: number) => db.selectFrom('reports').select(['id', 'title', 'source_path', 'project_id', 'format']).where('id', '=', id),
});
