// Static checks over the Electron shell's source: the secure BrowserWindow settings stay on, the
// preload never hands out ipcRenderer, and only the shell files of electron/ import 'electron'.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
/** source without // and /* comments, so commented-out code does not count */
const code = (p: string) => read(p).replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

function walk(dir: string, out: string[] = []): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return out;
  for (const name of readdirSync(abs)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const rel = join(dir, name);
    if (statSync(join(root, rel)).isDirectory()) walk(rel, out);
    else if (/\.(ts|tsx|mts|cts|js|mjs|cjs|jsx)$/.test(name)) out.push(rel);
  }
  return out;
}

const IMPORTS_ELECTRON = /(from\s*['"]electron(\/[\w-]+)?['"]|require\(\s*['"]electron(\/[\w-]+)?['"]\s*\)|import\(\s*['"]electron(\/[\w-]+)?['"]\s*\)|import\s*['"]electron['"])/;
/** the files of electron/ that may talk to Electron; everything else there is pure, Node-testable policy */
const SHELL_FILES = ['electron/main.ts', 'electron/menu.ts', 'electron/preload.ts', 'electron/core-client.ts'];

describe('BrowserWindow webPreferences', () => {
  const main = code('electron/main.ts');
  const ctor = main.indexOf('new BrowserWindow(');
  const block = main.slice(ctor, main.indexOf('\n  });', ctor));

  it('one app window, plus only JavaScript-less, sandboxed, preload-free helpers (PDF printer, team database form), all in main.ts', () => {
    expect(ctor).toBeGreaterThan(0);
    const windows = main.split('new BrowserWindow(').slice(1);
    expect(windows.length).toBe(3);
    const [printer, prompt] = windows.slice(1).map((w) => w.slice(0, w.indexOf('\n  });')));
    expect(printer).toMatch(/show:\s*false/);
    for (const helper of [printer, prompt]) {
      expect(helper).toMatch(/javascript:\s*false/);
      expect(helper).toMatch(/sandbox:\s*true/);
      expect(helper).toMatch(/contextIsolation:\s*true/);
      expect(helper).toMatch(/nodeIntegration:\s*false/);
      expect(helper).not.toMatch(/preload/);
    }
    expect(prompt).toMatch(/devTools:\s*false/);
    for (const f of walk('electron').filter((f) => f !== 'electron/main.ts')) {
      expect(code(f), f).not.toContain('new BrowserWindow(');
    }
  });

  it.each([
    ['contextIsolation', 'true'],
    ['sandbox', 'true'],
    ['nodeIntegration', 'false'],
    ['nodeIntegrationInWorker', 'false'],
    ['nodeIntegrationInSubFrames', 'false'],
    ['webSecurity', 'true'],
    ['allowRunningInsecureContent', 'false'],
    ['webviewTag', 'false'],
  ])('%s: %s', (key, value) => {
    const m = block.match(new RegExp(`\\b${key}\\s*:\\s*([^,\\n]+)`));
    expect(m?.[1]?.trim(), `${key} in webPreferences`).toBe(value);
  });

  it('preload is the built preload.cjs; title is Punchlist', () => {
    expect(block).toMatch(/preload:\s*join\(__dirname,\s*'preload\.cjs'\)/);
    expect(block).toMatch(/title:\s*'Punchlist'/);
  });

  it('no remote module, no insecure switches anywhere in electron/', () => {
    for (const f of walk('electron')) {
      const src = code(f);
      expect(src, f).not.toMatch(/enableRemoteModule|@electron\/remote|electron\.remote/);
      expect(src, f).not.toMatch(/allowRunningInsecureContent\s*:\s*true|webSecurity\s*:\s*false|experimentalFeatures\s*:\s*true/);
      expect(src, f).not.toMatch(/--no-sandbox|no-sandbox'|disable-web-security|ignore-certificate-errors/);
      expect(src, f).not.toMatch(/setPermissionRequestHandler\([^)]*callback\(true\)/);
    }
  });

  it('main.ts wires the guards: CSP header, navigation, window.open, webviews, permissions, one IPC handler', () => {
    expect(main).toContain('webRequest.onHeadersReceived');
    expect(main).toContain("'will-navigate'");
    expect(main).toContain("'will-redirect'");
    expect(main).toContain("setWindowOpenHandler(() => ({ action: 'deny' }))");
    expect(main).toMatch(/'will-attach-webview',\s*\(event\)\s*=>\s*event\.preventDefault\(\)/);
    expect(main).toMatch(/setPermissionRequestHandler\(\(wc, permission, callback, details\) => \{\s*callback\(isPermissionAllowed\(/);
    expect(main).toMatch(/setPermissionCheckHandler\(\(_wc, permission, requestingOrigin\) =>\s*isPermissionAllowed\(/);
    expect(main).toContain('requestSingleInstanceLock()');
    expect(main.match(/ipcMain\.(handle|on|once|handleOnce)\(/g)).toEqual(['ipcMain.handle(']);
    expect(main).toContain('ipcMain.handle(API_CHANNEL, handleApiCall)');
    expect(main).toMatch(/isTrustedSender\(/);
    expect(main).not.toMatch(/loadFile\(|file:\/\//);
  });
});

describe('preload', () => {
  const preload = code('electron/preload.ts');

  it('exposes one object, window.punchlist, and never ipcRenderer itself', () => {
    const exposures = preload.match(/exposeInMainWorld\(/g) ?? [];
    expect(exposures.length).toBe(1);
    expect(preload).toMatch(/exposeInMainWorld\('punchlist', bridge\)/);
    const bridge = preload.slice(preload.indexOf('const bridge'), preload.indexOf('contextBridge.exposeInMainWorld'));
    expect(bridge).not.toMatch(/ipcRenderer\s*[,}]|ipcRenderer\s*:|\.\.\.ipcRenderer|ipcRenderer\.(on|send|sendSync|removeListener)\b/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    expect(preload).not.toMatch(/exposeInIsolatedWorld|webFrame|require\(/);
  });

  it('invokes only the API channel (the main process checks the method against the contract)', () => {
    expect(preload.match(/ipcRenderer\.invoke\(/g)?.length).toBe(1);
    expect(preload).toMatch(/ipcRenderer\.invoke\(API_CHANNEL, method, input, isCallId\(callId\) \? callId : undefined\)/);
    expect(preload).toMatch(/if \(typeof method !== 'string'\) return Promise\.resolve\(/);
    // the change and progress listeners get the event's data, never the IPC event object
    expect(preload).toMatch(/ipcRenderer\.on\(channel, \(_event, payload: T\) =>/);
    expect(preload.match(/ipcRenderer\.on\(/g)?.length).toBe(1);
    expect(preload).toMatch(/onChange: relay<ChangeEvent>\(CHANGES_CHANNEL\),\s*onProgress: relay<ProgressEvent>\(PROGRESS_CHANNEL\),/);
  });

  it('imports nothing that needs Node (sandboxed preloads have no Node modules)', () => {
    const imports = [...preload.matchAll(/from\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const spec of imports) expect(spec, spec).toMatch(/^(electron|\.\.\/shared\/api|\.\.\/shared\/changes|\.\.\/shared\/channel|\.\/preload-api)$/);
    // shared/api and shared/changes are imported for their types only (zod and the schemas stay out)
    expect(preload).not.toMatch(/^import \{[^}]*\} from '\.\.\/shared\/(api|changes)'/m);
    // shared/channel.ts takes types only
    expect(read('shared/channel.ts')).not.toMatch(/^import (?!type )/m);
  });
});

describe("only the Electron shell imports 'electron'", () => {
  it('no file under shared/, core/, db/, renderer/ imports electron', () => {
    const offenders: string[] = [];
    for (const dir of ['shared', 'core', 'db', 'renderer']) {
      for (const f of walk(dir)) if (IMPORTS_ELECTRON.test(code(f))) offenders.push(f);
    }
    expect(offenders).toEqual([]);
  });

  it('inside electron/, only the shell files do', () => {
    const importing = walk('electron')
      .filter((f) => IMPORTS_ELECTRON.test(code(f)))
      .map((f) => relative(root, join(root, f)).split('\\').join('/'));
    for (const f of importing) expect(SHELL_FILES, f).toContain(f);
    expect(IMPORTS_ELECTRON.test(code('electron/policy.ts'))).toBe(false);
  });

  it('the detector itself catches the usual forms', () => {
    for (const s of [
      "import { app } from 'electron';",
      'import type { WebContents } from "electron";',
      "const { shell } = require('electron');",
      "await import('electron')",
      "import 'electron';",
      "import { ipcRenderer } from 'electron/renderer';",
    ]) {
      expect(IMPORTS_ELECTRON.test(s), s).toBe(true);
    }
    expect(IMPORTS_ELECTRON.test("import x from 'electron-builder';")).toBe(false);
  });
});
