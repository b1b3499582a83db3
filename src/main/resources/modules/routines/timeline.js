// Where the player is, worked out from a clock, never by counting ticks: a 30-second hold ends 30 s after it
// began plus any time paused, even if the tab slept in between. Checks (comfort, rating) wait for an answer.

export class Timeline {
  constructor(segments, now = () => Date.now()) {
    this.segments = segments;
    this.now = now;
    this.index = 0;
    this.startedAt = null; // when the current segment began, in clock time
    this.pausedAt = null;
    this.ended = false;
  }

  start() {
    this.index = 0;
    this.startedAt = this.now();
    this.ended = this.segments.length === 0;
  }

  get paused() {
    return this.pausedAt !== null;
  }

  pause() {
    if (!this.paused && !this.ended) {
      this.catchUp();
      this.pausedAt = this.now();
    }
  }

  resume() {
    if (this.paused) {
      // The pause does not count: the segment began that much later.
      this.startedAt += this.now() - this.pausedAt;
      this.pausedAt = null;
    }
  }

  /** Moves on by the clock: ends every timed segment whose time is up, each exactly at its own end. */
  catchUp() {
    if (this.ended || this.startedAt === null) {
      return;
    }
    const at = this.paused ? this.pausedAt : this.now();
    let segment = this.segments[this.index];
    while (segment && segment.seconds !== undefined && at - this.startedAt >= segment.seconds * 1000) {
      this.startedAt += segment.seconds * 1000;
      this.goTo(this.index + 1, this.startedAt);
      segment = this.segments[this.index];
    }
  }

  /** What to show now: the segment, seconds left (rounded up) and, for counted work, which rep. */
  state() {
    this.catchUp();
    if (this.ended) {
      return { ended: true, index: this.segments.length };
    }
    const segment = this.segments[this.index];
    const at = this.paused ? this.pausedAt : this.now();
    const elapsedMs = Math.max(0, at - this.startedAt);
    const state = { ended: false, index: this.index, segment, paused: this.paused, next: this.segments[this.index + 1] };
    if (segment.seconds !== undefined) {
      state.remaining = Math.max(0, Math.ceil(segment.seconds - elapsedMs / 1000));
      if (segment.repSeconds) {
        state.rep = Math.min(segment.reps, Math.floor(elapsedMs / 1000 / segment.repSeconds) + 1);
      }
    }
    return state;
  }

  /** Finishes a check (or any segment) now and goes to the next. */
  advance() {
    this.catchUp();
    if (!this.ended) {
      this.goTo(this.index + 1, this.now());
    }
  }

  skip() {
    this.advance();
  }

  /** Back to the start of this segment if it has run a while, else to the one before. */
  back() {
    this.catchUp();
    const at = this.now();
    if (this.ended) {
      this.goTo(this.segments.length - 1, at);
      return;
    }
    const elapsedMs = (this.paused ? this.pausedAt : at) - this.startedAt;
    this.goTo(elapsedMs > 2000 ? this.index : Math.max(0, this.index - 1), at);
  }

  /** Skips the rest of an exercise (after a comfort stop): to the first segment of the next exercise. */
  skipExercise() {
    this.catchUp();
    const current = this.segments[this.index];
    let next = this.index;
    while (next < this.segments.length && this.segments[next].exerciseIndex === current?.exerciseIndex) {
      next++;
    }
    this.goTo(next, this.now());
  }

  end() {
    this.ended = true;
    this.pausedAt = null;
  }

  goTo(index, at) {
    this.index = index;
    this.startedAt = at;
    if (this.paused) {
      this.pausedAt = at;
    }
    if (index >= this.segments.length) {
      this.ended = true;
      this.pausedAt = null;
    }
  }
}
