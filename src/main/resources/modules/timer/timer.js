// The desk timer's rules, apart from the page and the clock. Its state is a few instants (when the interval
// started, how far postpones and pauses pushed it, when a break began, when the page last saw the clock) plus
// the settings, never a count of ticks: a reload, a background tab or a sleeping laptop neither loses nor drifts
// the countdown, because every reading is worked out again from `now()`.
import { WorkingHours } from "./hours.js";
import { hoursOf } from "./settings.js";

const MINUTE = 60_000;
export const POSTPONE_MS = 5 * MINUTE;
// A tab in the background may be woken only once a minute, so a gap shorter than two minutes is not an absence.
const SHORTEST_ABSENCE_MS = 2 * MINUTE;

/** Phases: idle (not started), running, paused, break (due now), waiting (started, outside working hours). */
export function initialState(now, series) {
  return { phase: "idle", startedAt: null, shift: 0, pausedAt: null, breakFrom: null, postpones: 0, spellFrom: null,
    lastSeen: now, series };
}

const mix = (h) => {
  const a = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  const b = Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
  return (b ^ (b >>> 16)) >>> 0;
};

/** A UUID (version 8) that is the same for the same text. */
export function uuidOf(text) {
  const hex = [1, 2, 3, 4].map((lane) => {
    let h = Math.imul(lane, 0x9e3779b9);
    for (let i = 0; i < text.length; i++) {
      h = mix(h ^ text.charCodeAt(i));
    }
    return mix(h ^ text.length).toString(16).padStart(8, "0");
  }).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

export class DeskTimer {
  constructor(settings, { now = () => Date.now(), newId = () => crypto.randomUUID(), state = null } = {}) {
    this.now = now;
    this.newId = newId;
    this.state = state ? { series: newId(), ...state } : initialState(now(), newId());
    this.events = [];
    this.spells = [];
    this.configure(settings);
  }

  /** New settings apply at once: the running interval keeps its start, so a shorter one may be due now. */
  configure(settings) {
    this.settings = settings;
    this.hours = new WorkingHours(hoursOf(settings), settings.timeZone);
  }

  get intervalMs() {
    return this.settings.intervalMinutes * MINUTE;
  }

  get breakMs() {
    return this.settings.breakMinutes * MINUTE;
  }

  get dueAt() {
    return this.state.startedAt === null ? null : this.state.startedAt + this.intervalMs + this.state.shift;
  }

  get breakEndsAt() {
    return this.state.breakFrom === null ? null : this.state.breakFrom + this.breakMs;
  }

  start() {
    this.update();
    if (this.state.phase === "idle" || this.state.phase === "waiting") {
      const now = this.now();
      if (this.hours.isWorking(now)) {
        this.restart(now);
      } else {
        this.state.phase = "waiting";
      }
    }
    return this.update();
  }

  pause() {
    const now = this.now();
    this.update();
    if (this.state.phase === "running") {
      this.endSpell(now);
      Object.assign(this.state, { phase: "paused", pausedAt: now });
    }
    return this.update();
  }

  resume() {
    const now = this.now();
    if (this.state.phase === "paused") {
      Object.assign(this.state, { phase: "running", shift: this.state.shift + now - this.state.pausedAt,
        pausedAt: null, spellFrom: now, lastSeen: now });
    }
    return this.update();
  }

  /** "Break now": the break screen at once, whatever the countdown says. */
  breakNow() {
    this.update();
    if (this.state.phase === "running" || this.state.phase === "paused") {
      if (this.state.phase === "paused") {
        this.state.spellFrom = null;
      }
      Object.assign(this.state, { phase: "break", breakFrom: this.now(), pausedAt: null });
    }
    return this.update();
  }

  /** The person took the break (early, or when its countdown ended). */
  take(at = this.now()) {
    if (this.state.phase === "break") {
      this.endSpell(this.state.breakFrom);
      this.record("taken", at);
      this.restart(at);
    }
    return this.update();
  }

  /** Skipped: they go on sitting, so the spell goes on; the next break is a whole interval away. */
  skip() {
    if (this.state.phase === "break") {
      const now = this.now();
      this.record("skipped", now);
      const spellFrom = this.state.spellFrom;
      this.restart(now);
      this.state.spellFrom = spellFrom;
    }
    return this.update();
  }

  /** Whether a postpone is offered now: "yes", "confirm" (the second in a row) or "no" (the third). */
  get postponeOffer() {
    if (this.state.phase !== "break") {
      return "no";
    }
    return ["yes", "confirm"][this.state.postpones] ?? "no";
  }

  /** Five more minutes. The second in a row needs `confirmed`; a third is refused. Answers whether it happened. */
  postpone({ confirmed = false } = {}) {
    const offer = this.postponeOffer;
    if (offer === "no" || (offer === "confirm" && !confirmed)) {
      return false;
    }
    const now = this.now();
    this.record("postponed", now);
    Object.assign(this.state, { phase: "running", breakFrom: null, postpones: this.state.postpones + 1,
      shift: now + POSTPONE_MS - this.state.startedAt - this.intervalMs });
    this.update();
    return true;
  }

  /** "I just stood up": a break the person took without being asked; the interval starts again. */
  stoodUp() {
    this.update();
    const phase = this.state.phase;
    if (phase === "running" || phase === "paused" || phase === "break") {
      const now = this.now();
      this.endSpell(phase === "break" ? this.state.breakFrom : now);
      this.record("natural", now);
      this.restart(now);
    }
    return this.update();
  }

  /** Brings the state up to `now()` and describes it for the page. Call it as often as you like. */
  update() {
    const now = this.now();
    const s = this.state;
    if (s.phase === "break" && now >= this.breakEndsAt) {
      this.take(this.breakEndsAt);
      s.lastSeen = now;
    }
    const away = now - s.lastSeen > Math.max(this.breakMs, SHORTEST_ABSENCE_MS);
    if (away && (s.phase === "running" || s.phase === "break") && this.hours.isWorking(s.lastSeen)) {
      // Back after longer than a break: they were up, so it counts as one instead of firing at once.
      this.endSpell(s.phase === "break" ? s.breakFrom : s.lastSeen);
      this.record("natural", s.lastSeen);
      this.restart(now);
    }
    const spell = this.hours.spellAt(now);
    if ((s.phase === "running" || s.phase === "break") && spell === null) {
      const ended = this.hours.spellAt(s.lastSeen)?.to ?? s.lastSeen;
      this.endSpell(Math.min(ended, now));
      Object.assign(s, { phase: "waiting", startedAt: null, shift: 0, breakFrom: null, postpones: 0 });
    } else if ((s.phase === "waiting" || s.phase === "idle") && spell !== null && !this.hours.isWorking(s.lastSeen)) {
      // Working hours began while the page was open: the timer starts itself, from the start of the hours.
      this.restart(now - spell.from > SHORTEST_ABSENCE_MS ? now : spell.from);
    }
    if (s.phase === "running" && now >= this.dueAt) {
      Object.assign(s, { phase: "break", breakFrom: now });
    }
    s.lastSeen = now;
    return this.view(now);
  }

  view(now) {
    const s = this.state;
    return {
      phase: s.phase,
      remainingMs: s.phase === "running" ? this.dueAt - now
        : s.phase === "paused" ? this.dueAt - s.pausedAt : s.phase === "break" ? this.breakEndsAt - now : null,
      dueAt: s.phase === "running" ? this.dueAt : null,
      breakFrom: s.breakFrom,
      postponeOffer: this.postponeOffer,
      nextStart: s.phase === "waiting" ? this.hours.nextStart(now) : null,
    };
  }

  /** The events and finished sitting spells since the last call, to queue and to count. */
  drain() {
    const out = { events: this.events, spells: this.spells };
    this.events = [];
    this.spells = [];
    return out;
  }

  restart(at) {
    Object.assign(this.state, { phase: "running", startedAt: at, shift: 0, pausedAt: null, breakFrom: null,
      postpones: 0, spellFrom: at, lastSeen: Math.max(this.state.lastSeen, at) });
  }

  // The id comes from the shared state, not at random: two tabs that record the same event make the same id, which
  // the device log, the offline queue and the server keep once (ADR 18). `series` is random per browser.
  record(kind, at) {
    const s = this.state;
    this.events.push({ id: uuidOf(`${s.series}|${kind}|${s.startedAt}|${s.shift}`), kind,
      at: new Date(at).toISOString() });
  }

  endSpell(to) {
    const from = this.state.spellFrom;
    if (from !== null && to > from) {
      this.spells.push({ from, to });
    }
    this.state.spellFrom = null;
  }
}
