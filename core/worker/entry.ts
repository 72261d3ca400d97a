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
import { openCoreAsync, type Core } from '../service';
import { serveCalls } from './job-runner';
import type { Link } from './link';
import type { CoreInit, FromCore, ToCore } from './protocol';

/** Runs the core behind `link` until the host sends 'close'. */
export async function runCoreEntry(link: Link<ToCore, FromCore>, init: CoreInit): Promise<void> {
  let core: Core;
  try {
    // a write that finds the job thread writing fails at once instead of holding up this thread's
    // reads; it then runs as a job, after that one (job-runner.ts serveCalls)
    core = await openCoreAsync({ dbPath: init.dbPath, actor: init.actor, busyTimeoutMs: 0 });
  } catch (e) {
    link.post({ t: 'failed', message: e instanceof Error ? e.message : String(e) });
    return;
  }
  await serveCalls(link, init, core);
}

