// The one policy for serving the renderer, used by both hosts: the Electron app's app:// protocol
// handler (electron/main.ts) and the serve host (core/serve/server.ts). The CSP, the MIME types,
// the response headers and how a URL path maps to a file of the built renderer are defined here
// only, so the e2e tests (which run on the serve host) run under the policy users get. Plain Node:
// no 'electron' here (electron/ imports this, never the other way round).
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The renderer's Content-Security-Policy: its own scripts, styles, images, fonts and API only; no
 * inline code, no eval, no plugins, no framing, no forms. renderer/index.html carries the same
 * policy in its <meta> (less frame-ancestors, which a <meta> cannot set; tests/hardening checks).
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The CSP with the Vite dev server allowed (Electron's `npm start` only): the page then also needs
 * the dev server's origin and websocket (HMR) and the inline React Refresh preamble that
 * @vitejs/plugin-react injects. Anything but an http(s) URL gives RENDERER_CSP.
 */
export function rendererCsp(devServerUrl?: string | null): string {
  let u: URL | null = null;
  try {
    u = devServerUrl ? new URL(devServerUrl) : null;
  } catch {
    u = null;
  }
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) return RENDERER_CSP;
  const http = `${u.protocol}//${u.host}`;
  const ws = `${u.protocol === 'https:' ? 'wss:' : 'ws:'}//${u.host}`;
  return RENDERER_CSP.split('; ')
    .map((d) => {
      const [name] = d.split(' ');
      if (name === 'script-src' || name === 'style-src') return `${d} 'unsafe-inline' ${http}`;
      if (name === 'img-src' || name === 'font-src') return `${d} ${http}`;
      if (name === 'connect-src') return `${d} ${http} ${ws}`;
      return d;
    })
    .join('; ');
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeType(file: string): string {
  const dot = file.lastIndexOf('.');
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  const ext = dot > slash ? file.slice(dot).toLowerCase() : '';
  return MIME[ext] ?? 'application/octet-stream';
}

/** The headers of every file of the renderer a host sends: its type, the CSP, and no sniffing, framing, referrers or caching. */
export function rendererHeaders(file: string, csp: string = RENDERER_CSP): Record<string, string> {
  return {
    'Content-Type': mimeType(file),
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

const within = (p: string, root: string) => {
  const d = relative(root, p);
  return d === '' || (!d.startsWith('..') && !isAbsolute(d));
};

/**
 * The file of the renderer built in `root` that a URL path names ('/' and directories: their
 * index.html), or null when there is none or the path would leave root: '..' segments, encoded
 * or not, backslashes, NUL, or a symlink pointing outside.
 */
export async function resolveRendererFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rel = decoded.replace(/^\/+/, '');
  if (rel.split('/').some((part) => part === '..')) return null;
  const base = resolve(root);
  const candidate = resolve(base, rel || 'index.html');
  if (!within(candidate, base) || candidate.split(sep).includes('..')) return null;
  try {
    const real = await realpath(candidate);
    if (!within(real, await realpath(base))) return null;
    if ((await stat(real)).isDirectory()) {
      const index = join(real, 'index.html');
      await stat(index);
      return index;
    }
    return real;
  } catch {
    return null;
  }
}
