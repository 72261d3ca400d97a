// The renderer's only way to the core: the Electron preload when present, else the serve host over
// HTTP. Calls resolve to Results; change events (shared/changes.ts) come from the preload's
// onChange, or from the serve host's /events stream.
import type { RendererApiClient, RendererMethod, Result } from '../../../shared/api';
import type { ChangeEvent } from '../../../shared/changes';
import { API_HTTP_PREFIX, CHANGES_HTTP_PATH } from '../../../shared/channel';

interface PreloadBridge {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  onChange?(listener: (change: ChangeEvent) => void): () => void;
}

/** window.punchlist, exposed by the Electron preload (absent in the browser) */
const bridge: PreloadBridge | undefined =
  typeof window !== 'undefined' ? (window as unknown as { punchlist?: PreloadBridge }).punchlist : undefined;

/** Token for the serve host, read from the page URL (the launch URL keeps it, so reload works) and kept in memory. */
function takeToken(): string | null {
  return new URL(window.location.href).searchParams.get('token');
}

const TOKEN_HEADER = 'x-punchlist-token';

function httpClient(token: string | null): RendererApiClient {
  return (async (method: RendererMethod, input: unknown): Promise<Result<unknown>> => {
    if (!token) return { ok: false, error: { code: 'unauthorized', message: 'No access token: open the URL printed by `npm run serve`.' } };
    try {
      const res = await fetch(API_HTTP_PREFIX + method, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
        credentials: 'omit',
        cache: 'no-store',
      });
      if (res.status === 403) return { ok: false, error: { code: 'unauthorized', message: 'The access token was refused: open the URL printed by `npm run serve`.' } };
      const text = await res.text();
      try {
        return JSON.parse(text) as Result<unknown>;
      } catch {
        return { ok: false, error: { code: 'http', message: `HTTP ${res.status}` } };
      }
    } catch (err) {
      return { ok: false, error: { code: 'unavailable', message: err instanceof Error ? err.message : String(err) } };
    }
  }) as RendererApiClient;
}

/** the serve host's change events: one JSON line each; reconnects after a drop (the answers may then be stale: all are) */
function followHttpChanges(token: string, listener: (change: ChangeEvent) => void, onReconnect: () => void): void {
  let retry = 500;
  let connectedBefore = false;
  const connect = async (): Promise<void> => {
    try {
      const res = await fetch(CHANGES_HTTP_PATH, { headers: { [TOKEN_HEADER]: token }, credentials: 'omit', cache: 'no-store' });
      if (res.ok && res.body) {
        const reader = res.body.getReader();
        const decoder = new TextDecoder();
        let buffered = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffered += decoder.decode(value, { stream: true });
          let nl: number;
          while ((nl = buffered.indexOf('\n')) >= 0) {
            const line = JSON.parse(buffered.slice(0, nl)) as ChangeEvent | { following: true };
            buffered = buffered.slice(nl + 1);
            if (!('following' in line)) listener(line);
            else {
              // changes made while the stream was down were not heard: everything may be stale
              if (connectedBefore) onReconnect();
              connectedBefore = true;
              retry = 500;
            }
          }
        }
      }
    } catch {
      /* the host went away: try again below */
    }
    retry = Math.min(retry * 2, 10_000);
    setTimeout(() => void connect(), retry);
  };
  void connect();
}

function preloadClient(bridge: PreloadBridge): RendererApiClient {
  return (async (method: RendererMethod, input: unknown): Promise<Result<unknown>> => {
    try {
      return await bridge.call(method, input);
    } catch (err) {
      return { ok: false, error: { code: 'internal', message: err instanceof Error ? err.message : String(err) } };
    }
  }) as RendererApiClient;
}

export const isElectron = typeof bridge?.call === 'function';

const token = isElectron ? null : takeToken();

export const api: RendererApiClient = bridge && isElectron ? preloadClient(bridge) : httpClient(token);

/** every change event of the core (a reconnect to the serve host reports everything stale) */
export function followChanges(listener: (change: ChangeEvent | null) => void): void {
  if (bridge && isElectron) {
    bridge.onChange?.((change) => listener(change));
    return;
  }
  if (token) followHttpChanges(token, listener, () => listener(null));
}
