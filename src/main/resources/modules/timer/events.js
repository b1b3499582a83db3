// The timer's events on their way to the server: kept in the shared outbox (IndexedDB) and posted to the page's
// POST /timer/events (the same body as POST /api/v1/timer/events: a list of {id, kind, at}) with the session and
// the form token. The server ignores an id it has already recorded, so a resend never counts twice.
import { Outbox } from "../shared/outbox.js";

export function timerOutbox({ url, csrfHeader, csrfToken, owner = null, fetch = globalThis.fetch?.bind(globalThis),
  indexedDB = globalThis.indexedDB, locks = globalThis.navigator?.locks }) {
  return new Outbox({
    name: "timer-events", owner, indexedDB, locks,
    send: async (event) => {
      const response = await fetch(url, {
        method: "POST", credentials: "same-origin", body: JSON.stringify([event]), redirect: "manual",
        headers: { "Content-Type": "application/json", Accept: "application/json", [csrfHeader]: csrfToken },
      });
      // A session that ended answers with a way to the sign-in page, not JSON: not sent, try again later.
      const json = /json/.test(response.headers?.get?.("Content-Type") ?? "");
      return { status: json ? response.status : 0 };
    },
  });
}
