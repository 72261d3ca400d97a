// A location's path is stored once per distinct path (paths, migration 012) and referred to by
// locations.path_id: a 200,000-result log names a few thousand files, and each path was stored twice
// per location (the row and the locations_path index). Rows stored before migration 012 keep their
// path text as well; rows stored since hold '' in locations.path. Every reader takes the path from here.
import { sql, type RawBuilder } from 'kysely';

/** the path of the locations row `table` (a table name or alias) as SQL text, for raw SQL */
export function locationPathSql(table: string): string {
  return `coalesce((SELECT p.path FROM paths p WHERE p.id = ${table}.path_id), ${table}.path)`;
}

/** The path of the locations row `table` (a table name or alias) as a Kysely expression. */
export function locationPath(table = 'locations'): RawBuilder<string> {
  return sql<string>`coalesce((SELECT p.path FROM paths p WHERE p.id = ${sql.ref(`${table}.path_id`)}), ${sql.ref(`${table}.path`)})`;
}
