import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { contract, isMethod, type Result } from '../../shared/api';
import { RENDERER_CSP as CSP, resolveRendererFile as resolveStatic } from '../../core/host-policy';
import { startServeHost, TOKEN_HEADER, type ServeHost } from '../../core/serve/server';
import { parseServeArgs } from '../../core/serve/args';

/** A stand-in core: validates with the real schemas, keeps projects in memory. */
function fakeCore() {
  const projects: Array<{ id: number; name: string; createdAt: string }> = [];
  const calls: string[] = [];
  return {
    calls,
    async dispatch(method: string, input: unknown): Promise<Result<unknown>> {
      calls.push(method);
      if (!isMethod(method)) return { ok: false, error: { code: 'unknown_method', message: method } };
      const parsed = contract[method].input.safeParse(input);
      if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: parsed.error.message } };
      if (method === 'projects.create') {
        const p = { id: projects.length + 1, name: (parsed.data as { name: string }).name, createdAt: new Date().toISOString() };
        projects.push(p);
        return { ok: true, value: p };
      }
      if (method === 'projects.list') return { ok: true, value: projects };
      return { ok: false, error: { code: 'unavailable', message: 'not in fake' } };
    },
    onChange: () => () => undefined,
  };
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(port: number, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer; rawPath?: boolean } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

let dir: string;
let host: ServeHost;
let core: ReturnType<typeof fakeCore>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'punchlist-serve-'));
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title><script type="module" src="./assets/a.js"></script>');
  writeFileSync(join(root, 'assets', 'a.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'top secret');
  core = fakeCore();
  host = await startServeHost({ core, rendererDir: root, port: 0, maxBodyBytes: 1024 });
});

afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

const api = (method: string, body: unknown, token: string | null = host.token, extra: Record<string, string> = {}) =>
  send(host.port, `/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { [TOKEN_HEADER]: token }), ...extra },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('serve host', () => {
  it('prints a loopback URL carrying a long random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/);
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('refuses API calls without the token or with a wrong one, without answering', async () => {
    const before = core.calls.length;
    const none = await api('projects.list', {}, null);
    expect(none.status).toBe(403);
    expect(none.body).toBe('');
    const wrong = await api('projects.list', {}, 'a'.repeat(64));
    expect(wrong.status).toBe(403);
    const short = await api('projects.list', {}, 'x');
    expect(short.status).toBe(403);
    expect(core.calls.length).toBe(before);
  });

  it('round-trips a call through the core', async () => {
    const created = await api('projects.create', { name: 'Alpha' });
    expect(created.status).toBe(200);
    const value = JSON.parse(created.body);
    expect(value).toMatchObject({ ok: true, value: { id: 1, name: 'Alpha' } });
    const list = JSON.parse((await api('projects.list', {})).body);
    expect(list.ok).toBe(true);
    expect(list.value.map((p: { name: string }) => p.name)).toEqual(['Alpha']);
    expect(created.headers['access-control-allow-origin']).toBeUndefined();
    expect(created.headers['x-content-type-options']).toBe('nosniff');
  });

  it('validates the method name, the HTTP verb, the content type and the body', async () => {
    const unknown = await api('nope.nothing', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).ok).toBe(false);
    const proto = await api('__proto__', {});
    expect(proto.status).toBe(404);
    const get = await send(host.port, '/api/projects.list', { headers: { [TOKEN_HEADER]: host.token } });
    expect(get.status).toBe(405);
    const form = await send(host.port, '/api/projects.list', {
      method: 'POST',
      headers: { [TOKEN_HEADER]: host.token, 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
    const badJson = await api('projects.list', '{not json');
    expect(badJson.status).toBe(400);
    const invalid = JSON.parse((await api('projects.create', { name: '' })).body);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const tooBig = await api('projects.create', { name: 'x'.repeat(5000) });
    expect(tooBig.status).toBe(413);
  });

  it('refuses foreign origins and hosts (DNS rebinding)', async () => {
    const foreign = await api('projects.list', {}, host.token, { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const rebind = await send(host.port, '/', { headers: { host: 'evil.example' } });
    expect(rebind.status).toBe(421);
  });

  it('serves the renderer with a strict CSP and refuses path traversal', async () => {
    const page = await send(host.port, '/?token=abc');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CSP);
    expect(String(page.headers['content-security-policy'])).not.toContain('unsafe-inline');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const js = await send(host.port, '/assets/a.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toContain('text/javascript');
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%5c..%5csecret.txt', '/%00']) {
      const r = await send(host.port, p);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('top secret');
    }
    expect(await resolveStatic(join(dir, 'renderer'), '/../secret.txt')).toBeNull();
    expect(await resolveStatic(join(dir, 'renderer'), '/assets/a.js')).toMatch(/a\.js$/);
  });

  it('never opens links from the browser host', async () => {
    const r = JSON.parse((await api('app.openExternal', { url: 'https://example.com' })).body);
    expect(r).toEqual({ ok: true, value: { opened: false } });
  });
});

describe('serve arguments', () => {
  it('parses --db and --port', () => {
    expect(parseServeArgs(['--db', '/tmp/x.sqlite', '--port', '0'])).toMatchObject({ db: '/tmp/x.sqlite', port: 0 });
    expect(parseServeArgs(['--port=8123'])).toMatchObject({ port: 8123 });
    expect(() => parseServeArgs(['--port', 'abc'])).toThrow();
    expect(() => parseServeArgs(['--what'])).toThrow();
  });
});
