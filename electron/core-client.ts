// Starts the core in its utility process (electron/core-process.ts → core.cjs) and returns the
// client the main process calls it through (core/worker/client.ts, as the serve host does over a
// worker thread). Resolves once the database is open; rejects with the core's message otherwise.
import { utilityProcess } from 'electron';
import { join } from 'node:path';
import { connectCore, type CoreClient } from '../core/worker/client';
import type { Link } from '../core/worker/link';
import type { CoreInit, FromCore, ToCore } from '../core/worker/protocol';

export type { CoreClient } from '../core/worker/client';

/** `buildDir`: where core.cjs and core-job.cjs are (beside main.cjs) */
export function startCoreProcess(dbPath: string, buildDir: string): Promise<CoreClient> {
  const child = utilityProcess.fork(join(buildDir, 'core.cjs'), [], { serviceName: 'Punchlist core', stdio: 'inherit' });
  let exited = false;
  const link: Link<FromCore, ToCore> = {
    post: (msg) => child.postMessage(msg),
    onMessage: (fn) => void child.on('message', (msg: FromCore) => fn(msg)),
  };
  // after 'closed' the process exits by itself; one that has not within 2 s is ended
  const connection = connectCore(link, dbPath, () =>
    exited
      ? undefined
      : new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            child.kill();
            resolve();
          }, 2000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        }),
  );
  child.on('exit', (code) => {
    exited = true;
    connection.gone(`the core process exited (${code})`);
  });
  const init: CoreInit = { dbPath, jobScript: { file: join(buildDir, 'core-job.cjs') } };
  child.postMessage(init);
  return connection.client;
}
