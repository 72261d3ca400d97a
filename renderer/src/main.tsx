import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/app';
import { useStore } from './store';
import './styles.css';

// ask the core for the projects before React's first render, not from an effect after it (startup, issue 8)
void useStore.getState().loadProjects();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
