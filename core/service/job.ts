// Long work (ingest, re-ingest, export, backup) reports progress and can be cancelled. The host
// that runs a call as a job (core/worker) puts a JobControl into the call's context; the work calls
// checkpoint() between its steps, which reports where it is and throws Cancelled once the caller
// has cancelled. Thrown inside the write transaction, Cancelled rolls it back: a cancelled ingest
// leaves the database as it was.
import type { Progress } from '../../shared/contract/define';
import { CoreError, type CoreContext } from './context';

export type { Progress } from '../../shared/contract/define';

export interface JobControl {
  report(p: Progress): void;
  cancelled(): boolean;
}

/** How a caller follows and stops one call (Core.dispatch, the core entry's client). */
export interface CallOptions {
  /** progress of long work (ingest, re-ingest, export, backup) */
  onProgress?: (p: Progress) => void;
  /** aborting it cancels the call: long work stops at its next checkpoint and rolls back (code "cancelled") */
  signal?: AbortSignal;
  /** polled at each checkpoint, for a caller whose thread is busy running the call (the job thread's shared flag) */
  cancelled?: () => boolean;
}

/** the JobControl of a call made with `options` (none without them) */
export function jobOf(options: CallOptions | undefined): JobControl | undefined {
  if (!options) return undefined;
  const { onProgress, signal, cancelled } = options;
  return {
    cancelled: () => Boolean(signal?.aborted || cancelled?.()),
    report: (p) => onProgress?.(p),
  };
}

export const CANCELLED = 'cancelled';

export class Cancelled extends CoreError {
  constructor() {
    super(CANCELLED, 'cancelled: nothing it was writing was kept');
    this.name = 'Cancelled';
  }
}

/** Reports progress and stops the work (throws Cancelled) when the caller cancelled it. */
export function checkpoint(ctx: Pick<CoreContext, 'job'>, phase: string, done: number, total: number | null, file?: string): void {
  const job = ctx.job;
  if (!job) return;
  if (job.cancelled()) throw new Cancelled();
  job.report(file === undefined ? { phase, done, total } : { phase, done, total, file });
}
