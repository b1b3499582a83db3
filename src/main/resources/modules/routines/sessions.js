// A finished or stopped session goes through the outbox (../shared/outbox.js, ADR 17): kept on the device, sent
// when online, once. The browser has no API token (the JSON API takes a bearer token only, ADR 4), so the
// session is posted as the player page's own form, with the CSRF token of the page open at the time of sending.
import { Outbox } from "../shared/outbox.js";

/** The header the server adds when keeping a session needs the health-data consent first (PlayerPages). */
export const CONSENT_NEEDED = "Consent-Needed";

const SESSION_PAGE = /^\/routines\/[a-z0-9-]+\/sessions\/[0-9a-f-]{36}$/;

/** The session (as Player.session() makes it) as the fields of the page's finish form. */
export function formOf(session, csrfToken) {
  const form = new URLSearchParams();
  if (csrfToken) {
    form.set("_csrf", csrfToken);
  }
  form.set("id", session.id);
  form.set("startedAt", session.startedAt);
  form.set("endedAt", session.endedAt);
  form.set("finished", String(session.finished));
  session.exercises.forEach((id) => form.append("exercises", id));
  if (session.ratings?.left !== null && session.ratings?.left !== undefined) {
    form.set("left", session.ratings.left);
    form.set("right", session.ratings.right);
  }
  session.comfortChecks.forEach((c) => form.append("comfort", `${c.exercise}:${c.set}:${c.rating}:${c.nerve}`));
  return form;
}

/**
 * Posts one session. Recorded means the server sent us on to a session's page; anything else (the sign-in page
 * after the person was signed out, say) is not, and the session waits for the next try.
 */
export async function sendSession(session, { fetch = globalThis.fetch, csrfToken = () => null,
  recorded = () => {}, consentNeeded = () => {} } = {}) {
  const response = await fetch(`/routines/${session.routineId}/sessions`, {
    method: "POST", body: formOf(session, csrfToken()), credentials: "same-origin",
  });
  if (!response.ok) {
    return { status: response.status };
  }
  if (response.headers?.get?.(CONSENT_NEEDED)) {
    // Nothing was kept, and only the person can say yes, on the page the server answered with (it carries the
    // session and keeps it once they agree). Not sent again from here: saying no must leave nothing behind.
    consentNeeded(session);
    return { status: 422 };
  }
  if (!SESSION_PAGE.test(new URL(response.url).pathname)) {
    return { status: 401 };
  }
  recorded(session, response.url);
  return { status: 200 };
}

/** The outbox of finished sessions of the signed-in person (`owner`: their account id). */
export function sessionOutbox({ owner, csrfToken, recorded, consentNeeded, fetch = globalThis.fetch, ...options }) {
  return new Outbox({ name: "routine-sessions", owner,
    send: (session) => sendSession(session, { fetch, csrfToken, recorded, consentNeeded }), ...options });
}
