// Pure security policy for the Electron shell. This file must NOT import 'electron': the Node
// tests import it directly (tests/electron/policy.test.ts). main.ts wires these predicates to
// Electron's events. What the renderer is served with (CSP, MIME types, file resolution) is the
// one host policy both hosts use: core/host-policy.ts.
import { MAX_EXTERNAL_URL_LENGTH } from '../core/host-calls';

/** Custom scheme the packaged renderer is served from (app://punchlist/index.html). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'punchlist';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

// ---------------------------------------------------------------------------------------------
// Origins

function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Same origin, compared as scheme + host + port. (WHATWG `URL.origin` is "null" for non-special
 * schemes such as app:, so it cannot be used for our custom scheme.)
 */
export function sameOrigin(a: string, b: string): boolean {
  const ua = parseUrl(a);
  const ub = parseUrl(b);
  if (!ua || !ub) return false;
  if (ua.protocol === 'file:' || ub.protocol === 'file:') return false; // file: has no usable origin
  return ua.protocol === ub.protocol && ua.host === ub.host && ua.host !== '';
}

/** The origin the window is allowed to show: the Vite dev server in dev, app://punchlist otherwise. */
export function appOrigin(devServerUrl: string | undefined | null): string {
  if (devServerUrl) {
    const u = parseUrl(devServerUrl);
    if (u && (u.protocol === 'http:' || u.protocol === 'https:')) return `${u.protocol}//${u.host}`;
  }
  return APP_ORIGIN;
}

/** will-navigate / will-redirect / setWindowOpenHandler: only our own origin. */
export function isAllowedNavigation(url: string, origin: string): boolean {
  return sameOrigin(url, origin);
}

export interface SenderInfo {
  /** event.senderFrame?.url; null when the frame is gone */
  frameUrl: string | null | undefined;
  /** event.senderFrame === win.webContents.mainFrame */
  isMainFrame: boolean;
  /** event.sender === win.webContents */
  isOurWindow: boolean;
}

/** The IPC sender check: the main frame of our window, showing our origin. */
export function isTrustedSender(sender: SenderInfo, origin: string): boolean {
  if (!sender.isOurWindow || !sender.isMainFrame) return false;
  if (typeof sender.frameUrl !== 'string') return false;
  return sameOrigin(sender.frameUrl, origin);
}

// ---------------------------------------------------------------------------------------------
// Content-Security-Policy

/** Response headers with our CSP set (replacing any CSP header the response had, whatever its case). */
export function withCsp(
  headers: Record<string, string[] | string> | undefined,
  csp: string,
): Record<string, string[] | string> {
  const out: Record<string, string[] | string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (k.toLowerCase() !== 'content-security-policy') out[k] = v;
  }
  out['Content-Security-Policy'] = [csp];
  return out;
}

// ---------------------------------------------------------------------------------------------
// argv

/**
 * `--db PATH` or `--db=PATH` from a process argv (Electron's, so it may contain Chromium switches
 * and, in dev, the app path). The last occurrence wins. Returns null when absent or empty.
 */
export function parseDbArg(argv: readonly string[]): string | null {
  let found: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a === '--db') {
      const next = argv[i + 1];
      if (typeof next === 'string' && next !== '' && !next.startsWith('--')) {
        found = next;
        i++;
      }
    } else if (a.startsWith('--db=')) {
      const v = a.slice('--db='.length);
      if (v !== '') found = v;
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// app:// protocol: the renderer path a request names

/**
 * The renderer path an app://punchlist/… request names (to resolve with core/host-policy.ts
 * resolveRendererFile, as the serve host does), or null for another scheme or host.
 */
export function appAssetPath(requestUrl: string): string | null {
  const u = parseUrl(requestUrl);
  if (!u || u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  return u.pathname;
}

// ---------------------------------------------------------------------------------------------
// Permissions

/** The only permission the page gets: writing text to the clipboard ("Copy" buttons), from our origin. */
export const ALLOWED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write'];

/** setPermissionRequestHandler / setPermissionCheckHandler: everything else is denied. */
export function isPermissionAllowed(permission: string, requestingUrl: string | null | undefined, origin: string): boolean {
  if (!ALLOWED_PERMISSIONS.includes(permission)) return false;
  return typeof requestingUrl === 'string' && sameOrigin(requestingUrl, origin);
}
