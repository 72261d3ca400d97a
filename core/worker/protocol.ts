// The messages between a host (serve host, CLI, Electron main process) and the core entry that runs
// the core off the host's thread (a worker thread, or Electron's utility process), and between the
// core entry and its job thread. Plain data only: they cross threads and processes by structured
// clone.
import { METHODS, definitionOf, type Method, type Result } from '../../shared/api';
import type { ChangeEvent } from '../../shared/changes';
import type { Progress } from '../service/job';

export type { Progress } from '../service/job';

/** What the core entry needs to open the core. */
export interface CoreInit {
  dbPath: string;
  /** who the event log names for changes (default "user") */
  actor?: string;
  /** team database: the id this process's writes carry in their NOTIFY, its job thread's too (core/service/live.ts) */
  writer?: string;
  /** the job thread's script (see threads.ts) */
  jobScript: ThreadScript;
}

/**
 * A script to run in a worker thread: a TypeScript module run through tsx (the serve host, the CLI
 * and the tests run from source), or a built file (the Electron bundle).
 */
export type ThreadScript = { tsModule: string } | { file: string };

export type ToCore =
  | { t: 'call'; id: number; method: string; input: unknown }
  | { t: 'cancel'; id: number }
  | { t: 'close' };

export type FromCore =
  | { t: 'ready' }
  | { t: 'failed'; message: string }
  | { t: 'progress'; id: number; progress: Progress }
  | { t: 'result'; id: number; result: Result<unknown> }
  /** a write's change event (shared/changes.ts), from the core entry's core or the job thread's */
  | { t: 'change'; change: ChangeEvent }
  | { t: 'closed' };

/**
 * Long work: run in the job thread, one call at a time, with progress and cancel, so the core's own
 * thread keeps answering (board reads see the last committed state meanwhile: WAL). Ingest dry runs
 * go there too, so the apply that follows finds their parse (core/ingest/reingest.ts parseOnce).
 */
export const JOB_METHODS: ReadonlySet<string> = new Set<Method>(METHODS.filter((m) => definitionOf(m).job));

/** How long a cancelled job may take to stop at its next checkpoint before its thread is ended. */
export const CANCEL_GRACE_MS = 400;
