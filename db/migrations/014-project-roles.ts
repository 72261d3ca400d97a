import { isPostgres } from '../dialect';
import { projectRoleSql } from '../postgres/policies';
import type { Migration } from './types';

/**
 * Who may do what in which project (issue 18): project_members holds a login's role in a project
 * (viewer, triager or lead; project_id NULL: in every project). On a team database PostgreSQL
 * enforces it with row-level security (db/postgres/policies.ts); on SQLite, one person's file, the
 * table exists (the same schema on both engines) and nothing reads it.
 */
export const projectRoles: Migration = {
  version: 14,
  name: 'project-roles',
  up: (db) => [
    `CREATE TABLE project_members (
       login text NOT NULL,
       project_id integer REFERENCES projects(id) ON DELETE CASCADE,
       role text NOT NULL CHECK (role IN ('viewer', 'triager', 'lead')),
       granted_by text NOT NULL,
       granted_at text NOT NULL
     )`,
    // one role per login and project (NULL: every project); the policies' lookup by login
    `CREATE UNIQUE INDEX project_members_login ON project_members (login, coalesce(project_id, 0))`,
    `CREATE INDEX project_members_project ON project_members (project_id)`,
    ...(isPostgres(db) ? projectRoleSql() : []),
  ],
};
