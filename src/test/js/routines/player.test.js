// The player's logic on a fake clock: node --test, run by ./mvnw verify (exec-maven-plugin, see pom.xml).
import { test } from "node:test";
import assert from "node:assert/strict";
import { planOf } from "../../../main/resources/modules/routines/plan.js";
import { Timeline } from "../../../main/resources/modules/routines/timeline.js";
import { Player, COMFORT_CEILING } from "../../../main/resources/modules/routines/player.js";

const release = {
  id: "ball-release-floor", kind: "release", sides: "each",
};
const squeeze = { id: "standing-squeeze-each-side", kind: "activation", sides: "each" };
const bridge = { id: "glute-bridge", kind: "strength", sides: "both" };
const routine = {
  id: "five-minute-release",
  steps: [
    { exercise: release, dose: { sets: 2, secondsPerSide: 30, restSeconds: 15 } },
    { exercise: squeeze, dose: { sets: 1, reps: 3, holdSeconds: 5, restSeconds: 30 } },
  ],
};

function fakeClock(start = 1_000_000) {
  const clock = { t: start, now: () => clock.t, tick: (seconds) => { clock.t += seconds * 1000; } };
  return clock;
}

function player(r = routine) {
  const clock = fakeClock();
  const p = new Player(r, { now: clock.now, newId: () => "00000000-0000-4000-8000-000000000001" });
  p.start();
  return { p, clock };
}

test("holds, checks, rests, sets and sides come in order", () => {
  const types = planOf(routine).map((s) => `${s.type}:${s.exercise.split("-")[0]}:${s.side ?? ""}:${s.set ?? ""}`);
  assert.deepEqual(types, [
    "work:ball:left:1", "work:ball:right:1", "comfort:ball::1", "rest:ball::1",
    "work:ball:left:2", "work:ball:right:2", "comfort:ball::2",
    "work:standing:left:1", "work:standing:right:1", "rate:standing::",
  ]);
  assert.equal(planOf(routine)[7].seconds, 3 * (5 + 2));
  assert.deepEqual(planOf({ steps: [{ exercise: bridge, dose: { sets: 2, reps: 10, holdSeconds: 2, restSeconds: 60 } }] })
    .map((s) => s.type), ["work", "rest", "work"]);
});

test("a 30-second hold ends at 30 s exactly, by the clock and not by ticks", () => {
  const clock = fakeClock();
  const timeline = new Timeline(planOf(routine), clock.now);
  timeline.start();
  clock.tick(29.999);
  assert.equal(timeline.state().index, 0);
  assert.equal(timeline.state().remaining, 1);
  clock.tick(0.001);
  assert.equal(timeline.state().index, 1, "the left side ends at 30 s");
  assert.equal(timeline.state().remaining, 30);
  clock.tick(75); // a tab in the background: the right side ends at 60 s, then the comfort check waits
  assert.equal(timeline.state().segment.type, "comfort");
  assert.equal(timeline.state().remaining, undefined);
});

test("pause and resume: the paused time does not count", () => {
  const { p, clock } = player();
  clock.tick(10);
  p.timeline.pause();
  clock.tick(500);
  assert.equal(p.state().remaining, 20);
  assert.equal(p.state().paused, true);
  p.timeline.resume();
  clock.tick(19.5);
  assert.equal(p.state().index, 0);
  clock.tick(0.5);
  assert.equal(p.state().segment.side, "right");
});

test("skip moves on; back restarts a segment, or goes to the one before when just begun", () => {
  const { p, clock } = player();
  p.timeline.skip();
  assert.equal(p.state().segment.side, "right");
  clock.tick(5);
  p.timeline.back();
  assert.equal(p.state().segment.side, "right");
  assert.equal(p.state().remaining, 30, "restarted");
  p.timeline.back();
  assert.equal(p.state().segment.side, "left");
});

test("counted work shows which rep", () => {
  const { p, clock } = player();
  p.timeline.goTo(7, clock.now());
  assert.equal(p.state().rep, 1);
  clock.tick(7);
  assert.equal(p.state().rep, 2);
  clock.tick(7);
  assert.equal(p.state().rep, 3);
});

test("a comfort rating above the ceiling stops that exercise and moves to the next", () => {
  const { p, clock } = player();
  clock.tick(60);
  assert.equal(p.state().segment.type, "comfort");
  p.comfort(COMFORT_CEILING + 1);
  const state = p.state();
  assert.equal(state.stopped.reason, "comfort");
  assert.equal(state.segment.exercise, "standing-squeeze-each-side");
  assert.equal(state.segment.type, "work");
  assert.deepEqual(p.comfortChecks, [{ exercise: "ball-release-floor", set: 1, rating: 8, nerve: false }]);
});

test("a rating at the ceiling carries on to the rest", () => {
  const { p, clock } = player();
  clock.tick(60);
  p.comfort(COMFORT_CEILING);
  assert.equal(p.state().segment.type, "rest");
  assert.equal(p.state().stopped, null);
});

test("pins and needles or numbness stops the whole routine, not finished", () => {
  const { p, clock } = player();
  clock.tick(60);
  p.comfort(3, { nerve: true });
  const session = p.session();
  assert.equal(p.state().ended, true);
  assert.equal(p.state().stopped.reason, "nerve");
  assert.equal(session.finished, false);
});

test("a routine run to the end is finished, with both sides rated and every exercise done", () => {
  const { p, clock } = player();
  clock.tick(60);
  p.comfort(4);
  clock.tick(15 + 60);
  p.comfort(5);
  clock.tick(21 * 2);
  assert.equal(p.state().segment.type, "rate");
  p.rate(7, 4);
  const session = p.session();
  assert.equal(session.finished, true);
  assert.deepEqual(session.ratings, { left: 7, right: 4 });
  assert.deepEqual(session.exercises, ["ball-release-floor", "standing-squeeze-each-side"]);
  assert.equal(session.id, "00000000-0000-4000-8000-000000000001");
  assert.equal(session.endedAt, new Date(clock.t).toISOString());
  assert.equal(Date.parse(session.endedAt) - Date.parse(session.startedAt), (60 + 75 + 42) * 1000);
});

test("ending early records a stopped session with what was done", () => {
  const { p, clock } = player();
  clock.tick(61);
  p.comfort(2);
  p.end();
  const session = p.session();
  assert.equal(session.finished, false);
  assert.deepEqual(session.exercises, []);
  assert.equal(session.comfortChecks.length, 1);
});

test("a scale shortens every timed segment, for trying a routine quickly", () => {
  const short = planOf(routine, { scale: 0.1 });
  assert.equal(short[0].seconds, 3);
  assert.equal(short[3].seconds, 2);
});

test("an exercise with cautions shows them first and starts only once the person has read them", () => {
  const careful = { ...release, cautions: ["Skip a sore spot."], doNotIf: ["Broken skin on the area."] };
  const withCautions = { id: "r", steps: [{ exercise: careful, dose: { sets: 1, secondsPerSide: 30, restSeconds: 0 } },
    { exercise: bridge, dose: { sets: 1, reps: 2, holdSeconds: 2, restSeconds: 0 } }] };
  assert.deepEqual(planOf(withCautions).map((s) => s.type), ["caution", "work", "work", "comfort", "work"],
    "the bridge has no cautions: no step for them");
  const { p, clock } = player(withCautions);
  assert.equal(p.state().segment.type, "caution");
  clock.tick(600);
  assert.equal(p.state().segment.type, "caution", "the cautions wait for the person, however long");
  p.readCautions();
  assert.equal(p.state().segment.type, "work");
  assert.equal(p.state().segment.side, "left");
  assert.equal(p.state().remaining, 30, "the hold starts when the cautions are read");
  p.readCautions();
  assert.equal(p.state().segment.side, "left", "reading again does not skip work");
  clock.tick(60);
  p.comfort(9);
  assert.equal(p.state().segment.exercise, "glute-bridge", "a comfort stop moves on to the next exercise");
  assert.deepEqual(p.session().exercises, ["ball-release-floor"]);
});
