// The core's utility process (Electron's utilityProcess, as Actual Budget runs its server): the main
// process stays a thin shell answering the window, menus and IPC while the core works here, its long
// work in a job thread beside it. The same core entry and messages as the serve host's worker thread
// (core/worker/entry.ts, protocol.ts); the first message is the CoreInit, every later one a call.
// Built to .vite/build/core.cjs (vite.core.config.ts); started by electron/core-client.ts.
import { runCoreEntry } from '../core/worker/entry';
import type { Link } from '../core/worker/link';
import type { CoreInit, FromCore, ToCore } from '../core/worker/protocol';

const port = process.parentPort;
const link: Link<ToCore, FromCore> = {
  post: (msg) => port.postMessage(msg),
  onMessage: (fn) => port.on('message', (e) => fn(e.data as ToCore)),
};

port.once('message', (e) => {
  runCoreEntry(link, e.data as CoreInit)
    .then(() => process.exit(0))
    .catch((err: unknown) => {
      console.error('punchlist core:', err);
      process.exit(1);
    });
});
