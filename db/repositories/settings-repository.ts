import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export const settingsRepository = (db: Kysely<Database>) => ({
  get: (projectId: number, key: string) =>
    db.selectFrom('settings').select('value').where('project_id', '=', projectId).where('key', '=', key),
  set: (projectId: number, key: string, value: string) =>
    db
      .insertInto('settings')
      .values({ project_id: projectId, key, value })
      .onConflict((oc) => oc.columns(['project_id', 'key']).doUpdateSet({ value })),
});
