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
let coreProcess = '';
let coreJob = '';

function requires(src: string): string[] {
  return [...new Set([...src.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))].sort();
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'punchlist-vite-'));
  for (const config of ['vite.main.config.ts', 'vite.preload.config.ts', 'vite.core.config.ts', 'vite.core-job.config.ts']) {
    await build({ root, configFile: join(root, config), logLevel: 'warn', build: { outDir, emptyOutDir: false } });
  }
  main = readFileSync(join(outDir, 'main.cjs'), 'utf8');
  preload = readFileSync(join(outDir, 'preload.cjs'), 'utf8');
  coreProcess = readFileSync(join(outDir, 'core.cjs'), 'utf8');
  coreJob = readFileSync(join(outDir, 'core-job.cjs'), 'utf8');
  return () => rmSync(outDir, { recursive: true, force: true });
}, 240_000);

describe('vite build (main, preload)', () => {
  it('main.cjs is CommonJS and requires electron from outside the bundle; the core is not in it', () => {
    expect(main).not.toMatch(/^\s*import\s.+from\s/m);
    expect(main).not.toMatch(/^\s*export\s/m);
    const req = requires(main);
    expect(req).toContain('electron');
    // the core (SQLite, the parsers) runs in the utility process, not here
    expect(req).not.toContain('better-sqlite3');
    expect(main).not.toContain('remark');
    const builtins = new Set(builtinModules);
    expect(req.filter((r) => r !== 'electron' && !builtins.has(r.replace(/^node:/, '')))).toEqual([]);
  });

  it('core.cjs (utility process) and core-job.cjs (its job thread) are CommonJS, require better-sqlite3 and not electron', () => {
    const builtins = new Set(builtinModules);
    for (const src of [coreProcess, coreJob]) {
      expect(src).not.toMatch(/^\s*import\s.+from\s/m);
      const req = requires(src);
      expect(req).toContain('better-sqlite3');
      // everything else that is not a Node built-in is bundled (kysely, zod, remark, …)
      expect(req.filter((r) => r !== 'better-sqlite3' && !builtins.has(r.replace(/^node:/, '')))).toEqual([]);
    }
    expect(coreProcess).toContain('parentPort');
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
    // narrow: no method list, no zod and no schemas (the main process checks the method against the
    // contract's registry, the core validates payloads); the change events come in on one channel
    expect(preload).toContain('punchlist:changes');
    expect(preload).not.toContain('findings.update');
    expect(preload).not.toMatch(/ZodError|safeParse/);
    expect(preload.length).toBeLessThan(8_000);
    expect(preload).not.toMatch(/^\s*import\s.+from\s/m);
  });
});

describe('the same configs as merged by @electron-forge/plugin-vite (electron-forge package)', () => {
  it('build main.cjs and preload.cjs with Forge’s base config underneath', async () => {
    // Forge's own config generator (loads each file with Forge's env, merges its base config over
    // ours); internal path, pinned by the exact @electron-forge/plugin-vite version in package.json.
    const { createRequire } = await import('node:module');
    const req = createRequire(import.meta.url);
    const Generator = req('@electron-forge/plugin-vite/dist/ViteConfig.js').default as new (
      config: unknown,
      dir: string,
      isProd: boolean,
    ) => { getBuildConfigs(): Promise<Array<import('vite').InlineConfig & { build: Record<string, unknown> }>> };
    const { default: forge } = await import('../../forge.config');
    const vite = (forge.plugins as unknown as Array<{ name: string; config: unknown }>).find((p) => p.name === 'vite')!;
    const configs = await new Generator(vite.config, root, true).getBuildConfigs();
    expect(configs).toHaveLength(4);
    const forgeOut = mkdtempSync(join(tmpdir(), 'punchlist-forge-vite-'));
    try {
      for (const c of configs) {
        expect(c.build.outDir).toBe('.vite/build');
        await build({ ...c, configFile: false, logLevel: 'error', build: { ...c.build, outDir: forgeOut } });
      }
      const fMain = readFileSync(join(forgeOut, 'main.cjs'), 'utf8');
      const fPreload = readFileSync(join(forgeOut, 'preload.cjs'), 'utf8');
      expect(requires(fMain)).not.toContain('better-sqlite3');
      expect(fMain).toContain('"main_window"');
      for (const f of ['core.cjs', 'core-job.cjs']) expect(requires(readFileSync(join(forgeOut, f), 'utf8'))).toContain('better-sqlite3');
      expect(requires(fPreload)).toEqual(['electron']);
    } finally {
      rmSync(forgeOut, { recursive: true, force: true });
    }
  }, 240_000);
});
