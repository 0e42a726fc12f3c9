// Installs the service worker (src/offline/service.worker.ts, built to sw.js): the app then opens and
// reads letters without a network, and everything it serves carries the Content-Security-Policy.
// Only in the built app: the dev server serves modules that change as they are edited.
export function registerOfflineCopy(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((error: unknown) => {
    // The app works without it (online, under the host's headers and the page's <meta> policy).
    console.warn('imr-lens could not be set up for offline use:', error instanceof Error ? error.message : error);
  });
}
