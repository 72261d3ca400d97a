import { startFollowingChanges } from './api/queries';
import { useStore } from './store';
import './styles.css';

// Startup (issues 8 and 17): the first paint is index.html's own "Loading…". This module is small (the
// store and the API client, no React DOM, no components): it asks the core for the projects and the
// current project's board at once, while the rest of the app (root.tsx: React DOM and every
// component, most of the code) loads and compiles beside those answers; React renders once both are
// in (one layout, not a shell, then a board, then its cards). An error is rendered the same way (the
// app shows it).
const root = document.getElementById('root');
// from the start: a write made while the first answers are on their way still makes them stale
startFollowingChanges();
const loaded = useStore
  .getState()
  .loadProjects()
  .catch((err: unknown) => console.error(err));
void Promise.all([import('./root'), loaded]).then(
  ([{ renderApp }]) => {
    if (root) renderApp(root);
  },
  (err: unknown) => {
    // the app's code itself could not be loaded: say so rather than "Loading…" for ever
    if (root) root.textContent = `Punchlist could not start: ${err instanceof Error ? err.message : String(err)}`;
  },
);
