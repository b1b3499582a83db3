// The service worker keeps only the public library for offline use, never a person's own pages (ADR 11).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import vm from "node:vm";

function worker() {
  const listeners = {};
  const self = { addEventListener: (type, listener) => { listeners[type] = listener; }, location: { origin: "https://coach.test" } };
  vm.runInNewContext(readFileSync(new URL("../../../main/resources/offline/sw.js", import.meta.url), "utf8"),
    { self, URL, Promise, fetch: () => Promise.reject(new Error("offline")),
      caches: { match: async () => undefined, open: async () => ({ put: async () => {} }) } });
  return (path) => {
    let answered = false;
    listeners.fetch({ request: { method: "GET", url: `https://coach.test${path}` }, respondWith: (response) => { answered = true; response.catch(() => {}); } });
    return answered;
  };
}

test("the library, an exercise and a routine are kept for offline use", () => {
  const handles = worker();
  for (const path of ["/routines", "/routines/exercises/glute-bridge", "/routines/five-minute-release"]) {
    assert.equal(handles(path), true, path);
  }
});

test("a person's own pages are never kept: the player, the ready page, a finished session", () => {
  const handles = worker();
  for (const path of ["/routines/five-minute-release/play", "/routines/five-minute-release/ready",
    "/routines/five-minute-release/sessions/0b7c", "/dashboard", "/tracker", "/routinesx"]) {
    assert.equal(handles(path), false, path);
  }
});

test("versioned assets are served from the cache", () => {
  const handles = worker();
  assert.equal(handles("/modules/abc/routines/player.js"), true);
});
