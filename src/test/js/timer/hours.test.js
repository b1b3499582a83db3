// Working hours in the person's zone, across midnight and across the changes to and from summer time.
import { test } from "node:test";
import assert from "node:assert/strict";
import { WorkingHours, instantOf, wallClock } from "../../../main/resources/modules/timer/hours.js";

const at = (iso) => Date.parse(iso);
const iso = (instant) => new Date(instant).toISOString();
const office = new WorkingHours({ start: "09:00", end: "17:30", days: [1, 2, 3, 4, 5] }, "Europe/London");

test("office hours on weekdays, none at the weekend", () => {
  assert.equal(office.isWorking(at("2026-11-30T09:00:00Z")), true, "Monday 09:00 in winter (GMT)");
  assert.equal(office.isWorking(at("2026-11-30T08:59:59Z")), false);
  assert.equal(office.isWorking(at("2026-11-30T17:29:59Z")), true);
  assert.equal(office.isWorking(at("2026-11-30T17:30:00Z")), false, "the end is not working time");
  assert.equal(office.isWorking(at("2026-12-05T11:00:00Z")), false, "Saturday");
  assert.equal(iso(office.nextStart(at("2026-12-04T18:00:00Z"))), "2026-12-07T09:00:00.000Z", "Friday evening");
});

test("the same wall-clock hours are an hour earlier in UTC in summer", () => {
  assert.equal(office.isWorking(at("2026-07-01T08:00:00Z")), true, "09:00 BST");
  assert.equal(office.isWorking(at("2026-07-01T16:30:00Z")), false, "17:30 BST");
  // The clocks go forward on Sunday 29 March 2026: Friday's 09:00 is 09:00Z, Monday's is 08:00Z.
  assert.equal(iso(office.nextStart(at("2026-03-27T18:00:00Z"))), "2026-03-30T08:00:00.000Z");
  // And back on Sunday 25 October 2026.
  assert.equal(iso(office.nextStart(at("2026-10-23T17:00:00Z"))), "2026-10-26T09:00:00.000Z");
  const tokyo = new WorkingHours({ start: "09:00", end: "17:30", days: [1] }, "Asia/Tokyo");
  assert.equal(tokyo.isWorking(at("2026-11-30T00:00:00Z")), true, "09:00 Monday in Tokyo is Monday 00:00Z");
});

test("a night shift across midnight belongs to the day it starts on", () => {
  const nights = new WorkingHours({ start: "22:00", end: "06:00", days: [1, 2, 3, 4, 5] }, "Europe/London");
  assert.equal(nights.isWorking(at("2026-12-01T02:00:00Z")), true, "Tuesday 02:00 is Monday's night");
  assert.equal(nights.isWorking(at("2026-11-30T02:00:00Z")), false, "Monday 02:00 is Sunday's night: off");
  assert.equal(nights.isWorking(at("2026-12-05T05:59:00Z")), true, "Saturday 05:59 is Friday's night");
  assert.equal(nights.isWorking(at("2026-12-05T22:30:00Z")), false, "Saturday 22:30 is off");
  assert.equal(nights.isWorking(at("2026-11-30T21:59:00Z")), false);
  assert.equal(iso(nights.nextStart(at("2026-12-05T12:00:00Z"))), "2026-12-07T22:00:00.000Z");
});

test("a night across the change to and from summer time is an hour shorter or longer", () => {
  const everyNight = new WorkingHours({ start: "22:00", end: "06:00", days: [1, 2, 3, 4, 5, 6, 7] }, "Europe/London");
  const spring = everyNight.spellAt(at("2026-03-29T03:00:00Z"));
  assert.deepEqual([iso(spring.from), iso(spring.to)], ["2026-03-28T22:00:00.000Z", "2026-03-29T05:00:00.000Z"]);
  const autumn = everyNight.spellAt(at("2026-10-25T03:00:00Z"));
  assert.deepEqual([iso(autumn.from), iso(autumn.to)], ["2026-10-24T21:00:00.000Z", "2026-10-25T06:00:00.000Z"]);
  assert.equal(everyNight.isWorking(at("2026-10-25T05:30:00Z")), true, "05:30 GMT, after the hour repeated");
});

test("a wall-clock time the clocks skip or repeat", () => {
  const sunday = { year: 2026, month: 3, day: 29 };
  assert.equal(iso(instantOf(sunday, 90, "Europe/London")), "2026-03-29T01:30:00.000Z", "01:30 does not exist");
  const back = { year: 2026, month: 10, day: 25 };
  assert.equal(iso(instantOf(back, 90, "Europe/London")), "2026-10-25T00:30:00.000Z", "the first 01:30");
  assert.equal(wallClock(at("2026-10-25T01:30:00Z"), "Europe/London").hour, 1, "the second 01:30");
});

test("switched off, every moment is working time", () => {
  const always = new WorkingHours({ enabled: false }, "Europe/London");
  assert.equal(always.isWorking(at("2026-12-06T03:00:00Z")), true);
  assert.equal(always.nextStart(at("2026-12-06T03:00:00Z")), null);
});
