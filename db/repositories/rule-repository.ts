import type { Kysely, Selectable } from 'kysely';
import type { Database, RulesTable } from '../schema';

export type RuleRow = Selectable<RulesTable>;

/** rules (issue 15) and the kept texts of Markdown reports */
export const ruleRepository = (db: Kysely<Database>) => ({
  /** the project's rules that are not deleted, oldest first */
  list: (projectId: number) => db.selectFrom('rules').selectAll().where('project_id', '=', projectId).where('deleted', '=', 0).orderBy('id'),
  /** whether the project has a rule that is on (ingest then asks the extractor for what it rejected) */
  anyEnabled: (projectId: number) =>
    db.selectFrom('rules').select('id').where('project_id', '=', projectId).where('deleted', '=', 0).where('enabled', '=', 1).limit(1),
  get: (id: number) => db.selectFrom('rules').selectAll().where('id', '=', id),
  insert: (row: { project_id: number; family: string | null; family_label: string | null; spec: string; label: string; enabled: number; created_at: string }) =>
    db.insertInto('rules').values(row),
  setState: (id: number, state: { enabled?: number; deleted?: number }) => db.updateTable('rules').set(state).where('id', '=', id),
  text: (reportId: number) => db.selectFrom('report_texts').select('text').where('report_id', '=', reportId),
  setText: (reportId: number, text: string) =>
    db
      .insertInto('report_texts')
      .values({ report_id: reportId, text })
      .onConflict((oc) => oc.column('report_id').doUpdateSet({ text })),
});
