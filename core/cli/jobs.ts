// The CLI's long commands (ingest, export, import) run the core in a job thread
// (core/worker/start-thread.ts startCoreJobs), as the serve host and the app run their long work:
// progress goes to a terminal's stderr as one line rewritten in place, and Ctrl+C cancels the call
// (what it was writing is rolled back); a second Ctrl+C ends the process at once.
import { basename } from 'node:path';
import { phaseWords, progressCount } from '../../shared/progress';
import type { CallOptions, Progress } from '../service/job';
import { startCoreJobs, type CoreClient } from '../worker/start-thread';
import type { CliIO } from './io';

export type { CoreClient } from '../worker/start-thread';

export function openJobCore(dbPath: string): Promise<CoreClient> {
  return startCoreJobs({ dbPath, actor: 'cli' });
}

export function progressLine(p: Progress): string {
  const count = progressCount(p);
  return `${p.file ? `${basename(p.file)}: ` : ''}${phaseWords(p)}${count ? ` ${count}` : ''}`;
}

/** Options for one long call: progress on a terminal, Ctrl+C to cancel. Call `done()` after it. */
export function longCall(io: CliIO): { options: CallOptions; done(): void } {
  const abort = new AbortController();
  let shown = false;
  const onProgress = io.progress
    ? (p: Progress) => {
        shown = true;
        io.progress!(progressLine(p));
      }
    : undefined;
  const onSigint = () => {
    if (abort.signal.aborted) process.exit(130);
    io.err('cancelling… (Ctrl+C again to quit at once)');
    abort.abort();
  };
  process.on('SIGINT', onSigint);
  return {
    options: { signal: abort.signal, onProgress },
    done() {
      process.off('SIGINT', onSigint);
      if (shown) io.progress!(null);
      shown = false;
    },
  };
}
