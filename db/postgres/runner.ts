// SqlRunner (db/runner.ts) on PostgreSQL, through the synchronous connection of bridge.ts. What
// differs from SQLite stays here:
// - `lastId`: an INSERT into a table with an identity `id` gets `RETURNING "id"` appended;
// - ids the core assigns itself (bulk ingest: max + 1 inside the write transaction) move the
//   table's identity sequence past them before the transaction commits;
// - a write transaction takes one advisory lock first: writers queue as they do on SQLite
//   (BEGIN IMMEDIATE), so "max + 1" and every read-modify-write of the core stay correct with many
//   clients;
// - bulk path: inside a transaction, prepared writes (INSERT, UPDATE, DELETE without RETURNING or
//   ON CONFLICT) are queued and sent many per round trip; their errors surface at the next
//   statement or at commit, inside the same transaction, which then rolls back as a whole. A queued
//   INSERT reports its row count as `changes`; a queued UPDATE/DELETE cannot know it and reports -1
//   (a caller that needs the count runs the statement with `runner.run`);
// - bulk ingest: `copyRows` writes a batch of rows with one COPY FROM STDIN (BatchInserter),
//   inside the ingest's transaction like every other write.
// - `beforeCommit`: statements a transaction runs just before its COMMIT (the core's NOTIFY of
//   what the call changed: core/service/live.ts), so they count only if it commits.
// - round trips: a transaction's BEGIN (with its lock) waits for its first statement and goes with
//   it, and queued writes go with the statement that follows them, pipelined (bridge.ts: all sent
//   at once, a failure refuses the rest); `readAtCommit` reads go with the COMMIT. A findings edit
//   is two round trips: BEGIN + the rows read for update, then the writes + the reads of the
//   answer + NOTIFY + COMMIT. `readTogether` sends two reads in one round trip (the board: its
//   cards and the project's SLA).
import type { CompiledQuery, InsertQueryNode, RootOperationNode } from 'kysely';
import { bindable, compiled, type Prepared, type Query, type RunResult, type SqlRunner } from '../runner';
import type { PgResult, Statement, SyncPg } from './bridge';

/** pg_advisory_xact_lock key every Punchlist write transaction takes ("punc") */
export const WRITE_LOCK_KEY = 0x70756e63;

/** queued bulk statements sent per round trip */
const QUEUE_FLUSH = 1000;
/** a GIN index's definition (pg_indexes.indexdef) */
const GIN_INDEX = / USING gin /;
/**
 * a kept GIN index's pending list during a bulk load, kB: a 200,000-result SARIF log's search
 * documents are merged in a few steps (4 MB: more work in all; 64 MB: a merge long enough to stall
 * the client)
 */
const GIN_PENDING_KB = 16_384;
/** rows a COPY sends by INSERT when it may not COPY (row-level security) */
const COPY_AS_INSERT_ROWS = 500;


/**
 * A value as an SQL literal. Strings are quoted with standard_conforming_strings on (set at connect:
 * a backslash is an ordinary character), so doubling single quotes is the whole escape.
 */
function literal(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : `'${String(v)}'::double precision`;
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
  if (typeof v === 'boolean') return v ? '1' : '0';
  throw new Error(`cannot send a ${typeof v} in a batch of statements`);
}

/**
 * Queued statements as one script (several statements, one round trip: `pg` does not pipeline,
 * so each statement sent on its own waits a full round trip). The $n of each statement are
 * replaced by its values as literals; the statements are Kysely-compiled INSERT/UPDATE/DELETE,
 * whose only $ signs are their parameters.
 */
function script(statements: readonly Statement[]): string {
  // (a statement without values holds its literals already: a $ in them is text)
  return statements.map((s) => (s.values.length ? s.text.replace(/\$(\d+)/g, (_, n: string) => literal(s.values[Number(n) - 1])) : s.text)).join(';\n');
}

/** a value as a field of COPY's text format (NULL is \\N; backslash, tab, newline and CR escaped) */
function copyField(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'string') return /[\\\t\n\r]/.test(v) ? v.replace(/[\\\t\n\r]/g, copyEscape) : v;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? '1' : '0';
  throw new Error(`cannot COPY a ${typeof v}`);
}

const copyEscape = (c: string) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r');

/** `rows` rows of `width` flat values as COPY text (one line a row, fields tab-separated) */
export function copyText(values: readonly unknown[], width: number, rows: number): string {
  const lines = new Array<string>(rows);
  const fields = new Array<string>(width);
  for (let r = 0; r < rows; r++) {
    const at = r * width;
    for (let c = 0; c < width; c++) fields[c] = copyField(values[at + c]);
    lines[r] = fields.join('\t');
  }
  return lines.join('\n') + '\n';
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface InsertShape {
  table: string;
  /** the statement names the id column itself */
  explicitId: boolean;
  returning: boolean;
  onConflict: boolean;
}

/** an UPDATE or DELETE whose result nobody can need (no RETURNING) */
function plainWrite(node: RootOperationNode): boolean {
  if (node.kind !== 'UpdateQueryNode' && node.kind !== 'DeleteQueryNode') return false;
  return !(node as { returning?: unknown }).returning;
}

function insertShape(node: RootOperationNode): InsertShape | null {
  if (node.kind !== 'InsertQueryNode') return null;
  const ins = node as InsertQueryNode;
  const table = ins.into?.table.identifier.name;
  if (!table) return null;
  return {
    table,
    explicitId: !!ins.columns?.some((c) => c.column.name === 'id'),
    returning: !!ins.returning,
    onConflict: !!ins.onConflict || !!ins.ignore,
  };
}

export class PostgresRunner implements SqlRunner {
  readonly dialect = 'postgres' as const;
  /** tables whose `id` is an identity column (filled at open, after migrations) */
  private identityTables = new Set<string>();
  /** tables into which this transaction wrote ids of its own */
  private readonly explicitIds = new Set<string>();
  private readonly queue: Statement[] = [];
  /** the top-level transaction's BEGIN and lock, not sent yet: they go with its first statement */
  private pendingBegin: Statement | null = null;
  /** reads sent with the top-level transaction's COMMIT (readAtCommit), and where their rows go */
  private readonly commitReads: Array<{ statement: Statement; rows: Array<Record<string, unknown>> | null }> = [];
  private depth = 0;
  private readonly names = new Map<string, string>();
  /**
   * row-level security applies to this login (a project member, not the tables' owner: ./policies.ts):
   * COPY FROM is refused then, and max(id) sees only its projects' rows
   */
  private rowSecurity = false;
  /** tables whose COPY goes in binary format, with the columns and the encoder of their rows (useBinaryCopy) */
  private readonly binaryCopies = new Map<string, { columns: string; encode: (values: readonly unknown[], rows: number) => Uint8Array }>();
  /** run at the end of every top-level transaction, before its COMMIT (inside it) */
  beforeCommit: (() => Statement[]) | null = null;
  /** statements other than SELECT run outside a transaction (each commits on its own) */
  writesOutsideTx = 0;

  constructor(readonly pg: SyncPg) {}

  /**
   * copyRows into `table` with exactly these `columns` sends them in COPY's binary format, made by
   * `encode` from the same values (cheaper for the server to read than text, e.g. a tsvector)
   */
  useBinaryCopy(table: string, columns: readonly string[], encode: (values: readonly unknown[], rows: number) => Uint8Array): void {
    this.binaryCopies.set(table, { columns: columns.join(','), encode });
  }

  setRowSecurity(active: boolean): void {
    this.rowSecurity = active;
  }

  maxId(table: string): number {
    const [r] = this.exec([
      this.rowSecurity ? { text: 'SELECT punchlist_max_id($1::regclass) AS m', values: [table] } : { text: `SELECT max("id") AS m FROM ${ident(table)}`, values: [] },
    ]);
    return Number(r.rows[0]?.m ?? 0);
  }

  setIdentityTables(tables: Iterable<string>): void {
    this.identityTables = new Set(tables);
  }

  /**
   * Runs statements after what waits to be sent (the transaction's BEGIN, queued writes), all in one
   * round trip (pipelined: inside a transaction a failure refuses the rest); returns the results of
   * `statements` only.
   */
  exec(statements: readonly Statement[]): PgResult[] {
    const before = this.unsent();
    if (!before.length) return this.pg.run(statements);
    return this.pg.run([...before, ...statements], { pipeline: true }).slice(before.length);
  }

  /** the statements that wait to be sent, taken: the pending BEGIN, then the queued writes as one script */
  private unsent(): Statement[] {
    const out: Statement[] = [];
    if (this.pendingBegin) out.push(this.pendingBegin);
    this.pendingBegin = null;
    if (this.queue.length) out.push({ text: script(this.queue.splice(0)), values: [] });
    return out;
  }

  private flushQueue(): void {
    const before = this.unsent();
    if (before.length) this.pg.run(before, { pipeline: true });
  }

  /** one statement, now; `named`: prepared once per connection (statements run many times) */
  private one(c: CompiledQuery<unknown>, named = false): { result: PgResult; shape: InsertShape | null; withId: boolean } {
    const shape = insertShape(c.query);
    if (shape?.explicitId) this.explicitIds.add(shape.table);
    if (this.depth === 0 && c.query.kind !== 'SelectQueryNode') this.writesOutsideTx++;
    const withId = !!shape && !shape.returning && this.identityTables.has(shape.table);
    const text = withId ? `${c.sql} returning "id"` : c.sql;
    const [result] = this.exec([{ text, values: bindable(c.parameters), name: named ? this.nameOf(text) : undefined }]);
    return { result, shape, withId };
  }

  all<R>(q: Query<R>): R[] {
    return this.one(compiled(q)).result.rows as R[];
  }

  first<R>(q: Query<R>): R | undefined {
    return this.all(q)[0];
  }

  run(q: Query<unknown>): RunResult {
    const { result, withId } = this.one(compiled(q));
    const last = withId && result.rows.length ? Number(result.rows[result.rows.length - 1].id) : 0;
    return { changes: result.rowCount, lastId: last };
  }

  private nameOf(sql: string): string {
    let n = this.names.get(sql);
    if (!n) {
      n = `p${this.names.size + 1}`;
      this.names.set(sql, n);
    }
    return n;
  }

  prepare<R>(q: Query<R>): Prepared<R> {
    const c = compiled(q);
    const shape = insertShape(c.query);
    // an INSERT whose result nobody can need (no RETURNING, no ON CONFLICT: it inserts all its rows)
    // is queued inside a transaction
    const queueable = (!!shape && !shape.returning && !shape.onConflict) || plainWrite(c.query);
    const rowsPerStatement = shape ? (((c.query as InsertQueryNode).values as { values?: unknown[] } | undefined)?.values?.length ?? 1) : -1;
    const runOne = (params: readonly unknown[]) => this.one({ ...c, parameters: params } as CompiledQuery<unknown>, true);
    return {
      sql: c.sql,
      params: c.parameters,
      run: (params) => {
        if (queueable && this.depth > 0) {
          if (shape?.explicitId) this.explicitIds.add(shape.table);
          this.queue.push({ text: c.sql, values: bindable(params), name: this.nameOf(c.sql) });
          if (this.queue.length >= QUEUE_FLUSH) this.flushQueue();
          return { changes: rowsPerStatement, lastId: 0 };
        }
        const { result, withId } = runOne(params);
        return { changes: result.rowCount, lastId: withId && result.rows.length ? Number(result.rows[0].id) : 0 };
      },
      all: (params) => runOne(params).result.rows as R[],
      get: (params) => runOne(params).result.rows[0] as R | undefined,
    };
  }

  copyRows(table: string, columns: readonly string[], values: readonly unknown[], rows: number): void {
    if (rows <= 0) return;
    this.flushQueue();
    if (columns.includes('id')) this.explicitIds.add(table);
    // inside a transaction it runs while the next rows are prepared (its failure surfaces at the next
    // statement or the commit, and rolls everything back); outside one it is waited for
    if (this.rowSecurity) {
      // PostgreSQL refuses COPY FROM where row-level security applies: multi-row INSERTs, queued
      // (the policies check each row as they would check the COPY's)
      const head = `INSERT INTO ${ident(table)} (${columns.map(ident).join(', ')}) VALUES `;
      const w = columns.length;
      for (let at = 0; at < rows; at += COPY_AS_INSERT_ROWS) {
        const tuples: string[] = [];
        for (let r = at; r < Math.min(rows, at + COPY_AS_INSERT_ROWS); r++) tuples.push(`(${values.slice(r * w, r * w + w).map(literal).join(', ')})`);
        this.queue.push({ text: head + tuples.join(', '), values: [] });
      }
      if (this.depth === 0 || this.queue.length >= QUEUE_FLUSH) this.flushQueue();
      return;
    }
    const binary = this.binaryCopies.get(table);
    const inBinary = !!binary && binary.columns === columns.join(',');
    const text = `COPY ${ident(table)} (${columns.map(ident).join(', ')}) FROM STDIN${inBinary ? ' (FORMAT binary)' : ''}`;
    const data = inBinary ? binary.encode(values, rows) : copyText(values, columns.length, rows);
    if (this.depth > 0) this.pg.copyDeferred(text, data);
    else this.pg.copy(text, data);
  }

  /**
   * Like SQLite's (db/sqlite.ts): the tables' secondary indexes (and foreign keys) dropped inside a
   * savepoint and built again, each by one sort (one join), once `fn` has written its rows. DROP INDEX needs the tables' owner, and
   * keeps other sessions from reading them until the commit: done only by a login owning all of them
   * (the lead who created the database); anyone else's rows go in with the indexes kept.
   *
   * A GIN index (the search documents') is kept instead: built after the rows it was the longest step
   * of the ingest, one thread sorting 5.6 million lexemes while the client waited. Kept, its rows go
   * to its pending list and the server merges that list into the index, GIN_PENDING_KB at a time,
   * during the COPYs -- while the client parses and encodes the next rows (bridge.ts DEFERRED_AHEAD
   * lets it run ahead of a merge); what is left is merged before the other indexes are built.
   */
  // `appended` indexes (btree, keys that the rows append in order) are kept too, as on SQLite: each
  // insert lands on the rightmost leaf, and that work is done by the server during the COPYs, not
  // in a sort after them.
  bulkLoad<T>(tables: readonly string[], fn: () => T, appended: readonly string[] = []): T {
    return this.tx(() => {
      const [ix] = this.exec([
        {
          text: `SELECT i.indexname AS name, i.indexdef AS def, bool_and(pg_has_role(t.tableowner, 'USAGE')) OVER () AS owner
                   FROM pg_indexes i JOIN pg_tables t ON t.schemaname = i.schemaname AND t.tablename = i.tablename
                  WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[])
                    AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
                  ORDER BY i.indexname`,
          values: [[...tables]],
        },
      ]);
      const all = ix.rows as Array<{ name: string; def: string; owner: boolean }>;
      if (!all.length || !all[0].owner) return fn();
      const gins = all.filter((i) => GIN_INDEX.test(i.def));
      const indexes = all.filter((i) => !gins.includes(i) && !appended.includes(i.name));
      // the tables' foreign keys too: checked row by row, each check locks the row it finds (on a
      // 200,000-result log about 800,000 of them); added back, each is checked by one join
      const [fk] = this.exec([
        {
          text: `SELECT c.conname AS name, c.conrelid::regclass::text AS tbl, pg_get_constraintdef(c.oid) AS def
                   FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid
                  WHERE c.contype = 'f' AND r.relnamespace = current_schema()::regnamespace AND r.relname = ANY($1::text[])
                  ORDER BY 2, 1`,
          values: [[...tables]],
        },
      ]);
      const keys = fk.rows as Array<{ name: string; tbl: string; def: string }>;
      this.exec([
        ...keys.map((k) => ({ text: `ALTER TABLE ${k.tbl} DROP CONSTRAINT ${ident(k.name)}`, values: [] })),
        ...indexes.map((i) => ({ text: `DROP INDEX ${ident(i.name)}`, values: [] })),
      ]);
      // the pending list's merges: bigger than the default 4 MB (fewer, each over more rows), and
      // memory for each (work_mem: a merge an insert triggers collects its keys in it)
      if (gins.length) this.exec([{ text: `SET LOCAL gin_pending_list_limit = ${GIN_PENDING_KB}`, values: [] }, { text: `SET LOCAL work_mem = '64MB'`, values: [] }]);
      const out = fn();
      this.flushQueue();
      // searches read a pending list row by row: none is left behind
      if (gins.length) this.exec(gins.map((i) => ({ text: `SELECT gin_clean_pending_list(${literal(i.name)}::regclass)`, values: [] })));
      // memory for the sorts of the indexes built here (btree; a GIN index built here over 200,000
      // documents built about twice as fast with it)
      this.exec([
        { text: `SET LOCAL maintenance_work_mem = '256MB'`, values: [] },
        ...indexes.map((i) => ({ text: i.def, values: [] })),
        ...keys.map((k) => ({ text: `ALTER TABLE ${k.tbl} ADD CONSTRAINT ${ident(k.name)} ${k.def}`, values: [] })),
      ]);
      return out;
    });
  }

  readAtCommit<R>(q: Query<R>): { rows(): R[] } {
    const c = compiled(q);
    const read = { statement: { text: c.sql, values: bindable(c.parameters), name: this.nameOf(c.sql) }, rows: null as Array<Record<string, unknown>> | null };
    // only in a transaction's own body: in a savepoint (or outside any transaction) the read runs
    // when its rows are asked for, in whatever transaction is open then
    if (this.depth === 1) this.commitReads.push(read);
    return { rows: () => (read.rows ?? this.exec([read.statement])[0].rows) as R[] };
  }

  readTogether<A, B>(a: Query<A>, b: Query<B>): [A[], B[]] {
    const statement = (q: Query<unknown>): Statement => {
      const c = compiled(q);
      return { text: c.sql, values: bindable(c.parameters) };
    };
    // reads only, so they may go pipelined outside a transaction too (each then reads on its own)
    const before = this.unsent();
    const [ra, rb] = this.pg.run([...before, statement(a), statement(b)], { pipeline: true }).slice(before.length);
    return [ra.rows as A[], rb.rows as B[]];
  }

  deferForeignKeys(): void {
    this.exec([{ text: 'SET CONSTRAINTS ALL DEFERRED', values: [] }]);
  }

  tx<T>(fn: () => T): T {
    return this.transaction(fn, 'pg_advisory_xact_lock');
  }

  /**
   * The write lock taken in shared mode: row-locking transactions (findings edits) run side by side,
   * and every tx (exclusive) waits for them and they for it. Two on the same rows queue on the rows'
   * locks, so the version one of them checks cannot change before it commits.
   */
  rowLockTx<T>(fn: () => T): T {
    return this.transaction(fn, 'pg_advisory_xact_lock_shared');
  }

  private transaction<T>(fn: () => T, lock: 'pg_advisory_xact_lock' | 'pg_advisory_xact_lock_shared'): T {
    const top = this.depth === 0;
    const savepoint = `sp${this.depth}`;
    // BEGIN and the lock (one script: no parameters) go with the transaction's first statement
    if (top) this.pendingBegin = { text: `BEGIN; SELECT ${lock}(${WRITE_LOCK_KEY})`, values: [] };
    else this.exec([{ text: `SAVEPOINT ${savepoint}`, values: [] }]);
    this.depth++;
    let out: T;
    try {
      out = fn();
      // a savepoint's writes are sent before it is released; a transaction's go with its COMMIT (one
      // round trip less while the write lock is held; their errors then roll back at commit)
      if (!top) this.flushQueue();
    } catch (e) {
      this.depth--;
      this.queue.length = 0;
      // nothing was sent: there is nothing to roll back
      const begun = !(top && this.pendingBegin);
      if (top) {
        this.explicitIds.clear();
        this.pendingBegin = null;
        this.commitReads.length = 0;
      }
      try {
        if (begun) this.pg.run(top ? [{ text: 'ROLLBACK', values: [] }] : [{ text: `ROLLBACK TO SAVEPOINT ${savepoint}`, values: [] }, { text: `RELEASE SAVEPOINT ${savepoint}`, values: [] }]);
      } catch {
        // the connection is gone: the server rolls back on its own
      }
      throw e;
    }
    this.depth--;
    if (!top) {
      this.exec([{ text: `RELEASE SAVEPOINT ${savepoint}`, values: [] }]);
      return out;
    }
    const sync = [...this.explicitIds].filter((t) => this.identityTables.has(t));
    this.explicitIds.clear();
    const reads = this.commitReads.splice(0);
    try {
      const last = this.beforeCommit?.() ?? [];
      // identity sequences past the ids the core wrote itself, so the next default id is free
      this.queue.push(
        ...sync.map((t) => ({
          text: `SELECT setval(pg_get_serial_sequence($1::text, 'id'), m) FROM (${this.rowSecurity ? 'SELECT punchlist_max_id($1::text::regclass) AS m' : `SELECT max("id") AS m FROM ${ident(t)}`}) x WHERE m IS NOT NULL`,
          values: [t],
        })),
      );
      // the queued writes, the reads at commit, then the NOTIFY and the COMMIT as one script: one
      // round trip while the locks are held (a failure refuses what follows it, COMMIT included,
      // and the transaction is rolled back below)
      const before = this.unsent();
      const results = this.pg.run([...before, ...reads.map((r) => r.statement), { text: script([...last, { text: 'COMMIT', values: [] }]), values: [] }], { pipeline: true });
      reads.forEach((r, i) => (r.rows = results[before.length + i].rows));
    } catch (e) {
      try {
        this.pg.run([{ text: 'ROLLBACK', values: [] }]);
      } catch {
        // as above
      }
      throw e;
    }
    return out;
  }
}
