import type { Insertable, Kysely } from 'kysely';
import type { Database, ReportsTable } from '../schema';

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
  byId: (id: number) => db.selectFrom('reports').select(['id', 'title', 'source_path', 'project_id', 'format']).where('id', '=', id),
});
