// Builds the renderer (React) into .vite/renderer/main_window: loaded by the Electron shell and by the serve host.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: resolve(here, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(here, '.vite/renderer/main_window'),
    emptyOutDir: true,
    // no inline scripts or data: URLs: the page runs under script-src 'self'
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1' },
});
