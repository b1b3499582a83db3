// The service worker keeps the desk timer for offline use (with the person's pages, dropped on sign-in or out),
// not its settings or figures pages, and a click on a break notification brings the timer forward.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import vm from "node:vm";

const ORIGIN = "https://coach.test";

function worker() {
  const listeners = {};
  const entries = new Map();
  const network = { online: true };
  const cache = { put: async (r, response) => entries.set(r.url ?? r, response), match: async (r) => entries.get(r.url ?? r),
    keys: async () => [...entries.keys()].map((url) => ({ url })), delete: async (r) => entries.delete(r.url ?? r) };
  const caches = { open: async () => cache, match: async (r) => entries.get(r.url ?? r), keys: async () => [] };
  const fetch = async (request) => {
    if (!network.online) {
      throw new TypeError("Failed to fetch");
    }
    const response = { ok: true, redirected: false, body: `${request.url ?? request}` };
    response.clone = () => ({ ...response });
    return response;
  };
  const windows = [];
  const clients = { claim: async () => {}, matchAll: async () => windows,
    openWindow: async (url) => { windows.push({ url: `${ORIGIN}${url}`, opened: true }); } };
  const self = { addEventListener: (type, listener) => { listeners[type] = listener; }, location: { origin: ORIGIN },
    skipWaiting() {}, clients };
  vm.runInNewContext(readFileSync(new URL("../../../main/resources/offline/sw.js", import.meta.url), "utf8"),
    { self, URL, Promise, fetch, caches });
  const request = async (path, method = "GET") => {
    let answer = null;
    const waits = [];
    listeners.fetch({ request: { method, url: `${ORIGIN}${path}` }, respondWith: (r) => { answer = r; },
      waitUntil: (p) => waits.push(p) });
    await Promise.all(waits);
    return answer === null ? null : await answer;
  };
  const click = async () => {
    const waits = [];
    let closed = false;
    listeners.notificationclick({ notification: { close: () => { closed = true; } }, waitUntil: (p) => waits.push(p) });
    await Promise.all(waits);
    return closed;
  };
  return { request, click, network, windows, cached: () => [...entries.keys()].map((u) => u.slice(ORIGIN.length)) };
}

test("the timer page works offline after a visit; its settings and figures pages are not kept", async () => {
  const sw = worker();
  assert.notEqual(await sw.request("/timer"), null);
  assert.equal(await sw.request("/timer/settings"), null);
  assert.equal(await sw.request("/timer/stats"), null);
  sw.network.online = false;
  assert.equal((await sw.request("/timer")).body, `${ORIGIN}/timer`);
});

test("signing in or out drops the kept timer page: it carries the person's settings and form token", async () => {
  const sw = worker();
  await sw.request("/timer");
  await sw.request("/sign-out", "POST");
  assert.deepEqual(sw.cached(), []);
});

test("a click on a break notification focuses the timer, or opens it", async () => {
  const sw = worker();
  assert.equal(await sw.click(), true);
  assert.deepEqual(sw.windows.map((w) => [w.url, w.opened]), [[`${ORIGIN}/timer`, true]]);
  let focused = false;
  sw.windows[0].focus = () => { focused = true; };
  await sw.click();
  assert.equal(focused, true);
  assert.equal(sw.windows.length, 1);
});
