// Starting a worker thread on a ThreadScript: a built file directly; a TypeScript module through
// boot.mjs beside it, which registers tsx in the new thread first (loader hooks are per thread on
// Node 20). The thread finds its data with threadData().
import { Worker, workerData, type ResourceLimits } from 'node:worker_threads';
import type { ThreadScript } from './protocol';

/** `nice`: the thread's nice value, taken before it loads anything (a TypeScript module) or first thing (a built file: the script's own) */
export function startThread(script: ThreadScript, data: unknown, nice = 0, resourceLimits?: ResourceLimits): Worker {
  if ('file' in script) return new Worker(script.file, { workerData: { data, nice }, resourceLimits });
  return new Worker(new URL('./boot.mjs', script.tsModule), { workerData: { boot: script.tsModule, data, nice }, resourceLimits });
}

/** the data the thread was started with (in a thread started by startThread) */
export function threadData<T>(): T {
  return (workerData as { data: T }).data;
}
