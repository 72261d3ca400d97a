// Vite build of the core's utility process (electron/core-process.ts → .vite/build/core.cjs), with
// the main process's Node bundle settings (vite.main.config.ts). Its job thread: vite.core-job.config.ts.
import { electronNodeBundle } from './vite.main.config';

export default electronNodeBundle('electron/core-process.ts', 'core.cjs');
