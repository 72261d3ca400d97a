// Routing the calls the core entry gets (entry.ts): short ones to the core of the entry's thread,
// long work (JOB_METHODS) to the job thread, one call at a time, with cancel. Kept apart from
// entry.ts so a host that runs every call as a job (the CLI) never loads the core on its own thread.
import type { Worker } from 'node:worker_threads';
import type { Result } from '../../shared/api';
import type { Core } from '../service';
import { Cancelled } from '../service/job';
import type { JobInit, ToJob } from './job-thread';
import { workerLink, type Link } from './link';
import { CANCEL_GRACE_MS, JOB_METHODS, type CoreInit, type FromCore, type ToCore } from './protocol';
import { JOB_NICE } from './job-nice';
import { startThread } from './threads';

type Call = Extract<ToCore, { t: 'call' }>;

const cancelledResult = (): Result<never> => {
  const c = new Cancelled();
  return { ok: false, error: { code: c.code, message: c.message } };
};

/**
 * Every call as a job, in the job thread (the CLI: one caller, nothing to answer meanwhile, so no
 * core of its own here; the host's thread then never loads the core).
 */
export function runJobsOnly(link: Link<ToCore, FromCore>, init: CoreInit): Promise<void> {
  return serveCalls(link, init, null);
}

/**
 * Answers the calls coming over `link` until 'close': short ones on `core`, the rest as jobs.
 * `beforeClose` runs first when the host closes (the entry's listening connection).
 */
export function serveCalls(link: Link<ToCore, FromCore>, init: CoreInit, core: Core | null, beforeClose?: () => Promise<void>): Promise<void> {
  const jobs = new JobRunner(init, link, core !== null);
  core?.onChange((change) => link.post({ t: 'change', change }));
  const closed = new Promise<void>((resolve) => {
    link.onMessage((m) => {
      if (m.t === 'call') {
        if (!core || JOB_METHODS.has(m.method)) jobs.add(m);
        else {
          void core.dispatch(m.method, m.input).then((result) => {
            // the job thread holds the write lock (an ingest): wait for it in the job queue, not here
            if (!result.ok && result.error.code === 'busy') jobs.add(m);
            else link.post({ t: 'result', id: m.id, result });
          });
        }
      } else if (m.t === 'cancel') jobs.cancel(m.id);
      else if (m.t === 'close') {
        void Promise.resolve(beforeClose?.())
          .catch(() => undefined)
          .then(() => jobs.close())
          .finally(() => {
          core?.close();
          link.post({ t: 'closed' });
          resolve();
        });
      }
    });
  });
  link.post({ t: 'ready' });
  return closed;
}

/** The job thread and its queue. */
/**
 * The CLI's job thread's young generation (V8's default is 48 MB). Peak RSS counts the whole
 * process, and a 200k-result SARIF ingest's garbage there -- the parse thread's rows, once inserted
 * -- dies young: 16 MB took the CLI's peak from ~315 MB to ~300 MB, no slower (3 runs each).
 */
const CLI_JOB_YOUNG_MB = 16;

class JobRunner {
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private worker: Worker | null = null;
  private ready = false;
  private readonly queue: Call[] = [];
  private running: { call: Call; cancelled: boolean; timer?: NodeJS.Timeout } | null = null;
  private closing = false;
  /** why the job thread cannot run (it could not open the database): every call is answered so */
  private broken: string | null = null;

  constructor(
    private readonly init: CoreInit,
    private readonly link: Link<ToCore, FromCore>,
    private readonly background: boolean,
  ) {
    this.start();
  }

  private start(): void {
    // beside a core that answers reads the jobs run in the background; alone (the CLI) at full speed
    const data: JobInit = { dbPath: this.init.dbPath, actor: this.init.actor, writer: this.init.writer, cancelFlag: this.flag.buffer as SharedArrayBuffer, background: this.background };
    const worker = startThread(this.init.jobScript, data, this.background ? JOB_NICE : 0, this.background ? undefined : { maxYoungGenerationSizeMb: CLI_JOB_YOUNG_MB });
    this.worker = worker;
    this.ready = false;
    const link = workerLink<FromCore, ToJob>(worker);
    link.onMessage((m) => {
      if (m.t === 'ready') {
        this.ready = true;
        this.pump();
      } else if (m.t === 'failed') {
        this.broken = m.message;
        this.failAll(m.message);
      } else if (m.t === 'change') {
        this.link.post(m);
      } else if (m.t === 'progress') {
        if (this.running?.call.id === m.id && !this.running.cancelled) this.link.post(m);
      } else if (m.t === 'result') {
        if (this.running?.call.id === m.id) this.finish(m.result);
      }
    });
    worker.on('error', (err) => {
      // a thread that fails before it is ready (its script cannot load) would fail again: no restart
      if (!this.ready && this.broken === null) this.broken = `the job thread could not start: ${err.message}`;
      if (this.running && !this.running.cancelled) this.finish({ ok: false, error: { code: 'internal', message: err.message } });
    });
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.ready = false;
      if (this.running) this.finish(this.running.cancelled ? cancelledResult() : { ok: false, error: { code: 'internal', message: 'the job thread stopped' } });
      if (this.broken !== null) this.failAll(this.broken);
      else if (!this.closing) this.start();
    });
  }

  add(call: Call): void {
    if (this.broken !== null) {
      this.link.post({ t: 'result', id: call.id, result: { ok: false, error: { code: 'unavailable', message: this.broken } } });
      return;
    }
    this.queue.push(call);
    this.pump();
  }

  cancel(id: number): void {
    const k = this.queue.findIndex((c) => c.id === id);
    if (k >= 0) {
      this.queue.splice(k, 1);
      this.link.post({ t: 'result', id, result: cancelledResult() });
      return;
    }
    const run = this.running;
    if (!run || run.call.id !== id || run.cancelled) return;
    run.cancelled = true;
    Atomics.store(this.flag, 0, 1);
    // not stopped at a checkpoint in time (a long parse, one long statement): end the thread
    run.timer = setTimeout(() => void this.worker?.terminate(), CANCEL_GRACE_MS);
  }

  private pump(): void {
    if (this.running || !this.ready || !this.worker || this.queue.length === 0) return;
    const call = this.queue.shift()!;
    Atomics.store(this.flag, 0, 0);
    this.running = { call, cancelled: false };
    this.worker.postMessage({ t: 'call', id: call.id, method: call.method, input: call.input } satisfies ToJob);
  }

  private finish(result: Result<unknown>): void {
    const run = this.running;
    if (!run) return;
    clearTimeout(run.timer);
    this.running = null;
    this.link.post({ t: 'result', id: run.call.id, result });
    this.pump();
  }

  private failAll(message: string): void {
    const calls = [...(this.running ? [this.running.call] : []), ...this.queue.splice(0)];
    this.running = null;
    for (const c of calls) this.link.post({ t: 'result', id: c.id, result: { ok: false, error: { code: 'unavailable', message } } });
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const c of this.queue.splice(0)) this.link.post({ t: 'result', id: c.id, result: cancelledResult() });
    const worker = this.worker;
    if (!worker) return;
    if (this.running) {
      this.cancel(this.running.call.id);
    }
    if (this.ready && !this.running) {
      // let the thread close its connection itself
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 2000);
        worker.on('message', (m: FromCore) => {
          if (m.t === 'closed') {
            clearTimeout(t);
            resolve();
          }
        });
        worker.postMessage({ t: 'close' } satisfies ToJob);
      });
    }
    await worker.terminate();
  }
}
