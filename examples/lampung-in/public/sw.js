/*
 * The app's service worker: the app shell offline, and (in mock mode) msw's mock back end, in one
 * scope. `sw-build.js` is written by the build (build/pwa.ts): the version, the files to precache,
 * the API prefix, and whether to run msw's worker.
 *
 * - Navigations: network first, the cached index.html when the network fails, so a reload works
 *   offline (the app routes /m/... itself).
 * - Other same-origin GETs outside the API: the cache first (precached, hashed assets), else the
 *   network.
 * - Everything else (the API, other origins) is left alone: to msw's worker in mock mode, which
 *   answers from the page, or to the network.
 */
importScripts('/sw-build.js');

const BUILD = self.GERBANG_BUILD;
const CACHE = `gerbang-${BUILD.version}`;
const PRECACHED = new Set(BUILD.precache);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(BUILD.precache))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('gerbang-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

/** Answers the request, and keeps msw's listener (registered after this one) out of it. */
function respond(event, response) {
  event.respondWith(response);
  event.stopImmediatePropagation();
}

async function navigate(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await caches.match(BUILD.shell, { cacheName: CACHE });
    if (shell !== undefined) return shell;
    throw error;
  }
}

async function cacheFirst(request) {
  // Module scripts carry an Origin header; the precache requests did not (vite preview answers Vary: Origin).
  const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: true, ignoreVary: true });
  return cached ?? fetch(request);
}

// Registered before msw's worker is imported, so that this listener runs first.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith(BUILD.apiPrefix)) return;
  if (request.mode === 'navigate') respond(event, navigate(request));
  else if (PRECACHED.has(url.pathname)) respond(event, cacheFirst(request));
  else respond(event, fetch(request));
});

if (BUILD.mock) {
  // msw's worker unregisters itself when its last page closes; here it is also the app's worker,
  // which must stay to serve the app offline.
  Object.defineProperty(self.registration, 'unregister', { value: () => Promise.resolve(false) });
  importScripts('/mockServiceWorker.js');
}
