// The cues on a fake clock: what is said and when, from the player's own states, sampled on the page's beat.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Player } from "../../../main/resources/modules/routines/player.js";
import { Cues, cuesBetween, loadCueSettings, saveCueSettings, CUE_SETTINGS_KEY, DEFAULT_CUE_SETTINGS }
  from "../../../main/resources/modules/routines/cues.js";

const words = { left: "Left side now", right: "Right side now", both: "Both sides", rest: "Rest",
  check: "Time to check in", end: "Well done" };
const release = { id: "ball-release-floor", kind: "release", sides: "each" };
const squeeze = { id: "standing-squeeze-each-side", kind: "activation", sides: "each" };
const routine = { id: "five-minute-release", steps: [
  { exercise: release, dose: { sets: 2, secondsPerSide: 30, restSeconds: 15 } },
  { exercise: squeeze, dose: { sets: 1, reps: 3, holdSeconds: 5, restSeconds: 30 } },
] };

/** A player on a fake clock, and cues that record what they would play (no audio, no speech). */
function run(settings) {
  const clock = { t: 1_000_000 };
  const player = new Player(routine, { now: () => clock.t, newId: () => "id" });
  const spoken = [];
  const tones = [];
  const audio = { currentTime: 0, destination: {}, resume() {},
    createOscillator: () => ({ frequency: {}, connect: (g) => g, start: () => tones.push(clock.t), stop() {} }),
    createGain: () => ({ gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (d) => d }) };
  const speech = { cancel() {}, speak: (u) => spoken.push({ at: (clock.t - 1_000_000) / 1000, text: u.text }) };
  const cues = new Cues({ words, settings, audioContext: () => audio, speech,
    Utterance: function Utterance(text) { this.text = text; } });
  cues.unlock();
  player.start();
  /** The page's beat: a look every quarter second for `seconds`. */
  const play = (seconds) => {
    for (let i = 0; i < seconds * 4; i++) {
      cues.update(player.state());
      clock.t += 250;
    }
    cues.update(player.state());
  };
  return { player, cues, clock, spoken, tones, play };
}

test("each side is said as it starts, the last seconds are counted, and the change is exact by the clock", () => {
  const { spoken, tones, play } = run({ tone: true, voice: true });
  play(60);
  assert.deepEqual(spoken, [
    { at: 0, text: "Left side now" }, { at: 27, text: "3" }, { at: 28, text: "2" }, { at: 29, text: "1" },
    { at: 30, text: "Right side now" }, { at: 57, text: "3" }, { at: 58, text: "2" }, { at: 59, text: "1" },
    { at: 60, text: "Time to check in" },
  ]);
  assert.deepEqual(tones.map((t) => (t - 1_000_000) / 1000), [0, 30, 60], "a tone at each change");
});

test("counted reps are said as each starts", () => {
  const { player, spoken, play } = run({ tone: false, voice: true });
  player.timeline.goTo(7, player.now());
  spoken.length = 0;
  play(42);
  assert.deepEqual(spoken.map((s) => s.text), ["Left side now", "2", "3", "Right side now", "2", "3", "Time to check in"]);
});

test("nothing is cued while paused, and a resumed hold goes on counting where it was", () => {
  const { player, spoken, play } = run({ tone: true, voice: true });
  play(10);
  player.timeline.pause();
  play(100);
  assert.deepEqual(spoken.map((s) => s.text), ["Left side now"]);
  player.timeline.resume();
  play(20);
  assert.deepEqual(spoken.map((s) => s.text), ["Left side now", "3", "2", "1", "Right side now"]);
});

test("a tab that slept gets the cue for where it is now, once, not a backlog", () => {
  const { player, cues, clock, spoken } = run({ tone: true, voice: true });
  cues.update(player.state());
  clock.t += 45_000; // half-way through the right side
  cues.update(player.state());
  cues.update(player.state());
  assert.deepEqual(spoken.map((s) => s.text), ["Left side now", "Right side now"]);
});

test("the end is cued once", () => {
  const { player, cues, spoken } = run({ tone: true, voice: true });
  cues.update(player.state());
  player.end();
  cues.update(player.state());
  cues.update(player.state());
  assert.deepEqual(spoken.map((s) => s.text), ["Left side now", "Well done"]);
});

test("the voice switched off says nothing; the tone switched off plays nothing", () => {
  const quiet = run({ tone: true, voice: false });
  quiet.play(31);
  assert.deepEqual(quiet.spoken, []);
  assert.equal(quiet.tones.length, 2);
  const still = run({ tone: false, voice: true });
  still.play(31);
  assert.equal(still.tones.length, 0);
  assert.equal(still.spoken.length, 5);
});

test("short holds are not counted down aloud", () => {
  const due = cuesBetween({ index: 0, remaining: 4, segment: { type: "work", seconds: 5 } },
    { index: 0, remaining: 3, segment: { type: "work", seconds: 5 } }, words);
  assert.deepEqual(due, []);
});

test("the switches are remembered on the device; anything unreadable counts as the defaults", () => {
  const rows = new Map();
  const storage = { getItem: (k) => rows.get(k) ?? null, setItem: (k, v) => rows.set(k, v) };
  assert.deepEqual(loadCueSettings(storage), DEFAULT_CUE_SETTINGS);
  saveCueSettings({ tone: true, voice: false, awake: false }, storage);
  assert.deepEqual(loadCueSettings(storage), { tone: true, voice: false, awake: false });
  rows.set(CUE_SETTINGS_KEY, "{not json");
  assert.deepEqual(loadCueSettings(storage), DEFAULT_CUE_SETTINGS);
  rows.set(CUE_SETTINGS_KEY, JSON.stringify({ voice: "no" }));
  assert.deepEqual(loadCueSettings(storage), DEFAULT_CUE_SETTINGS);
});

/** Like `run`, but the person has not touched the page yet: no `unlock()` before the player starts. */
function untouched({ activation } = {}) {
  const clock = { t: 1_000_000 };
  const player = new Player(routine, { now: () => clock.t, newId: () => "id" });
  const spoken = [];
  const speech = { cancel() {}, speak: (u) => spoken.push({ at: (clock.t - 1_000_000) / 1000, text: u.text }) };
  const cues = new Cues({ words, settings: { tone: false, voice: true }, speech, activation,
    Utterance: function Utterance(text) { this.text = text; } });
  player.start();
  const play = (seconds) => {
    for (let i = 0; i < seconds * 4; i++) {
      cues.update(player.state());
      clock.t += 250;
    }
    cues.update(player.state());
  };
  return { player, cues, spoken, play };
}

test("nothing is spoken before the first touch; the touch says the step under way, and the cues go on", () => {
  const { cues, spoken, play } = untouched();
  play(10);
  assert.deepEqual(spoken, [], "speech before a user activation is what Chromium reports as deprecated");
  cues.unlock();
  play(20);
  assert.deepEqual(spoken, [
    { at: 10, text: "Left side now" }, { at: 27, text: "3" }, { at: 28, text: "2" }, { at: 29, text: "1" },
    { at: 30, text: "Right side now" },
  ]);
});

test("the touch says only the step under way, never a missed one or a stale count, and nothing while paused", () => {
  const late = untouched();
  late.play(35);
  late.cues.unlock();
  assert.deepEqual(late.spoken, [{ at: 35, text: "Right side now" }], "not the left side, which is over");
  late.cues.unlock();
  late.play(26);
  assert.deepEqual(late.spoken.map((s) => s.text), ["Right side now", "3", "2", "1", "Time to check in"]);
  const paused = untouched();
  paused.play(5);
  paused.player.timeline.pause();
  paused.play(1);
  paused.cues.unlock();
  assert.deepEqual(paused.spoken, []);
});

test("a page the person has already touched (the browser's user activation) speaks from the start", () => {
  const { spoken, play } = untouched({ activation: { hasBeenActive: true } });
  play(1);
  assert.deepEqual(spoken.map((s) => s.text), ["Left side now"]);
});
