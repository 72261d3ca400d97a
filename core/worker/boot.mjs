// A worker thread's first module when it runs TypeScript from source (threads.ts startThread):
// registers tsx in this thread, then loads the module named in workerData.boot.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.boot);
