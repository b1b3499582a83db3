// The service worker (ADR 11): served at /sw.js so its scope is the whole site. The server writes the build's
// version below; a new build is a new worker, which deletes the caches of the old one when it takes over.
const VERSION = "__BUILD_VERSION__";
const CACHE = `glutecoach-${VERSION}`;
// Pages that work offline once visited: only the public library (the list, an exercise, a routine), never a
// person's own pages (the player carries their form token; a finished session their ratings), so a shared device
// never shows one person's pages to the next. The desk timer adds its own here.
const OFFLINE_PAGES = [/^\/routines$/, /^\/routines\/exercises\/[a-z0-9-]+$/, /^\/routines\/[a-z0-9-]+$/];
const IMMUTABLE = ["/modules/", "/assets/", "/webjars/"];

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key.startsWith("glutecoach-") && key !== CACHE)
      .map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (IMMUTABLE.some((prefix) => url.pathname.startsWith(prefix))) {
    event.respondWith(cacheFirst(request));
  } else if (OFFLINE_PAGES.some((page) => page.test(url.pathname))) {
    event.respondWith(networkFirst(request));
  }
});

// Versioned addresses never change, so the cached copy is always right.
async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.ok) {
    (await caches.open(CACHE)).put(request, response.clone());
  }
  return response;
}

// Pages are fresh when online; the last copy serves when not.
async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      (await caches.open(CACHE)).put(request, response.clone());
    }
    return response;
  } catch (offline) {
    const cached = await caches.match(request);
    if (cached) {
      return cached;
    }
    throw offline;
  }
}
