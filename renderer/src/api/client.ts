// The renderer's only way to the core: the Electron preload when present, else the serve host over
// HTTP. Calls resolve to Results; change events (shared/changes.ts) come from the preload's
// onChange, or from the serve host's /events stream. Long work called with a CallWatch is named
// with a call id: its progress comes from the preload's onProgress, or in the serve host's ndjson
// answer; aborting the watch's signal asks the host to cancel it (calls.cancel).
import type { CallWatch, Progress, RendererApiClient, RendererMethod, Result } from '../../../shared/api';
import type { ChangeEvent } from '../../../shared/changes';
import { API_HTTP_PREFIX, CALL_ID_HEADER, CHANGES_HTTP_PATH, NDJSON, TOKEN_HEADER, type ProgressEvent } from '../../../shared/channel';

interface PreloadBridge {
  call(method: string, input: unknown, callId?: string): Promise<Result<unknown>>;
  onChange?(listener: (change: ChangeEvent) => void): () => void;
  onProgress?(listener: (event: ProgressEvent) => void): () => void;
}

/** window.punchlist, exposed by the Electron preload (absent in the browser) */
const bridge: PreloadBridge | undefined =
  typeof window !== 'undefined' ? (window as unknown as { punchlist?: PreloadBridge }).punchlist : undefined;

/** Token for the serve host, read from the page URL (the launch URL keeps it, so reload works) and kept in memory. */
function takeToken(): string | null {
  return new URL(window.location.href).searchParams.get('token');
}

/** a fresh call id (shared/channel.ts CALL_ID_PATTERN): random, so two windows on one host never share one */
function newCallId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `c${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Cancels the named call once `signal` aborts, until `stop()`: calls.cancel through the host; asked
 * again a few times while the host has not seen the call yet (its request still on the way).
 */
function cancelOnAbort(callId: string, signal: AbortSignal | undefined): { stop(): void } {
  let running = true;
  const cancel = async () => {
    for (let tries = 0; running && tries < 30; tries++) {
      const r = await api('calls.cancel', { callId });
      if (r.ok && r.value.cancelled) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const onAbort = () => void cancel();
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  return {
    stop() {
      running = false;
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

/** strings at least this long go into a request body as a part of their own */
const LARGE_FIELD = 1 << 20;

/**
 * The JSON body of a call. A file's bytes (a base64 field of many megabytes) go as a Blob of parts:
 * Chromium sends a string body of 100+ MB from the page's thread, which then stalls for seconds
 * (measured: 9-10 s for 133 MB, against under 1 s as a Blob); base64 needs no JSON escaping.
 */
function requestBody(input: unknown): string | Blob {
  const o = (input ?? {}) as Record<string, unknown>;
  const large = Object.keys(o).find((k) => typeof o[k] === 'string' && (o[k] as string).length >= LARGE_FIELD && /^[A-Za-z0-9+/=_-]*$/.test((o[k] as string).slice(0, 64)));
  if (large === undefined || !/^[A-Za-z0-9+/=_-]*$/.test(o[large] as string)) return JSON.stringify(o);
  const mark = '\u0000large\u0000';
  const [head, tail] = JSON.stringify({ ...o, [large]: mark }).split(JSON.stringify(mark));
  return new Blob([head, '"', o[large] as string, '"', tail]);
}

function httpClient(token: string | null): RendererApiClient {
  return (async (method: RendererMethod, input: unknown, watch?: CallWatch): Promise<Result<unknown>> => {
    if (!token) return { ok: false, error: { code: 'unauthorized', message: 'No access token: open the URL printed by `npm run serve`.' } };
    const callId = watch ? newCallId() : null;
    const cancelling = callId ? cancelOnAbort(callId, watch?.signal) : null;
    try {
      const res = await fetch(API_HTTP_PREFIX + method, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [TOKEN_HEADER]: token,
          ...(callId ? { [CALL_ID_HEADER]: callId, accept: NDJSON } : {}),
        },
        body: requestBody(input),
        credentials: 'omit',
        cache: 'no-store',
      });
      if (res.status === 403) return { ok: false, error: { code: 'unauthorized', message: 'The access token was refused: open the URL printed by `npm run serve`.' } };
      if (res.body && (res.headers.get('content-type') ?? '').startsWith(NDJSON)) return await progressAnswer(res.body, watch?.onProgress);
      const text = await res.text();
      try {
        return JSON.parse(text) as Result<unknown>;
      } catch {
        return { ok: false, error: { code: 'http', message: `HTTP ${res.status}` } };
      }
    } catch (err) {
      return { ok: false, error: { code: 'unavailable', message: err instanceof Error ? err.message : String(err) } };
    } finally {
      cancelling?.stop();
    }
  }) as RendererApiClient;
}

/** an ndjson stream, one parsed JSON value per line */
async function* jsonLines(body: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += decoder.decode(value, { stream: true });
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      yield JSON.parse(line);
    }
  }
}

/** the serve host's answer of a call with progress: `{"progress":…}` lines, then `{"result":…}` */
async function progressAnswer(body: ReadableStream<Uint8Array>, onProgress: ((p: Progress) => void) | undefined): Promise<Result<unknown>> {
  for await (const line of jsonLines(body)) {
    const l = line as { progress?: Progress; result?: Result<unknown> };
    if (l.result) return l.result;
    if (l.progress) onProgress?.(l.progress);
  }
  return { ok: false, error: { code: 'http', message: 'the answer ended before its result' } };
}

/** the serve host's change events: one JSON line each; reconnects after a drop (the answers may then be stale: all are) */
function followHttpChanges(token: string, listener: (change: ChangeEvent) => void, onReconnect: () => void): void {
  let retry = 500;
  let connectedBefore = false;
  const connect = async (): Promise<void> => {
    try {
      const res = await fetch(CHANGES_HTTP_PATH, { headers: { [TOKEN_HEADER]: token }, credentials: 'omit', cache: 'no-store' });
      if (res.ok && res.body) {
        for await (const line of jsonLines(res.body)) {
          const l = line as ChangeEvent | { following: true };
          if (!('following' in l)) listener(l);
          else {
            // changes made while the stream was down were not heard: everything may be stale
            if (connectedBefore) onReconnect();
            connectedBefore = true;
            retry = 500;
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
  return (async (method: RendererMethod, input: unknown, watch?: CallWatch): Promise<Result<unknown>> => {
    const callId = watch ? newCallId() : null;
    const onProgress = watch?.onProgress;
    const unfollow = callId && onProgress ? bridge.onProgress?.((e) => e.callId === callId && onProgress(e.progress)) : undefined;
    const cancelling = callId ? cancelOnAbort(callId, watch?.signal) : null;
    try {
      return await (callId ? bridge.call(method, input, callId) : bridge.call(method, input));
    } catch (err) {
      return { ok: false, error: { code: 'internal', message: err instanceof Error ? err.message : String(err) } };
    } finally {
      unfollow?.();
      cancelling?.stop();
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
