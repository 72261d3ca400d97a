// The one host policy (core/host-policy.ts) both hosts serve the renderer with: the Electron app's
// app:// handler (tests/electron/main-wiring.test.ts checks its headers against this) and the serve
// host the e2e tests run on (tests/serve/serve.test.ts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mimeType, RENDERER_CSP, rendererCsp, rendererHeaders, resolveRendererFile } from '../../core/host-policy';

const directives = (csp: string) =>
  Object.fromEntries(
    csp.split(';').map((p) => {
      const [k, ...v] = p.trim().split(/\s+/);
      return [k, v.join(' ')];
    }),
  );

describe('the renderer CSP', () => {
  it('is the strict policy: own scripts, styles, images, fonts and API only', () => {
    expect(directives(RENDERER_CSP)).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self'",
      'font-src': "'self'",
      'connect-src': "'self'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
      'object-src': "'none'",
    });
    expect(RENDERER_CSP).not.toMatch(/unsafe|data:|ws:|localhost|\*/);
  });

  it("is the one renderer/index.html carries in its <meta> (less frame-ancestors, which a <meta> cannot set)", () => {
    const html = readFileSync(join(__dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    const { 'frame-ancestors': _, ...rest } = directives(RENDERER_CSP);
    expect(meta && directives(meta)).toEqual(rest);
  });

  it("in Electron's dev mode adds only the Vite dev server's origin, its websocket and inline code", () => {
    const d = directives(rendererCsp('http://localhost:5173'));
    expect(d['connect-src']).toBe("'self' http://localhost:5173 ws://localhost:5173");
    expect(d['script-src']).toBe("'self' 'unsafe-inline' http://localhost:5173");
    expect(d['object-src']).toBe("'none'");
    expect(rendererCsp('http://localhost:5173')).not.toMatch(/unsafe-eval|\*/);
    for (const bad of [undefined, null, '', 'javascript:alert(1)', 'file:///x', 'not a url']) expect(rendererCsp(bad)).toBe(RENDERER_CSP);
  });
});

describe('what a host sends with a renderer file', () => {
  it('the MIME types of a Vite build', () => {
    expect(mimeType('x/index.html')).toMatch(/^text\/html/);
    expect(mimeType('a.JS')).toMatch(/^text\/javascript/);
    expect(mimeType('a.css')).toMatch(/^text\/css/);
    expect(mimeType('a.woff2')).toBe('font/woff2');
    expect(mimeType('noext')).toBe('application/octet-stream');
    expect(mimeType('dir.js/noext')).toBe('application/octet-stream');
  });

  it('headers: type, CSP, no sniffing, framing, referrers or caching', () => {
    expect(rendererHeaders('a/index.html')).toMatchObject({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': RENDERER_CSP,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Cache-Control': 'no-store',
    });
  });
});

describe('resolveRendererFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'punchlist-host-policy-'));
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'a b.css'), 'x');
  writeFileSync(join(dir, 'secret.txt'), 'top secret');
  symlinkSync(join(dir, 'secret.txt'), join(root, 'assets', 'link.txt'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('maps URL paths to files of the build; / and directories to their index.html', async () => {
    expect(await resolveRendererFile(root, '/')).toBe(join(root, 'index.html'));
    expect(await resolveRendererFile(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(await resolveRendererFile(root, '/assets/a%20b.css')).toBe(join(root, 'assets', 'a b.css'));
    expect(await resolveRendererFile(root, '/missing.js')).toBeNull();
  });

  it('refuses escapes: .. encoded or not, backslashes, NUL, bad escapes, symlinks out of the build', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%5c..%5csecret.txt', '/a%00b', '/%E0%A4%A', '/assets/link.txt']) {
      expect(await resolveRendererFile(root, p), p).toBeNull();
    }
  });
});
