// Everything specific to SQLite / better-sqlite3 lives here and in fts.ts.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';
import { bindable, compiled, type Prepared, type Query, type RunResult, type SqlRunner } from './runner';
import { writeProbe } from './write-probe';

/** how long a write waits for another connection's write to end before failing with SQLITE_BUSY */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

export function openSqlite(path: string, busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(path);
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('cache_size = -16384'); // 16 MiB page cache (default 2 MiB): bulk ingest touches many index pages
  sqlite.pragma('temp_store = MEMORY');
  return sqlite;
}

export function sqliteKysely(sqlite: BetterSqlite3.Database): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/** the page cache while a bulk load appends rows (cache_size: negative, KiB) */
const BULK_LOAD_CACHE = -2048;

export class SqliteRunner implements SqlRunner {
  private readonly cache = new Map<string, BetterSqlite3.Statement>();

  constructor(readonly sqlite: BetterSqlite3.Database) {}

  statement(sql: string): BetterSqlite3.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.sqlite.prepare(sql);
      if (this.cache.size > 500) this.cache.clear();
      this.cache.set(sql, s);
    }
    return s;
  }

  all<R>(q: Query<R>): R[] {
    const c = compiled(q);
    const s = this.statement(c.sql);
    const p = bindable(c.parameters);
    if (s.reader) return s.all(...p) as R[];
    s.run(...p);
    return [];
  }

  first<R>(q: Query<R>): R | undefined {
    const c = compiled(q);
    return this.statement(c.sql).get(...bindable(c.parameters)) as R | undefined;
  }

  run(q: Query<unknown>): RunResult {
    const c = compiled(q);
    const r = this.statement(c.sql).run(...bindable(c.parameters));
    return { changes: r.changes, lastId: Number(r.lastInsertRowid) };
  }

  prepare<R>(q: Query<R>): Prepared<R> {
    const c = compiled(q);
    const s = this.sqlite.prepare(c.sql);
    const reader = s.reader;
    return {
      sql: c.sql,
      params: c.parameters,
      run(params) {
        const r = s.run(...(params as unknown[]));
        return { changes: r.changes, lastId: Number(r.lastInsertRowid) };
      },
      all: (params) => (reader ? (s.all(...(params as unknown[])) as R[]) : []),
      get: (params) => s.get(...(params as unknown[])) as R | undefined,
    };
  }

  deferForeignKeys(): void {
    // resets itself when the transaction ends
    this.sqlite.pragma('defer_foreign_keys = ON');
  }

  bulkLoad<T>(tables: readonly string[], fn: () => T, appended: readonly string[] = []): T {
    // a savepoint: a throw brings the dropped indexes back with everything else
    return this.tx(() => {
      // An index whose keys the rows append in order is kept: each insert lands at the end of its
      // key's run, on a page already in the cache, and that work is done while the rows arrive (a
      // large SARIF log's store waits on its parse thread meanwhile) instead of in a sort after them.
      // A 200k-result SARIF ingest, whole CLI process, idle machine: ~5.2 s -> ~4.6 s with the seven
      // appended indexes kept; the two over unordered keys (a fingerprint, a path id) are still built
      // after the rows.
      const indexes = (
        this.sqlite
          .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')}) ORDER BY name`)
          .all(...tables) as { name: string; sql: string }[]
      ).filter((ix) => !appended.includes(ix.name));
      for (const ix of indexes) this.sqlite.exec(`DROP INDEX "${ix.name.replace(/"/g, '""')}"`);
      // rows appended to tables without their indexes write each page once, in order: a small page
      // cache does (a 200k-result SARIF ingest's peak RSS: ~14 MB less); the indexes are built with
      // the whole cache again
      const cache = Number(this.sqlite.pragma('cache_size', { simple: true }));
      this.sqlite.pragma(`cache_size = ${BULK_LOAD_CACHE}`);
      let out: T;
      try {
        out = fn();
      } finally {
        this.sqlite.pragma(`cache_size = ${cache}`);
      }
      // each built by sorting the rows once (a 200k-result SARIF ingest: ~16 s → ~13 s of CPU)
      for (const ix of indexes) this.sqlite.exec(ix.sql);
      return out;
    });
  }

  tx<T>(fn: () => T): T {
    if (this.sqlite.inTransaction) return this.sqlite.transaction(fn).immediate(); // a savepoint
    return this.sqlite
      .transaction(() => {
        const out = fn();
        writeProbe('commit');
        return out;
      })
      .immediate();
  }
}
