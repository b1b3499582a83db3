// The outbox on a fake IndexedDB and a fake server: kept until the server says yes, sent once, set aside when the
// server says the event is wrong (ADR 17).
import { test } from "node:test";
import assert from "node:assert/strict";
import { Outbox, newEventId, INVALID_STATUSES } from "../../../main/resources/modules/shared/outbox.js";
import { fakeIndexedDB } from "./fake-indexeddb.js";

/** A server that records what reached it, answers with `status(event)`, and can be cut off. */
function fakeServer({ status = () => 201 } = {}) {
  const server = {
    online: true, received: [], requests: [],
    fetch: async (url, init) => {
      if (!server.online) {
        throw new TypeError("Failed to fetch");
      }
      const event = JSON.parse(init.body);
      server.requests.push({ url, init });
      server.received.push(event.id);
      return { status: status(event), ok: true };
    },
  };
  return server;
}

const event = (n) => ({ id: `00000000-0000-4000-8000-00000000000${n}`, routineId: "five-minute-release", n });

function outbox(server, indexedDB = fakeIndexedDB(), options = {}) {
  return new Outbox({ name: "routine-sessions", endpoint: "/api/v1/routines/sessions", indexedDB,
    fetch: server.fetch, locks: undefined, ...options });
}

test("an event made offline is kept, and sent once when back online", async () => {
  const server = fakeServer();
  server.online = false;
  const box = outbox(server);
  const result = await box.add(event(1));
  assert.deepEqual(result, { sent: 0, rejected: 0, kept: 1 });
  assert.deepEqual((await box.pending()).map((e) => e.id), [event(1).id]);

  server.online = true;
  assert.deepEqual(await box.flush(), { sent: 1, rejected: 0, kept: 0 });
  assert.deepEqual(await box.flush(), { sent: 0, rejected: 0, kept: 0 });
  assert.deepEqual(server.received, [event(1).id]);
  assert.deepEqual(await box.pending(), []);
});

test("the default send POSTs the event as JSON to the endpoint, with the extra headers", async () => {
  const server = fakeServer();
  const box = outbox(server, fakeIndexedDB(), { headers: () => ({ "X-CSRF-TOKEN": "t0ken" }) });
  await box.add(event(1));
  const { url, init } = server.requests[0];
  assert.equal(url, "/api/v1/routines/sessions");
  assert.equal(init.method, "POST");
  assert.equal(init.headers["Content-Type"], "application/json");
  assert.equal(init.headers["X-CSRF-TOKEN"], "t0ken");
  assert.deepEqual(JSON.parse(init.body), event(1));
});

test("what is waiting outlives the page: a new page sends it on start, oldest first", async () => {
  const server = fakeServer();
  const indexedDB = fakeIndexedDB();
  server.online = false;
  const first = outbox(server, indexedDB);
  await first.add(event(3));
  await first.add(event(1));
  await first.add(event(2));

  server.online = true;
  const reloaded = outbox(server, indexedDB);
  assert.deepEqual(await reloaded.start({ addEventListener() {} }), { sent: 3, rejected: 0, kept: 0 });
  assert.deepEqual(server.received, [event(3).id, event(1).id, event(2).id]);
});

test("the browser's online event sends what waits", async () => {
  const server = fakeServer();
  server.online = false;
  const listeners = {};
  const box = outbox(server);
  await box.start({ addEventListener: (type, listener) => { listeners[type] = listener; } });
  await box.add(event(1));
  assert.deepEqual(server.received, []);
  server.online = true;
  await listeners.online();
  assert.deepEqual(server.received, [event(1).id]);
});

test("the same id added twice is one event", async () => {
  const server = fakeServer();
  server.online = false;
  const box = outbox(server);
  await box.add(event(1));
  await box.add({ ...event(1), n: "again" });
  assert.equal((await box.pending()).length, 1);
});

test("an event is removed only after a 2xx: a server error or a refused sign-in keeps it for the next try", async () => {
  for (const status of [500, 502, 503, 401, 403, 404, 408, 429, 302, 0]) {
    let answer = status;
    const server = fakeServer({ status: () => answer });
    const box = outbox(server);
    assert.deepEqual(await box.add(event(1)), { sent: 0, rejected: 0, kept: 1 }, `status ${status}`);
    assert.equal((await box.pending()).length, 1, `status ${status}`);
    answer = 200;
    assert.deepEqual(await box.flush(), { sent: 1, rejected: 0, kept: 0 }, `status ${status}`);
    assert.deepEqual(await box.pending(), []);
    assert.deepEqual(await box.rejected(), []);
  }
});

test("an event the server calls invalid is set aside, not retried for ever, and does not block the others", async () => {
  for (const status of INVALID_STATUSES) {
    const server = fakeServer({ status: (e) => (e.n === 1 ? status : 201) });
    server.online = false;
    const box = outbox(server);
    await box.add(event(1));
    await box.add(event(2));
    server.online = true;
    assert.deepEqual(await box.flush(), { sent: 1, rejected: 1, kept: 0 }, `status ${status}`);
    assert.deepEqual(await box.rejected(), [{ event: event(1), status }]);
    await box.flush();
    assert.deepEqual(server.received, [event(1).id, event(2).id], "the invalid one is sent once only");
  }
});

test("the network dropping mid-way keeps the unsent ones, and sends each once later", async () => {
  let calls = 0;
  const server = fakeServer();
  const flaky = async (url, init) => {
    calls++;
    if (calls === 2) {
      server.online = false;
    }
    return server.fetch(url, init);
  };
  const indexedDB = fakeIndexedDB();
  const offline = outbox(server, indexedDB, { fetch: async () => { throw new TypeError("offline"); } });
  for (const n of [1, 2, 3]) {
    await offline.add(event(n));
  }
  const box = outbox(server, indexedDB, { fetch: flaky });
  assert.deepEqual(await box.flush(), { sent: 1, rejected: 0, kept: 2 });
  server.online = true;
  assert.deepEqual(await box.flush(), { sent: 2, rejected: 0, kept: 0 });
  assert.deepEqual(server.received, [event(1).id, event(2).id, event(3).id]);
});

test("flushes asked for at once (page load and online together) send each event once", async () => {
  const server = fakeServer();
  server.online = false;
  const indexedDB = fakeIndexedDB();
  const box = outbox(server, indexedDB);
  await box.add(event(1));
  await box.add(event(2));
  server.online = true;
  await Promise.all([box.flush(), box.flush(), box.flush(), box.add(event(3))]);
  assert.deepEqual([...server.received].sort(), [event(1).id, event(2).id, event(3).id]);
  assert.deepEqual(await box.pending(), []);
});

test("with Web Locks, two tabs take turns, so each event is sent once", async () => {
  const server = fakeServer();
  const indexedDB = fakeIndexedDB();
  const held = new Map();
  const locks = { request: (name, work) => {
    const before = held.get(name) ?? Promise.resolve();
    const mine = before.then(() => work());
    held.set(name, mine.catch(() => {}));
    return mine;
  } };
  server.online = false;
  await outbox(server, indexedDB).add(event(1));
  server.online = true;
  const tabA = outbox(server, indexedDB, { locks });
  const tabB = outbox(server, indexedDB, { locks });
  await Promise.all([tabA.flush(), tabB.flush()]);
  assert.deepEqual(server.received, [event(1).id]);
});

test("a custom send replaces the JSON post: its Response decides", async () => {
  const sent = [];
  const box = new Outbox({ name: "timer", indexedDB: fakeIndexedDB(), locks: undefined,
    send: async (e) => { sent.push(e.id); return { status: 204 }; } });
  await box.add(event(1));
  assert.deepEqual(sent, [event(1).id]);
  assert.deepEqual(await box.pending(), []);
});

test("an event without an id, or an outbox without a way to send, is refused", async () => {
  assert.throws(() => new Outbox({ name: "x", indexedDB: fakeIndexedDB() }), TypeError);
  assert.throws(() => new Outbox({ endpoint: "/x", indexedDB: fakeIndexedDB() }), TypeError);
  const box = outbox(fakeServer());
  await assert.rejects(box.add({ routineId: "five-minute-release" }), TypeError);
  assert.match(newEventId(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test("an outbox sends only its owner's events: on a shared device, one person's are never sent as another's", async () => {
  const server = fakeServer();
  const indexedDB = fakeIndexedDB();
  server.online = false;
  await outbox(server, indexedDB, { owner: "account-a" }).add(event(1));
  await outbox(server, indexedDB, { owner: "account-b" }).add(event(2));
  server.online = true;

  const asB = outbox(server, indexedDB, { owner: "account-b" });
  assert.deepEqual(await asB.flush(), { sent: 1, rejected: 0, kept: 0 });
  assert.deepEqual(server.received, [event(2).id]);
  const asA = outbox(server, indexedDB, { owner: "account-a" });
  assert.deepEqual((await asA.pending()).map((e) => e.id), [event(1).id]);
  await asA.flush();
  assert.deepEqual(server.received, [event(2).id, event(1).id]);
});
