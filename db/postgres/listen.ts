// LISTEN on a connection of its own (asynchronous `pg`, unlike the core's synchronous bridge.ts: a
// notification arrives whenever the server sends it, between the core's calls). A connection that
// drops (the server restarts, an admin ends the session, the network goes) is opened again, with a
// growing pause between attempts; once it listens again `onResumed` is called: what was sent
// meanwhile was not heard. A connection that stops answering is found by a ping every PING_MS.
import pg from 'pg';

export interface ListenOptions {
  url: string;
  channel: string;
  /** every notification's payload on `channel` */
  onPayload(payload: string): void;
  /** listening again after a drop: notifications sent meanwhile are lost */
  onResumed(): void;
  /** the connection dropped (`error`), a new one is tried after `retryMs` */
  onDropped?(error: Error, retryMs: number): void;
  /** shown in pg_stat_activity */
  applicationName?: string;
}

export interface Listener {
  /** settles once listening for the first time (rejects when the first attempt fails; retries go on) */
  ready: Promise<void>;
  close(): Promise<void>;
}

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 5000;
const PING_MS = 15_000;

export function listen(options: ListenOptions): Listener {
  let client: pg.Client | null = null;
  let closed = false;
  let listenedBefore = false;
  /** something may have been missed since listening was asked for: a first attempt failed */
  let missed = false;
  let retryMs = FIRST_RETRY_MS;
  let retryTimer: NodeJS.Timeout | null = null;
  let resolveReady!: () => void;
  let rejectReady!: (e: Error) => void;
  const ready = new Promise<void>((res, rej) => {
    resolveReady = res;
    rejectReady = rej;
  });
  // nobody has to wait for it
  ready.catch(() => undefined);

  const dropped = (c: pg.Client, e: Error) => {
    if (client !== c) return;
    client = null;
    c.removeAllListeners('notification');
    void c.end().catch(() => undefined);
    if (!listenedBefore) rejectReady(e);
    missed = true;
    if (closed) return;
    const wait = retryMs;
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    options.onDropped?.(e, wait);
    retryTimer = setTimeout(connect, wait);
    retryTimer.unref();
  };

  function connect(): void {
    retryTimer = null;
    if (closed) return;
    // a ping that gets no answer within query_timeout ends the connection (a silent network)
    const c = new pg.Client({ connectionString: options.url, application_name: options.applicationName ?? 'punchlist-listen', keepAlive: true, query_timeout: PING_MS });
    client = c;
    c.on('error', (e) => dropped(c, e));
    c.on('end', () => dropped(c, new Error('the listening connection ended')));
    c.on('notification', (n) => {
      if (n.channel === options.channel && typeof n.payload === 'string') options.onPayload(n.payload);
    });
    c.connect()
      .then(() => c.query(`LISTEN "${options.channel.replace(/"/g, '""')}"`))
      .then(() => {
        if (client !== c) return;
        retryMs = FIRST_RETRY_MS;
        if (missed) options.onResumed();
        resolveReady();
        listenedBefore = true;
        missed = false;
        ping(c);
      })
      .catch((e: unknown) => dropped(c, e instanceof Error ? e : new Error(String(e))));
  }

  function ping(c: pg.Client): void {
    const t = setTimeout(() => {
      if (client !== c || closed) return;
      c.query('SELECT 1').then(
        () => ping(c),
        (e: unknown) => dropped(c, e instanceof Error ? e : new Error(String(e))),
      );
    }, PING_MS);
    t.unref();
  }

  connect();
  return {
    ready,
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      const c = client;
      client = null;
      if (c) await c.end().catch(() => undefined);
    },
  };
}
