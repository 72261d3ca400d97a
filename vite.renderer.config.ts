// Builds the renderer (React) into .vite/renderer/main_window: loaded by the Electron shell and by the serve host.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The dev server (`npm start`) needs an inline React-refresh preamble and a websocket for HMR,
 * which the production CSP in index.html forbids: drop that meta tag in dev only.
 */
const devCsp: Plugin = {
  name: 'punchlist-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

export default defineConfig({
  root: resolve(here, 'renderer'),
  base: './',
  plugins: [react(), devCsp],
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
