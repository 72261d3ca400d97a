// The serve host's and the CLI's ways to run the core off their own thread, both running this
// repository's TypeScript through tsx: the core entry in a worker thread with its job thread beside
// it (the serve host), or the job thread alone, every call a job (the CLI).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPostgresUrl } from '../../db/location';
import { connectCore, type CoreClient } from './client';
import { runJobsOnly } from './job-runner';
import { localLinks, workerLink } from './link';
import type { CoreInit, FromCore, ThreadScript, ToCore } from './protocol';
import { startThread } from './threads';

export type { CoreClient, CallOptions } from './client';

const here = (file: string) => new URL(`./${file}`, import.meta.url).href;

/** set by the CLI's bundle (scripts/build-cli.mjs): its own job-thread file, beside the bundle */
declare const __PUNCHLIST_JOB_THREAD__: string | undefined;

/** the job thread: the bundle's own file when this code runs bundled, else the TypeScript module */
function jobScript(): ThreadScript {
  if (typeof __PUNCHLIST_JOB_THREAD__ === 'string') return { file: fileURLToPath(new URL(__PUNCHLIST_JOB_THREAD__, import.meta.url)) };
  return { tsModule: here('job-thread.ts') };
}

/** a file path made absolute (the threads may not share the cwd); ':memory:' and postgres:// URLs as given */
const locate = (dbPath: string) => (dbPath === ':memory:' || isPostgresUrl(dbPath) ? dbPath : resolve(dbPath));

export async function startCoreThread(options: { dbPath: string; actor?: string }): Promise<CoreClient> {
  const dbPath = locate(options.dbPath);
  if (dbPath === ':memory:') throw new Error('a core in a worker thread needs a database file (an in-memory one is not shared between threads)');
  const init: CoreInit = { dbPath, actor: options.actor, jobScript: { tsModule: here('job-thread.ts') } };
  const worker = startThread({ tsModule: here('entry-thread.ts') }, init);
  let exited = false;
  const connection = connectCore(workerLink<FromCore, ToCore>(worker), dbPath, async () => {
    if (!exited) await worker.terminate();
  });
  worker.on('error', (err) => connection.gone(err.message));
  worker.on('exit', (code) => {
    exited = true;
    connection.gone(`the core thread exited (${code})`);
  });
  return connection.client;
}

/**
 * The CLI's core: every call runs in the job thread (progress, cancel), this thread routing them.
 * An in-memory database works too: only the job thread opens it.
 */
export async function startCoreJobs(options: { dbPath: string; actor?: string }): Promise<CoreClient> {
  const dbPath = locate(options.dbPath);
  const init: CoreInit = { dbPath, actor: options.actor, jobScript: jobScript() };
  const [entrySide, hostSide] = localLinks<ToCore, FromCore>();
  void runJobsOnly(entrySide, init);
  return connectCore(hostSide, dbPath, () => undefined).client;
}
