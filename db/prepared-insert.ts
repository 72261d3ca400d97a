import type { Kysely } from 'kysely';
import type { Prepared, SqlRunner } from './runner';
import type { Database } from './schema';

/**
 * Compiles `INSERT INTO table (columns…) VALUES (?…)` with Kysely once and binds it to a prepared
 * statement; checks that the parameters come out in `columns` order, so rows can be bound as arrays
 * (the fast path for bulk inserts: no query building per row).
 */
export function preparedInsert(
  db: Kysely<Database>,
  runner: SqlRunner,
  table: keyof Database,
  columns: readonly string[],
): Prepared<unknown> {
  const sentinel = Object.fromEntries(columns.map((c, i) => [c, `\u0000${i}`]));
  const prepared = runner.prepare(db.insertInto(table).values(sentinel as never));
  if (prepared.params.length !== columns.length || prepared.params.some((p, i) => p !== `\u0000${i}`)) {
    throw new Error(`unexpected parameter order compiling the insert into ${table}`);
  }
  return prepared;
}

export const EVENT_COLUMNS = [
  'at',
  'actor',
  'project_id',
  'entity',
  'entity_id',
  'action',
  'field',
  'old_value',
  'new_value',
  'batch_id',
  'reason',
] as const;
