// Loopback HTTP host: serves the built renderer (under the one host policy, core/host-policy.ts, as the
// Electron app does) and the typed API (POST /api/<method>) on 127.0.0.1.
// Every API request must carry the per-start token in the `x-punchlist-token` header. The API is the
// renderer's channel (shared/contract rendererCall): methods and fields taking filesystem paths are refused.
// Long work: a request whose Accept names application/x-ndjson gets its progress as it goes, one JSON
// line each ({"progress":…}), then the result line ({"result":…}); a client that goes away before the
// answer (an aborted fetch) cancels its call, and so does `calls.cancel` naming the id the request
// carried in its x-punchlist-call header.
// Change events: GET /events (with the token) is an ndjson stream of every write's ChangeEvent
// (shared/changes.ts), one line each, kept open; the renderer's query cache follows it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { API_HTTP_PREFIX, isMethod, rendererCall, type Result } from '../../shared/api';
import type { ChangeEvent } from '../../shared/changes';
import { CALL_ID_HEADER, CHANGES_HTTP_PATH, isCallId, NDJSON, TOKEN_HEADER } from '../../shared/channel';
import { answerHostCall, isHostMethod, RunningCalls } from '../host-calls';
import { rendererHeaders, resolveRendererFile } from '../host-policy';
import type { CallOptions } from '../service/job';

export interface Dispatcher {
  dispatch(method: string, input: unknown, options?: CallOptions): Promise<Result<unknown>>;
  onChange(listener: (change: ChangeEvent) => void): () => void;
}

export { NDJSON, TOKEN_HEADER } from '../../shared/channel';

export interface ServeOptions {
  core: Dispatcher;
  /** directory holding the built renderer (index.html + assets) */
  rendererDir: string;
  /** 0 = any free port */
  port?: number;
  /** fixed token (tests); default: 32 random bytes, hex */
  token?: string;
  /** maximum request body, bytes (default DEFAULT_MAX_BODY) */
  maxBodyBytes?: number;
}

export interface ServeHost {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * The largest request body (default): the largest upload the contract takes (base64 strings of up
 * to 700,000,000 characters: a 200,000-result SARIF log is about 140 MB of it) and its JSON around it.
 */
export const DEFAULT_MAX_BODY = 704 * 1024 * 1024;

/** nosniff, no framing, no referrers, no caching: on every response, the API's too (host-policy.ts) */
const COMMON_HEADERS = Object.entries(rendererHeaders('')).filter(([k]) => k !== 'Content-Type' && k !== 'Content-Security-Policy');

function baseHeaders(res: ServerResponse): void {
  for (const [k, v] of COMMON_HEADERS) res.setHeader(k, v);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function sendEmpty(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'Content-Length': 0 });
  res.end();
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(token, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolvePromise(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function startServeHost(opts: ServeOptions): Promise<ServeHost> {
  const token = opts.token ?? randomBytes(32).toString('hex');
  const limit = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const rendererDir = resolve(opts.rendererDir);
  let port = 0;
  const calls = new RunningCalls();

  const hostAllowed = (host: string | undefined): boolean =>
    host === `127.0.0.1:${port}` || host === `localhost:${port}`;

  const handleApi = async (req: IncomingMessage, res: ServerResponse, name: string): Promise<void> => {
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) return sendEmpty(res, 403);
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
      return sendEmpty(res, 403);
    }
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendJson(res, 405, { ok: false, error: { code: 'method_not_allowed', message: 'use POST' } });
    }
    const type = String(req.headers['content-type'] ?? '');
    if (!/^application\/json\b/i.test(type)) {
      return sendJson(res, 415, { ok: false, error: { code: 'invalid_input', message: 'Content-Type must be application/json' } });
    }
    if (!isMethod(name)) {
      return sendJson(res, 404, { ok: false, error: { code: 'unknown_method', message: `unknown method: ${name.slice(0, 100)}` } });
    }
    // named by the renderer: calls.cancel may stop it from here on (while its body still arrives too)
    const named = req.headers[CALL_ID_HEADER];
    const run = calls.start(isCallId(named) ? named : null);
    // a client gone before the answer cancels the call
    res.on('close', () => {
      if (!res.writableFinished) run.abort();
    });
    try {
      await answerApi(req, res, name, run.signal);
    } finally {
      run.end();
    }
  };

  const answerApi = async (req: IncomingMessage, res: ServerResponse, name: string, signal: AbortSignal): Promise<void> => {
    let body: Buffer;
    try {
      body = await readBody(req, limit);
    } catch (err) {
      if (err instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        return sendJson(res, 413, { ok: false, error: { code: 'too_large', message: `request body over ${limit} bytes` } });
      }
      return sendEmpty(res, 400);
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: 'body is not valid JSON' } });
    }
    // the renderer's channel, as over Electron IPC: nothing that takes a filesystem path
    const call = rendererCall(name, input);
    if (!call.ok) return sendJson(res, 200, call);
    // The browser host never launches programs on the desktop; the page shows the link instead.
    if (isHostMethod(name)) return sendJson(res, 200, await answerHostCall(name, input, { openExternal: async () => false, calls }));
    const streaming = String(req.headers.accept ?? '').includes(NDJSON);
    const onProgress = streaming
      ? (progress: unknown) => {
          if (!res.headersSent) res.writeHead(200, { 'Content-Type': `${NDJSON}; charset=utf-8` });
          res.write(`${JSON.stringify({ progress })}\n`);
        }
      : undefined;
    let result: Result<unknown>;
    try {
      result = await opts.core.dispatch(name, input, { signal, onProgress });
    } catch (err) {
      result = { ok: false, error: { code: 'internal', message: err instanceof Error ? err.message : String(err) } };
    }
    if (res.destroyed) return;
    if (res.headersSent) res.end(`${JSON.stringify({ result })}\n`);
    else if (streaming) {
      res.writeHead(200, { 'Content-Type': `${NDJSON}; charset=utf-8` });
      res.end(`${JSON.stringify({ result })}\n`);
    } else sendJson(res, 200, result);
  };

  /** GET /events: the change events, one ndjson line each, until the client goes */
  const streams = new Set<ServerResponse>();
  const unsubscribe = opts.core.onChange((change) => {
    // on a team database every other user's write arrives here: nothing to do while nobody follows
    if (!streams.size) return;
    const line = `${JSON.stringify(change)}\n`;
    for (const res of streams) res.write(line);
  });
  const handleEvents = (req: IncomingMessage, res: ServerResponse): void => {
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) return sendEmpty(res, 403);
    if (req.method !== 'GET') {
      res.setHeader('Allow', 'GET');
      return sendEmpty(res, 405);
    }
    res.writeHead(200, { 'Content-Type': `${NDJSON}; charset=utf-8` });
    // a first line at once: the client knows it is following from here on
    res.write(`${JSON.stringify({ following: true })}\n`);
    streams.add(res);
    res.on('close', () => streams.delete(res));
  };

  const handleStatic = async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendEmpty(res, 405);
    }
    const file = await resolveRendererFile(rendererDir, pathname);
    if (!file) return sendEmpty(res, 404);
    let data: Buffer;
    try {
      data = await readFile(file);
    } catch {
      return sendEmpty(res, 404);
    }
    res.writeHead(200, { ...rendererHeaders(file), 'Content-Length': data.length });
    res.end(req.method === 'HEAD' ? undefined : data);
  };

  const server = createServer((req, res) => {
    baseHeaders(res);
    if (!hostAllowed(req.headers.host)) return sendEmpty(res, 421);
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      return sendEmpty(res, 400);
    }
    if (pathname === CHANGES_HTTP_PATH) return handleEvents(req, res);
    const work = pathname.startsWith(API_HTTP_PREFIX)
      ? handleApi(req, res, pathname.slice(API_HTTP_PREFIX.length))
      : handleStatic(req, res, pathname);
    work.catch(() => {
      if (!res.headersSent) sendEmpty(res, 500);
      else res.destroy();
    });
  });
  server.requestTimeout = 10 * 60_000;
  // an idle connection stays open a minute: a client that reuses it after a pause of a few seconds
  // (the renderer between two clicks, a test building its next input) must not meet a socket the host
  // closed at the default 5 s, which fails its request with ECONNRESET
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 65_000;

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const addr = server.address();
      port = typeof addr === 'object' && addr ? addr.port : 0;
      const url = `http://127.0.0.1:${port}/?token=${token}`;
      resolvePromise({
        url,
        port,
        token,
        server,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const res of streams) res.end();
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
