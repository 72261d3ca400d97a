import type { Migration } from './types';

/** why a change was made (findings.update `reason`), shown in the history */
export const eventReason: Migration = {
  version: 3,
  name: 'event-reason',
  up: (db) => [db.schema.alterTable('events').addColumn('reason', 'text')],
};
