// Pure security policy of the Electron shell (electron/policy.ts imports no electron).
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../core/host-policy';
import { answerHostCall, checkExternalUrl, RunningCalls } from '../../core/host-calls';
import { definitionOf, METHODS, projectOfCall as projectIdFromCall } from '../../shared/api';
import {
  APP_ORIGIN,
  appAssetPath,
  appOrigin,
  isAllowedNavigation,
  isPermissionAllowed,
  isTrustedSender,
  parseDbArg,
  sameOrigin,
  withCsp,
} from '../../electron/policy';

describe('checkExternalUrl (app.openExternal allow-list)', () => {
  const allowed: Array<[string, 'web' | 'editor']> = [
    ['https://owasp.org/www-community/attacks/xss/', 'web'],
    ['http://example.com/path?q=1#frag', 'web'],
    ['https://cwe.mitre.org/data/definitions/79.html', 'web'],
    ['vscode://file/home/me/project/src/app.ts:12:4', 'editor'],
    ['vscode://file/C:/work/app/src/index.ts:3', 'editor'],
    ['vscode-insiders://file/home/me/project/a.ts', 'editor'],
    ['cursor://file/home/me/project/a.ts:7', 'editor'],
    ['idea://open?file=/home/me/project/A.java&line=3', 'editor'],
  ];
  it.each(allowed)('allows %s', (url, kind) => {
    const v = checkExternalUrl(url);
    expect(v.allowed).toBe(true);
    if (v.allowed) expect(v.kind).toBe(kind);
  });

  const refused = [
    'javascript:alert(1)',
    'JavaScript:alert(document.domain)',
    'javascript://%0aalert(1)',
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'data:text/html,<script>alert(1)</script>',
    'smb://attacker.example/share',
    '\\\\attacker.example\\share\\x.exe',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'mailto:someone@example.com',
    'ftp://example.com/file',
    'app://punchlist/index.html',
    'vscode://vscode.git/clone?url=https://evil.example/repo',
    'vscode://ms-vscode-remote.remote-ssh/connect',
    'vscode://settings/security',
    'cursor://anysphere.cursor-retrieval/x',
    'idea://settings',
    'https://user:pass@example.com/',
    'https://example.com@evil.example/',
    'https://exa mple.com/',
    'https://example.com/\u202egpj.exe',
    'http://',
    'https:',
    '/relative/path',
    'example.com',
    '',
    'x'.repeat(9000),
  ];
  it.each(refused)('refuses %j', (url) => {
    expect(checkExternalUrl(url).allowed).toBe(false);
  });

  it('refuses non-strings', () => {
    for (const v of [undefined, null, 42, {}, ['https://example.com']]) expect(checkExternalUrl(v).allowed).toBe(false);
  });

  it('returns the normalised URL it will open (what the dialog shows)', () => {
    const v = checkExternalUrl('HTTPS://Example.COM/a/../b');
    expect(v).toEqual({ allowed: true, kind: 'web', url: 'https://example.com/b' });
  });
});

describe('origins and navigation', () => {
  it('app origin is the dev server in dev, app://punchlist otherwise', () => {
    expect(appOrigin('http://localhost:5173')).toBe('http://localhost:5173');
    expect(appOrigin('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(appOrigin(undefined)).toBe(APP_ORIGIN);
    expect(appOrigin('javascript:alert(1)')).toBe(APP_ORIGIN);
    expect(APP_ORIGIN).toBe('app://punchlist');
  });

  it('allows navigation only within our own origin', () => {
    expect(isAllowedNavigation('app://punchlist/index.html', APP_ORIGIN)).toBe(true);
    expect(isAllowedNavigation('app://punchlist/#/findings/3', APP_ORIGIN)).toBe(true);
    expect(isAllowedNavigation('app://evil/index.html', APP_ORIGIN)).toBe(false);
    expect(isAllowedNavigation('https://example.com/', APP_ORIGIN)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', APP_ORIGIN)).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)', APP_ORIGIN)).toBe(false);
    expect(isAllowedNavigation('data:text/html,hi', APP_ORIGIN)).toBe(false);
    const dev = 'http://localhost:5173';
    expect(isAllowedNavigation('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedNavigation('https://localhost:5173/', dev)).toBe(false);
    expect(isAllowedNavigation('http://localhost.evil.example:5173/', dev)).toBe(false);
    expect(isAllowedNavigation('http://user@localhost:5173/', dev)).toBe(true); // same origin; credentials do not change it
  });

  it('sameOrigin never treats file: or unparsable URLs as an origin', () => {
    expect(sameOrigin('file:///a', 'file:///a')).toBe(false);
    expect(sameOrigin('not a url', 'not a url')).toBe(false);
  });
});

describe('isTrustedSender (IPC sender frame check)', () => {
  const good = { frameUrl: 'app://punchlist/index.html', isMainFrame: true, isOurWindow: true };
  it('accepts the main frame of our window on our origin', () => {
    expect(isTrustedSender(good, APP_ORIGIN)).toBe(true);
  });
  it('refuses subframes, other windows, other origins and vanished frames', () => {
    expect(isTrustedSender({ ...good, isMainFrame: false }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...good, isOurWindow: false }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: 'https://evil.example/' }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: 'file:///tmp/x.html' }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: 'about:blank' }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: null }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: undefined }, APP_ORIGIN)).toBe(false);
  });
  it('in dev, trusts the dev server origin only', () => {
    const dev = 'http://localhost:5173';
    expect(isTrustedSender({ ...good, frameUrl: 'http://localhost:5173/' }, dev)).toBe(true);
    expect(isTrustedSender(good, dev)).toBe(false);
  });
});

describe('Content-Security-Policy header (the policy itself: core/host-policy.ts)', () => {
  it('withCsp replaces any CSP header the response had', () => {
    const h = withCsp({ 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] }, RENDERER_CSP);
    expect(h).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [RENDERER_CSP] });
    expect(withCsp(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});

describe('parseDbArg (--db from argv)', () => {
  it.each<[string[], string | null]>([
    [['/opt/Punchlist/punchlist'], null],
    [['/opt/Punchlist/punchlist', '--db', '/tmp/a.sqlite'], '/tmp/a.sqlite'],
    [['electron', '.', '--db=/tmp/b.sqlite'], '/tmp/b.sqlite'],
    [['electron', '.vite/build/main.cjs', '--no-sandbox', '--db', 'rel/c.sqlite'], 'rel/c.sqlite'],
    [['app', '--db', '/a', '--db', '/b'], '/b'],
    [['app', '--db'], null],
    [['app', '--db', '--inspect'], null],
    [['app', '--db='], null],
    [['app', '--dbx', '/a'], null],
    [['app', '--', '--db', '/a'], null],
  ])('%j → %j', (argv, expected) => {
    expect(parseDbArg(argv)).toBe(expected);
  });
});

describe('app:// requests (resolved to files by core/host-policy.ts, as the serve host does)', () => {
  it('gives the path of app://punchlist/ URLs only', () => {
    expect(appAssetPath('app://punchlist/')).toBe('/');
    expect(appAssetPath('app://punchlist/assets/index-abc.js?x=1#y')).toBe('/assets/index-abc.js');
    expect(appAssetPath('app://punchlist/assets/a%20b.css')).toBe('/assets/a%20b.css');
    for (const u of ['app://other/index.html', 'file:///srv/renderer/main_window/index.html', 'https://punchlist/index.html', 'not a url']) {
      expect(appAssetPath(u)).toBeNull();
    }
  });
});

describe('projectIdFromCall (target of File > Import…)', () => {
  it('tracks the project the renderer works in', () => {
    expect(projectIdFromCall('findings.list', { projectId: 3 })).toBe(3);
    expect(projectIdFromCall('reports.list', { projectId: 2 })).toBe(2);
    expect(projectIdFromCall('projects.create', { name: 'x' }, { id: 9, name: 'x' })).toBe(9);
    expect(projectIdFromCall('projects.list', {})).toBeNull();
    expect(projectIdFromCall('findings.get', { id: 4 })).toBeNull();
    expect(projectIdFromCall('findings.list', { projectId: -1 })).toBeNull();
    expect(projectIdFromCall('findings.list', { projectId: '3' })).toBeNull();
    expect(projectIdFromCall('findings.list', null)).toBeNull();
  });
});

describe('isPermissionAllowed', () => {
  it('allows only clipboard writes from our own origin', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://punchlist/index.html', APP_ORIGIN)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://punchlist', APP_ORIGIN)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/', APP_ORIGIN)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined, APP_ORIGIN)).toBe(false);
    for (const p of ['clipboard-read', 'media', 'geolocation', 'notifications', 'openExternal', 'fileSystem', 'hid', 'serial', 'usb', 'pointerLock', 'fullscreen']) {
      expect(isPermissionAllowed(p, 'app://punchlist/index.html', APP_ORIGIN), p).toBe(false);
    }
  });
});

describe('answerHostCall (the host methods, one table for both hosts)', () => {
  const desktop = (opened: string[] = []) => {
    const calls = new RunningCalls();
    const openExternal = async (v: { url: string }) => {
      opened.push(v.url);
      return true;
    };
    return { calls, desk: { calls, openExternal } };
  };

  it('answers every method the registry marks host, and no other', async () => {
    const { desk } = desktop();
    const hostMethods = METHODS.filter((m) => definitionOf(m).host);
    expect(hostMethods.length).toBeGreaterThan(0);
    for (const m of hostMethods) {
      // an empty input: each host method's schema wants a field, so its own validation answers
      expect(await answerHostCall(m, {}, desk)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    for (const m of ['findings.list', 'no.such.method', 'constructor', '__proto__']) {
      expect(await answerHostCall(m, {}, desk)).toEqual({ ok: false, error: { code: 'unknown_method', message: `${m} is not a host method` } });
    }
  });

  it('app.openExternal opens an allowed link through the desktop, refuses another without asking', async () => {
    const opened: string[] = [];
    const { desk } = desktop(opened);
    expect(await answerHostCall('app.openExternal', { url: 'javascript:alert(1)' }, desk)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(opened).toEqual([]);
    expect(await answerHostCall('app.openExternal', { url: 'https://owasp.org/' }, desk)).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual(['https://owasp.org/']);
  });

  it('calls.cancel stops the running call it names', async () => {
    const { calls, desk } = desktop();
    const running = calls.start('call-0001');
    expect(await answerHostCall('calls.cancel', { callId: 'call-0002' }, desk)).toEqual({ ok: true, value: { cancelled: false } });
    expect(running.signal.aborted).toBe(false);
    expect(await answerHostCall('calls.cancel', { callId: 'call-0001' }, desk)).toEqual({ ok: true, value: { cancelled: true } });
    expect(running.signal.aborted).toBe(true);
  });
});
