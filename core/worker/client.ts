// The host's side of the core entry (entry.ts): calls go out as messages and come back as Results,
// with progress on the way for long work and a cancel through an AbortSignal. Written once for
// every transport (link.ts): a worker thread (start-thread.ts) or Electron's utility process.
import type { Input, Method, Output, Result } from '../../shared/api';
import type { ChangeEvent } from '../../shared/changes';
import type { Link } from './link';
import type { CallOptions } from '../service/job';
import type { FromCore, Progress, ToCore } from './protocol';

export type { CallOptions } from '../service/job';

export interface CoreClient {
  dbPath: string;
  dispatch(method: string, input: unknown, options?: CallOptions): Promise<Result<unknown>>;
  call<M extends Method>(m: M, input: Input<M>, options?: CallOptions): Promise<Result<Output<M>>>;
  /** every change a write makes, wherever it ran (the core entry or its job thread); returns the unsubscribe */
  onChange(listener: (change: ChangeEvent) => void): () => void;
  /** closes the core (a running job is cancelled) and ends its thread or process */
  close(): Promise<void>;
}

interface Pending {
  resolve(r: Result<unknown>): void;
  onProgress?: (p: Progress) => void;
  unlisten?: () => void;
}

/**
 * A client on `link`, resolved once the core entry has opened the database (rejected with its
 * message when it could not). `end` stops the thread or process after the core has closed; `gone`
 * is to be called when it stopped by itself (pending calls then fail with code "unavailable").
 */
export function connectCore(link: Link<FromCore, ToCore>, dbPath: string, end: () => Promise<void> | void): { client: Promise<CoreClient>; gone(reason: string): void } {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let alive = true;
  let onReady: (() => void) | null = null;
  let onFailed: ((e: Error) => void) | null = null;
  let onClosed: (() => void) | null = null;
  const listeners = new Set<(change: ChangeEvent) => void>();

  const settle = (id: number, result: Result<unknown>) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    p.unlisten?.();
    p.resolve(result);
  };

  link.onMessage((m) => {
    if (m.t === 'result') settle(m.id, m.result);
    else if (m.t === 'change') for (const listener of [...listeners]) listener(m.change);
    else if (m.t === 'progress') pending.get(m.id)?.onProgress?.(m.progress);
    else if (m.t === 'ready') onReady?.();
    else if (m.t === 'failed') onFailed?.(new Error(m.message));
    else if (m.t === 'closed') onClosed?.();
  });

  const gone = (reason: string) => {
    alive = false;
    for (const id of [...pending.keys()]) settle(id, { ok: false, error: { code: 'unavailable', message: `the core stopped: ${reason}` } });
    onFailed?.(new Error(reason));
    onClosed?.();
  };

  const dispatch = (method: string, input: unknown, options: CallOptions = {}): Promise<Result<unknown>> => {
    if (!alive) return Promise.resolve({ ok: false, error: { code: 'unavailable', message: 'the core is closed' } });
    const id = nextId++;
    return new Promise((resolve) => {
      const p: Pending = { resolve, onProgress: options.onProgress };
      const signal = options.signal;
      if (signal) {
        const abort = () => link.post({ t: 'cancel', id });
        signal.addEventListener('abort', abort, { once: true });
        p.unlisten = () => signal.removeEventListener('abort', abort);
      }
      pending.set(id, p);
      link.post({ t: 'call', id, method, input });
      if (signal?.aborted) link.post({ t: 'cancel', id });
    });
  };

  const client: CoreClient = {
    dbPath,
    dispatch,
    call: <M extends Method>(m: M, input: Input<M>, options?: CallOptions) => dispatch(m, input, options) as Promise<Result<Output<M>>>,
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async close() {
      if (alive) {
        alive = false;
        await new Promise<void>((resolve) => {
          onClosed = resolve;
          link.post({ t: 'close' });
        });
      }
      await end();
    },
  };

  return {
    client: new Promise<CoreClient>((resolve, reject) => {
      onReady = () => resolve(client);
      onFailed = reject;
    }),
    gone,
  };
}
