// Which engine a query builder or runner talks to, for the few places that differ (full-text search:
// fts.ts; the open: index.ts). Everything else is the same Kysely code on SQLite and PostgreSQL.
import { PostgresAdapter, type Kysely } from 'kysely';
import type { SqlRunner } from './runner';
import { PostgresRunner } from './postgres/runner';

export type Engine = 'sqlite' | 'postgres';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** the runner as a PostgresRunner when it is one */
export function pgRunner(runner: SqlRunner): PostgresRunner | null {
  return runner instanceof PostgresRunner ? runner : null;
}
