// The Vite builds of the main process and the preload succeed with the real configs, and their
// output has the shape Electron needs: CommonJS .cjs files, Electron and the native better-sqlite3
// left external in main, nothing but 'electron' required by the sandboxed preload.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build } from 'vite';

const root = join(__dirname, '..', '..');
let outDir = '';
let main = '';
let preload = '';

function requires(src: string): string[] {
  return [...new Set([...src.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))].sort();
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'punchlist-vite-'));
  for (const config of ['vite.main.config.ts', 'vite.preload.config.ts']) {
    await build({ root, configFile: join(root, config), logLevel: 'warn', build: { outDir, emptyOutDir: false } });
  }
  main = readFileSync(join(outDir, 'main.cjs'), 'utf8');
  preload = readFileSync(join(outDir, 'preload.cjs'), 'utf8');
  return () => rmSync(outDir, { recursive: true, force: true });
}, 240_000);

describe('vite build (main, preload)', () => {
  it('main.cjs is CommonJS and requires better-sqlite3 and electron from outside the bundle', () => {
    expect(main).not.toMatch(/^\s*import\s.+from\s/m);
    expect(main).not.toMatch(/^\s*export\s/m);
    const req = requires(main);
    expect(req).toContain('better-sqlite3');
    expect(req).toContain('electron');
    // everything else that is not a Node built-in is bundled (kysely, zod, remark, …)
    const builtins = new Set(builtinModules);
    const foreign = req.filter((r) => r !== 'electron' && r !== 'better-sqlite3' && !builtins.has(r.replace(/^node:/, '')));
    expect(foreign).toEqual([]);
  });

  it('main.cjs has the standalone renderer name and no dev server URL baked in', () => {
    expect(main).not.toContain('MAIN_WINDOW_VITE_DEV_SERVER_URL');
    expect(main).not.toMatch(/localhost:\d+/);
    expect(main).toContain('"main_window"');
    expect(main).toContain('punchlist:api');
  });

  it('preload.cjs is one CommonJS file that requires only electron', () => {
    expect(requires(preload)).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld');
    expect(preload).toContain('punchlist:api');
    expect(preload).not.toMatch(/^\s*import\s.+from\s/m);
  });
});
