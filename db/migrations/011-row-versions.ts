import type { Migration } from './types';

/**
 * Row versions (issue 18): every change to a finding adds one to its `version`; a write that says
 * which version it read is refused when the row has moved on (core/service/handlers/findings-update.ts),
 * so one user's edit never silently overwrites another's on a shared database.
 */
export const rowVersions: Migration = {
  version: 11,
  name: 'row-versions',
  up: (db) => [db.schema.alterTable('findings').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))],
};
