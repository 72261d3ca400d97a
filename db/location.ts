// Where a database lives: a SQLite file path (or ':memory:') or a PostgreSQL URL (postgres://,
// postgresql://). Every --db, PUNCHLIST_DB and the app's database setting go through here.

/** true for a PostgreSQL connection URL */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location.trim());
}

/** The location for messages and logs: a URL's password is never shown. */
export function displayLocation(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const u = new URL(location);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return location.replace(/:\/\/([^:/@]*):[^@]*@/, '://$1:***@');
  }
}
