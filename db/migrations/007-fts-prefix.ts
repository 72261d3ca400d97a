import { ftsSchemaSqlV3 } from '../fts';
import type { Migration } from './types';

/** Search as you type: a 3-character prefix index on the full-text table (issue 8), refilled in place. */
export const ftsPrefix: Migration = {
  version: 7,
  name: 'fts-prefix-index',
  up: () => ftsSchemaSqlV3(),
};
