// The job thread: runs the core's long work (`job: true` in shared/contract/) one call at a time on its own
// connection to the database, reporting progress and stopping at the next checkpoint once the core
// entry raises the shared cancel flag. Started by the core entry (entry.ts).
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { openCoreAsync } from '../service';
import type { CallOptions, Progress } from '../service/job';
import { JOB_NICE } from './job-nice';
import { portLink } from './link';
import type { FromCore } from './protocol';
import { threadData } from './threads';

export interface JobInit {
  dbPath: string;
  actor?: string;
  /** the core process's id in its writes' NOTIFY (core/service/live.ts) */
  writer?: string;
  /** Int32Array over it: [0] is 1 while the running call is cancelled */
  cancelFlag: SharedArrayBuffer;
  /** run at JOB_NICE (a host with reads to answer meanwhile); the CLI, with nothing else to do, does not */
  background: boolean;
}

export type ToJob = { t: 'call'; id: number; method: string; input: unknown } | { t: 'close' };

/** progress is posted at most this often (the first and the last step of a phase always: see `held`) */
const PROGRESS_EVERY_MS = 100;


async function main(): Promise<void> {
  if (!parentPort) throw new Error('job-thread.ts runs in a worker thread');
  const link = portLink<ToJob, FromCore>(parentPort);
  const init = threadData<JobInit>();
  if (init.background) {
    try {
      setPriority(0, JOB_NICE);
    } catch {
      // not allowed here (some sandboxes): the job then runs at the host's priority
    }
  }
  const flag = new Int32Array(init.cancelFlag);
  let core;
  try {
    core = await openCoreAsync({ dbPath: init.dbPath, actor: init.actor, writer: init.writer });
  } catch (e) {
    link.post({ t: 'failed', message: e instanceof Error ? e.message : String(e) });
    return;
  }
  const opened = core;
  opened.onChange((change) => link.post({ t: 'change', change }));
  link.onMessage(async (m) => {
    if (m.t === 'close') {
      opened.close();
      link.post({ t: 'closed' });
      return;
    }
    let last = 0;
    let lastPhase = '';
    // the latest step held back by the throttle: posted before the next phase starts and before the result,
    // so a phase's last step arrives even when its total is not known ("read findings": 200000 of ?)
    let held: Progress | null = null;
    let lastDone: number | null = null;
    let lastTotal: number | null = null;
    const post = (progress: Progress) => {
      held = null;
      last = performance.now();
      lastPhase = progress.phase;
      lastDone = progress.done;
      lastTotal = progress.total;
      link.post({ t: 'progress', id: m.id, progress });
    };
    const options: CallOptions = {
      cancelled: () => Atomics.load(flag, 0) !== 0,
      onProgress(progress: Progress) {
        const newPhase = progress.phase !== lastPhase;
        // (a step that repeats the one posted last, a checkpoint after an empty last page, says nothing new)
        if (!newPhase && progress.done === lastDone && progress.total === lastTotal && !progress.file) return;
        if (newPhase && held) post(held);
        const edge = newPhase || progress.done === progress.total;
        if (!edge && performance.now() - last < PROGRESS_EVERY_MS) {
          held = progress;
          return;
        }
        post(progress);
      },
    };
    const result = await opened.dispatch(m.method, m.input, options);
    if (held) post(held);
    link.post({ t: 'result', id: m.id, result });
  });
  link.post({ t: 'ready' });
}

// (no top-level await: the Electron build is CommonJS)
void main();
