import type { Migration } from './types';

/**
 * Assignment and due dates (issue 18):
 * - findings.assignee: who fixes it, a name as typed (offline, by the lead) or a database login
 *   (a team database's "me"); NULL: unassigned.
 * - findings.due_at: a due date (YYYY-MM-DD) a lead set by hand; NULL: the due date follows the
 *   project's SLA (core/service/assignment.ts): the day the finding was first ingested plus the
 *   SLA days of its severity, so a severity change or a new SLA moves it at once.
 * - The SLA itself is a project setting (settings, key 'sla': days per severity, none by default =
 *   no due dates), in the table every project setting already lives in.
 * - findings_assignee: the board's assignee filter and the list of a project's known names.
 */
export const assignment: Migration = {
  version: 13,
  name: 'assignment',
  up: (db) => {
    const s = db.schema;
    return [
      s.alterTable('findings').addColumn('assignee', 'text'),
      s.alterTable('findings').addColumn('due_at', 'text'),
      s.createIndex('findings_assignee').on('findings').columns(['project_id', 'assignee']),
    ];
  },
};
