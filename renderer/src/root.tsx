// The app itself, rendered by main.tsx once the first answers are in (loaded beside them: startup, issue 17).
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './api/queries';
import { App } from './components/app';

export function renderApp(root: HTMLElement): void {
  const app = createRoot(root);
  // the first render at once, in this task (not in the scheduler's next ones): nothing else is waiting
  flushSync(() =>
    app.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
}
