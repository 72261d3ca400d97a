// Preload (sandboxed, context-isolated). Exposes exactly one narrow object, window.punchlist:
//   call(method, input)  → ipcRenderer.invoke(API_CHANNEL, method, input), the renderer's methods only
//   onRefresh(listener)  → subscribe to the main process's "reload your data"; returns unsubscribe
// ipcRenderer itself, events and Electron objects never cross the bridge.
import { contextBridge, ipcRenderer } from 'electron';
import type { RendererApiClient, Result } from '../shared/api';
import { API_CHANNEL, rendererCall } from '../shared/channel';
import { REFRESH_CHANNEL, REFRESH_EVENT } from './channels';
import type { PunchlistBridge } from './preload-api';

const listeners = new Set<() => void>();

ipcRenderer.on(REFRESH_CHANNEL, () => {
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch (err) {
      console.error(err);
    }
  }
  window.dispatchEvent(new Event(REFRESH_EVENT));
});

const call = ((method: unknown, input: unknown): Promise<Result<unknown>> => {
  // refused here already, and again (what counts) by the main process
  const checked = rendererCall(method, input);
  if (!checked.ok) return Promise.resolve(checked);
  return (ipcRenderer.invoke(API_CHANNEL, method, input) as Promise<Result<unknown>>).catch(
    (err: unknown): Result<unknown> => ({
      ok: false,
      error: { code: 'unavailable', message: err instanceof Error ? err.message : String(err) },
    }),
  );
}) as RendererApiClient;

const bridge: PunchlistBridge = {
  call,
  onRefresh(listener: () => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onRefresh expects a function');
    const own = () => listener();
    listeners.add(own);
    return () => {
      listeners.delete(own);
    };
  },
};

contextBridge.exposeInMainWorld('punchlist', bridge);
