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

/**
 * Startup (issue 17): the entry (renderer/src/main.tsx) is small and imports the app (root.tsx: React
 * DOM and the components) itself once it has asked the core for the first answers; index.html names
 * that chunk too, so it is fetched and compiled beside the entry instead of after it.
 */
const preloadApp: Plugin = {
  name: 'punchlist-preload-app',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(_html, ctx) {
      const app = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId === resolve(here, 'renderer/src/root.tsx'));
      return app ? [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${app.fileName}` }, injectTo: 'head' }] : [];
    },
  },
};

export default defineConfig({
  root: resolve(here, 'renderer'),
  base: './',
  plugins: [react(), devCsp, preloadApp],
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
