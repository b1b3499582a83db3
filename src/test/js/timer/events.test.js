// Breaks taken offline reach the server once when the network is back, also across a reload.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DeskTimer } from "../../../main/resources/modules/timer/timer.js";
import { normalise } from "../../../main/resources/modules/timer/settings.js";
import { timerOutbox } from "../../../main/resources/modules/timer/events.js";
import { fakeIndexedDB } from "../shared/fake-indexeddb.js";

/** A server idempotent by id, as POST /timer/events is; it can be cut off. */
function fakeServer() {
  const server = { online: true, signedIn: true, stored: new Map(), posts: 0, headers: [] };
  server.fetch = async (url, init) => {
    if (!server.online) {
      throw new TypeError("Failed to fetch");
    }
    if (!server.signedIn) {
      assert.equal(init.redirect, "manual");
      return { status: 0, type: "opaqueredirect", headers: new Map() };
    }
    server.posts += 1;
    server.headers.push(init.headers);
    for (const event of JSON.parse(init.body)) {
      server.stored.set(event.id, event);
    }
    return { status: 200, headers: new Map([["Content-Type", "application/json"]]) };
  };
  return server;
}

test("a break taken offline is sent once when back online, and not again after a reload", async () => {
  const server = fakeServer();
  const indexedDB = fakeIndexedDB();
  const box = () => timerOutbox({ url: "/timer/events", csrfHeader: "X-CSRF-TOKEN", csrfToken: "t0k3n",
    fetch: server.fetch, indexedDB, locks: undefined });
  let ids = 0;
  const clock = { t: Date.parse("2026-11-30T10:00:00Z") };
  const timer = new DeskTimer(normalise({ timeZone: "Europe/London", intervalMinutes: 15 }),
    { now: () => clock.t, newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, "0")}` });
  timer.start();
  for (let i = 0; i < 30; i++) {
    clock.t += 30_000;
    timer.update();
  }
  server.online = false;
  assert.equal(timer.take().phase, "running");
  const first = box();
  for (const event of timer.drain().events) {
    assert.deepEqual(await first.add(event), { sent: 0, rejected: 0, kept: 1 });
  }
  assert.equal(server.stored.size, 0);

  server.online = true;
  assert.deepEqual(await first.flush(), { sent: 1, rejected: 0, kept: 0 });
  const reloaded = box();
  assert.deepEqual(await reloaded.flush(), { sent: 0, rejected: 0, kept: 0 }, "nothing left to send");
  assert.equal(server.posts, 1);
  assert.deepEqual([...server.stored.values()].map((e) => [e.kind, e.at]), [["taken", "2026-11-30T10:15:00.000Z"]]);
  assert.equal(server.headers[0]["X-CSRF-TOKEN"], "t0k3n");
});

test("a session that ended (sent to sign in) keeps the event for later instead of losing it", async () => {
  const server = fakeServer();
  server.signedIn = false;
  const box = timerOutbox({ url: "/timer/events", csrfHeader: "X-CSRF-TOKEN", csrfToken: "t", fetch: server.fetch,
    indexedDB: fakeIndexedDB(), locks: undefined });
  const event = { id: "00000000-0000-4000-8000-000000000001", kind: "natural", at: "2026-11-30T10:00:00.000Z" };
  assert.deepEqual(await box.add(event), { sent: 0, rejected: 0, kept: 1 });
  server.signedIn = true;
  assert.deepEqual(await box.flush(), { sent: 1, rejected: 0, kept: 0 });
  assert.equal(server.stored.size, 1);
});
