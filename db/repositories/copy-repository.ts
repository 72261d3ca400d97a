import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/**
 * Whole rows copied as they are (a project pushed to a team database or pulled from one,
 * core/team/sync.ts): each row has every column of `table`, its ids already mapped by the caller.
 */
export const copyRepository = (db: Kysely<Database>) => ({
  /** one multi-row INSERT of `rows` into `table` (the caller keeps a statement's parameters in bounds) */
  insertRows: <T extends keyof Database>(table: T, rows: ReadonlyArray<Record<string, unknown>>) => db.insertInto(table).values(rows as never),
});
