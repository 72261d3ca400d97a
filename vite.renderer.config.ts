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
 * that chunk, the chunks it imports and its styles too, so they are fetched beside the entry instead
 * of after it (the entry's import then finds them there).
 */
const preloadApp: Plugin = {
  name: 'punchlist-preload-app',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(_html, ctx) {
      const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
      const app = chunks.find((c) => c.facadeModuleId === resolve(here, 'renderer/src/root.tsx'));
      if (!app) return [];
      const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
      const scripts = [app.fileName, ...app.imports.filter((f) => !entries.has(f))];
      const styles = [...(app.viteMetadata?.importedCss ?? [])];
      return [
        ...scripts.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const })),
        ...styles.map((f) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const })),
      ];
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
