// The screen is kept on while playing, let go on pause and at the end, taken again when the tab is shown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ScreenAwake } from "../../../main/resources/modules/routines/awake.js";

function fakes() {
  const listeners = {};
  const documentLike = { visibilityState: "visible", addEventListener: (type, l) => { listeners[type] = l; } };
  const wakeLock = { requests: 0, active: 0, request: async (type) => {
    assert.equal(type, "screen");
    wakeLock.requests++;
    wakeLock.active++;
    const releases = [];
    return { addEventListener: (t, l) => releases.push(l),
      release: async () => { wakeLock.active--; releases.forEach((l) => l()); },
      dropByBrowser: () => { wakeLock.active--; releases.forEach((l) => l()); } };
  } };
  return { documentLike, wakeLock, listeners };
}

test("held while playing, asked for once however often the beat asks, released on pause", async () => {
  const { documentLike, wakeLock } = fakes();
  const awake = new ScreenAwake({ navigatorLike: { wakeLock }, documentLike });
  await Promise.all([awake.hold(true), awake.hold(true), awake.hold(true)]);
  assert.equal(wakeLock.requests, 1);
  assert.equal(awake.held, true);
  await awake.hold(false);
  assert.equal(wakeLock.active, 0);
  assert.equal(awake.held, false);
});

test("taken again when the tab is shown after the browser dropped it", async () => {
  const { documentLike, wakeLock, listeners } = fakes();
  const awake = new ScreenAwake({ navigatorLike: { wakeLock }, documentLike });
  await awake.hold(true);
  documentLike.visibilityState = "hidden";
  awake.lock.dropByBrowser();
  assert.equal(awake.held, false);
  documentLike.visibilityState = "visible";
  await listeners.visibilitychange();
  assert.equal(awake.held, true);
  assert.equal(wakeLock.requests, 2);
});

test("a pause while the lock is being asked for lets it go as soon as it comes", async () => {
  const { documentLike, wakeLock } = fakes();
  const awake = new ScreenAwake({ navigatorLike: { wakeLock }, documentLike });
  const asking = awake.hold(true);
  await awake.hold(false);
  await asking;
  assert.equal(wakeLock.active, 0);
});

test("without the Wake Lock API nothing happens and nothing breaks", async () => {
  const awake = new ScreenAwake({ navigatorLike: {}, documentLike: {} });
  assert.equal(awake.supported, false);
  await awake.hold(true);
  assert.equal(awake.held, false);
});
