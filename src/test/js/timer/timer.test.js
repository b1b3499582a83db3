// The desk timer's rules on a fake clock: intervals, pause, postpone friction, natural breaks, the return after
// an absence, working hours, and a reload that picks up the same countdown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DeskTimer, POSTPONE_MS, uuidOf } from "../../../main/resources/modules/timer/timer.js";
import { normalise, forServer } from "../../../main/resources/modules/timer/settings.js";

const MINUTE = 60_000;
const MONDAY_TEN = Date.parse("2026-11-30T10:00:00Z"); // 10:00 in London, in winter

/**
 * A fake clock. `minutes` and `seconds` move it as an open page sees time pass: the page looks at least every 30
 * seconds. `jump` moves it with nobody looking (a sleeping laptop, a closed page).
 */
function clock(start = MONDAY_TEN) {
  const c = { t: start, now: () => c.t, timer: null };
  c.jump = (ms) => { c.t += ms; };
  c.seconds = (seconds) => {
    let left = seconds * 1000;
    while (left > 0) {
      const step = Math.min(left, 30_000);
      c.t += step;
      left -= step;
      if (left > 0) {
        c.timer?.update();
      }
    }
  };
  c.minutes = (m) => c.seconds(m * 60);
  return c;
}

function timer(c, settings = {}, state = null) {
  let n = 0;
  const t = new DeskTimer(normalise({ timeZone: "Europe/London", ...settings }),
    { now: c.now, newId: () => `id-${++n}`, state });
  c.timer = t;
  return t;
}

/** Ticks like a page in the background: once a minute, for `minutes`. */
function tickEveryMinute(t, c, minutes) {
  const phases = [];
  for (let i = 0; i < minutes; i++) {
    c.minutes(1);
    phases.push(t.update().phase);
  }
  return phases;
}

const kinds = (t) => t.drain().events.map((e) => e.kind);

test("thirty minutes after the start the break is due, by the clock and not by ticks", () => {
  const c = clock();
  const t = timer(c);
  assert.equal(t.start().phase, "running");
  c.seconds(30 * 60 - 1);
  assert.equal(t.update().remainingMs, 1000);
  c.seconds(1);
  const due = t.update();
  assert.equal(due.phase, "break");
  assert.equal(due.remainingMs, 2 * MINUTE, "the break's own countdown: 2 minutes");
  assert.equal(due.postponeOffer, "yes");
});

test("a break that runs its course counts as taken and the next interval starts when it ends", () => {
  const c = clock();
  const t = timer(c, { intervalMinutes: 15, breakMinutes: 1 });
  t.start();
  c.minutes(15);
  t.update();
  c.minutes(1);
  const view = t.update();
  assert.equal(view.phase, "running");
  assert.equal(view.dueAt, MONDAY_TEN + 16 * MINUTE + 15 * MINUTE);
  const { events, spells } = t.drain();
  assert.deepEqual(events.map(({ kind, at }) => ({ kind, at })), [{ kind: "taken", at: "2026-11-30T10:16:00.000Z" }]);
  assert.match(events[0].id, /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.deepEqual(spells, [{ from: MONDAY_TEN, to: MONDAY_TEN + 15 * MINUTE }]);
});

test("a reload picks up the same countdown from the saved state", () => {
  const c = clock();
  const t = timer(c);
  t.start();
  c.seconds(12 * 60 + 34.5);
  t.update();
  const saved = JSON.parse(JSON.stringify(t.state));
  c.seconds(3);
  const again = timer(c, {}, saved);
  assert.equal(again.update().remainingMs, (30 * 60 - 12 * 60 - 37.5) * 1000);
});

test("a pause holds the countdown; time paused does not count", () => {
  const c = clock();
  const t = timer(c);
  t.start();
  c.minutes(10);
  t.pause();
  c.minutes(45);
  assert.equal(t.update().phase, "paused");
  assert.equal(t.update().remainingMs, 20 * MINUTE);
  t.resume();
  c.minutes(20);
  assert.equal(t.update().phase, "break");
  assert.deepEqual(t.drain().spells, [{ from: MONDAY_TEN, to: MONDAY_TEN + 10 * MINUTE }]);
});

test("break now shows the break at once; skip goes on sitting and starts a whole interval", () => {
  const c = clock();
  const t = timer(c);
  t.start();
  c.minutes(5);
  assert.equal(t.breakNow().phase, "break");
  c.seconds(10);
  const view = t.skip();
  assert.equal(view.phase, "running");
  assert.equal(view.remainingMs, 30 * MINUTE);
  const { events, spells } = t.drain();
  assert.deepEqual(events.map((e) => e.kind), ["skipped"]);
  assert.deepEqual(spells, [], "a skipped break does not end the spell");
});

test("postpone: five minutes; the second in a row needs a confirm; a third is not offered", () => {
  const c = clock();
  const t = timer(c);
  t.start();
  c.minutes(30);
  assert.equal(t.update().postponeOffer, "yes");
  assert.equal(t.postpone(), true);
  assert.equal(t.update().remainingMs, POSTPONE_MS);
  c.minutes(5);
  assert.equal(t.update().phase, "break");
  assert.equal(t.update().postponeOffer, "confirm");
  assert.equal(t.postpone(), false, "not without the confirm");
  assert.equal(t.update().phase, "break");
  assert.equal(t.postpone({ confirmed: true }), true);
  c.minutes(5);
  assert.equal(t.update().postponeOffer, "no");
  assert.equal(t.postpone({ confirmed: true }), false);
  t.take();
  assert.deepEqual(kinds(t), ["postponed", "postponed", "taken"]);
  c.minutes(30);
  assert.equal(t.update().postponeOffer, "yes", "a break taken ends the row");
});

test("I just stood up: a natural break that restarts the interval", () => {
  const c = clock();
  const t = timer(c);
  t.start();
  c.minutes(25);
  const view = t.stoodUp();
  assert.equal(view.remainingMs, 30 * MINUTE);
  const { events, spells } = t.drain();
  assert.deepEqual(events.map((e) => [e.kind, e.at]), [["natural", "2026-11-30T10:25:00.000Z"]]);
  assert.deepEqual(spells, [{ from: MONDAY_TEN, to: MONDAY_TEN + 25 * MINUTE }]);
});

test("back after longer than a break: it counts as one instead of firing at once", () => {
  const c = clock();
  const t = timer(c);
  t.start();
  c.minutes(20);
  t.update();
  c.jump(20 * MINUTE); // the laptop slept from 10:20 to 10:40, past the 10:30 break
  const view = t.update();
  assert.equal(view.phase, "running");
  assert.equal(view.remainingMs, 30 * MINUTE);
  assert.deepEqual(t.drain().events.map((e) => [e.kind, e.at]), [["natural", "2026-11-30T10:20:00.000Z"]]);
});

test("a background tab woken once a minute is not away: the break still comes on time", () => {
  const c = clock();
  const t = timer(c);
  t.start();
  const phases = tickEveryMinute(t, c, 30);
  assert.equal(phases.at(-1), "break");
  assert.equal(phases.filter((p) => p === "break").length, 1);
  assert.deepEqual(kinds(t), []);
});

test("outside working hours nothing fires: started on a Saturday it waits for Monday", () => {
  const c = clock(Date.parse("2026-12-05T10:00:00Z"));
  const t = timer(c);
  assert.equal(t.start().phase, "waiting");
  assert.equal(new Date(t.update().nextStart).toISOString(), "2026-12-07T09:00:00.000Z");
  const phases = tickEveryMinute(t, c, 8 * 60);
  assert.equal(phases.includes("break"), false);
  assert.deepEqual(kinds(t), []);
});

test("the working day ends the interval without a prompt; the next day the timer starts itself", () => {
  const c = clock(Date.parse("2026-11-30T17:10:00Z"));
  const t = timer(c);
  t.start();
  const evening = tickEveryMinute(t, c, 60);
  assert.equal(evening.includes("break"), false, "due at 17:40, after 17:30");
  assert.equal(t.update().phase, "waiting");
  assert.deepEqual(t.drain().spells, [{ from: Date.parse("2026-11-30T17:10:00Z"),
    to: Date.parse("2026-11-30T17:30:00Z") }]);
  c.t = Date.parse("2026-12-01T08:58:00Z"); // the page stayed open overnight (woken once a minute)
  t.state.lastSeen = c.t - MINUTE;
  tickEveryMinute(t, c, 3);
  const view = t.update();
  assert.equal(view.phase, "running");
  assert.equal(new Date(view.dueAt).toISOString(), "2026-12-01T09:30:00.000Z", "from 09:00, not from 09:01");
});

test("a page opened on a weekday before work starts itself at the start of the hours", () => {
  const c = clock(Date.parse("2026-11-30T08:45:00Z"));
  const t = timer(c);
  assert.equal(t.update().phase, "idle");
  tickEveryMinute(t, c, 20);
  assert.equal(t.update().phase, "running");
  assert.equal(new Date(t.update().dueAt).toISOString(), "2026-11-30T09:30:00.000Z");
});

test("night-shift hours across midnight and the clocks going forward: breaks only in the shift", () => {
  const c = clock(Date.parse("2026-03-28T21:50:00Z")); // Saturday 21:50 GMT
  const t = timer(c, { workStart: "22:00", workEnd: "06:00", workDays: ["SATURDAY"] });
  t.start();
  assert.equal(t.update().phase, "waiting");
  let breaks = 0;
  for (let i = 0; i < 10 * 60; i++) {
    c.minutes(1);
    if (t.update().phase === "break") {
      breaks += 1;
      t.take();
    }
  }
  // 22:00 to 06:00 BST (05:00Z) is seven hours: a break every 32 minutes (30 sitting, 2 up), then waiting.
  assert.equal(breaks, 13);
  assert.equal(t.update().phase, "waiting");
});

test("settings out of range fall back to the defaults", () => {
  const s = normalise({ intervalMinutes: 5, breakMinutes: 11, workStart: "25:00", workDays: [0, 3, 9, "FRIDAY"],
    timeZone: "Nowhere/Else" }, "Europe/London");
  assert.equal(s.intervalMinutes, 30);
  assert.equal(s.breakMinutes, 2);
  assert.equal(s.workStart, "09:00");
  assert.deepEqual(s.workDays, [3, 5]);
  assert.deepEqual(forServer(s).workDays, ["WEDNESDAY", "FRIDAY"]);
  assert.equal(s.timeZone, "Europe/London");
  assert.equal(normalise({ intervalMinutes: 90, breakMinutes: 1 }).intervalMinutes, 90);
});

test("two tabs on the same saved state make the same event id; the next interval and another browser do not", () => {
  const c = clock();
  const settings = { intervalMinutes: 15, breakMinutes: 1 };
  const first = timer(c, settings);
  first.start();
  c.minutes(15);
  first.update();
  const second = timer(c, settings, JSON.parse(JSON.stringify(first.state)));
  const elsewhere = timer(c, settings, { ...JSON.parse(JSON.stringify(first.state)), series: "another-browser" });
  c.seconds(60);
  const [a] = (first.update(), first.drain().events);
  c.seconds(1); // the other tabs look a second later, at the same saved state
  const [b] = (second.update(), second.drain().events);
  const [other] = (elsewhere.update(), elsewhere.drain().events);
  assert.deepEqual(b, a, "the same break ending seen by two tabs is one event");
  assert.notEqual(other.id, a.id, "another browser's series: another id");
  c.timer = first;
  c.minutes(16);
  const [next] = (first.update(), first.drain().events);
  assert.equal(next.kind, "taken");
  assert.notEqual(next.id, a.id, "the next interval's break is another event");
  const ids = new Set(Array.from({ length: 10_000 }, (_, i) => uuidOf(`series|taken|${MONDAY_TEN + i}|0`)));
  assert.equal(ids.size, 10_000, "no two intervals share an id");
});

test("a saved state from before ids were made from it gets a series of its own and keeps it", () => {
  const c = clock();
  const t = timer(c, {}, { phase: "idle", startedAt: null, shift: 0, pausedAt: null, breakFrom: null, postpones: 0,
    spellFrom: null, lastSeen: c.now() });
  assert.equal(t.state.series, "id-1");
  t.start();
  assert.equal(t.state.series, "id-1");
});
