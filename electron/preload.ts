// Preload (sandboxed, context-isolated). Exposes exactly one narrow object, window.punchlist:
//   call(method, input, callId?) → ipcRenderer.invoke(API_CHANNEL, method, input, callId); the main
//                          process checks the method against the contract (the renderer's methods
//                          only) and the core validates the input; `callId` names long work so its
//                          progress can be followed and calls.cancel can stop it
//   onChange(listener)   → every write's change event (shared/changes.ts), whoever made it (this
//                          window, File > Import…, a restore; on a team database other users too);
//                          returns unsubscribe
//   onProgress(listener) → the progress of this window's named long calls (ProgressEvent); returns
//                          unsubscribe
// ipcRenderer itself, IPC event objects and Electron objects never cross the bridge.
import { contextBridge, ipcRenderer } from 'electron';
import type { Result } from '../shared/api';
import type { ChangeEvent } from '../shared/changes';
import { API_CHANNEL, CHANGES_CHANNEL, isCallId, PROGRESS_CHANNEL, type ProgressEvent } from '../shared/channel';
import type { PunchlistBridge } from './preload-api';

/** one channel's listeners: each gets the payload only, and one that throws does not stop the others */
function relay<T>(channel: string): (listener: (payload: T) => void) => () => void {
  const listeners = new Set<(payload: T) => void>();
  ipcRenderer.on(channel, (_event, payload: T) => {
    for (const listener of [...listeners]) {
      try {
        listener(payload);
      } catch (err) {
        console.error(err);
      }
    }
  });
  return (listener) => {
    if (typeof listener !== 'function') throw new TypeError('expected a function');
    const own = (payload: T) => listener(payload);
    listeners.add(own);
    return () => {
      listeners.delete(own);
    };
  };
}

const call = ((method: unknown, input: unknown, callId?: unknown): Promise<Result<unknown>> => {
  if (typeof method !== 'string') return Promise.resolve({ ok: false, error: { code: 'invalid_input', message: 'the method must be a string' } });
  return (ipcRenderer.invoke(API_CHANNEL, method, input, isCallId(callId) ? callId : undefined) as Promise<Result<unknown>>).catch(
    (err: unknown): Result<unknown> => ({
      ok: false,
      error: { code: 'unavailable', message: err instanceof Error ? err.message : String(err) },
    }),
  );
}) as PunchlistBridge['call'];

const bridge: PunchlistBridge = {
  call,
  onChange: relay<ChangeEvent>(CHANGES_CHANNEL),
  onProgress: relay<ProgressEvent>(PROGRESS_CHANNEL),
};

contextBridge.exposeInMainWorld('punchlist', bridge);
