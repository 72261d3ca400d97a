import type { Migration } from './types';

/**
 * findings_assignee over assigned findings only (issue 17: a database no larger than the log it
 * holds). A large ingest's rows are all unassigned, and the index held a (project, NULL) entry for
 * each: 2.3 MB of a 200,000-result log's 104 MB database. Its readers name an assignee: a project's
 * names (`assignee IS NOT NULL`, now read from this small index alone) and the board's filter by
 * name (`assignee IN (…)`, which implies NOT NULL, so the partial index serves it). A filter that
 * takes unassigned findings too (`… OR assignee IS NULL`) reads the project's findings
 * (findings_project), as it did before: they were most of the index.
 */
export const assignedIndex: Migration = {
  version: 16,
  name: 'assigned-index',
  up: (db) => [
    db.schema.dropIndex('findings_assignee'),
    db.schema.createIndex('findings_assignee').on('findings').columns(['project_id', 'assignee']).where('assignee', 'is not', null),
  ],
};
