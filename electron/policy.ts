// Pure security policy for the Electron shell. This file must NOT import 'electron': the Node
// tests import it directly (tests/electron/policy.test.ts). main.ts wires these predicates to
// Electron's events. What the renderer is served with (CSP, MIME types, file resolution) is the
// one host policy both hosts use: core/host-policy.ts.

/** Custom scheme the packaged renderer is served from (app://punchlist/index.html). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'punchlist';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export { REFRESH_CHANNEL, REFRESH_EVENT } from './channels';

/** Longest URL we hand to the OS. */
export const MAX_EXTERNAL_URL_LENGTH = 8192;

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
// app.openExternal

export type ExternalUrlVerdict =
  | { allowed: true; kind: 'web' | 'editor'; url: string }
  | { allowed: false; reason: string };

/**
 * Editor deep links we hand to the OS, each limited to its "open a file" form, because editor URL
 * handlers can do more than open files (e.g. vscode://vscode.git/clone?url=…, extension URIs).
 */
const EDITOR_SCHEMES: Record<string, (u: URL) => boolean> = {
  // vscode://file/abs/path[:line[:col]]
  'vscode:': (u) => u.host === 'file' && u.pathname.length > 1,
  'vscode-insiders:': (u) => u.host === 'file' && u.pathname.length > 1,
  'cursor:': (u) => u.host === 'file' && u.pathname.length > 1,
  'windsurf:': (u) => u.host === 'file' && u.pathname.length > 1,
  // idea://open?file=/abs/path&line=12 (JetBrains)
  'idea:': (u) => u.host === 'open' && (u.pathname === '' || u.pathname === '/') && u.searchParams.has('file'),
};

export const ALLOWED_EXTERNAL_SCHEMES = ['http:', 'https:', ...Object.keys(EDITOR_SCHEMES)] as const;

/**
 * Decide whether a URL from report text may be opened with shell.openExternal. Only http(s) URLs
 * (with a host, no embedded credentials) and the "open file" form of a few editor schemes pass.
 * Everything else (javascript:, file:, data:, smb:, custom protocol handlers, …) is refused.
 * The caller still asks the user to confirm.
 */
export function checkExternalUrl(raw: unknown): ExternalUrlVerdict {
  if (typeof raw !== 'string') return { allowed: false, reason: 'URL must be a string' };
  if (raw.length === 0) return { allowed: false, reason: 'empty URL' };
  if (raw.length > MAX_EXTERNAL_URL_LENGTH) return { allowed: false, reason: 'URL too long' };
  // Control characters and whitespace can hide the real target in the confirmation dialog.
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(raw)) {
    return { allowed: false, reason: 'URL contains whitespace or control characters' };
  }
  const u = parseUrl(raw);
  if (!u) return { allowed: false, reason: 'not a valid absolute URL' };
  if (u.protocol === 'http:' || u.protocol === 'https:') {
    if (!u.hostname) return { allowed: false, reason: 'web URL without a host' };
    if (u.username || u.password) return { allowed: false, reason: 'URL with embedded credentials' };
    return { allowed: true, kind: 'web', url: u.href };
  }
  const editor = Object.prototype.hasOwnProperty.call(EDITOR_SCHEMES, u.protocol) ? EDITOR_SCHEMES[u.protocol] : undefined;
  if (editor) {
    if (u.username || u.password) return { allowed: false, reason: 'URL with embedded credentials' };
    if (!editor(u)) return { allowed: false, reason: `only "open file" links are allowed for ${u.protocol}` };
    return { allowed: true, kind: 'editor', url: u.href };
  }
  return { allowed: false, reason: `scheme ${u.protocol} is not allowed` };
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
// Which project File > Import… goes to: the one the renderer last worked in.

const PROJECT_SCOPED = new Set([
  'reports.list',
  'findings.list',
  'ingest.paths',
  'ingest.bytes',
  'history.undo',
  'history.redo',
  'settings.get',
  'settings.set',
]);

/**
 * The project a successful call from the renderer was about, or null. `projects.create` makes its
 * new project the active one.
 */
export function projectIdFromCall(method: string, input: unknown, value?: unknown): number | null {
  const pick = (o: unknown, key: string): number | null => {
    if (o && typeof o === 'object' && key in o) {
      const v = (o as Record<string, unknown>)[key];
      if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) return v;
    }
    return null;
  };
  if (method === 'projects.create') return pick(value, 'id');
  if (PROJECT_SCOPED.has(method)) return pick(input, 'projectId');
  return null;
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
