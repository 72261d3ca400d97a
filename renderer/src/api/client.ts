// The renderer's only way to the core: the Electron preload when present, else the serve host over HTTP.
import type { RendererApiClient, RendererMethod, Result } from '../../../shared/api';
import { API_HTTP_PREFIX } from '../../../shared/channel';

interface PreloadBridge {
  call(method: string, input: unknown): Promise<Result<unknown>>;
}

/** window.punchlist, exposed by the Electron preload (absent in the browser) */
const bridge: PreloadBridge | undefined =
  typeof window !== 'undefined' ? (window as unknown as { punchlist?: PreloadBridge }).punchlist : undefined;

/** Token for the serve host, read from the page URL (the launch URL keeps it, so reload works) and kept in memory. */
function takeToken(): string | null {
  return new URL(window.location.href).searchParams.get('token');
}

function httpClient(token: string | null): RendererApiClient {
  return (async (method: RendererMethod, input: unknown): Promise<Result<unknown>> => {
    if (!token) return { ok: false, error: { code: 'unauthorized', message: 'No access token: open the URL printed by `npm run serve`.' } };
    try {
      const res = await fetch(API_HTTP_PREFIX + method, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-punchlist-token': token },
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

export const api: RendererApiClient = bridge && isElectron ? preloadClient(bridge) : httpClient(takeToken());
