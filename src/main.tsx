import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { initTheme } from './app/theme.ts';
import { startUrlSync } from './app/url-view.ts';
import { startSession } from './session/persist-session.ts';
import './app/app.css';

// Before the first paint, so a dark system never flashes a light page.
initTheme();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
void startSession().then(startUrlSync);
