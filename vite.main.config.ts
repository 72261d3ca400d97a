// Vite build of the Electron main process → .vite/build/main.cjs (CommonJS: package.json has
// "type": "module", so the .cjs extension keeps Node/Electron from reading it as ESM).
// Works both under @electron-forge/plugin-vite (which merges its own base config over this one:
// outDir, externals, the MAIN_WINDOW_VITE_* defines, watch mode) and standalone:
//   npx vite build -c vite.main.config.ts
// Everything is bundled (core, kysely, zod, remark, …) except Electron, Node built-ins and the
// native better-sqlite3, which is loaded from node_modules (unpacked from the asar when packaged).
import { builtinModules } from 'node:module';
import { defineConfig, type ConfigEnv, type UserConfig } from 'vite';

export const NATIVE_EXTERNALS = ['better-sqlite3'];
export const NODE_EXTERNALS = [
  'electron',
  /^electron\/.+/,
  ...builtinModules.flatMap((m) => [m, `node:${m}`]),
];

/**
 * A CommonJS bundle of one entry for Electron's main side: the main process (main.cjs), the core's
 * utility process (core.cjs, vite.core.config.ts) and its job thread (core-job.cjs, same file).
 */
export function electronNodeBundle(entry: string, fileName: string) {
  return defineConfig((env: ConfigEnv): UserConfig => bundleConfig(env, entry, fileName));
}

export default electronNodeBundle('electron/main.ts', 'main.cjs');

function bundleConfig(env: ConfigEnv, entry: string, fileName: string): UserConfig {
  const underForge = 'forgeConfig' in env;
  const production = env.command === 'build';
  return {
    // Standalone only: Forge defines these itself (and must win in dev, where the URL is live).
    define: underForge
      ? {}
      : { MAIN_WINDOW_VITE_DEV_SERVER_URL: 'undefined', MAIN_WINDOW_VITE_NAME: JSON.stringify('main_window') },
    resolve: {
      // Node flavour of dependencies, not their browser builds.
      conditions: ['node'],
      mainFields: ['module', 'jsnext:main', 'jsnext'],
    },
    build: {
      outDir: '.vite/build',
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'node22',
      minify: false,
      sourcemap: production ? false : 'inline',
      reportCompressedSize: false,
      lib: {
        entry,
        formats: ['cjs'],
        fileName: () => fileName,
      },
      rolldownOptions: {
        external: [...NODE_EXTERNALS, ...NATIVE_EXTERNALS],
        output: { codeSplitting: false },
      },
    },
    clearScreen: false,
  };
}
