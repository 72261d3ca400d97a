// A worker thread's first module when it runs TypeScript from source (threads.ts startThread):
// takes the thread's nice value first (so compiling the TypeScript below already yields to the
// threads that answer the user), registers tsx in this thread, then loads the module named in
// workerData.boot.
import { setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

if (workerData.nice) {
  try {
    setPriority(0, workerData.nice);
  } catch {
    // not allowed here: the thread keeps the host's priority
  }
}
register();
await import(workerData.boot);
