// What electron/preload.ts exposes to the renderer as `window.punchlist` (absent in the browser /
// `punchlist serve` build, where the renderer uses HTTP instead).
import type { RendererApiClient } from '../shared/api';
import type { ChangeEvent } from '../shared/changes';

export interface PunchlistBridge {
  /** Call a core method over IPC. Resolves to a Result; never rejects for API errors. */
  call: RendererApiClient;
  /** Run `listener` with every write's change event. Returns an unsubscribe function. */
  onChange(listener: (change: ChangeEvent) => void): () => void;
}

declare global {
  interface Window {
    punchlist?: PunchlistBridge;
  }
}
