import type { Insertable, Kysely } from 'kysely';
import type { Database, ProjectsTable } from '../schema';

export const projectRepository = (db: Kysely<Database>) => ({
  list: () => db.selectFrom('projects').select(['id', 'name', 'created_at']).orderBy('id'),
  byId: (id: number) => db.selectFrom('projects').select(['id', 'name', 'created_at']).where('id', '=', id),
  byName: (name: string) => db.selectFrom('projects').select(['id', 'name', 'created_at']).where('name', '=', name),
  insert: (name: string, createdAt: string) => db.insertInto('projects').values({ name, created_at: createdAt }),
  /** a project row with its id given (a copy into another database) */
  insertRow: (row: Insertable<ProjectsTable>) => db.insertInto('projects').values(row),
});
