import { ftsSchemaSqlV4 } from '../fts';
import type { Migration } from './types';

/** Faster ingest (issue 17): the full-text index fills its segments in 16 MiB of memory (db/fts.ts). */
export const ftsHashsize: Migration = {
  version: 10,
  name: 'fts-hashsize',
  up: (db) => ftsSchemaSqlV4(db),
};
