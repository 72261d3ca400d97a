// The built main process (.vite build of electron/main.ts), run in Node against a RECORDING
// STAND-IN for the 'electron' module (no Electron binary exists here; this is not one). The real
// core, SQLite and policy code run; the stand-in only records what main.ts asks Electron to do
// and hands back its callbacks, so we can check the wiring: window options as actually passed,
// the IPC handler (sender check → core.dispatch, errors as values), app.openExternal with its
// confirmation, the app:// protocol handler with its CSP, permissions, navigation guards, the
// menu's File > Import… → ingest → change event, and closing the core on quit. The core runs where the
// app runs it: the built core.cjs in a separate process (the stand-in's utilityProcess.fork is a
// Node child process whose process.parentPort is a shim over its IPC channel, with structured
// clone), its long work in the built core-job.cjs worker thread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'vite';
import { API_CHANNEL } from '../../shared/api';
import { PROGRESS_CHANNEL, type ProgressEvent } from '../../shared/channel';
import { generateSarif } from '../ingest/gen-sarif';
import { RENDERER_CSP, rendererHeaders } from '../../core/host-policy';
import pg from 'pg';
import { SUBMIT_URL } from '../../electron/team-db-prompt';
import { pgUnavailable, startCluster } from '../pg/cluster';
import { aesBox } from './secret-box';

const root = join(__dirname, '..', '..');
type Fn = (...args: any[]) => any; // eslint-disable-line @typescript-eslint/no-explicit-any

// ---- the recording stand-in -------------------------------------------------------------------
const rec = {
  appEvents: new Map<string, Fn>(),
  ipc: new Map<string, Fn>(),
  privileged: [] as unknown[],
  protocols: new Map<string, Fn>(),
  headers: null as Fn | null,
  permRequest: null as Fn | null,
  permCheck: null as Fn | null,
  windows: [] as FakeWindow[],
  opened: [] as string[],
  messageBoxes: [] as Array<Record<string, unknown>>,
  nextResponse: 0,
  openDialogResult: { canceled: true, filePaths: [] as string[] },
  saveDialogResult: { canceled: true, filePath: '' },
  menu: null as Array<Record<string, unknown>> | null,
  errors: [] as string[],
  sandboxEnabled: false,
  printed: [] as Array<Record<string, unknown>>,
  destroyed: 0,
  utility: [] as Array<{ modulePath: string; options: Record<string, unknown>; child: ChildProcess }>,
  progressBars: [] as number[],
  /** app.getPath('userData'): unset (refused) while the app runs on --db; File > Open Team Database… remembers there */
  userData: '',
  encryption: true,
  /** safeStorage.getSelectedStorageBackend() (Linux) */
  storageBackend: 'gnome_libsecret',
  reloads: 0,
};

/** process.parentPort in the stand-in's utility process: its IPC channel, messages as { data } */
const PARENT_PORT_SHIM = `process.parentPort = {
  postMessage: (m) => process.send(m),
  on: (ev, fn) => process.on(ev, (data) => fn({ data })),
  once: (ev, fn) => process.once(ev, (data) => fn({ data })),
};`;

class FakeWebContents {
  events = new Map<string, Fn>();
  openHandler: Fn | null = null;
  sent: string[] = [];
  /** what was sent on the progress channel */
  progress: unknown[] = [];
  mainFrame = { frameTreeNodeId: 7, parent: null, detached: false, url: 'app://punchlist/index.html' };
  on(ev: string, fn: Fn) {
    this.events.set(ev, fn);
    return this;
  }
  setWindowOpenHandler(fn: Fn) {
    this.openHandler = fn;
  }
  send(channel: string, payload?: unknown) {
    if (channel === PROGRESS_CHANNEL) this.progress.push(payload);
    else this.sent.push(channel);
  }
  isDestroyed() {
    return false;
  }
  reload() {
    rec.reloads++;
  }
  getURL() {
    return this.mainFrame.url;
  }
  printToPDF(options: Record<string, unknown>) {
    rec.printed.push(options);
    return Promise.resolve(Buffer.from('%PDF-1.7 stand-in'));
  }
}
class FakeWindow {
  webContents = new FakeWebContents();
  url = '';
  constructor(public options: Record<string, unknown>) {
    rec.windows.push(this);
    rec.appEvents.get('web-contents-created')?.({}, this.webContents);
  }
  on() {
    return this;
  }
  once() {
    return this;
  }
  loadURL(url: string) {
    this.url = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  destroy() {
    rec.destroyed++;
  }
  isVisible() {
    return true;
  }
  setProgressBar(value: number) {
    rec.progressBars.push(value);
  }
  static getAllWindows() {
    return rec.windows;
  }
}
const electronStandIn = {
  app: {
    isPackaged: false,
    name: 'Punchlist',
    requestSingleInstanceLock: () => true,
    enableSandbox: () => {
      rec.sandboxEnabled = true;
    },
    on(ev: string, fn: Fn) {
      rec.appEvents.set(ev, fn);
      return this;
    },
    whenReady: () => Promise.resolve(),
    isReady: () => true,
    getPath: (name: string) => {
      if (name !== 'userData' || !rec.userData) throw new Error('userData must not be used when --db is given');
      return rec.userData;
    },
    getVersion: () => '0.1.0',
    setAboutPanelOptions: () => undefined,
    quit: () => undefined,
    exit: () => undefined,
  },
  BrowserWindow: FakeWindow,
  safeStorage: Object.assign(aesBox(() => rec.encryption), { getSelectedStorageBackend: () => rec.storageBackend }),
  utilityProcess: {
    fork(modulePath: string, args: string[], options: Record<string, unknown>) {
      const child = fork(modulePath, args, { serialization: 'advanced', execArgv: ['--require', join(work, 'parent-port-shim.cjs')], stdio: 'inherit' });
      rec.utility.push({ modulePath, options, child });
      return {
        postMessage: (m: unknown) => child.send(m as never),
        on(ev: string, fn: Fn) {
          child.on(ev, fn);
          return this;
        },
        once(ev: string, fn: Fn) {
          child.once(ev, fn);
          return this;
        },
        kill: () => child.kill(),
      };
    },
  },
  ipcMain: { handle: (ch: string, fn: Fn) => rec.ipc.set(ch, fn) },
  protocol: {
    registerSchemesAsPrivileged: (list: unknown[]) => rec.privileged.push(...list),
    handle: (scheme: string, fn: Fn) => rec.protocols.set(scheme, fn),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: Fn) => (rec.permRequest = fn),
      setPermissionCheckHandler: (fn: Fn) => (rec.permCheck = fn),
      webRequest: { onHeadersReceived: (fn: Fn) => (rec.headers = fn) },
    },
  },
  dialog: {
    showMessageBox: async (...args: unknown[]) => {
      rec.messageBoxes.push(args[args.length - 1] as Record<string, unknown>);
      return { response: rec.nextResponse, checkboxChecked: false };
    },
    showOpenDialog: async () => rec.openDialogResult,
    showSaveDialog: async () => rec.saveDialogResult,
    showErrorBox: (title: string, content: string) => rec.errors.push(`${title}: ${content}`),
  },
  shell: {
    openExternal: async (url: string) => {
      rec.opened.push(url);
    },
    showItemInFolder: () => undefined,
  },
  Menu: {
    buildFromTemplate: (t: Array<Record<string, unknown>>) => t,
    setApplicationMenu: (m: Array<Record<string, unknown>>) => (rec.menu = m),
  },
};

// ---- load the built main process ---------------------------------------------------------------
let work = '';
let dbFile = '';
const savedArgv = process.argv;
const M = Module as unknown as { _load: Fn };
const originalLoad = M._load;

beforeAll(async () => {
  // inside the project so the bundle's require('better-sqlite3') finds node_modules
  mkdirSync(join(root, '.tmp'), { recursive: true });
  work = mkdtempSync(join(root, '.tmp', 'electron-wiring-'));
  for (const config of ['vite.main.config.ts', 'vite.core.config.ts', 'vite.core-job.config.ts']) {
    await build({ root, configFile: join(root, config), logLevel: 'error', build: { outDir: join(work, 'build'), emptyOutDir: false } });
  }
  writeFileSync(join(work, 'parent-port-shim.cjs'), PARENT_PORT_SHIM);
  mkdirSync(join(work, 'renderer', 'main_window', 'assets'), { recursive: true });
  writeFileSync(join(work, 'renderer', 'main_window', 'index.html'), '<!doctype html><title>Punchlist</title>');
  writeFileSync(join(work, 'renderer', 'main_window', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(work, 'secret.txt'), 'outside the renderer root');
  dbFile = join(work, 'wiring.sqlite');

  M._load = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') return electronStandIn;
    return originalLoad.call(this, request, ...rest);
  };
  process.argv = [process.execPath, join(work, 'build', 'main.cjs'), '--db', dbFile];
  createRequire(import.meta.url)(join(work, 'build', 'main.cjs'));
  // let whenReady().then(start) run: the core process opens the database, then the window opens
  for (let waited = 0; rec.windows.length + rec.errors.length === 0 && waited < 30_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
}, 240_000);

afterAll(() => {
  rec.appEvents.get('will-quit')?.({});
  for (const u of rec.utility) u.child.kill();
  M._load = originalLoad;
  process.argv = savedArgv;
  if (work) rmSync(work, { recursive: true, force: true });
});

function win(): FakeWindow {
  return rec.windows[0];
}
function event(overrides: Partial<{ url: string; frameTreeNodeId: number; parent: unknown; sender: unknown }> = {}) {
  const w = win();
  return {
    sender: 'sender' in overrides ? overrides.sender : w.webContents,
    senderFrame: {
      url: overrides.url ?? 'app://punchlist/index.html',
      frameTreeNodeId: overrides.frameTreeNodeId ?? w.webContents.mainFrame.frameTreeNodeId,
      parent: overrides.parent ?? null,
      detached: false,
    },
  };
}
function call(method: unknown, input: unknown, ev: unknown = event(), callId?: unknown) {
  return rec.ipc.get(API_CHANNEL)!(ev, method, input, callId);
}

describe('main process wiring (built main.cjs, recording electron stand-in)', () => {
  it('starts without errors, sandboxed, with one locked-down window on app://punchlist', () => {
    expect(rec.errors).toEqual([]);
    expect(rec.sandboxEnabled).toBe(true);
    expect(rec.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(rec.windows).toHaveLength(1);
    const o = win().options as { title: string; webPreferences: Record<string, unknown> };
    expect(o.title).toBe('Punchlist');
    expect(o.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(o.webPreferences.preload).toBe(join(work, 'build', 'preload.cjs'));
    expect(win().url).toBe('app://punchlist/index.html');
    expect([...rec.ipc.keys()]).toEqual([API_CHANNEL]);
  });

  it('runs the core in one utility process, off the main process', () => {
    expect(rec.utility.map((u) => [u.modulePath, u.options.serviceName])).toEqual([[join(work, 'build', 'core.cjs'), 'Punchlist core']]);
    expect(rec.utility[0].child.pid).not.toBe(process.pid);
    expect(rec.utility[0].child.exitCode).toBeNull();
  });

  it('forwards calls from our main frame to the core, which uses the --db file', async () => {
    const info = await call('meta.info', {});
    expect(info).toMatchObject({ ok: true, value: { dbPath: dbFile } });
    expect(existsSync(dbFile)).toBe(true);
    const list = await call('projects.list', {});
    expect(list.ok).toBe(true);
    expect(Array.isArray(list.value)).toBe(true);
    // the core validates input (zod) and answers with an error value
    expect(await call('findings.get', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it("sends a named long call's progress to the window; calls.cancel stops it within a second, nothing kept", async () => {
    const projectId = (await call('projects.create', { name: 'Cancel over IPC' })).value.id as number;
    const base64 = Buffer.from(generateSarif(60_000, 21)).toString('base64');
    const progress = win().webContents.progress as ProgressEvent[];
    progress.length = 0;
    // an unnamed call, or one with an id that is no id, reports nothing
    const small = Buffer.from(generateSarif(50, 22)).toString('base64');
    expect(await call('ingest.bytes', { projectId, name: 'a.sarif', base64: small, dryRun: true })).toMatchObject({ ok: true });
    expect(await call('ingest.bytes', { projectId, name: 'a.sarif', base64: small, dryRun: true }, event(), 'x"; drop')).toMatchObject({ ok: true });
    expect(progress).toEqual([]);

    const callId = 'ipc-call-0001';
    const answer = call('ingest.bytes', { projectId, name: 'big.sarif', base64 }, event(), callId) as Promise<{ ok: boolean; error?: { code: string } }>;
    await expect.poll(() => progress.some((e) => e.progress.phase === 'store' && e.progress.done > 0), { timeout: 60_000 }).toBe(true);
    expect(progress.every((e) => e.callId === callId)).toBe(true);
    expect(progress.find((e) => e.progress.phase === 'store')!.progress).toMatchObject({ total: 60_000, file: 'big.sarif' });
    expect(await call('calls.cancel', { callId: 'ipc-call-0002' })).toEqual({ ok: true, value: { cancelled: false } });
    const asked = performance.now();
    expect(await call('calls.cancel', { callId })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await answer).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(performance.now() - asked).toBeLessThan(1000);
    expect(await call('findings.list', { projectId })).toEqual({ ok: true, value: [] });
    expect(await call('calls.cancel', { callId: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses other frames, windows and origins, and unknown methods, as values', async () => {
    const forbidden = { ok: false, error: { code: 'forbidden' } };
    expect(await call('projects.list', {}, event({ url: 'https://evil.example/' }))).toMatchObject(forbidden);
    expect(await call('projects.list', {}, event({ frameTreeNodeId: 99 }))).toMatchObject(forbidden);
    expect(await call('projects.list', {}, event({ parent: {} }))).toMatchObject(forbidden);
    expect(await call('projects.list', {}, event({ sender: {} }))).toMatchObject(forbidden);
    const noFrame = { sender: win().webContents, senderFrame: null };
    expect(await call('projects.list', {}, noFrame)).toMatchObject(forbidden);
    expect(await call('fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('app.openExternal: refuses bad schemes without asking; asks before opening good ones', async () => {
    rec.messageBoxes.length = 0;
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'smb://h/s']) {
      expect(await call('app.openExternal', { url })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await call('app.openExternal', { url: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(rec.messageBoxes).toHaveLength(0);
    expect(rec.opened).toEqual([]);

    rec.nextResponse = 1; // Cancel
    expect(await call('app.openExternal', { url: 'https://owasp.org/' })).toEqual({ ok: true, value: { opened: false } });
    expect(rec.opened).toEqual([]);
    rec.nextResponse = 0; // Open
    expect(await call('app.openExternal', { url: 'vscode://file/src/a.ts:3' })).toEqual({ ok: true, value: { opened: true } });
    expect(rec.opened).toEqual(['vscode://file/src/a.ts:3']);
    expect(rec.messageBoxes.map((m) => m.detail)).toEqual(['https://owasp.org/', 'vscode://file/src/a.ts:3']);
  });

  it('serves the renderer over app:// with the CSP, and nothing outside it', async () => {
    const handler = rec.protocols.get('app')!;
    const res: Response = await handler(new Request('app://punchlist/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    // the one host policy: the headers the serve host sends for the same file
    const expected = Object.entries(rendererHeaders('index.html')).map(([k, v]) => [k.toLowerCase(), v]);
    expect(Object.fromEntries([...res.headers.entries()].filter(([k]) => k !== 'content-length'))).toEqual(Object.fromEntries(expected));
    expect(await res.text()).toContain('<title>Punchlist</title>');
    expect((await handler(new Request('app://punchlist/assets/app.js'))).headers.get('content-type')).toMatch(/javascript/);
    expect((await handler(new Request('app://punchlist/..%2f..%2fsecret.txt'))).status).toBe(404);
    expect((await handler(new Request('app://punchlist/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://other/index.html'))).status).toBe(404);
  });

  it('sets the CSP header on responses, denies permissions except clipboard writes, guards navigation', async () => {
    const out = await new Promise<{ responseHeaders: Record<string, unknown> }>((r) =>
      rec.headers!({ responseHeaders: { 'content-security-policy': ['default-src *'] } }, r),
    );
    expect(out.responseHeaders).toEqual({ 'Content-Security-Policy': [RENDERER_CSP] });

    const ask = (perm: string, url = 'app://punchlist/index.html') =>
      new Promise<boolean>((r) => rec.permRequest!(win().webContents, perm, r, { requestingUrl: url }));
    expect(await ask('media')).toBe(false);
    expect(await ask('notifications')).toBe(false);
    expect(await ask('clipboard-read')).toBe(false);
    expect(await ask('clipboard-sanitized-write')).toBe(true);
    expect(await ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(rec.permCheck!(null, 'geolocation', 'app://punchlist')).toBe(false);

    const wc = win().webContents;
    const prevented = (ev: string, url: string) => {
      let p = false;
      wc.events.get(ev)!({ preventDefault: () => (p = true) }, url);
      return p;
    };
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-navigate', 'app://punchlist/index.html#x')).toBe(false);
    expect(prevented('will-redirect', 'https://evil.example/')).toBe(true);
    expect(prevented('will-attach-webview', 'about:blank')).toBe(true);
    expect(wc.openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(wc.openHandler!({ url: 'app://punchlist/index.html' })).toEqual({ action: 'deny' });
  });

  it('has a menu with working items only: File > Import… ingests into the current project; the window hears of the change', async () => {
    const menu = rec.menu!;
    const labels = menu.map((m) => m.label ?? m.role);
    expect(labels).toEqual(
      process.platform === 'darwin'
        ? ['Punchlist', 'File', 'Edit', 'View', 'Window', 'help']
        : ['File', 'Edit', 'View', 'Window', 'help'],
    );
    const file = menu.find((m) => m.label === 'File')!.submenu as Array<Record<string, unknown>>;
    // File > Export (issue 5): every format the core renders
    const exportMenu = file.find((i) => i.label === 'Export')!;
    expect((exportMenu.submenu as Array<{ label: string }>).map((i) => i.label)).toEqual([
      'Markdown Fix Plan…',
      'CSV…',
      'JSON (Re-importable)…',
      'HTML…',
      'PDF…',
      'SARIF 2.1.0…',
    ]);
    const view = (menu.find((m) => m.label === 'View')!.submenu as Array<Record<string, unknown>>).map((i) => i.role ?? i.type);
    expect(view).toContain('toggleDevTools'); // dev (unpackaged) only
    expect(view).toContain('togglefullscreen');

    // the renderer worked in this project, so the import goes there
    const created = await call('projects.create', { name: 'Wiring' });
    expect(created.ok).toBe(true);
    const projectId = created.value.id as number;
    const sarif = join(work, 'scan.sarif');
    writeFileSync(
      sarif,
      JSON.stringify({
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'semgrep', rules: [{ id: 'js.xss', shortDescription: { text: 'XSS' } }] } },
            results: [
              {
                ruleId: 'js.xss',
                level: 'error',
                message: { text: 'User input flows into innerHTML' },
                locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.ts' }, region: { startLine: 3 } } }],
              },
            ],
          },
        ],
      }),
    );
    rec.openDialogResult = { canceled: false, filePaths: [sarif] };
    rec.messageBoxes.length = 0;
    win().webContents.sent.length = 0;
    const importItem = (menu.find((m) => m.label === 'File')!.submenu as Array<Record<string, unknown>>).find((i) =>
      String(i.label).startsWith('Import'),
    )!;
    (importItem.click as Fn)();
    await expect.poll(() => win().webContents.sent, { timeout: 10_000 }).toEqual(['punchlist:changes']);
    expect(rec.messageBoxes).toEqual([]); // no failure dialog
    const reports = await call('reports.list', { projectId });
    expect(reports.ok).toBe(true);
    expect(reports.value.map((r: { sourcePath: string }) => r.sourcePath)).toEqual([sarif]);

    // issue 19: the next run of the same scanner (same tool and file name, another folder, the
    // result 2 lines down): the menu asks once, then updates the report instead of adding a copy
    const next = join(work, 'run-2', 'scan.sarif');
    mkdirSync(join(work, 'run-2'), { recursive: true });
    writeFileSync(next, readFileSync(sarif, 'utf8').replace('"startLine":3', '"startLine":5'));
    rec.openDialogResult = { canceled: false, filePaths: [next] };
    rec.nextResponse = 0; // Update
    win().webContents.sent.length = 0;
    (importItem.click as Fn)();
    await expect.poll(() => win().webContents.sent, { timeout: 10_000 }).toEqual(['punchlist:changes']);
    expect(rec.messageBoxes).toHaveLength(1);
    expect(rec.messageBoxes[0]).toMatchObject({ type: 'question', buttons: ['Update', 'Import as new reports', 'Cancel'] });
    expect(String(rec.messageBoxes[0].detail)).toContain('0 new, 0 gone, 1 moved, 0 unchanged');
    const after = await call('reports.list', { projectId });
    expect(after.value.map((r: { sourcePath: string }) => r.sourcePath)).toEqual([next]);
    const cards = await call('findings.list', { projectId });
    expect(cards.value.map((c: { primaryLine: number }) => c.primaryLine)).toEqual([5]);
    rec.messageBoxes.length = 0;

    // File > Export > Markdown writes the current project's fix plan where the user said
    const out = join(work, 'plan.md');
    rec.saveDialogResult = { canceled: false, filePath: out };
    ((exportMenu.submenu as Array<Record<string, unknown>>)[0].click as Fn)();
    await expect.poll(() => existsSync(out), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => readFileSync(out, 'utf8'), { timeout: 10_000 }).toContain('# Fix plan: Wiring');
    expect(readFileSync(out, 'utf8')).toContain('**high** · XSS · at src/a.ts:5');

    // File > Export > PDF prints the HTML export in a hidden window with JavaScript off, then drops it
    const pdf = join(work, 'plan.pdf');
    rec.saveDialogResult = { canceled: false, filePath: pdf };
    const before = rec.windows.length;
    const pdfItem = (exportMenu.submenu as Array<Record<string, unknown>>).find((i) => i.label === 'PDF…')!;
    (pdfItem.click as Fn)();
    await expect.poll(() => existsSync(pdf), { timeout: 10_000 }).toBe(true);
    // (the file exists once writeFile opens it; its bytes follow)
    await expect.poll(() => readFileSync(pdf, 'utf8'), { timeout: 10_000 }).toBe('%PDF-1.7 stand-in');
    expect(rec.windows.length).toBe(before + 1);
    const printer = rec.windows[before];
    const prefs = printer.options.webPreferences as Record<string, unknown>;
    expect(printer.options.show).toBe(false);
    expect(prefs).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(prefs.preload).toBeUndefined();
    expect(printer.url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    const html = Buffer.from(printer.url.slice(printer.url.indexOf(',') + 1), 'base64').toString('utf8');
    expect(html).toContain('Wiring');
    expect(html).not.toMatch(/<script/i);
    expect(rec.printed).toHaveLength(1);
    expect(rec.destroyed).toBe(1);
  });

  it("refuses from the renderer what takes a filesystem path; File > Restore… keeps its own, after confirming", async () => {
    const forbidden = { ok: false, error: { code: 'forbidden' } };
    const project = await call('projects.create', { name: 'Paths' });
    expect(project.ok).toBe(true);
    const projectId = project.value.id as number;
    const report = join(work, 'elsewhere.md');
    writeFileSync(report, '# Review\n\n### BUG-1: Token leaked\n- **Severity:** High\n');
    const backup = await call('backup.create', {});
    expect(backup.ok).toBe(true);
    const later = await call('projects.create', { name: 'Made after the backup' });
    expect(later.ok).toBe(true);
    const projectNames = async () => ((await call('projects.list', {})).value as Array<{ name: string }>).map((p) => p.name);
    const before = await projectNames();
    expect(before).toContain('Made after the backup');

    // a compromised renderer names files: refused before the core sees them
    expect(await call('ingest.paths', { projectId, paths: [report] })).toMatchObject(forbidden);
    expect(await call('ingest.paths', { projectId, paths: ['/etc/passwd'] })).toMatchObject(forbidden);
    expect(await call('backup.restore', { file: backup.value.file })).toMatchObject(forbidden);
    expect(await call('reingest.preview', { projectId, path: report })).toMatchObject(forbidden);
    expect(await call('reingest.apply', { projectId, reportId: 1, path: report })).toMatchObject(forbidden);
    expect(await call('reingest.preview', { projectId, path: report, name: 'a.md', base64: '' })).toMatchObject(forbidden);
    expect((await call('reports.list', { projectId })).value).toEqual([]);
    expect(await projectNames()).toEqual(before); // not restored
    expect(rec.messageBoxes.filter((m) => m.message === 'Replace the database with this backup?')).toEqual([]);

    // the bytes variants are what the renderer uses
    const base64 = readFileSync(report).toString('base64');
    expect(await call('reingest.preview', { projectId, name: 'elsewhere.md', base64 })).toMatchObject({ ok: true, value: { previous: null } });
    expect(await call('ingest.bytes', { projectId, name: 'elsewhere.md', base64 })).toMatchObject({ ok: true, value: { ok: true, added: 1 } });

    // File > Restore…: the main process's own dialog supplies the path, after the user confirms
    const file = rec.menu!.find((m) => m.label === 'File')!.submenu as Array<Record<string, unknown>>;
    rec.openDialogResult = { canceled: false, filePaths: [backup.value.file] };
    rec.nextResponse = 0; // Restore
    win().webContents.sent.length = 0;
    (file.find((i) => i.label === 'Restore…')!.click as Fn)();
    await expect.poll(() => win().webContents.sent, { timeout: 10_000 }).toEqual(['punchlist:changes']);
    expect(rec.messageBoxes.map((m) => m.message)).toContain('Replace the database with this backup?');
    expect(await projectNames()).not.toContain('Made after the backup');
  });

  const PG_WHY = pgUnavailable();
  if (PG_WHY) console.warn(`File > Open Team Database… wiring test skipped: ${PG_WHY}`);
  it.skipIf(PG_WHY !== null)(
    'File > Open Team Database… moves the core to PostgreSQL (password via safeStorage only) and Open Local Database back',
    async () => {
      const cluster = await startCluster();
      try {
        const withPassword = await cluster.createDatabase({ name: 'lead_erin', password: 'erin p@ss' });
        const bare = withPassword.replace(/:[^:@/]*@/, '@');
        rec.userData = join(work, 'userData');
        const settings = join(rec.userData, 'settings.json');
        const fileMenu = () => rec.menu!.find((m) => m.label === 'File')!.submenu as Array<{ label?: string; enabled?: boolean; click?: Fn }>;
        const item = (label: string) => fileMenu().find((i) => i.label === label)!;
        const promptHtml = (w: FakeWindow) => Buffer.from(w.url.replace(/^data:text\/html;charset=utf-8;base64,/, ''), 'base64').toString('utf8');
        /** answers the prompt window the item opened, as its form's GET navigation would */
        const answer = async (nth: number, form: Record<string, string>) => {
          await expect.poll(() => rec.windows.length, { timeout: 5000 }).toBe(nth + 1);
          const prompt = rec.windows[nth];
          rec.windows[nth].webContents.events.get('will-navigate')!({ preventDefault: () => undefined }, `${SUBMIT_URL}?${new URLSearchParams(form)}`);
          return prompt;
        };
        const windowsBefore = rec.windows.length;
        const firstCore = rec.utility[0].child;
        expect(item('Open Local Database').enabled).toBe(false);

        item('Open Team Database…').click!();
        const prompt = await answer(windowsBefore, { url: bare, password: 'wrong-pw-7', action: 'connect' });
        expect(prompt.options).toMatchObject({ modal: true, webPreferences: { javascript: false, sandbox: true, contextIsolation: true } });
        expect(prompt.options.webPreferences).not.toHaveProperty('preload');
        // a refused login: the form again, saying why, with the URL kept; nothing switched or saved
        const again = await answer(windowsBefore + 1, { url: bare, password: 'erin p@ss', action: 'connect' });
        expect(promptHtml(again)).toContain('Could not connect');
        expect(promptHtml(again)).toContain(`value="${bare}"`);
        expect(promptHtml(again)).not.toContain('wrong-pw-7');
        expect(existsSync(settings)).toBe(false);
        await expect.poll(() => item('Open Local Database').enabled, { timeout: 20_000 }).toBe(true);
        await expect.poll(() => firstCore.exitCode, { timeout: 10_000 }).toBe(0); // the previous core closed
        expect(rec.reloads).toBe(1);

        // the window's calls now reach the team database
        expect(await call('projects.create', { name: 'Team board' })).toMatchObject({ ok: true });
        const check = new pg.Client({ connectionString: withPassword });
        await check.connect();
        try {
          expect((await check.query('SELECT name FROM projects')).rows).toContainEqual({ name: 'Team board' });
        } finally {
          await check.end();
        }
        // remembered: the URL without the password, the password only as ciphertext
        const raw = readFileSync(settings, 'utf8');
        expect(raw).not.toContain('erin p@ss');
        expect(raw).not.toContain(encodeURIComponent('erin p@ss'));
        expect(JSON.parse(raw).teamDatabase).toEqual({ url: bare, passwordEncrypted: expect.any(String) });

        item('Open Local Database').click!();
        await expect.poll(() => item('Open Local Database').enabled, { timeout: 20_000 }).toBe(false);
        expect(JSON.parse(readFileSync(settings, 'utf8'))).toEqual({});
        const local = await call('projects.list', {});
        expect(local.ok && local.value.map((p: { name: string }) => p.name)).not.toContain('Team board');

        // no encrypted storage (on Linux: Chromium's 'basic_text' fallback counts as none): connects
        // for the session, says so, remembers the URL only
        if (process.platform === 'linux') rec.storageBackend = 'basic_text';
        else rec.encryption = false;
        item('Open Team Database…').click!();
        await expect.poll(() => rec.windows.length, { timeout: 5000 }).toBe(windowsBefore + 3);
        expect(promptHtml(rec.windows[windowsBefore + 2])).toContain('never saved');
        await answer(windowsBefore + 2, { url: bare, password: 'erin p@ss', action: 'connect' });
        await expect.poll(() => rec.messageBoxes.at(-1)?.message, { timeout: 20_000 }).toBe('Connected; the password was not saved');
        expect(JSON.parse(readFileSync(settings, 'utf8'))).toEqual({ teamDatabase: { url: bare } });
        const team = await call('projects.list', {});
        expect(team.ok && team.value.map((p: { name: string }) => p.name)).toContain('Team board');

        item('Open Local Database').click!();
        await expect.poll(() => item('Open Local Database').enabled, { timeout: 20_000 }).toBe(false);
      } finally {
        rec.encryption = true;
        rec.storageBackend = 'gnome_libsecret';
        cluster.stop();
      }
    },
    120_000,
  );

  it('closes the core on quit: the core process ends', async () => {
    const child = rec.utility[rec.utility.length - 1].child;
    rec.appEvents.get('will-quit')!({});
    expect(await call('projects.list', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    await expect.poll(() => child.exitCode, { timeout: 10_000 }).toBe(0);
  });
});
