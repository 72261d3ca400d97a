// Preload (sandboxed, context-isolated). Exposes exactly one narrow object, window.punchlist:
//   call(method, input)  → ipcRenderer.invoke(API_CHANNEL, method, input); the main process checks
//                          the method against the contract (the renderer's methods only) and the core
//                          validates the input
//   onChange(listener)   → every write's change event (shared/changes.ts), whoever made it (this
//                          window, File > Import…, a restore); returns unsubscribe
// ipcRenderer itself, IPC event objects and Electron objects never cross the bridge.
import { contextBridge, ipcRenderer } from 'electron';
import type { RendererApiClient, Result } from '../shared/api';
import type { ChangeEvent } from '../shared/changes';
import { API_CHANNEL, CHANGES_CHANNEL } from '../shared/channel';
import type { PunchlistBridge } from './preload-api';

const listeners = new Set<(change: ChangeEvent) => void>();

ipcRenderer.on(CHANGES_CHANNEL, (_event, change: ChangeEvent) => {
  for (const listener of [...listeners]) {
    try {
      listener(change);
    } catch (err) {
      console.error(err);
    }
  }
});

const call = ((method: unknown, input: unknown): Promise<Result<unknown>> => {
  if (typeof method !== 'string') return Promise.resolve({ ok: false, error: { code: 'invalid_input', message: 'the method must be a string' } });
  return (ipcRenderer.invoke(API_CHANNEL, method, input) as Promise<Result<unknown>>).catch(
    (err: unknown): Result<unknown> => ({
      ok: false,
      error: { code: 'unavailable', message: err instanceof Error ? err.message : String(err) },
    }),
  );
}) as RendererApiClient;

const bridge: PunchlistBridge = {
  call,
  onChange(listener: (change: ChangeEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onChange expects a function');
    const own = (change: ChangeEvent) => listener(change);
    listeners.add(own);
    return () => {
      listeners.delete(own);
    };
  },
};

contextBridge.exposeInMainWorld('punchlist', bridge);
