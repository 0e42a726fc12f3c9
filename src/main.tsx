import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import { initTheme } from './app/theme.ts';
import { registerOfflineCopy } from './app/register-offline.ts';
import { startUrlSync } from './app/url-view.ts';
import { startSession } from './session/persist-session.ts';
import './app/app.css';
import './app/reflow.css';

// Before the first paint, so a dark system never flashes a light page.
initTheme();
// An error the boundary catches is handled (the user is shown a way out), so it is logged as a warning
// for a bug report, not as an error; nothing is sent anywhere.
createRoot(document.getElementById('root')!, {
  onCaughtError: (error, info) => console.warn('imr-lens stopped drawing the page:', error, info.componentStack),
}).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
void startSession().then(startUrlSync);
registerOfflineCopy();
// The benchmark's build only (bench/table.ts); a production build drops this branch and the module.
if (import.meta.env.MODE === 'bench') void import('./app/bench-hooks.ts').then((hooks) => hooks.exposeBenchHooks());
