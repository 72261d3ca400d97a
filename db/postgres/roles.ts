// Who may do what on a team database, enforced by the server (issue 18).
// - A project role (viewer, triager, lead: ./policies.ts) is a row of project_members; row-level
//   security then decides, per statement, what the login sees and may write. To write at all a
//   login needs the tables' privileges: it is made a member of `punchlist_member` (may SELECT,
//   INSERT, UPDATE, DELETE, never TRUNCATE, which row-level security would not see), once, by a
//   role that may create roles and owns the tables (or a superuser). Later grants and revokes are
//   rows only: a project's lead may make them.
// - A database-wide viewer (`punchlist team viewer`) is a member of `punchlist_viewer`, which may
//   read every table and write none (permission denied, SQLSTATE 42501, whatever its rows say),
//   and has the viewer role on every project.

import type { ProjectRole } from './policies';

/** the group role every viewer login belongs to */
export const VIEWER_ROLE = 'punchlist_viewer';
/** the group role of logins with project roles: the tables' privileges, row-level security decides the rest */
export const MEMBER_ROLE = 'punchlist_member';

export const ident = (name: string) => {
  if (!/^[A-Za-z_][A-Za-z0-9_$.-]{0,62}$/.test(name)) throw new Error(`not a role name: ${JSON.stringify(name)}`);
  return `"${name}"`;
};

const groupRole = (role: string) =>
  `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${ident(role)} NOLOGIN; END IF; END $$`;

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
    groupRole(VIEWER_ROLE),
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
 * limits them to its projects): membership of punchlist_member, which may read and write rows of
 * every table (not TRUNCATE) and its identity sequences, and only read schema_migrations.
 */
export function memberGrants(login: string, owner: string): string[] {
  const m = ident(MEMBER_ROLE);
  return [
    groupRole(MEMBER_ROLE),
    `GRANT USAGE ON SCHEMA public TO ${m}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${m}`,
    `REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM ${m}`,
    `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${m}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${ident(owner)} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${m}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${ident(owner)} IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${m}`,
    `GRANT ${m} TO ${ident(login)}`,
  ];
}

/** `login`'s role in project `projectId` (null: every project) set to `role`, by `by`: one statement, $1…$5 */
export const PROJECT_ROLE_UPSERT = `INSERT INTO project_members (login, project_id, role, granted_by, granted_at) VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (login, coalesce(project_id, 0)) DO UPDATE SET role = EXCLUDED.role, granted_by = EXCLUDED.granted_by, granted_at = EXCLUDED.granted_at`;

export type { ProjectRole };
