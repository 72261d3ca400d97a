// A large SARIF log parsed on a second thread while the store inserts on its own (issue 17: on two
// cores, parsing, mapping and hashing a 200k-result log take ~3 s the inserts need not wait for).
// The store's thread takes the parts synchronously -- it is inside its write transaction -- through
// receiveMessageOnPort, sleeping on a shared counter (Atomics.wait) while the next part is not there.
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import type { ReportFormat } from '../../shared/types';
import type { ThreadScript } from '../worker/protocol';
import { startThread } from '../worker/threads';
import type { PathOptions } from './fingerprint';
import { rowParts, type RowPart } from './sarif-rows';
import type { StreamSource } from './sarif-stream';

export interface ParseThreadData {
  /** the log's bytes: shared, not copied */
  bytes: SharedArrayBuffer;
  offset: number;
  length: number;
  runs: StreamSource['runs'];
  help: boolean;
  format: ReportFormat;
  opts: PathOptions;
  /** Int32Array counters: [0] parts posted, [1] parts taken */
  ctl: SharedArrayBuffer;
}

export type ParseThreadMessage = { part: RowPart } | { done: true } | { broken: true } | { error: string };

/** logs of at least this many results are parsed on a thread (below, starting one costs more than it saves) */
export const PARSE_THREAD_MIN = 20_000;

/**
 * The parse thread's young generation (V8's default is 48 MB): its garbage -- each slice's parsed
 * JSON -- dies young, and peak RSS counts the whole process. A 200k-result log: 8 MB takes the CLI's
 * peak RSS from ~336 MB to ~318 MB at no measurable cost in time; 4 MB promotes slices still in use
 * and costs more (~363 MB).
 */
const PARSE_THREAD_YOUNG_MB = 8;

let started = 0;
/** how many parse threads this thread has started (tests check that a large log used one) */
export const startedThreads = () => started;

/** set by the CLI's bundle (scripts/build-cli.mjs): the parse thread's own file, beside the bundle */
declare const __PUNCHLIST_SARIF_THREAD__: string | undefined;

let testScript: string | null = null;
/** tests: run the parse thread from this built file (null: as the build says) */
export function useParseThreadScript(file: string | null): void {
  testScript = file;
}

/**
 * The thread's script: the bundle's own file, or none. Never the TypeScript module through tsx: its
 * loader hooks answer a new thread's imports through the thread that started it, which is blocked
 * waiting for the thread's first part (a deadlock). Unbundled, the store's thread parses.
 */
function threadScript(): ThreadScript | null {
  if (testScript) return { file: testScript };
  if (typeof __PUNCHLIST_SARIF_THREAD__ === 'string') return { file: fileURLToPath(new URL(__PUNCHLIST_SARIF_THREAD__, import.meta.url)) };
  return null;
}

/**
 * The rows of a streamed log (sarif-rows.ts rowParts), made on a parse thread when the log is large,
 * its bytes are shared (files.ts reads large files into a SharedArrayBuffer) and a thread can be
 * started here; else on this thread. PUNCHLIST_PARSE_THREAD=0 keeps them on this thread.
 * `broken()` throws the error of a result that is not valid (the thread only says there is one).
 */
export function* parallelRowParts(src: StreamSource, total: number, format: ReportFormat, opts: PathOptions, broken: () => never): Iterable<RowPart> {
  const script = total >= PARSE_THREAD_MIN && process.env.PUNCHLIST_PARSE_THREAD !== '0' && src.bytes.buffer instanceof SharedArrayBuffer ? threadScript() : null;
  if (!script) {
    yield* rowParts(src, format, opts, broken);
    return;
  }
  const ctl = new SharedArrayBuffer(8);
  const counters = new Int32Array(ctl);
  const data: ParseThreadData = {
    bytes: src.bytes.buffer as SharedArrayBuffer,
    offset: src.bytes.byteOffset,
    length: src.bytes.byteLength,
    runs: src.runs,
    help: src.help,
    format,
    opts,
    ctl,
  };
  const worker: Worker = startThread(script, data, 0, { maxYoungGenerationSizeMb: PARSE_THREAD_YOUNG_MB });
  started++;
  worker.on('error', () => undefined); // seen as the thread gone (threadId -1) below
  const { port1, port2 } = new MessageChannel();
  worker.postMessage(port2, [port2]);
  let taken = 0;
  try {
    for (;;) {
      const posted = Atomics.load(counters, 0);
      const got = receiveMessageOnPort(port1);
      if (!got) {
        if (worker.threadId === -1) {
          if (taken > 0) throw new Error('the SARIF parse thread stopped');
          yield* rowParts(src, format, opts, broken); // it could not start here: this thread parses
          return;
        }
        Atomics.wait(counters, 0, posted, 20);
        continue;
      }
      taken++;
      Atomics.add(counters, 1, 1);
      Atomics.notify(counters, 1);
      const m = got.message as ParseThreadMessage;
      if ('part' in m) yield m.part;
      else if ('done' in m) return;
      else if ('broken' in m) broken();
      else throw new Error(m.error);
    }
  } finally {
    port1.close();
    void worker.terminate();
  }
}
