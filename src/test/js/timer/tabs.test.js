// Two open tabs of /timer on a fake clock, sharing one fake localStorage: one tab leads (Web Locks, faked here) and
// moves the timer on; both show the same countdown; each break counts once. Without Web Locks both lead, and the
// ids made from the shared state still make each break one event.
import { test } from "node:test";
import assert from "node:assert/strict";
import { electLeader, look, LOCK } from "../../../main/resources/modules/timer/tabs.js";
import { DeskTimer } from "../../../main/resources/modules/timer/timer.js";
import { normalise } from "../../../main/resources/modules/timer/settings.js";

const MINUTE = 60_000;
const MONDAY_TEN = Date.parse("2026-11-30T10:00:00Z");
const SETTINGS = normalise({ timeZone: "Europe/London", intervalMinutes: 15, breakMinutes: 1, workStart: "00:00",
  workEnd: "23:59", workDays: [1, 2, 3, 4, 5, 6, 7] });

/** Web Locks as the browser gives them: one holder at a time, the next request granted when the holder leaves. */
function fakeLocks() {
  const queue = [];
  const locks = { granted: [] };
  const grant = () => {
    const next = queue[0];
    if (next && !next.held) {
      next.held = true;
      locks.granted.push(next.name);
      Promise.resolve().then(() => next.callback());
    }
  };
  locks.request = (name, callback) => {
    assert.equal(name, LOCK);
    queue.push({ name, callback, held: false });
    grant();
    return new Promise(() => {});
  };
  locks.closeHolder = () => {
    queue.shift();
    grant();
  };
  return locks;
}

/** A tab: its own DeskTimer on the shared storage; looks at the clock like the page's tick, acts like a click. */
function openTab(c, storage, locks) {
  const timer = new DeskTimer(SETTINGS, { now: c.now, state: JSON.parse(storage.get("state") ?? "null") });
  const tab = { timer, events: [] };
  const save = () => {
    storage.set("state", JSON.stringify(timer.state));
    tab.events.push(...timer.drain().events);
  };
  tab.lead = electLeader({ locks, onLead: () => tab.look() });
  tab.look = () => {
    const view = look(timer, JSON.parse(storage.get("state") ?? "null"), tab.lead.leading);
    if (tab.lead.leading) {
      save();
    }
    return view;
  };
  tab.click = (action) => {
    look(timer, JSON.parse(storage.get("state") ?? "null"), false);
    action(timer);
    save();
    return tab.look();
  };
  return tab;
}

const clock = () => {
  const c = { t: MONDAY_TEN };
  c.now = () => c.t;
  return c;
};
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Both tabs look once a second, in turn, for `seconds`; answers every second's two views. */
function run(c, tabs, seconds) {
  const seen = [];
  for (let i = 0; i < seconds; i++) {
    c.t += 1000;
    seen.push(tabs.map((tab) => tab.look()));
  }
  return seen;
}

test("the first tab leads, the second only follows; a click in the follower reaches the leader", async () => {
  const c = clock();
  const storage = new Map();
  const locks = fakeLocks();
  const first = openTab(c, storage, locks);
  const second = openTab(c, storage, locks);
  await settle();
  assert.equal(first.lead.leading, true);
  assert.equal(second.lead.leading, false);

  assert.equal(second.click((timer) => timer.start()).phase, "running");
  const [[inFirst, inSecond]] = run(c, [first, second], 1);
  assert.equal(inFirst.phase, "running", "the leader took up the start made in the other tab");
  assert.equal(inSecond.remainingMs, inFirst.remainingMs);
  assert.equal(inFirst.remainingMs, 15 * MINUTE - 1000);
});

test("two tabs over an hour: the same countdown in both, and each break counted once", async () => {
  const c = clock();
  const storage = new Map();
  const locks = fakeLocks();
  const tabs = [openTab(c, storage, locks), openTab(c, storage, locks)];
  await settle();
  tabs[0].click((timer) => timer.start());
  const seen = run(c, tabs, 60 * 60);
  for (const [a, b] of seen) {
    assert.equal(b.phase, a.phase);
    assert.equal(b.remainingMs, a.remainingMs);
  }
  const events = tabs.flatMap((tab) => tab.events);
  assert.deepEqual(events.map((e) => e.at), ["10:16", "10:32", "10:48"].map((t) => `2026-11-30T${t}:00.000Z`));
  assert.deepEqual(tabs[1].events, [], "the follower recorded nothing by itself");
});

test("when the leading tab closes the other takes over: the break still comes and counts once", async () => {
  const c = clock();
  const storage = new Map();
  const locks = fakeLocks();
  const [first, second] = [openTab(c, storage, locks), openTab(c, storage, locks)];
  await settle();
  first.click((timer) => timer.start());
  run(c, [first, second], 10 * 60);
  locks.closeHolder();
  await settle();
  assert.equal(second.lead.leading, true);
  const seen = run(c, [second], 7 * 60);
  assert.equal(seen[5 * 60 - 1][0].phase, "break", "due at 10:15, on time");
  assert.deepEqual(second.events.map((e) => e.kind), ["taken"]);
});

test("without Web Locks both tabs lead; a break both see end is one event by its id", async () => {
  const c = clock();
  const storage = new Map();
  const tabs = [openTab(c, storage, null), openTab(c, storage, null)];
  assert.ok(tabs.every((tab) => tab.lead.leading));
  tabs[0].click((timer) => timer.start());
  run(c, tabs, 15 * 60);
  // Both tabs look at the same saved state when the break ends: each records it, with the same id.
  c.t += MINUTE;
  const saved = storage.get("state");
  tabs[0].look();
  storage.set("state", saved);
  tabs[1].look();
  const events = tabs.flatMap((tab) => tab.events);
  assert.equal(events.length, 2);
  assert.equal(new Set(events.map((e) => e.id)).size, 1);
});

test("a lock request that fails leaves the tab leading, as without Web Locks", async () => {
  let onLead = 0;
  const tab = electLeader({ locks: { request: () => Promise.reject(new Error("SecurityError")) },
    onLead: () => onLead++ });
  assert.equal(tab.leading, false);
  await settle();
  assert.equal(tab.leading, true);
  assert.equal(onLead, 1);
});
