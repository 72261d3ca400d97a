// Who may do what on a team database, enforced by the server (issue 18). A viewer is a login that
// is a member of the `punchlist_viewer` role, which may read every table of the database's schema
// and write none: an UPDATE, INSERT or DELETE sent by the app or typed in psql is refused by
// PostgreSQL itself (permission denied, SQLSTATE 42501). Run by a role that may create roles and
// owns the tables (or a superuser).

/** the group role every viewer login belongs to */
export const VIEWER_ROLE = 'punchlist_viewer';

const ident = (name: string) => {
  if (!/^[A-Za-z_][A-Za-z0-9_$.-]{0,62}$/.test(name)) throw new Error(`not a role name: ${JSON.stringify(name)}`);
  return `"${name}"`;
};

/**
 * The statements that make `login` (an existing role) a viewer of the current database's schema:
 * the group role (created once), SELECT on every table now and on the tables later migrations add,
 * no other privilege; and the login's own privileges on the tables taken back, in case it had some.
 */
export function viewerGrants(login: string): string[] {
  const v = ident(VIEWER_ROLE);
  const who = ident(login);
  return [
    `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${VIEWER_ROLE}') THEN CREATE ROLE ${v} NOLOGIN; END IF; END $$`,
    `GRANT USAGE ON SCHEMA public TO ${v}`,
    `GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${v}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO ${v}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${who}`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${who}`,
    `GRANT ${v} TO ${who}`,
  ];
}
