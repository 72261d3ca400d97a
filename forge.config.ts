// Electron Forge: `npm start` (Vite dev servers + Electron) and `npm run package`
// (→ out/Punchlist-<platform>-<arch>/). Installers are made from that folder by electron-builder
// (`npm run dist`, electron-builder.yml), so there are no Forge makers here.
import type { ForgeConfig } from '@electron-forge/shared-types';
import { VitePlugin } from '@electron-forge/plugin-vite';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** Runtime node_modules the bundled main process still needs: the native SQLite binding. */
export const RUNTIME_MODULES = ['better-sqlite3', 'bindings', 'file-uri-to-path'];

/**
 * electron-packager copy filter (true = leave out). The Vite plugin's own filter keeps only /.vite,
 * which would drop the native better-sqlite3 that vite.main.config.ts leaves external; this keeps
 * /.vite, /package.json and the runtime modules above (the whole better-sqlite3 package, so Forge
 * can rebuild it for Electron in the build folder), minus compiler intermediates.
 * `file` is relative to the project folder and starts with '/'.
 */
export function ignoreFile(file: string): boolean {
  if (!file) return false;
  const f = file.replace(/\\/g, '/');
  if (f === '/package.json') return false;
  if (f === '/.vite' || f.startsWith('/.vite/')) return false;
  if (f === '/node_modules') return false;
  for (const m of RUNTIME_MODULES) {
    const root = `/node_modules/${m}`;
    if (f === root) return false;
    if (f.startsWith(`${root}/`)) {
      const rest = f.slice(root.length + 1);
      if (/^build\/Release\/(obj|obj\.target|\.deps)(\/|$)/.test(rest)) return true;
      if (/^build\/Release\/(test_extension\.node|sqlite3\.a)$/.test(rest)) return true;
      if (/^build\/(deps|Makefile|config\.gypi|.*\.mk)(\/|$)/.test(rest)) return true;
      return false;
    }
  }
  return true;
}

// macOS signing/notarization happen here, not in electron-builder: `electron-builder --prepackaged`
// skips its signing step. Opt-in, so unsigned local packages still build.
const macIdentity = process.env.PUNCHLIST_MAC_SIGN_IDENTITY;
const notaryProfile = process.env.PUNCHLIST_NOTARY_KEYCHAIN_PROFILE;

const config: ForgeConfig = {
  packagerConfig: {
    name: 'Punchlist',
    executableName: 'punchlist',
    appBundleId: 'dev.punchlist.app',
    appCategoryType: 'public.app-category.developer-tools',
    // better-sqlite3's .node must live outside the asar to be dlopen()ed.
    asar: { unpack: '**/*.node' },
    // build/icon.png (Linux) → electron-packager picks build/icon.icns / build/icon.ico on
    // macOS / Windows when present; electron-builder makes those from build/icon.png for installers.
    icon: 'build/icon',
    ignore: ignoreFile,
    prune: true,
    ...(macIdentity
      ? {
          osxSign: {
            identity: macIdentity,
            optionsForFile: () => ({ hardenedRuntime: true, entitlements: 'build/entitlements.mac.plist' }),
          },
        }
      : {}),
    ...(macIdentity && notaryProfile ? { osxNotarize: { keychainProfile: notaryProfile } } : {}),
  },
  rebuildConfig: {
    // the only native module; rebuilt for Electron's ABI by `npm start` and when packaging
    onlyModules: ['better-sqlite3'],
  },
  makers: [],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'electron/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
        // the core runs in a utility process, its long work in a job thread (electron/core-process.ts)
        { entry: 'electron/core-process.ts', config: 'vite.core.config.ts', target: 'main' },
        { entry: 'core/worker/job-thread.ts', config: 'vite.core-job.config.ts', target: 'main' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    }),
    // Flipped in the packaged Electron binary at package time.
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      // The renderer is served from app://punchlist (protocol.handle), never from file://.
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    }),
  ],
};

export default config;
