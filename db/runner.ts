// The synchronous way the core runs Kysely-built queries. Queries are built (and compiled) with
// Kysely, so they stay dialect-portable; this interface is what a driver has to provide.
import type { Compilable, CompiledQuery } from 'kysely';

export type Query<R> = Compilable<R> | CompiledQuery<R>;

export interface RunResult {
  changes: number;
  lastId: number;
}

/** A compiled query bound to a reused prepared statement: call it with a fresh parameter array. */
export interface Prepared<R> {
  readonly sql: string;
  readonly params: readonly unknown[];
  run(params: readonly unknown[]): RunResult;
  all(params: readonly unknown[]): R[];
  get(params: readonly unknown[]): R | undefined;
}

export interface SqlRunner {
  all<R>(q: Query<R>): R[];
  first<R>(q: Query<R>): R | undefined;
  run(q: Query<unknown>): RunResult;
  prepare<R>(q: Query<R>): Prepared<R>;
  /** runs fn in a transaction (nested calls become savepoints); a throw rolls everything back */
  tx<T>(fn: () => T): T;
  /**
   * optional: like tx, for a write that changes only rows it has read with `forUpdate` (row locks,
   * held to its end) and adds rows of its own: such transactions run side by side (two of them on
   * the same row wait for each other), never beside a tx. Nested in a tx it is a savepoint of it.
   * A runner without it: callers use tx (writers queue), and read without `forUpdate`.
   */
  rowLockTx?<T>(fn: () => T): T;
  /**
   * optional, inside tx: `q` (a read) is run as the transaction's last statement, after its writes,
   * and sent with its COMMIT (no round trip of its own); `rows()` gives its rows once the
   * transaction has committed (called earlier, or when the read was made in a savepoint, it runs
   * the read then). A runner without it: callers read after the transaction.
   */
  readAtCommit?<R>(q: Query<R>): { rows(): R[] };
  /**
   * optional: two reads sent together (no round trip between them), the rows of each. A runner
   * without it: callers run them one after the other.
   */
  readTogether?<A, B>(a: Query<A>, b: Query<B>): [A[], B[]];
  /** inside tx: check foreign keys at commit instead of per statement (bulk inserts in batches) */
  deferForeignKeys(): void;
  /**
   * inside tx, optional: runs `fn` (a bulk insert into `tables`) with the tables' secondary indexes
   * built once when it returns instead of row by row; a throw leaves them as they were. A runner
   * without it maintains them as usual. `appended`: indexes whose keys the load appends in order
   * (the same for every row, or growing with the row id), which a runner may keep and maintain row
   * by row instead (SQLite does: see db/sqlite.ts).
   */
  bulkLoad?<T>(tables: readonly string[], fn: () => T, appended?: readonly string[]): T;
  /**
   * optional, inside tx: writes `rows` rows into `table`, given as flat values (`columns.length` a
   * row, in `columns` order, from index 0), by the engine's bulk path (PostgreSQL: COPY FROM STDIN).
   * A runner without it gets multi-row INSERTs (BatchInserter).
   */
  copyRows?(table: string, columns: readonly string[], values: readonly unknown[], rows: number): void;
  /**
   * optional: the highest `id` of `table` over all its rows, those row-level security hides from
   * this login included (PostgreSQL: a lead's ingest assigns ids next to other projects' rows). A
   * runner without it: the rows' max(id) as the login sees them, which is all of them.
   */
  maxId?(table: string): number;
}

export function compiled<R>(q: Query<R>): CompiledQuery<R> {
  return 'compile' in q ? q.compile() : q;
}

/** Parameters as both drivers bind them: booleans as 0/1 (the schema stores them so), undefined as NULL. */
export function bindable(params: readonly unknown[]): unknown[] {
  const out = new Array(params.length);
  for (let i = 0; i < params.length; i++) {
    const v = params[i];
    out[i] = v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v;
  }
  return out;
}
