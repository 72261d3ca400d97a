// The parse thread of a large SARIF ingest (sarif-parallel.ts starts it): reads the log's results
// from the shared bytes and posts their rows (sarif-rows.ts), a part at a time, at most AHEAD parts
// ahead of the store. Counters in `ctl`: [0] parts posted, [1] parts taken by the store.
import { parentPort, type MessagePort } from 'node:worker_threads';
import { threadData } from '../worker/threads';
import type { ParseThreadData, ParseThreadMessage } from './sarif-parallel';
import { rowParts } from './sarif-rows';

const AHEAD = 8;
class Broken extends Error {}

const data = threadData<ParseThreadData>();
const ctl = new Int32Array(data.ctl);
parentPort!.once('message', (port: MessagePort) => {
  const post = (m: ParseThreadMessage) => {
    // a part's buffer is handed over, not copied (row-pack.ts)
    port.postMessage(m, 'part' in m ? [m.part.packed.buf] : []);
    Atomics.add(ctl, 0, 1);
    Atomics.notify(ctl, 0);
  };
  try {
    const src = { bytes: new Uint8Array(data.bytes, data.offset, data.length), runs: data.runs, help: data.help };
    for (const part of rowParts(src, data.format, data.opts, () => {
      throw new Broken();
    })) {
      post({ part });
      for (;;) {
        const taken = Atomics.load(ctl, 1);
        if (Atomics.load(ctl, 0) - taken < AHEAD) break;
        Atomics.wait(ctl, 1, taken, 100);
      }
    }
    post({ done: true });
  } catch (e) {
    post(e instanceof Broken ? { broken: true } : { error: e instanceof Error ? e.message : String(e) });
  }
});
