import { ftsSchemaSqlV1 } from '../fts';
import type { Migration } from './types';

export const fullTextSearch: Migration = {
  version: 2,
  name: 'full-text-search',
  up: (db) => ftsSchemaSqlV1(db),
};
