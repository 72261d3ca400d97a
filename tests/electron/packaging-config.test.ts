// forge.config.ts (fuses, Vite builds, packager filter), electron-builder.yml (validated with
// electron-builder's own schema) and the icons in build/.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import forgeConfig, { ignoreFile } from '../../forge.config';

const root = join(__dirname, '..', '..');
const require = createRequire(import.meta.url);
// js-yaml ships no types; electron-builder itself reads its YAML config with it
const yaml = require('js-yaml') as { load(text: string): unknown };

type AnyPlugin = { name: string; config?: unknown; fusesConfig?: Record<string | number, unknown> };

describe('forge.config.ts', () => {
  const plugins = (forgeConfig.plugins ?? []) as unknown as AnyPlugin[];

  it('flips the security fuses', () => {
    const fuses = plugins.find((p) => p.name === 'fuses');
    expect(fuses, 'FusesPlugin').toBeDefined();
    const cfg = fuses!.fusesConfig!;
    expect(cfg.version).toBe(FuseVersion.V1);
    expect(cfg[FuseV1Options.RunAsNode]).toBe(false);
    expect(cfg[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(cfg[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(cfg[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(cfg[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(cfg[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(cfg[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('builds main, preload and the main_window renderer with Vite', () => {
    const vite = plugins.find((p) => p.name === 'vite');
    expect(vite, 'VitePlugin').toBeDefined();
    expect(vite!.config).toEqual({
      build: [
        { entry: 'electron/main.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'electron/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
        { entry: 'electron/core-process.ts', config: 'vite.core.config.ts', target: 'main' },
        { entry: 'core/worker/job-thread.ts', config: 'vite.core-job.config.ts', target: 'main' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    });
  });

  it('packages Punchlist with an asar that leaves native modules unpacked', () => {
    const p = forgeConfig.packagerConfig!;
    expect(p.name).toBe('Punchlist');
    expect(p.executableName).toBe('punchlist');
    expect(p.asar).toEqual({ unpack: '**/*.node' });
    expect(p.icon).toBe('build/icon');
    expect(forgeConfig.rebuildConfig).toMatchObject({ onlyModules: ['better-sqlite3'] });
  });

  it('copies only the Vite output, package.json and the native SQLite module', () => {
    const kept = [
      '',
      '/package.json',
      '/.vite',
      '/.vite/build/main.cjs',
      '/.vite/build/preload.cjs',
      '/.vite/build/core.cjs',
      '/.vite/build/core-job.cjs',
      '/.vite/renderer/main_window/index.html',
      '/node_modules',
      '/node_modules/better-sqlite3',
      '/node_modules/better-sqlite3/package.json',
      '/node_modules/better-sqlite3/lib/index.js',
      '/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      '/node_modules/better-sqlite3/binding.gyp',
      '/node_modules/better-sqlite3/src/better_sqlite3.cpp',
      '/node_modules/bindings/bindings.js',
      '/node_modules/file-uri-to-path/index.js',
    ];
    const dropped = [
      '/electron/main.ts',
      '/core/service/index.ts',
      '/renderer/src/main.tsx',
      '/node_modules/react/index.js',
      '/node_modules/zod/package.json',
      '/node_modules/better-sqlite3-other/index.js',
      '/node_modules/.bin/vite',
      '/node_modules/better-sqlite3/build/Release/obj.target/better_sqlite3/src/better_sqlite3.o',
      '/node_modules/better-sqlite3/build/Release/test_extension.node',
      '/out/Punchlist-linux-x64/punchlist',
      '/package-lock.json',
      '/.git/config',
      '/build/icon.png',
    ];
    for (const f of kept) expect(ignoreFile(f), f).toBe(false);
    for (const f of dropped) expect(ignoreFile(f), f).toBe(true);
  });

  it('the runtime modules it keeps are exactly what better-sqlite3 needs at run time', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'node_modules/better-sqlite3/package.json'), 'utf8'));
    const bindings = JSON.parse(readFileSync(join(root, 'node_modules/bindings/package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies).filter((d) => d !== 'prebuild-install')).toEqual(['bindings']);
    expect(Object.keys(bindings.dependencies)).toEqual(['file-uri-to-path']);
  });
});

describe('electron-builder.yml', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form YAML, checked by the schema test
  const cfg = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>;

  it('passes electron-builder’s own configuration schema', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = require('builder-util');
    await expect(validateConfiguration(cfg, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...cfg, linux: { ...cfg.linux, bogus: 1 } }, new DebugLogger(false))).rejects.toThrow();
  });

  it('has the targets and metadata the brief asks for', () => {
    expect(cfg.productName).toBe('Punchlist');
    expect(cfg.appId).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
    expect(cfg.directories.buildResources).toBe('build');
    expect(cfg.linux.target).toEqual(['AppImage', 'deb']);
    expect(cfg.linux.category).toBe('Development');
    expect(cfg.linux.maintainer).toBeTruthy();
    expect(cfg.mac.target).toEqual(['dmg']);
    expect(cfg.mac.category).toBe('public.app-category.developer-tools');
    expect(cfg.mac.hardenedRuntime).toBe(true);
    expect(existsSync(join(root, cfg.mac.entitlements))).toBe(true);
    expect(cfg.win.target).toEqual(['nsis']);
    expect(cfg.asarUnpack).toEqual(['**/*.node']);
    expect(cfg.npmRebuild).toBe(false);
  });

  it('looks for the binary Forge produced (--prepackaged)', () => {
    expect(cfg.linux.executableName).toBe(forgeConfig.packagerConfig!.executableName);
    expect(cfg.win.executableName).toBe(forgeConfig.packagerConfig!.executableName);
    expect(cfg.productName).toBe(forgeConfig.packagerConfig!.name);
  });

  it('the entitlements grant JIT only', () => {
    const plist = readFileSync(join(root, 'build/entitlements.mac.plist'), 'utf8');
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
  });
});

describe('icons', () => {
  const pngSize = (file: string) => {
    const b = readFileSync(join(root, file));
    expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
    return [b.readUInt32BE(16), b.readUInt32BE(20)];
  };
  it('build/icon.png is a real 1024×1024 PNG and the Linux set has 512×512', () => {
    expect(pngSize('build/icon.png')).toEqual([1024, 1024]);
    expect(pngSize('build/icons/512x512.png')).toEqual([512, 512]);
    expect(pngSize('build/icons/256x256.png')).toEqual([256, 256]);
  });
  it('build/icon.icns and build/icon.ico are well-formed containers', () => {
    const icns = readFileSync(join(root, 'build/icon.icns'));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let o = 8; o < icns.length; o += icns.readUInt32BE(o + 4)) types.push(icns.subarray(o, o + 4).toString('ascii'));
    expect(types).toEqual(expect.arrayContaining(['ic09', 'ic10']));
    const ico = readFileSync(join(root, 'build/icon.ico'));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5);
    expect(ico[6 + 16 * (ico.readUInt16LE(4) - 1)]).toBe(0); // last entry is 256px (stored as 0)
  });
});
