import { ftsSchemaSqlV5 } from '../fts';
import type { Migration } from './types';

/**
 * A database no larger than the log it holds (issue 17):
 * - rule_texts: each rule text (SARIF: rule line, description, help) stored once, under the sha256
 *   of its text; findings.rule_text_id: the rule text a finding's body ends with, its `body` then
 *   holding only its own text (db/finding-body.ts composes the whole body on read). Rows stored
 *   before keep their whole body with rule_text_id NULL, so they read exactly as before.
 * - paths: each location path once; locations.path_id refers to it and locations_path indexes
 *   (path_id, finding_id) for the path filter. Rows stored before get their path_id and keep their
 *   path; rows stored since hold '' there (db/location-path.ts reads the path either way).
 * - SQLite: the full-text table rebuilt with detail=none and no per-row token counts, a rule text
 *   indexed once in a row of its own, the index's words readable by searches (db/fts.ts
 *   ftsSchemaSqlV5); refilled from the stored findings. rule_text_id has no foreign key: rule texts
 *   are never deleted (a finding's row may be, and undo brings it back as it was).
 * A 50,000-result SARIF log: 53.2 MB → 31.5 MB before any other change.
 */
export const ruleTexts: Migration = {
  version: 12,
  name: 'rule-texts-and-lean-fts',
  up: (db) => {
    const s = db.schema;
    return [
      s
        .createTable('rule_texts')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('digest', 'text', (c) => c.notNull().unique())
        .addColumn('text', 'text', (c) => c.notNull()),
      s.alterTable('findings').addColumn('rule_text_id', 'integer'),
      s
        .createTable('paths')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('path', 'text', (c) => c.notNull().unique()),
      s.alterTable('locations').addColumn('path_id', 'integer'),
      db.insertInto('paths').columns(['path']).expression(db.selectFrom('locations').select('path').distinct().orderBy('path')),
      db.updateTable('locations').set((eb) => ({ path_id: eb.selectFrom('paths as p').select('p.id').whereRef('p.path', '=', 'locations.path') })),
      s.dropIndex('locations_path'),
      s.createIndex('locations_path').on('locations').columns(['path_id', 'finding_id']),
      ...ftsSchemaSqlV5(db),
    ];
  },
};
