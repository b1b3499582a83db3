// The player's rules, apart from the page: it runs the timeline, keeps what the person answered, stops an
// exercise on a comfort rating above the ceiling, stops the routine on pins and needles or numbness, and makes
// the session to record (POST /api/v1/routines/sessions has the same shape).
import { planOf } from "./plan.js";
import { Timeline } from "./timeline.js";

// docs/domain/dosage.md §1: stay at or below 6 out of 10; stop if above 7 (a convention, not evidence-based).
export const COMFORT_CEILING = 7;

export class Player {
  constructor(routine, { now = () => Date.now(), scale = 1, newId = () => crypto.randomUUID() } = {}) {
    this.routine = routine;
    this.now = now;
    this.timeline = new Timeline(planOf(routine, { scale }), now);
    this.id = newId();
    this.startedAt = null;
    this.endedAt = null;
    this.comfortChecks = [];
    this.ratings = { left: null, right: null };
    this.stopped = null; // null, or { reason: "comfort" | "nerve", exercise }
    this.done = new Set();
  }

  start() {
    this.startedAt = new Date(this.now()).toISOString();
    this.timeline.start();
  }

  state() {
    const state = this.timeline.state();
    this.markDone();
    if (state.ended && this.endedAt === null) {
      this.endedAt = new Date(this.now()).toISOString();
    }
    return { ...state, stopped: this.stopped };
  }

  /** The answer to a comfort check: 0-10, and whether there were pins and needles or numbness. */
  comfort(rating, { nerve = false } = {}) {
    const segment = this.timeline.state().segment;
    this.comfortChecks.push({ exercise: segment.exercise, set: segment.set, rating, nerve });
    if (nerve) {
      this.stopped = { reason: "nerve", exercise: segment.exercise };
      this.end();
    } else if (rating > COMFORT_CEILING) {
      this.stopped = { reason: "comfort", exercise: segment.exercise };
      this.timeline.skipExercise();
    } else {
      this.timeline.advance();
    }
  }

  /** The person has read the exercise's cautions (when not to do it, when to take care): the exercise starts. */
  readCautions() {
    if (this.timeline.state().segment?.type === "caution") {
      this.timeline.advance();
    }
  }

  /** How well each side switched on, 0-10; the latest answer counts. */
  rate(left, right) {
    this.ratings = { left, right };
    this.timeline.advance();
  }

  /** Clears a comfort stop's message once the person has read it and goes on. */
  carryOn() {
    if (this.stopped?.reason === "comfort") {
      this.stopped = null;
    }
  }

  end() {
    this.timeline.end();
    this.endedAt = new Date(this.now()).toISOString();
  }

  get finished() {
    return this.timeline.ended && this.timeline.index >= this.timeline.segments.length
      && this.stopped?.reason !== "nerve";
  }

  markDone() {
    const last = this.timeline.index;
    // An exercise is done once the last of its work is behind; a skipped one counts too (the person chose).
    const lastWork = new Map();
    this.timeline.segments.forEach((segment, i) => {
      if (segment.type === "work") {
        lastWork.set(segment.exercise, i);
      }
    });
    for (const [exercise, i] of lastWork) {
      if (i < last) {
        this.done.add(exercise);
      }
    }
  }

  /** The session to record: finished, or stopped early. */
  session() {
    this.state();
    return {
      id: this.id, routineId: this.routine.id, startedAt: this.startedAt, endedAt: this.endedAt,
      finished: this.finished, exercises: [...this.done], ratings: this.ratings, comfortChecks: this.comfortChecks,
    };
  }
}
