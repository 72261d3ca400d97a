// What electron/preload.ts exposes to the renderer as `window.punchlist` (absent in the browser /
// `punchlist serve` build, where the renderer uses HTTP instead).
import type { Output, RendererInput, RendererMethod, Result } from '../shared/api';
import type { ChangeEvent } from '../shared/changes';
import type { ProgressEvent } from '../shared/channel';

export interface PunchlistBridge {
  /**
   * Call a core method over IPC. Resolves to a Result; never rejects for API errors. `callId`
   * (shared/channel.ts isCallId) names long work: its progress comes to onProgress, calls.cancel stops it.
   */
  call<M extends RendererMethod>(method: M, input: RendererInput<M>, callId?: string): Promise<Result<Output<M>>>;
  /** Run `listener` with every write's change event. Returns an unsubscribe function. */
  onChange(listener: (change: ChangeEvent) => void): () => void;
  /** Run `listener` with the progress of this window's named calls. Returns an unsubscribe function. */
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}

declare global {
  interface Window {
    punchlist?: PunchlistBridge;
  }
}
