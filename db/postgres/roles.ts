// Who may do what on a team database, enforced by the server (issue 18).
// - A project role (viewer, triager, lead: ./policies.ts) is a row of project_members; row-level
//   security then decides, per statement, what the login sees and may write. To write at all a
//   login needs the tables' privileges (SELECT, INSERT, UPDATE, DELETE, never TRUNCATE, which
//   row-level security would not see), granted once by the tables' owner (or a superuser). Later
//   grants and revokes are rows only: a project's lead may make them.
// - A database-wide viewer (`punchlist team viewer`) is a member of `punchlist_viewer`, which may
//   read every table and write none (permission denied, SQLSTATE 42501, whatever its rows say),
//   and has the viewer role on every project.

import type { ProjectRole } from './policies';

/** the group role every viewer login belongs to */
export const VIEWER_ROLE = 'punchlist_viewer';

export const ident = (name: string) => {
  if (!/^[A-Za-z_][A-Za-z0-9_$.-]{0,62}$/.test(name)) throw new Error(`not a role name: ${JSON.stringify(name)}`);
  return `"${name}"`;
};


/**
 * The statements that make `login` (an existing role) a viewer of the current database's schema:
 * the group role (created once), SELECT on every table now and on the tables later migrations add
 * (by `owner`, the tables' owner), no other privilege; and the login's own privileges on the
 * tables taken back, in case it had some. Its rows: ./roles.ts projectRoleRow, project null.
 */
export function viewerGrants(login: string, owner: string): string[] {
  const v = ident(VIEWER_ROLE);
  const who = ident(login);
  return [
    `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${VIEWER_ROLE}') THEN CREATE ROLE ${v} NOLOGIN; END IF; END $$`,
    `GRANT USAGE ON SCHEMA public TO ${v}`,
    `GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${v}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${ident(owner)} IN SCHEMA public GRANT SELECT ON TABLES TO ${v}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${who}`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${who}`,
    `GRANT ${v} TO ${who}`,
  ];
}

/**
 * The statements that give `login` the tables' privileges a project role needs (row-level security
 * limits them to its projects): read and write rows of every table (not TRUNCATE, which row-level
 * security would not see) and their identity sequences, only read schema_migrations; the same on
 * the tables later migrations add (by `owner`, the tables' owner). Granted by the owner itself (or
 * a superuser): no role needs to be created.
 */
export function memberGrants(login: string, owner: string): string[] {
  const who = ident(login);
  return [
    `GRANT USAGE ON SCHEMA public TO ${who}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${who}`,
    `REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM ${who}`,
    `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${who}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${ident(owner)} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${who}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${ident(owner)} IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${who}`,
  ];
}

/** whether `login` ($1) has the tables' privileges memberGrants gives (checked on the table every project role writes) */
export const HAS_MEMBER_GRANTS = `SELECT has_table_privilege($1, 'findings', 'UPDATE') AND has_table_privilege($1, 'project_members', 'INSERT') AS yes`;

/** `login`'s role in project `projectId` (null: every project) set to `role`, by `by`: one statement, $1…$5 */
export const PROJECT_ROLE_UPSERT = `INSERT INTO project_members (login, project_id, role, granted_by, granted_at) VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (login, coalesce(project_id, 0)) DO UPDATE SET role = EXCLUDED.role, granted_by = EXCLUDED.granted_by, granted_at = EXCLUDED.granted_at`;

export type { ProjectRole };
