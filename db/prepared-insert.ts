import type { Kysely } from 'kysely';
import { bindable, type Prepared, type RunResult, type SqlRunner } from './runner';
import type { Database } from './schema';

/**
 * Compiles `INSERT INTO table (columns…) VALUES (?…)[, (?…)…]` (`rows` rows) with Kysely once and
 * binds it to a prepared statement; checks that the parameters come out row by row in `columns`
 * order, so rows can be bound as flat arrays (the fast path for bulk inserts: no query building per row).
 */
export function preparedInsert(
  db: Kysely<Database>,
  runner: SqlRunner,
  table: keyof Database,
  columns: readonly string[],
  rows = 1,
): Prepared<unknown> {
  const mark = (r: number, c: number) => `\u0000${r}:${c}`;
  const values = Array.from({ length: rows }, (_, r) => Object.fromEntries(columns.map((col, c) => [col, mark(r, c)])));
  const prepared = runner.prepare(db.insertInto(table).values((rows === 1 ? values[0] : values) as never));
  const n = columns.length;
  if (prepared.params.length !== n * rows || prepared.params.some((p, i) => p !== mark(Math.floor(i / n), i % n))) {
    throw new Error(`unexpected parameter order compiling the insert into ${table}`);
  }
  return prepared;
}

/** One prepared `UPDATE … WHERE id = ?`: `run(values, id)` sets the declared columns to `values` (in their order). */
export interface PreparedUpdate {
  readonly sql: string;
  run(values: readonly unknown[], id: number): RunResult;
}

/**
 * Compiles `UPDATE table SET <columns> = ?…, <fixed> WHERE id = ?` with Kysely once and binds it to a
 * prepared statement (a bulk edit, an undo of many rows: no query building per row). `columns` are
 * bound on each run, `fixed` (constant values, raw SQL such as `version + 1`) once; checks that each
 * declared column and the id come out as one parameter each, so a run fills them by position.
 */
export function preparedUpdateById<T extends keyof Database>(
  db: Kysely<Database>,
  runner: SqlRunner,
  table: T,
  columns: ReadonlyArray<keyof Database[T] & string>,
  fixed: { readonly [C in keyof Database[T]]?: unknown } = {},
): PreparedUpdate {
  const mark = (c: number) => `\u0000set:${c}`;
  const idMark = '\u0000id';
  const set: Record<string, unknown> = { ...fixed };
  columns.forEach((col, c) => (set[col] = mark(c)));
  // typed as findings (every table updated by id has an `id`); the statement names `table`
  const prepared = runner.prepare(
    db
      .updateTable(table as 'findings')
      .set(set as never)
      .where('id', '=', idMark as never),
  );
  const params = bindable(prepared.params);
  const at = columns.map((_, c) => params.indexOf(mark(c)));
  const idAt = params.indexOf(idMark);
  const marks = params.filter((p) => typeof p === 'string' && p.startsWith('\u0000')).length;
  if (at.some((i) => i < 0) || idAt < 0 || marks !== columns.length + 1) {
    throw new Error(`unexpected parameters compiling the update of ${table}`);
  }
  return {
    sql: prepared.sql,
    run(values, id) {
      for (let c = 0; c < at.length; c++) params[at[c]] = values[c] === undefined ? null : typeof values[c] === 'boolean' ? (values[c] ? 1 : 0) : values[c];
      params[idAt] = id;
      return prepared.run(params);
    },
  };
}

/**
 * The columns of a bulk insert into `table`, each declared once: its name and how its value is got
 * from the source `S` of a row. The INSERT statement and the filling of its parameters both come
 * from this list, so they cannot drift apart.
 */
export interface RowSpec<T extends keyof Database, S> {
  table: T;
  columns: ReadonlyArray<readonly [name: keyof Database[T] & string, get: (source: S) => unknown]>;
}

export const rowSpec = <T extends keyof Database, S>(table: T, columns: RowSpec<T, S>['columns']): RowSpec<T, S> => ({ table, columns });

/** One prepared single-row INSERT of a RowSpec: `run(source)` inserts the row it gives. */
export function preparedRow<T extends keyof Database, S>(db: Kysely<Database>, runner: SqlRunner, spec: RowSpec<T, S>): { run(source: S): void } {
  const prepared = preparedInsert(db, runner, spec.table, spec.columns.map(([name]) => name));
  const getters = spec.columns.map(([, get]) => get);
  const row = new Array<unknown>(getters.length);
  return {
    run(source) {
      for (let c = 0; c < getters.length; c++) row[c] = getters[c](source);
      prepared.run(row);
    },
  };
}

/** rows a COPY sends at a time (PostgreSQL: a few MB of text for findings) */
const COPY_BATCH = 5_000;

/**
 * Buffers rows and inserts them `batch` at a time through one multi-row statement (about 40%
 * faster than one statement per row in SQLite); `flush()` writes what is left row by row. Where the
 * runner has a bulk path (`SqlRunner.copyRows`: PostgreSQL's COPY), batches of COPY_BATCH rows go
 * through it instead, and `flush()` sends what is left in one more.
 * `add(source)` buffers the row its RowSpec gets from `source`.
 *
 * `parent.parentOf(child)`: the child's rows refer to the parent's (locations → findings). The child
 * then writes only when the parent has just written a batch (all rows it holds then refer to written
 * parents), and `flush()` the parent before the child: no row is ever written before the row it
 * refers to, so SQLite never counts deferred foreign-key violations -- with outstanding ones, every
 * parent insert scans each child table to settle them, which made bulk ingest about twice as slow.
 */
export class BatchInserter<S = never, T extends keyof Database = keyof Database> {
  private readonly buf: unknown[];
  private readonly getters: ReadonlyArray<(source: S) => unknown>;
  private n = 0;
  private readonly single: Prepared<unknown> | null = null;
  private readonly multi: Prepared<unknown> | null = null;
  /** the engine's bulk path (PostgreSQL's COPY): every write is one call with all rows held */
  private readonly copy: ((values: readonly unknown[], rows: number) => void) | null = null;
  private readonly width: number;
  private readonly row: unknown[];
  private readonly chunk: unknown[];
  private child: BatchInserter<never, T> | null = null;
  /** follows a parent: buffers until the parent has written (the buffer then grows as needed) */
  private held = false;
  readonly batch: number;

  constructor(db: Kysely<Database>, runner: SqlRunner, spec: RowSpec<T, S>, batch = 16) {
    const { table } = spec;
    const columns = spec.columns.map(([name]) => name);
    this.getters = spec.columns.map(([, get]) => get);
    this.width = columns.length;
    if (runner.copyRows) {
      const copyRows = runner.copyRows.bind(runner);
      this.copy = (values, rows) => copyRows(table, columns, values, rows);
      this.batch = batch = COPY_BATCH;
    } else {
      this.single = preparedInsert(db, runner, table, columns, 1);
      this.multi = preparedInsert(db, runner, table, columns, batch);
      this.batch = batch;
    }
    this.buf = new Array(this.width * batch).fill(null);
    this.row = new Array(this.width);
    this.chunk = this.copy ? [] : new Array(this.width * batch);
  }

  parentOf<C, U extends keyof Database>(child: BatchInserter<C, U>): void {
    this.child = child as unknown as BatchInserter<never, T>;
    child.held = true;
  }

  /** where the next row goes in the buffer; writes a full batch first when needed */
  private nextRow(): number {
    if (this.n === this.batch && !this.held) {
      if (this.copy) this.copy(this.buf, this.n);
      else this.multi!.run(this.buf);
      this.n = 0;
      if (this.child) this.child.writeFull();
    }
    // a held (child) inserter's buffer grows until its parent has written
    return this.n++ * this.width;
  }

  /** buffers the row of `source` */
  add(source: S): void {
    const at = this.nextRow();
    const buf = this.buf;
    const getters = this.getters;
    for (let c = 0; c < getters.length; c++) buf[at + c] = getters[c](source);
  }

  /** buffers a row given as its values: `width` of them in `values` from `at` (columns in spec order) */
  addValues(values: readonly unknown[], at: number): void {
    const to = this.nextRow();
    const buf = this.buf;
    for (let c = 0; c < this.width; c++) buf[to + c] = values[at + c];
  }

  /** writes every full batch held, keeps the rest at the front of the buffer */
  private writeFull(): void {
    if (this.copy) {
      // a COPY takes any number of rows: all held ones go, then the rows that refer to them
      this.copy(this.buf, this.n);
      this.n = 0;
      this.child?.writeFull();
      return;
    }
    const w = this.width;
    const per = w * this.batch;
    const buf = this.buf;
    const chunk = this.chunk;
    let r = 0;
    for (; r + this.batch <= this.n; r += this.batch) {
      const at = r * w;
      for (let c = 0; c < per; c++) chunk[c] = buf[at + c];
      this.multi!.run(chunk);
    }
    if (r === 0) return;
    const at = r * w;
    const rest = (this.n - r) * w;
    for (let c = 0; c < rest; c++) buf[c] = buf[at + c];
    this.n -= r;
  }

  /** forgets the rows buffered and not written (what a failed insert left; its child's too) */
  reset(): void {
    this.n = 0;
    this.child?.reset();
  }

  flush(): void {
    if (this.held || this.copy) this.writeFull();
    for (let r = 0; r < this.n; r++) {
      for (let c = 0; c < this.width; c++) this.row[c] = this.buf[r * this.width + c];
      this.single!.run(this.row);
    }
    this.n = 0;
    if (this.child) this.child.flush();
  }
}
