// The service worker (ADR 11, ADR 17): served at /sw.js so its scope is the whole site. The server writes the
// build's version below; a new build is a new worker, which deletes the caches of the old one when it takes over.
const VERSION = "__BUILD_VERSION__";
const CACHE = `glutecoach-${VERSION}`;
// Pages that work offline once visited: the public library (the list, an exercise, a routine; not the person's
// own routines) and the player of a routine. Never a finished session (its ratings) or other personal pages. The
// desk timer adds its own here.
const OFFLINE_PAGES = [/^\/routines$/, /^\/routines\/exercises\/[a-z0-9-]+$/, /^\/routines\/(?!mine$)[a-z0-9-]+$/];
// The player carries the signed-in person's form token and account id (ADR 17): kept for offline play, and
// dropped from the cache whenever someone signs in or out, so the next person on a shared device never gets it.
// The desk timer (ADR 18) too: it carries the form token and, signed in, the person's settings.
const PERSONAL_PAGES = [/^\/routines\/(?!mine\/)[a-z0-9-]+\/play$/, /^\/timer$/];
const SIGN_IN_OR_OUT = ["/sign-in", "/sign-out"];
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
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.method === "POST" && SIGN_IN_OR_OUT.includes(url.pathname)) {
    event.waitUntil(forgetPersonalPages()); // the network answers the post itself
    return;
  }
  if (request.method !== "GET") {
    return;
  }
  if (IMMUTABLE.some((prefix) => url.pathname.startsWith(prefix))) {
    event.respondWith(cacheFirst(request));
  } else if (keepsForOffline(url)) {
    event.respondWith(networkFirst(request));
  }
});

// A page asks to keep itself and what it needs (its modules, styles, drawings): on the first visit they loaded
// before this worker took control, so they were never seen here. Only what this worker would keep anyway is kept.
self.addEventListener("message", (event) => {
  if (event.data?.type !== "keep" || !Array.isArray(event.data.urls)) {
    return;
  }
  const wanted = event.data.urls.map((address) => new URL(address, self.location.origin))
    .filter((url) => url.origin === self.location.origin
      && (IMMUTABLE.some((prefix) => url.pathname.startsWith(prefix)) || keepsForOffline(url)));
  event.waitUntil(Promise.all(wanted.map((url) => keep(url.href)))
    .then((kept) => event.ports?.[0]?.postMessage({ kept: kept.filter(Boolean).length })));
});

// A click on the desk timer's "time to stand up" notification brings its page forward (or opens it).
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  event.waitUntil(self.clients.matchAll({ type: "window" }).then((windows) => {
    const timer = windows.find((client) => new URL(client.url).pathname === "/timer");
    return timer ? timer.focus() : self.clients.openWindow("/timer");
  }));
});

function keepsForOffline(url) {
  return [...OFFLINE_PAGES, ...PERSONAL_PAGES].some((page) => page.test(url.pathname));
}

async function keep(address) {
  try {
    if (await caches.match(address)) {
      return true;
    }
    const response = await fetch(address, { credentials: "same-origin" });
    if (response.ok && !response.redirected) {
      await (await caches.open(CACHE)).put(address, response);
      return true;
    }
  } catch (offline) {
    // Nothing to keep now; the next visit asks again.
  }
  return false;
}

async function forgetPersonalPages() {
  const cache = await caches.open(CACHE);
  const requests = await cache.keys();
  await Promise.all(requests.filter((request) => PERSONAL_PAGES.some((page) => page.test(new URL(request.url).pathname)))
    .map((request) => cache.delete(request)));
}

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

// Pages are fresh when online; the last copy serves when not. A page that sent us elsewhere (to sign in, say) is
// not kept under its own address.
async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected) {
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
