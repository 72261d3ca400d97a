// Values stored once per database and referred to by id: rule texts (db/finding-body.ts) and
// location paths (db/location-path.ts).
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export const storedOnceRepository = (db: Kysely<Database>) => ({
  ruleTextByDigest: (digest: string) => db.selectFrom('rule_texts').select('id').where('digest', '=', digest),
  insertRuleText: (digest: string, text: string) => db.insertInto('rule_texts').values({ digest, text }),
  path: (path: string) => db.selectFrom('paths').select('id').where('path', '=', path),
  pathsIn: (paths: readonly string[]) => db.selectFrom('paths').select(['id', 'path']).where('path', 'in', paths),
  insertPath: (path: string) => db.insertInto('paths').values({ path }),
  /** new paths, one statement, answered with their ids */
  insertPaths: (paths: readonly string[]) =>
    db
      .insertInto('paths')
      .values(paths.map((path) => ({ path })))
      .returning(['id', 'path']),
});
