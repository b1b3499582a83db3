// The service worker keeps the public library and the player for offline use, never a finished session or other
// personal pages, and drops the player whenever someone signs in or out (ADR 11, ADR 17).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import vm from "node:vm";

const ORIGIN = "https://coach.test";

/** The worker in a sandbox with an in-memory Cache Storage and a network that can be cut off. */
function worker({ online = true } = {}) {
  const listeners = {};
  const stores = new Map();
  const network = { online, fetched: [] };
  const keyOf = (request) => (typeof request === "string" ? request : request.url);
  const cacheOf = (name) => {
    if (!stores.has(name)) {
      const entries = new Map();
      stores.set(name, {
        entries,
        put: async (request, response) => { entries.set(keyOf(request), response); },
        match: async (request) => entries.get(keyOf(request)),
        keys: async () => [...entries.keys()].map((url) => ({ url })),
        delete: async (request) => entries.delete(keyOf(request)),
      });
    }
    return stores.get(name);
  };
  const caches = {
    open: async (name) => cacheOf(name),
    keys: async () => [...stores.keys()],
    delete: async (name) => stores.delete(name),
    match: async (request) => {
      for (const cache of stores.values()) {
        const hit = await cache.match(request);
        if (hit) {
          return hit;
        }
      }
      return undefined;
    },
  };
  const fetch = async (request) => {
    const url = keyOf(request);
    network.fetched.push(url);
    if (!network.online) {
      throw new TypeError("Failed to fetch");
    }
    const response = { ok: true, redirected: url.includes("redirect"), body: `page ${url} #${network.fetched.length}` };
    response.clone = () => ({ ...response });
    return response;
  };
  const self = {
    addEventListener: (type, listener) => { listeners[type] = listener; },
    location: { origin: ORIGIN }, skipWaiting() {}, clients: { claim: async () => {} },
  };
  vm.runInNewContext(readFileSync(new URL("../../../main/resources/offline/sw.js", import.meta.url), "utf8")
    .replace("__BUILD_VERSION__", "v1"), { self, URL, Promise, fetch, caches });

  /** Asks the worker for a page; resolves to its answer, or null when the worker lets the network answer. */
  const request = async (path, method = "GET") => {
    let answer = null;
    const waits = [];
    listeners.fetch({
      request: { method, url: `${ORIGIN}${path}` },
      respondWith: (response) => { answer = response; },
      waitUntil: (promise) => waits.push(promise),
    });
    await Promise.all(waits);
    return answer === null ? null : answer;
  };
  const message = async (data) => {
    const waits = [];
    let reply = null;
    listeners.message({ data, ports: [{ postMessage: (value) => { reply = value; } }],
      waitUntil: (promise) => waits.push(promise) });
    await Promise.all(waits);
    return reply;
  };
  const cached = async () => [...(cacheOf("glutecoach-v1").entries.keys())].map((url) => url.slice(ORIGIN.length));
  const activate = async () => {
    const waits = [];
    listeners.activate({ waitUntil: (promise) => waits.push(promise) });
    await Promise.all(waits);
  };
  return { request, message, activate, cached, network, caches };
}

test("the library, an exercise, a routine and the player are kept for offline use", async () => {
  const sw = worker();
  const pages = ["/routines", "/routines/exercises/glute-bridge", "/routines/five-minute-release",
    "/routines/five-minute-release/play"];
  for (const path of pages) {
    assert.notEqual(await sw.request(path), null, path);
  }
  assert.deepEqual(await sw.cached(), pages);
  sw.network.online = false;
  for (const path of pages) {
    assert.match((await (await sw.request(path))).body, new RegExp(path), `${path} offline`);
  }
});

test("a finished session, the ready check, the person's own routines and other pages are never kept", async () => {
  const sw = worker();
  for (const path of ["/routines/five-minute-release/ready", "/routines/five-minute-release/sessions/0b7c",
    "/routines/mine", "/routines/mine/3f2a/play", "/dashboard", "/tracker", "/routinesx", "/sign-in"]) {
    assert.equal(await sw.request(path), null, path);
  }
  assert.deepEqual(await sw.cached(), []);
});

test("a page that sent the browser elsewhere (to sign in) is not kept under its own address", async () => {
  const sw = worker();
  await (await sw.request("/routines/redirect-me/play"));
  assert.deepEqual(await sw.cached(), []);
});

test("signing in or out drops the player, and keeps the public library", async () => {
  for (const path of ["/sign-out", "/sign-in"]) {
    const sw = worker();
    await (await sw.request("/routines/five-minute-release/play"));
    await (await sw.request("/routines"));
    assert.equal(await sw.request(path, "POST"), null, "the network answers the post");
    assert.deepEqual(await sw.cached(), ["/routines"], path);
  }
});

test("a page asks to keep what it loaded before the worker took over; only what the worker keeps is kept", async () => {
  const sw = worker();
  const reply = await sw.message({ type: "keep", urls: [
    `${ORIGIN}/routines/five-minute-release/play?scale=0.05`, "/modules/v1/routines/player.js",
    "/assets/img/routines/glute-bridge.svg", "/routines/five-minute-release/sessions/0b7c",
    "https://elsewhere.test/assets/x.js", "/dashboard"] });
  assert.equal(reply.kept, 3);
  assert.deepEqual(await sw.cached(), ["/routines/five-minute-release/play?scale=0.05",
    "/modules/v1/routines/player.js", "/assets/img/routines/glute-bridge.svg"]);
});

test("versioned assets are served from the cache, even offline", async () => {
  const sw = worker();
  const first = await (await sw.request("/modules/abc/routines/player.js"));
  sw.network.online = false;
  assert.deepEqual(await (await sw.request("/modules/abc/routines/player.js")), first);
});

test("a new version deletes the old caches when it takes over", async () => {
  const sw = worker();
  await sw.caches.open("glutecoach-old");
  await sw.caches.open("glutecoach-v1");
  await sw.caches.open("someone-else");
  await sw.activate();
  assert.deepEqual(await sw.caches.keys(), ["glutecoach-v1", "someone-else"]);
});
