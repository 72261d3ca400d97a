// Vite build of the core's job thread (core/worker/job-thread.ts → .vite/build/core-job.cjs), started
// by the core's utility process (electron/core-process.ts) for long work.
import { electronNodeBundle } from './vite.main.config';

export default electronNodeBundle('core/worker/job-thread.ts', 'core-job.cjs');
