// Vite build of the preload script → .vite/build/preload.cjs: one CommonJS file, no chunks
// (sandboxed preloads cannot load ES modules or other local files). Only 'electron' stays
// external; the sandbox provides no other modules, so nothing from Node may be imported here.
// (Under Forge, rolldown notes that Forge's own `inlineDynamicImports` is superseded by
// `codeSplitting: false`; harmless.)
// Works under @electron-forge/plugin-vite and standalone: npx vite build -c vite.preload.config.ts
import { defineConfig, type UserConfig } from 'vite';

export default defineConfig((): UserConfig => ({
  build: {
    outDir: '.vite/build',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'chrome140',
    reportCompressedSize: false,
    rolldownOptions: {
      input: { preload: 'electron/preload.ts' },
      external: ['electron', /^electron\/.+/],
      output: {
        format: 'cjs',
        codeSplitting: false,
        entryFileNames: 'preload.cjs',
        chunkFileNames: 'preload-[name].cjs',
        assetFileNames: '[name].[ext]',
      },
    },
  },
  clearScreen: false,
}));
