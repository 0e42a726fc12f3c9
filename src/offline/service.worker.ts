// The service worker: the app works offline after its first visit, and everything it serves carries
// the Content-Security-Policy, so the policy binds the page and every worker (a worker takes its
// policy from its script's response, not from the page's <meta> tag) on any static host, whatever
// headers that host sends. Built into dist/sw.js by scripts/vite/offline-plugin.ts, which fills in
// the files to cache and the cache's name.
declare const self: ServiceWorkerGlobalScope;
declare const __PRECACHE__: string[];
declare const __CACHE_NAME__: string;
declare const __CONTENT_SECURITY_POLICY__: string;
export {};

const CACHE_PREFIX = 'imr-lens-';
/** The app's folder (it can be served from any folder). */
const SCOPE = new URL('./', self.location.href);
const PAGE = new URL('index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(__CACHE_NAME__);
      // Past the HTTP cache, so the files cached are this build's.
      await cache.addAll(__PRECACHE__.map((path) => new Request(new URL(path, SCOPE), { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // The build before this one stays: a tab still open on it may yet load one of its chunks (Insights,
      // the source view). Older ones go. (caches.keys() lists caches in the order they were made.)
      const ours = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== __CACHE_NAME__);
      for (const name of ours.slice(0, -1)) await caches.delete(name);
      // Open pages (and the workers they start from now on) are served from here at once.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  // Another origin is never reached (the policy blocks it before it gets here); only GETs are cached.
  if (url.origin !== self.location.origin || event.request.method !== 'GET') return;
  event.respondWith(respond(event.request, url));
});

/** A visit to the app's folder (with its view in the query: ?q=…) is the page. */
function isPage(request: Request, url: URL): boolean {
  return request.mode === 'navigate' && (url.pathname === SCOPE.pathname || url.href.split(/[?#]/)[0] === PAGE);
}

async function respond(request: Request, url: URL): Promise<Response> {
  const cache = await caches.open(__CACHE_NAME__);
  const cached =
    (await cache.match(isPage(request, url) ? PAGE : request, { ignoreSearch: true })) ??
    (await caches.match(request, { ignoreSearch: true }));
  if (cached) return withPolicy(cached);
  try {
    return withPolicy(await fetch(request));
  } catch {
    return withPolicy(new Response('imr-lens is offline and this file was not saved for offline use.', { status: 503 }));
  }
}

/** The response with the policy header (an opaque or error response has no headers to add to). */
function withPolicy(response: Response): Response {
  if (response.type !== 'basic' && response.type !== 'default') return response;
  const headers = new Headers(response.headers);
  headers.set('Content-Security-Policy', __CONTENT_SECURITY_POLICY__);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
