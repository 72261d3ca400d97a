// A test hook for the crash tests (tests/crash/kill.test.ts): marked points inside write
// transactions (the ingest's stages, and every outermost transaction just before it commits).
// PUNCHLIST_WRITE_PROBE unset -- always, outside those tests -- costs one environment lookup per point.
//   PUNCHLIST_WRITE_PROBE=print     each point writes "punchlist-write-probe: <n> <stage>" to stderr
//   PUNCHLIST_WRITE_PROBE=hold:<n>  the same, and at the n-th point (1-based) the process writes
//                                   "punchlist-write-probe: holding <n> <stage>" and blocks for up to
//                                   60 s with its transaction open, so a SIGKILL sent after that line
//                                   lands inside the write, deterministically
import { writeSync } from 'node:fs';

let seen = 0;

export function writeProbe(stage: string): void {
  const mode = process.env.PUNCHLIST_WRITE_PROBE;
  if (!mode) return;
  seen++;
  const hold = /^hold:(\d+)$/.exec(mode);
  if (hold && Number(hold[1]) === seen) {
    writeSync(2, `punchlist-write-probe: holding ${seen} ${stage}\n`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  } else {
    writeSync(2, `punchlist-write-probe: ${seen} ${stage}\n`);
  }
}
