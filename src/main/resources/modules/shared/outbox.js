// An outbox: events made on the device (a finished routine, a desk-timer break) are kept in IndexedDB and sent when
// the network is there, so nothing done offline is lost and nothing is counted twice (ADR 17).
//
// How to use it (from an ES module; see routines/player-page.js):
//
//   import { Outbox, newEventId } from "../shared/outbox.js";
//   const outbox = new Outbox({ name: "routine-sessions", endpoint: "/api/v1/routines/sessions" });
//   outbox.start();                                  // sends what is waiting now, and again on `online`
//   await outbox.add({ id: newEventId(), ... });     // kept first, then sent at once if the network is up
//
// - Every event carries its own `id`, a UUID made on the device. The server must be idempotent by that id: the
//   same id twice is one event. The outbox relies on it: an event is removed only after the server answered 2xx,
//   so a page closed between the answer and the removal sends it once more, which the server ignores.
// - By default an event is POSTed as JSON to `endpoint`. Pass `send(event)` instead to post it another way (the
//   player posts its page form, with the CSRF token of the page open at the time of sending); it must return a
//   Response or any `{ status }`, and throw or return a non-2xx status when the event did not get through.
// - 400, 409, 413, 415 and 422 say the event itself is wrong: it will never go through, so it is set aside
//   (`rejected()`) instead of being retried for ever. Any other answer (offline, 401, 403, 429, 5xx) keeps it for
//   the next try: on `online`, on the page's next load, or on `flush()`.
// - Only one flush runs at a time in a page (and across tabs where the browser has Web Locks).
// - `owner` (say, the signed-in account's id) marks each event added; an outbox sends only its owner's events
//   (and those added without one), so on a shared device one person's events are never sent as the next one's.

const DATABASE_VERSION = 1;
const PENDING = "pending";
const REJECTED = "rejected";
/** Answers that mean "this event is not valid": sending it again cannot help. */
export const INVALID_STATUSES = Object.freeze([400, 409, 413, 415, 422]);

export function newEventId(cryptoLike = globalThis.crypto) {
  return cryptoLike.randomUUID();
}

export class Outbox {
  /**
   * @param name         the queue's name; each queue is its own IndexedDB database, `glutecoach-outbox-<name>`
   * @param endpoint     where the default `send` POSTs each event as JSON
   * @param send         optional `async (event) => Response | { status }`, replacing the default
   * @param headers      optional `() => object` of extra headers for the default `send` (a CSRF token, say)
   * @param owner        optional: whose events these are; only they are sent from here
   */
  constructor({ name, endpoint = null, send = null, headers = () => ({}), owner = null,
    indexedDB = globalThis.indexedDB,
    fetch = globalThis.fetch?.bind(globalThis), locks = globalThis.navigator?.locks, now = () => Date.now() }) {
    if (!name) {
      throw new TypeError("An outbox needs a name");
    }
    if (!send && !endpoint) {
      throw new TypeError("An outbox needs an endpoint or a send function");
    }
    this.name = name;
    this.owner = owner;
    this.indexedDB = indexedDB;
    this.locks = locks;
    this.now = now;
    this.send = send ?? ((event) => fetch(endpoint, {
      method: "POST", credentials: "same-origin", body: JSON.stringify(event),
      headers: { "Content-Type": "application/json", Accept: "application/json", ...headers() },
    }));
    this.database = null;
    this.running = null;
    this.again = false;
    this.order = 0;
  }

  /** Keeps the event (adding the same id twice keeps one), then tries to send everything waiting. */
  async add(event) {
    if (typeof event?.id !== "string" || event.id.length === 0) {
      throw new TypeError("An event needs a client-made id");
    }
    await this.write(PENDING, (store) => store.put({ id: event.id, event, owner: this.owner,
      addedAt: this.now(), order: this.order++ }));
    return this.flush();
  }

  /** The events still to send from here (this owner's), oldest first. */
  async pending() {
    return (await this.all(PENDING)).map((entry) => entry.event);
  }

  /** The events the server refused as invalid, with its status, kept aside (never sent again). */
  async rejected() {
    return (await this.all(REJECTED)).map(({ event, status }) => ({ event, status }));
  }

  /**
   * Sends every waiting event, oldest first. Resolves to what happened: `{ sent, rejected, kept }` (counts). A
   * call while a flush runs joins it, and one more pass follows, so an event added meanwhile is not left behind.
   */
  flush() {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const pass = () => (this.locks ? this.locks.request(`glutecoach-outbox-${this.name}`, () => this.sendAll())
      : this.sendAll());
    this.running = (async () => {
      const total = { sent: 0, rejected: 0, kept: 0 };
      try {
        do {
          this.again = false;
          const result = await pass();
          total.sent += result.sent;
          total.rejected += result.rejected;
          total.kept = result.kept;
        } while (this.again);
      } finally {
        // Cleared in the same turn as the last check of `again`, so no call can join a flush that has ended.
        this.running = null;
      }
      return total;
    })();
    return this.running;
  }

  /** Sends now and whenever the browser says it is back online. Returns the first flush. */
  start(target = globalThis) {
    target.addEventListener?.("online", () => this.flush());
    return this.flush();
  }

  async sendAll() {
    const result = { sent: 0, rejected: 0, kept: 0 };
    const entries = await this.all(PENDING);
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      let status;
      try {
        status = (await this.send(entry.event))?.status ?? 0;
      } catch (offline) {
        // The network is down (or the request failed on the way): keep this one and the rest for the next try.
        result.kept = entries.length - i;
        return result;
      }
      if (status >= 200 && status < 300) {
        await this.write(PENDING, (store) => store.delete(entry.id));
        result.sent++;
      } else if (INVALID_STATUSES.includes(status)) {
        await this.write([PENDING, REJECTED], (pending, rejected) => {
          rejected.put({ ...entry, status, rejectedAt: this.now() });
          pending.delete(entry.id);
        });
        result.rejected++;
      } else {
        result.kept++;
      }
    }
    return result;
  }

  async all(storeName) {
    const database = await this.open();
    const entries = await new Promise((resolve, reject) => {
      const request = database.transaction(storeName, "readonly").objectStore(storeName).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return entries.filter((entry) => entry.owner === null || entry.owner === this.owner)
      .sort((a, b) => a.addedAt - b.addedAt || a.order - b.order);
  }

  /** Runs `change` on the named stores in one transaction; resolves once it is written. */
  async write(storeNames, change) {
    const database = await this.open();
    const names = Array.isArray(storeNames) ? storeNames : [storeNames];
    await new Promise((resolve, reject) => {
      const transaction = database.transaction(names, "readwrite");
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
      change(...names.map((storeName) => transaction.objectStore(storeName)));
    });
  }

  open() {
    if (!this.database) {
      this.database = new Promise((resolve, reject) => {
        const request = this.indexedDB.open(`glutecoach-outbox-${this.name}`, DATABASE_VERSION);
        request.onupgradeneeded = () => {
          for (const storeName of [PENDING, REJECTED]) {
            if (!request.result.objectStoreNames.contains(storeName)) {
              request.result.createObjectStore(storeName, { keyPath: "id" });
            }
          }
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    return this.database;
  }
}
