// A synchronous PostgreSQL connection. The core runs its queries synchronously (db/runner.ts: one
// code path for both engines, transactions as plain function calls), while `pg` is asynchronous; so
// one `pg.Client` lives in a worker thread of its own and this thread blocks on a shared flag
// (Atomics.wait) until the worker has the answer, then takes it off the message port. The worker
// keeps no state but the connection: every request carries its statements.
//
// The worker is started from source text (eval) so it needs no file of its own next to a bundle;
// `pg` is resolved here and handed over as a path.
import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** One statement: SQL with $n parameters and their values; `name` makes pg prepare it once per connection. */
export interface Statement {
  text: string;
  values: readonly unknown[];
  name?: string;
}

export interface PgResult {
  rows: Array<Record<string, unknown>>;
  rowCount: number;
}

/** A failure reported by the server (or the connection), with PostgreSQL's fields where there are some. */
export class PgError extends Error {
  constructor(
    message: string,
    /** SQLSTATE, e.g. 23505 (unique violation), or a Node error code (ECONNREFUSED) */
    readonly code: string | undefined,
    readonly detail: string | undefined,
    readonly constraint: string | undefined,
  ) {
    super(message);
    this.name = 'PgError';
  }
}

const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const pg = require(workerData.pgPath);
const { from: copyFrom } = require(workerData.copyPath);
const { port, flag, url, applicationName } = workerData;
// counts and sums come back as numbers (the core's SQLite path returns numbers too)
const types = {
  getTypeParser(oid, format) {
    if (format === 'text' && (oid === 20 || oid === 1700)) return (v) => (v === null ? null : Number(v));
    return pg.types.getTypeParser(oid, format);
  },
};
const client = new pg.Client({ connectionString: url, application_name: applicationName, types });
let ready = null;
let broken = null;
client.on('error', (e) => { broken = e; });
function reply(msg) {
  port.postMessage(msg);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
function failure(e) {
  return { ok: false, error: { message: e && e.message ? e.message : String(e), code: e && e.code, detail: e && e.detail, constraint: e && e.constraint } };
}
// a COPY sent with \`defer\` is answered at once and runs while the caller prepares the next one;
// requests are handled one after the other, so the next waits for it, and gets its failure instead
// of an answer of its own (a ROLLBACK still runs: it ends the failed transaction). Up to
// DEFERRED_AHEAD of them are answered on arrival, queued behind the one running (a bulk ingest's
// batch is three: findings, locations, search documents), so the caller goes on parsing while the
// server stores a few batches (or merges a search index's pending list: postgres/runner.ts
// bulkLoad); past that, one is answered when it starts. 12 (four batches): a 200k-result log's
// ingest holds ~25 MB more at its peak than with 3.
const DEFERRED_AHEAD = 12;
let ahead = 0;
let chain = Promise.resolve();
let deferredError = null;
port.on('message', (req) => {
  if (req.op === 'copy' && req.defer && ahead < DEFERRED_AHEAD) {
    ahead++;
    req.early = true;
    reply({ ok: true, results: [{ rows: [], rowCount: -1 }] });
  }
  chain = chain.then(() => handle(req)).finally(() => { if (req.early) ahead--; });
});
const isRollback = (req) => req.op === 'query' && req.statements.length > 0 && /^ROLLBACK\b/.test(req.statements[0].text);
async function handle(req) {
  if (deferredError) {
    const e = deferredError;
    // answered already: it is not run, and the failure waits for the next request
    if (req.early) return;
    if (!isRollback(req)) {
      deferredError = null;
      reply(failure(e));
      return;
    }
    deferredError = null;
  }
  try {
    if (req.op === 'close') {
      if (ready) await client.end().catch(() => {});
      reply({ ok: true, results: [] });
      return;
    }
    if (broken) throw broken;
    // batches of statements are sent as literals (postgres/runner.ts): a backslash must be a plain character
    if (!ready) ready = client.connect().then(() => client.query('SET standard_conforming_strings = on'));
    await ready;
    if (req.op === 'copy') {
      // COPY … FROM STDIN: the rows as COPY text, written to the server in one go
      if (req.defer && !req.early) reply({ ok: true, results: [{ rows: [], rowCount: -1 }] });
      try {
        const stream = client.query(copyFrom(req.text));
        await new Promise((resolve, reject) => {
          stream.on('error', reject);
          stream.on('finish', resolve);
          stream.end(typeof req.data === 'string' ? req.data : Buffer.from(req.data.buffer, req.data.byteOffset, req.data.byteLength));
        });
        if (!req.defer) reply({ ok: true, results: [{ rows: [], rowCount: Number(stream.rowCount) || 0 }] });
      } catch (e) {
        if (!req.defer) throw e;
        // the first failure is the one to report (the COPYs after it were refused for it)
        deferredError ??= e;
      }
      return;
    }
    const config = (s) => (s.name ? { name: s.name, text: s.text, values: s.values } : { text: s.text, values: s.values });
    const result = (r) => ({ rows: r.rows || [], rowCount: r.rowCount || 0 });
    if (req.pipeline && req.statements.length > 1) {
      // all written at once, answered in order: one round trip. Only asked for inside a transaction,
      // where a failing statement makes the server refuse the ones after it, or for reads only; the
      // first failure is the answer. Pipeline mode is on only while these are out (COPY is refused in it).
      client.pipeline = true;
      let settled;
      try {
        settled = await Promise.allSettled(req.statements.map((s) => client.query(config(s))));
      } finally {
        client.pipeline = false;
      }
      const failed = settled.find((x) => x.status === 'rejected');
      if (failed) throw failed.reason;
      reply({ ok: true, results: settled.map((x) => result(x.value)) });
      return;
    }
    const results = [];
    for (const s of req.statements) results.push(result(await client.query(config(s))));
    reply({ ok: true, results });
  } catch (e) {
    reply(failure(e));
  }
}
`;

/**
 * Where 'pg' is, found from this module: the ES-module sources know their URL, the CommonJS bundle the
 * Electron build makes for the core's utility process knows its file (there import.meta.url is empty, and
 * resolving at load time stopped the core from starting).
 */
function resolvePg(name: 'pg' | 'pg-copy-streams' = 'pg'): string {
  return createRequire(typeof __filename === 'string' ? __filename : import.meta.url).resolve(name);
}

export interface SyncPgOptions {
  /** how long one request may take before this side gives up (default 10 minutes: a big ingest's COPY) */
  timeoutMs?: number;
  applicationName?: string;
}

export class SyncPg {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private readonly timeoutMs: number;
  private closed = false;

  constructor(
    readonly url: string,
    options: SyncPgOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 10 * 60_000;
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { pgPath: resolvePg(), copyPath: resolvePg('pg-copy-streams'), port: port2, flag: this.flag, url, applicationName: options.applicationName ?? 'punchlist' },
      transferList: [port2],
    });
    // the worker must not keep the process alive once the database is closed or forgotten
    this.worker.unref();
    this.port.unref();
  }

  /**
   * Runs the statements in order on the connection; returns each one's rows. Throws PgError.
   * `pipeline`: all are sent at once, without waiting for each answer (one round trip): only inside
   * a transaction, where a failure makes the server refuse the statements after it (the first
   * failure is thrown), or for reads only; outside a transaction each write would go on and commit
   * on its own.
   */
  run(statements: readonly Statement[], options: { pipeline?: boolean } = {}): PgResult[] {
    return this.answered({ op: 'query', statements, pipeline: options.pipeline === true });
  }

  /**
   * `COPY table (columns) FROM STDIN` (`text`) with `data`, rows in COPY's text format (or, as bytes,
   * in its binary format: `… FROM STDIN (FORMAT binary)`); returns how many rows the server stored.
   * Throws PgError (the transaction it runs in is then aborted).
   */
  copy(text: string, data: string | Uint8Array): number {
    return this.answered({ op: 'copy', text, data })[0].rowCount;
  }

  /**
   * The same COPY, answered at once: it runs while this thread goes on, and the next request waits
   * for it (a few may be queued; past that this waits until the one before has started). A failure
   * of it is thrown by the next request that is not such a COPY instead of its own answer -- inside
   * a transaction, which then rolls back as a whole.
   */
  copyDeferred(text: string, data: string | Uint8Array): void {
    this.answered({ op: 'copy', text, data, defer: true });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.request({ op: 'close' }, 5000);
    } catch {
      // the worker is ended below either way
    }
    void this.worker.terminate();
  }

  /** the results of a request, or its failure thrown as a PgError */
  private answered(req: unknown): PgResult[] {
    if (this.closed) throw new PgError('the PostgreSQL connection is closed', undefined, undefined, undefined);
    const answer = this.request(req);
    if (!answer.ok) {
      const e = answer.error;
      throw new PgError(e.message, e.code ?? undefined, e.detail ?? undefined, e.constraint ?? undefined);
    }
    return answer.results;
  }

  private request(req: unknown, timeoutMs = this.timeoutMs): Answer {
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage(req);
    // Woken, the flag is checked again: the worker raises it and then notifies, and when it was paused
    // between the two for the previous answer (a busy machine: 20 hosts on 2 cores), that late notify
    // wakes this wait with the flag still down and this request's answer still to come. Taken for
    // the answer, that wake cost a poll in 5-ms steps and, after a second, the error "connection
    // thread stopped" (seen in the team bench's warm-up).
    const deadline = performance.now() + timeoutMs;
    let timedOut = false;
    while (Atomics.load(this.flag, 0) === 0) {
      const left = deadline - performance.now();
      if (left <= 0 || Atomics.wait(this.flag, 0, 0, left) === 'timed-out') {
        timedOut = Atomics.load(this.flag, 0) === 0;
        break;
      }
    }
    // the worker posts the answer before it raises the flag: once raised, the answer is on the port
    const got = receiveMessageOnPort(this.port);
    if (!got) {
      // a late answer would be taken for the next request's: this connection is done
      this.closed = true;
      void this.worker.terminate();
      throw new PgError(
        timedOut ? `PostgreSQL did not answer within ${Math.round(timeoutMs / 1000)} s` : 'the PostgreSQL connection thread stopped',
        undefined,
        undefined,
        undefined,
      );
    }
    return got.message as Answer;
  }
}

type Answer =
  | { ok: true; results: PgResult[] }
  | { ok: false; error: { message: string; code?: string | null; detail?: string | null; constraint?: string | null } };
