// Device statistics and the break screen's move: counts per day and week, the longest stretch, the share of
// sitting in spells over 30 minutes; a different desk move each break, one-sided moves alternating sides.
import { test } from "node:test";
import assert from "node:assert/strict";
import { summarise, weekOf, dayOf, DeviceLog } from "../../../main/resources/modules/timer/stats.js";
import { moveFor, partsOf, moveAt } from "../../../main/resources/modules/timer/moves.js";

const at = (iso) => Date.parse(iso);
const MINUTE = 60_000;

test("per day: breaks by kind, the longest stretch and the share of sitting in spells over 30 minutes", () => {
  const log = {
    events: [
      { id: "a", kind: "taken", at: "2026-11-30T10:30:00Z" },
      { id: "b", kind: "postponed", at: "2026-11-30T11:02:00Z" },
      { id: "c", kind: "taken", at: "2026-11-30T11:10:00Z" },
      { id: "d", kind: "skipped", at: "2026-12-01T23:30:00Z" }, // 00:30 on 2 December in Berlin
    ],
    spells: [
      { from: at("2026-11-30T10:00:00Z"), to: at("2026-11-30T10:30:00Z") },
      { from: at("2026-11-30T10:32:00Z"), to: at("2026-11-30T11:10:00Z") },
    ],
  };
  const [tuesday, monday] = summarise(log, "Europe/London");
  assert.equal(tuesday.key, "2026-12-01");
  assert.equal(tuesday.skipped, 1);
  assert.deepEqual([monday.taken, monday.postponed, monday.skipped], [2, 1, 0]);
  assert.equal(monday.longestMs, 38 * MINUTE);
  assert.equal(monday.longShare, 38 / 68, "30 minutes exactly is not over 30");
  assert.equal(summarise(log, "Europe/Berlin")[0].key, "2026-12-02", "days are the person's");
  const [week] = summarise(log, "Europe/London", weekOf);
  assert.deepEqual([week.key, week.taken, week.skipped], ["2026-11-30", 2, 1]);
  assert.equal(weekOf(at("2026-12-06T23:59:00Z"), "Europe/London"), "2026-11-30", "Sunday ends the week");
  assert.equal(dayOf(at("2026-07-01T23:30:00Z"), "Europe/London"), "2026-07-02", "BST");
});

test("the device log keeps each event once and drops what is ten weeks old", () => {
  const storage = new Map();
  const local = { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => storage.set(k, v) };
  const now = at("2026-11-30T12:00:00Z");
  const log = new DeviceLog(local, () => now);
  const event = { id: "a", kind: "taken", at: "2026-11-30T10:30:00Z" };
  log.add({ events: [event, { id: "old", kind: "taken", at: "2026-09-01T10:00:00Z" }], spells: [] });
  log.add({ events: [event], spells: [{ from: now - 40 * MINUTE, to: now }] });
  assert.deepEqual(log.read().events, [event]);
  assert.equal(log.read().spells.length, 1);
});

test("two tabs adding the same event and the same spell count them once; another spell counts", () => {
  const storage = new Map();
  const local = { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => storage.set(k, v) };
  const now = at("2026-11-30T12:00:00Z");
  const log = new DeviceLog(local, () => now);
  const drained = { events: [{ id: "x", kind: "taken", at: "2026-11-30T11:59:00Z" }],
    spells: [{ from: now - 31 * MINUTE, to: now - MINUTE }] };
  log.add(drained);
  log.add(JSON.parse(JSON.stringify(drained)));
  log.add({ events: [], spells: [{ from: now - 31 * MINUTE, to: now }] });
  assert.equal(log.read().events.length, 1);
  assert.deepEqual(log.read().spells.map((s) => s.to), [now - MINUTE, now]);
});

test("a different move each break; a one-sided move alternates the side it starts on", () => {
  const stretch = { id: "desk-hip-stretch", sides: "each", dose: { sets: 1, secondsPerSide: 30, restSeconds: 0 } };
  const squeeze = { id: "desk-stand-and-squeeze", sides: "both", dose: { sets: 1, reps: 10, holdSeconds: 3,
    restSeconds: 0 } };
  assert.deepEqual([0, 1, 2].map((n) => moveFor(n, [stretch, squeeze]).id),
    ["desk-hip-stretch", "desk-stand-and-squeeze", "desk-hip-stretch"]);
  assert.deepEqual(partsOf(stretch, 0), [{ side: "left", seconds: 30 }, { side: "right", seconds: 30 }]);
  assert.deepEqual(partsOf(stretch, 1).map((p) => p.side), ["right", "left"]);
  assert.deepEqual(partsOf(squeeze, 0), [{ side: "both", seconds: 50 }]);
  const parts = partsOf(stretch, 0);
  assert.deepEqual(moveAt(parts, 0), { index: 0, side: "left", remaining: 30, done: false });
  assert.deepEqual(moveAt(parts, 30_500), { index: 1, side: "right", remaining: 30, done: false });
  assert.equal(moveAt(parts, 60_000).done, true);
  assert.equal(moveFor(0, []), null);
});
