// A finished session goes out through the outbox as the player page's form: recorded only when the server sent us
// on to the session's page; kept when offline or signed out; set aside when refused as invalid.
import { test } from "node:test";
import assert from "node:assert/strict";
import { formOf, sessionOutbox } from "../../../main/resources/modules/routines/sessions.js";
import { addressesOf } from "../../../main/resources/modules/shared/offline.js";
import { fakeIndexedDB } from "../shared/fake-indexeddb.js";

const ID = "0b7c1f7e-5d3a-4c1e-9a57-2f1f0d3c9e11";
const session = {
  id: ID, routineId: "five-minute-release", startedAt: "2026-12-01T06:00:00.000Z",
  endedAt: "2026-12-01T06:05:00.000Z", finished: true, exercises: ["ball-release-floor", "standing-squeeze"],
  ratings: { left: 7, right: 4 }, comfortChecks: [{ exercise: "ball-release-floor", set: 1, rating: 4, nerve: false }],
};

test("the session as the page's form: the fields the server's SessionForm reads, and the page's token", () => {
  const form = formOf(session, "t0ken");
  assert.equal(form.get("_csrf"), "t0ken");
  assert.equal(form.get("id"), ID);
  assert.equal(form.get("finished"), "true");
  assert.deepEqual(form.getAll("exercises"), ["ball-release-floor", "standing-squeeze"]);
  assert.equal(form.get("left"), "7");
  assert.equal(form.get("right"), "4");
  assert.deepEqual(form.getAll("comfort"), ["ball-release-floor:1:4:false"]);
  assert.equal(formOf({ ...session, ratings: { left: null, right: null } }, null).has("left"), false);
});

/** A server that answers the form post as Spring does: a redirect followed to where it leads. */
function server(answer) {
  const posts = [];
  return { posts, fetch: async (url, init) => {
    posts.push({ url, form: init.body });
    const { status = 200, landedOn } = answer(init.body);
    if (status === "offline") {
      throw new TypeError("Failed to fetch");
    }
    return { ok: status >= 200 && status < 300, status, url: `https://coach.test${landedOn ?? ""}`,
      headers: { get: (name) => (answer(init.body).headers ?? {})[name] ?? null } };
  } };
}

const outboxWith = (fake, indexedDB = fakeIndexedDB(), recorded = () => {}) => sessionOutbox({
  owner: "account-a", csrfToken: () => "fresh", recorded, fetch: fake.fetch, indexedDB, locks: undefined });

test("recorded once the server sends us on to the session's page; the page can follow", async () => {
  const fake = server((form) => ({ landedOn: `/routines/five-minute-release/sessions/${form.get("id")}` }));
  const followed = [];
  const outbox = outboxWith(fake, fakeIndexedDB(), (s, url) => followed.push([s.id, url]));
  assert.deepEqual(await outbox.add(session), { sent: 1, rejected: 0, kept: 0 });
  assert.equal(fake.posts[0].url, "/routines/five-minute-release/sessions");
  assert.equal(fake.posts[0].form.get("_csrf"), "fresh");
  assert.deepEqual(followed, [[ID, `https://coach.test/routines/five-minute-release/sessions/${ID}`]]);
});

test("sent to the sign-in page (signed out meanwhile) or refused by the CSRF check: kept for the next try", async () => {
  for (const answer of [{ landedOn: "/sign-in" }, { status: 403 }, { status: "offline" }, { status: 503 }]) {
    const indexedDB = fakeIndexedDB();
    const outbox = outboxWith(server(() => answer), indexedDB);
    assert.deepEqual(await outbox.add(session), { sent: 0, rejected: 0, kept: 1 }, JSON.stringify(answer));
    const later = server(() => ({ landedOn: `/routines/five-minute-release/sessions/${ID}` }));
    assert.deepEqual(await outboxWith(later, indexedDB).flush(), { sent: 1, rejected: 0, kept: 0 });
  }
});

test("a session the server refuses as wrong is set aside, not sent again", async () => {
  const fake = server(() => ({ status: 400 }));
  const outbox = outboxWith(fake);
  assert.deepEqual(await outbox.add(session), { sent: 0, rejected: 1, kept: 0 });
  await outbox.flush();
  assert.equal(fake.posts.length, 1);
});

test("keeping it needs the person's consent: the page is shown to them, and nothing is sent again", async () => {
  const fake = server(() => ({ landedOn: "/routines/five-minute-release/sessions", headers: { "Consent-Needed": "HEALTH_DATA" } }));
  const asked = [];
  const outbox = sessionOutbox({ owner: "account-a", csrfToken: () => "fresh", recorded: () => assert.fail("not kept"),
    consentNeeded: (s) => asked.push(s.id), fetch: fake.fetch, indexedDB: fakeIndexedDB(), locks: undefined });
  assert.deepEqual(await outbox.add(session), { sent: 0, rejected: 1, kept: 0 });
  await outbox.flush();
  assert.deepEqual(asked, [ID]);
  assert.equal(fake.posts.length, 1);
});

test("a page asks to keep itself and what it loaded from this site, once each", () => {
  const locationLike = { href: "https://coach.test/routines/five-minute-release/play?scale=0.05",
    origin: "https://coach.test" };
  const performanceLike = { getEntriesByType: () => [
    { name: "https://coach.test/modules/v1/routines/player.js" }, { name: "https://cdn.test/x.js" },
    { name: "https://coach.test/modules/v1/routines/player.js" }] };
  assert.deepEqual(addressesOf(locationLike, performanceLike, ["/assets/img/routines/glute-bridge.svg"]), [
    "https://coach.test/routines/five-minute-release/play?scale=0.05",
    "https://coach.test/modules/v1/routines/player.js",
    "https://coach.test/assets/img/routines/glute-bridge.svg"]);
});
