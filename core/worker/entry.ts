// The core entry: what runs the core off the host's thread. The serve host and the CLI start it in a
// worker thread (start-thread.ts), the Electron main process in a utility process
// (electron/core-process.ts); both talk to it through client.ts over the same messages
// (protocol.ts).
//
// Short calls (board reads, edits) run here on the core's connection. Long work (`job: true` in its definition) runs
// in a job thread on a second connection, one call at a time: in WAL mode the reads here keep
// answering from the last committed state while an ingest writes. A cancelled job stops at its next
// checkpoint (its transaction rolls back); one that has not stopped within CANCEL_GRACE_MS has its
// thread ended (SQLite drops the uncommitted transaction) and a fresh job thread takes its place.
import { randomUUID } from 'node:crypto';
import { isPostgresUrl } from '../../db/location';
import { listen, type Listener } from '../../db/postgres/listen';
import { openCoreAsync, type Core } from '../service';
import { decodeChange, everythingChanged, LIVE_CHANNEL } from '../service/live';
import { serveCalls } from './job-runner';
import type { Link } from './link';
import type { CoreInit, FromCore, ToCore } from './protocol';

/** how long the entry waits for its first LISTEN before answering calls without it (it goes on trying) */
const FIRST_LISTEN_MS = 5000;

/** Runs the core behind `link` until the host sends 'close'. */
export async function runCoreEntry(link: Link<ToCore, FromCore>, given: CoreInit): Promise<void> {
  // one id for this process's writes, the job thread's included: their echo is skipped below
  const init: CoreInit = { ...given, writer: given.writer ?? randomUUID() };
  let core: Core;
  try {
    // a write that finds the job thread writing fails at once instead of holding up this thread's
    // reads; it then runs as a job, after that one (job-runner.ts serveCalls)
    core = await openCoreAsync({ dbPath: init.dbPath, actor: init.actor, busyTimeoutMs: 0, writer: init.writer });
  } catch (e) {
    link.post({ t: 'failed', message: e instanceof Error ? e.message : String(e) });
    return;
  }
  const listener = isPostgresUrl(init.dbPath) ? await followTeam(link, init.dbPath, init.writer!) : null;
  await serveCalls(link, init, core, () => listener?.close() ?? Promise.resolve());
}

/**
 * A team database: other users' writes, heard by LISTEN (core/service/live.ts), go to the host as
 * the change events of this core's own writes do; after a drop, once listening again, one event
 * makes everything stale (what was written meanwhile was not heard).
 */
async function followTeam(link: Link<ToCore, FromCore>, url: string, writer: string): Promise<Listener> {
  const listener = listen({
    url,
    channel: LIVE_CHANNEL,
    applicationName: 'punchlist-listen',
    onPayload(payload) {
      const change = decodeChange(payload, writer);
      if (change) link.post({ t: 'change', change });
    },
    onResumed: () => link.post({ t: 'change', change: everythingChanged() }),
    onDropped: (e, retryMs) => console.error(`punchlist: the team database's live changes stopped (${e.message}); listening again in ${retryMs} ms`),
  });
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([listener.ready.catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, FIRST_LISTEN_MS)))]);
  clearTimeout(timer);
  return listener;
}

