import { ftsSchemaSqlV2 } from '../fts';
import type { Migration } from './types';

/**
 * Cheaper bulk ingest: findings.duplicate_of is indexed only where set (most rows are NULL), and the
 * FTS table drops token positions (detail=column) and contentless_delete; it is refilled here.
 */
export const fasterIndexes: Migration = {
  version: 4,
  name: 'faster-indexes',
  up: (db) => [
    db.schema.dropIndex('findings_duplicate_of'),
    db.schema
      .createIndex('findings_duplicate_of')
      .on('findings')
      .column('duplicate_of')
      .where('duplicate_of', 'is not', null),
    ...ftsSchemaSqlV2(db),
  ],
};
