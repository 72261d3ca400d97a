// The Electron shell, end to end: launch the built app (Forge/Vite output in .vite/) on a temp
// database and check the window, the bridge and what the page can NOT reach.
// The Electron binary is downloaded from GitHub by electron's postinstall; where it is missing
// (offline installs, CI without it) these tests are skipped and the reason is printed.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAIN = join(ROOT, '.vite', 'build', 'main.cjs');
const PRELOAD = join(ROOT, '.vite', 'build', 'preload.cjs');
const RENDERER = join(ROOT, '.vite', 'renderer', 'main_window', 'index.html');

/**
 * The Electron executable, or why there is none. node_modules/electron/index.js (what
 * require('electron') runs) starts a download when the binary is missing — right for `npm start`
 * on a user's machine, not for a test run — so it is only required once its files are present.
 */
function findElectron(): { path: string; reason?: undefined } | { path?: undefined; reason: string } {
  const pkgDir = join(ROOT, 'node_modules', 'electron');
  const pathTxt = join(pkgDir, 'path.txt');
  if (!process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    if (!existsSync(pathTxt)) {
      return { reason: `no Electron binary (${pathTxt} is missing: electron's download from GitHub did not run or failed)` };
    }
    const bin = join(pkgDir, 'dist', readFileSync(pathTxt, 'utf8').trim());
    if (!existsSync(bin)) return { reason: `no Electron binary at ${bin}` };
  }
  let p: unknown;
  try {
    p = createRequire(import.meta.url)('electron');
  } catch (err) {
    return { reason: `require('electron') threw: ${String((err as Error)?.message ?? err).split('\n')[0]}` };
  }
  if (typeof p !== 'string') return { reason: `require('electron') did not return a path (got ${typeof p})` };
  if (!existsSync(p)) return { reason: `no Electron binary at ${p}` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'no display for Electron on Linux (DISPLAY/WAYLAND_DISPLAY unset); run under xvfb-run' };
  }
  return { path: p };
}

const found = findElectron();
const SKIP_REASON = found.reason ? `Electron e2e skipped: ${found.reason}` : '';
// printed from the test worker (not again from the runner process that only lists the tests)
if (SKIP_REASON && process.env.TEST_WORKER_INDEX !== undefined) console.log(SKIP_REASON);

async function buildShellIfStale(): Promise<void> {
  const newest = Math.max(...['electron', 'shared', 'core', 'db'].map((d) => newestMtime(join(ROOT, d))));
  const built = [MAIN, PRELOAD].every((f) => existsSync(f) && statSync(f).mtimeMs >= newest);
  if (built) return;
  const { build } = await import('vite');
  for (const config of ['vite.main.config.ts', 'vite.preload.config.ts']) {
    await build({ root: ROOT, configFile: join(ROOT, config), logLevel: 'warn' });
  }
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newestMtime(join(path, name)));
  return max;
}

test.describe('Electron shell', () => {
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let dir = '';

  test.beforeAll(async () => {
    if (!found.path) return;
    await buildShellIfStale();
    expect(existsSync(RENDERER), `${RENDERER} (vite build --config vite.renderer.config.ts)`).toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'punchlist-electron-'));
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (v !== undefined && k !== 'PUNCHLIST_DB' && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
    }
    app = await electron.launch({
      executablePath: found.path,
      // the project folder: Electron reads package.json ("main": ".vite/build/main.cjs", productName)
      args: [ROOT, '--db', join(dir, 'e2e.sqlite')],
      cwd: ROOT,
      env,
      timeout: 60_000,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('opens one window titled "Punchlist" on the app:// origin', async () => {
    test.skip(!found.path, SKIP_REASON);
    const info = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => ({ title: w.getTitle(), url: w.webContents.getURL() })),
    );
    expect(info).toHaveLength(1);
    expect(info[0].title).toBe('Punchlist');
    expect(info[0].url).toMatch(/^app:\/\/punchlist\//);
  });

  test('window.punchlist.call reaches the core (projects.list)', async () => {
    test.skip(!found.path, SKIP_REASON);
    const r = await page.evaluate(() => window.punchlist!.call('projects.list', {}));
    expect(r.ok).toBe(true);
    if (r.ok) expect(Array.isArray(r.value)).toBe(true);
    const info = await page.evaluate(() => window.punchlist!.call('meta.info', {}));
    expect(info.ok && info.value.dbPath.endsWith('e2e.sqlite')).toBe(true);
  });

  test('the page gets no Node, no ipcRenderer, and a narrow bridge', async () => {
    test.skip(!found.path, SKIP_REASON);
    const exposed = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
        Buffer: typeof w.Buffer,
        electron: typeof w.electron,
        ipcRenderer: typeof w.ipcRenderer,
        bridgeKeys: Object.keys(window.punchlist ?? {}).sort(),
      };
    });
    expect(exposed).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
      electron: 'undefined',
      ipcRenderer: 'undefined',
      bridgeKeys: ['call', 'onChange', 'onProgress'],
    });
  });

  test('unknown methods and disallowed links are refused as values', async () => {
    test.skip(!found.path, SKIP_REASON);
    const unknown = await page.evaluate(() =>
      (window.punchlist!.call as (m: string, i: unknown) => Promise<unknown>)('fs.readFile', { path: '/etc/passwd' }),
    );
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share']) {
      const r = await page.evaluate((u) => window.punchlist!.call('app.openExternal', { url: u }), url);
      expect(r, url).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // window.open is denied by the window open handler
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  });
});
