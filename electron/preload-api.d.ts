// What electron/preload.ts exposes to the renderer as `window.punchlist` (absent in the browser /
// `punchlist serve` build, where the renderer uses HTTP instead).
import type { RendererApiClient } from '../shared/api';

export interface PunchlistBridge {
  /** Call a core method over IPC. Resolves to a Result; never rejects for API errors. */
  call: RendererApiClient;
  /**
   * Run `listener` when the main process asks the renderer to reload its data (after
   * File > Import…). Returns an unsubscribe function. The same moment is also announced as a
   * `punchlist:refresh` DOM event on `window`.
   */
  onRefresh(listener: () => void): () => void;
}

declare global {
  interface Window {
    punchlist?: PunchlistBridge;
  }
}
