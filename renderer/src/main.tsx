import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient, startFollowingChanges } from './api/queries';
import { App } from './components/app';
import { useStore } from './store';
import './styles.css';

// Startup (issue 8): the first paint is index.html's own "Loading…"; the core is asked for the
// projects and the current project's board at once, and React renders once they are in (one layout,
// not a shell, then a board, then its cards). An error is rendered the same way (the app shows it).
const root = document.getElementById('root');
// from the start: a write made while the first answers are on their way still makes them stale
startFollowingChanges();
void useStore
  .getState()
  .loadProjects()
  .catch((err: unknown) => console.error(err))
  .finally(() => {
    if (!root) return;
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </StrictMode>,
    );
  });
