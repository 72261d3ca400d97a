// openCore / openCoreAsync: the service behind the typed API contract. Plain Node: the Electron
// main process, the CLI, the serve host and the tests all run this same code. The app's entry points
// open with openCoreAsync, whose pre-migration backup goes through SQLite's online backup API
// (db/index.ts openDatabaseAsync); openCore is the synchronous open for tests and tools.
import { openStore, openStoreAsync, type OpenStore } from '../../db';
import { randomUUID } from 'node:crypto';
import { PgError } from '../../db/postgres/bridge';
import { PostgresRunner } from '../../db/postgres/runner';
import { contract, definitionOf, formatZodError, isMethod, projectOfCall, type Input, type Method, type Output, type Result } from '../../shared/api';
import type { ChangeEvent } from '../../shared/changes';
import { changeOf, newChangeNotes, type ChangeNotes } from './changes';
import { notifyStatement } from './live';
import { CoreError, type CoreContext } from './context';
import { handlers, type CoreMethod, type Handler } from './handlers';
import { ensureDefaultProject } from './handlers/projects';
import { jobOf, type CallOptions } from './job';
import { refusalMessage } from './refusal';

export type { CoreContext } from './context';
export { CoreError } from './context';
export { formatZodError } from '../../shared/api';
export type { CallOptions, JobControl, Progress } from './job';

export interface Core {
  dbPath: string;
  /** `options`: progress and cancel for long work */
  dispatch(method: string, input: unknown, options?: CallOptions): Promise<Result<unknown>>;
  call<M extends Method>(m: M, input: Input<M>, options?: CallOptions): Promise<Result<Output<M>>>;
  /** every change a successful write makes (shared/changes.ts); returns the unsubscribe */
  onChange(listener: (change: ChangeEvent) => void): () => void;
  close(): void;
}

export interface OpenCoreOptions {
  dbPath: string;
  /** who the event log names for changes made through this core (default: "user") */
  actor?: string;
  /** the clock (ISO timestamps) for event times, ingest times and the insights burndown; tests inject one */
  now?: () => string;
  /** how long a write waits for another connection's (default 5 s; the core entry uses 0: core/worker/job-runner.ts) */
  busyTimeoutMs?: number;
  /**
   * team database: who this core's writes say they come from in their NOTIFY (./live.ts), so the
   * process skips their echo; one id for a core process and its job thread (default: a random one)
   */
  writer?: string;
}

function errorValue(e: unknown, refused?: (e: PgError) => string): Result<never> {
  if (e instanceof CoreError) return { ok: false, error: { code: e.code, message: e.message } };
  const code = (e as { code?: unknown })?.code;
  const message = e instanceof Error ? e.message : String(e);
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return { ok: false, error: { code: 'conflict', message } };
  }
  if (typeof code === 'string' && (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')) {
    return { ok: false, error: { code: 'busy', message: `the database is busy: ${message}` } };
  }
  if (e instanceof PgError && typeof code === 'string') {
    // SQLSTATE class 23: integrity constraint violation; 40001/40P01/55P03: serialization, deadlock, lock wait
    if (code.startsWith('23')) return { ok: false, error: { code: 'conflict', message } };
    // insufficient privilege: the server refuses this login the write (its project role:
    // db/postgres/policies.ts; a database-wide viewer: db/postgres/roles.ts)
    if (code === '42501') return { ok: false, error: { code: 'forbidden', message: refused ? refused(e) : `The team database refused this change (${message.split('\n')[0]})` } };
    if (code === '40001' || code === '40P01' || code === '55P03') return { ok: false, error: { code: 'busy', message: `the database is busy: ${message}` } };
  }
  return { ok: false, error: { code: 'internal', message } };
}

/**
 * Opens the core on the database at `options.dbPath` synchronously (tests, tools). Pending
 * migrations still get their backup first (VACUUM INTO); the app's entry points use openCoreAsync.
 */
export function openCore(options: OpenCoreOptions): Core {
  return coreOn(openStore(options.dbPath, { busyTimeoutMs: options.busyTimeoutMs }), options);
}

/**
 * Opens the core the way the app does (Electron main process, CLI, serve host): when migrations are
 * pending, the database is first copied to backups/ through SQLite's online backup API; a failed
 * migration restores that copy and rejects with a MigrationError that names it.
 */
export async function openCoreAsync(options: OpenCoreOptions): Promise<Core> {
  return coreOn(await openStoreAsync(options.dbPath, { busyTimeoutMs: options.busyTimeoutMs }), options);
}

function coreOn(opened: OpenStore, options: OpenCoreOptions): Core {
  const ctx: CoreContext = {
    db: opened.db,
    runner: opened.runner,
    dbPath: options.dbPath,
    schemaVersion: opened.schemaVersion,
    // on a team database every change carries the database login, whoever the caller says it is
    actor: opened.engine === 'postgres' && opened.user ? opened.user : (options.actor ?? 'user'),
    now: options.now ?? (() => new Date().toISOString()),
  };
  try {
    ensureDefaultProject(ctx);
  } catch (e) {
    opened.close();
    throw e;
  }
  let closed = false;
  const listeners = new Set<(change: ChangeEvent) => void>();
  const live = opened.engine === 'postgres' && opened.runner instanceof PostgresRunner ? liveWrites(opened.runner, options.writer ?? randomUUID(), ctx.actor) : null;

  async function dispatch(method: string, input: unknown, options?: CallOptions): Promise<Result<unknown>> {
    if (closed) return { ok: false, error: { code: 'unavailable', message: 'the core is closed' } };
    if (!isMethod(method)) {
      return { ok: false, error: { code: 'invalid_input', message: `unknown method: ${String(method)}` } };
    }
    if (definitionOf(method).host) {
      return { ok: false, error: { code: 'unavailable', message: `${method} is answered by the app window's host (the desktop app), not the core` } };
    }
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid_input', message: `${method}: ${formatZodError(parsed.error)}` } };
    }
    // the context stays the same object (caches are keyed by it); a job is set for its call only
    // (a job runner runs one call at a time)
    ctx.job = jobOf(options);
    const notes = newChangeNotes();
    ctx.changes = notes;
    live?.start(method, parsed.data, notes);
    try {
      const handler = handlers[method as CoreMethod] as Handler<CoreMethod>;
      const value = await handler(ctx, parsed.data as never);
      const change = changeOf(method, parsed.data, value, notes);
      if (change) {
        live?.finish(change);
        for (const listener of [...listeners]) listener(change);
      }
      return { ok: true, value };
    } catch (e) {
      return errorValue(e, (refusal) => refusalMessage(ctx, refusal, { input: parsed.data }));
    } finally {
      live?.stop();
      ctx.job = undefined;
      ctx.changes = undefined;
    }
  }

  return {
    dbPath: options.dbPath,
    dispatch,
    call: <M extends Method>(m: M, input: Input<M>, options?: CallOptions) => dispatch(m, input, options) as Promise<Result<Output<M>>>,
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close() {
      if (closed) return;
      closed = true;
      opened.close();
    },
  };
}

/**
 * A team database's NOTIFY of each write (./live.ts): sent inside the call's write transactions,
 * just before their COMMIT; a write made outside a transaction (each statement commits on its own)
 * is announced once the call has returned.
 */
function liveWrites(runner: PostgresRunner, writer: string, user: string) {
  let call: { method: Method; projectIds: Set<number>; notes: ChangeNotes; sent: boolean } | null = null;
  const notify = (c: NonNullable<typeof call>) =>
    notifyStatement({ writer, user, method: c.method, projectIds: c.notes.projectIds.size ? c.notes.projectIds : c.projectIds, findingIds: c.notes.findingIds });
  runner.beforeCommit = () => {
    if (!call) return [];
    call.sent = true;
    return [notify(call)];
  };
  return {
    /** a call starts: a method that writes (not a dry run) will announce its transactions */
    start(method: Method, input: unknown, notes: ChangeNotes) {
      runner.writesOutsideTx = 0;
      const writes = changeOf(method, input, undefined, newChangeNotes()) !== null;
      const scoped = projectOfCall(method, input);
      call = writes ? { method, projectIds: new Set(scoped === null ? [] : [scoped]), notes, sent: false } : null;
    },
    /** the call succeeded with `change`: announce what no committed transaction has announced */
    finish(change: ChangeEvent) {
      if (!call || (call.sent && runner.writesOutsideTx === 0)) return;
      const c = { ...call, projectIds: new Set(change.projectId === null ? [] : [change.projectId]) };
      try {
        runner.exec([notify(c)]);
      } catch {
        // the write stands; other users see it at their next fetch
      }
    },
    stop() {
      call = null;
    },
  };
}
