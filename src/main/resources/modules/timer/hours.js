// Working hours and days in the person's time zone, as instants: whether an instant is inside them, when the
// next spell of work starts and when the current one ends. Spells may cross midnight (22:00-06:00 belongs to the
// day it starts on) and summer-time changes are handled by asking Intl for the zone's offset, never by adding
// 24 hours to an instant.

const HALF_DAY = 12 * 60 * 60_000;
const formats = new Map();

function formatFor(timeZone) {
  if (!formats.has(timeZone)) {
    formats.set(timeZone, new Intl.DateTimeFormat("en-GB", {
      timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric",
      hour: "numeric", minute: "numeric", second: "numeric", weekday: "short",
    }));
  }
  return formats.get(timeZone);
}

const WEEKDAYS = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The wall clock in a zone at an instant: year, month (1-12), day, hour, minute, second, ISO weekday (1 = Monday). */
export function wallClock(instant, timeZone) {
  const parts = {};
  for (const { type, value } of formatFor(timeZone).formatToParts(new Date(instant))) {
    parts[type] = value;
  }
  return {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour),
    minute: Number(parts.minute), second: Number(parts.second), weekday: WEEKDAYS[parts.weekday],
  };
}

function offsetAt(instant, timeZone) {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens in a zone. A time skipped by the clocks going forward (01:30 on the last
 * Sunday of March in London) comes out as the same length of time after the change; a time that happens twice
 * (the clocks going back) comes out as the first of the two.
 */
export function instantOf({ year, month, day }, minutes, timeZone) {
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  // The zone's offset half a day before and after: they differ only when the clocks change in between.
  const before = wall - offsetAt(wall - HALF_DAY, timeZone);
  const after = wall - offsetAt(wall + HALF_DAY, timeZone);
  const shown = [before, after].filter((t) => sameWall(t, wall, timeZone));
  return shown.length > 0 ? Math.min(...shown) : before;
}

function sameWall(instant, wall, timeZone) {
  const w = wallClock(instant, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) === wall;
}

/** The calendar date `days` after a date (plain calendar arithmetic, no zone). */
export function addDays({ year, month, day }, days) {
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() || 7 };
}

/** "09:30" as minutes after midnight. */
export function minutesOf(time) {
  const [hours, minutes] = time.split(":").map(Number);
  return hours * 60 + minutes;
}

/**
 * Working hours: `{ enabled, start: "09:00", end: "17:30", days: [1, 2, 3, 4, 5] }` (ISO weekdays) in `timeZone`.
 * Switched off, every moment is working time. Start equal to end means the whole day.
 */
export class WorkingHours {
  constructor({ enabled = true, start = "09:00", end = "17:30", days = [1, 2, 3, 4, 5] } = {}, timeZone = "UTC") {
    this.enabled = enabled;
    this.start = minutesOf(start);
    this.end = minutesOf(end);
    this.days = new Set(days);
    this.timeZone = timeZone;
    this.spells = new Map(); // by date: a page asks about the same few days several times a second
  }

  get crossesMidnight() {
    return this.end <= this.start;
  }

  /** The spell of work an instant falls in, as `{ from, to }` instants, or null outside working hours. */
  spellAt(instant) {
    if (!this.enabled) {
      return { from: -Infinity, to: Infinity };
    }
    const today = wallClock(instant, this.timeZone);
    // A spell that crosses midnight may have started yesterday.
    for (const offset of this.crossesMidnight ? [-1, 0] : [0]) {
      const spell = this.spellOn(addDays(today, offset));
      if (spell && spell.from <= instant && instant < spell.to) {
        return spell;
      }
    }
    return null;
  }

  /** The spell that starts on a date, or null on a day off. */
  spellOn(date) {
    if (!this.days.has(date.weekday)) {
      return null;
    }
    const key = `${date.year}-${date.month}-${date.day}`;
    if (!this.spells.has(key)) {
      if (this.spells.size > 64) {
        this.spells.clear();
      }
      const from = instantOf(date, this.start, this.timeZone);
      const to = instantOf(this.crossesMidnight ? addDays(date, 1) : date, this.end, this.timeZone);
      this.spells.set(key, { from, to });
    }
    return this.spells.get(key);
  }

  isWorking(instant) {
    return this.spellAt(instant) !== null;
  }

  /** The start of the first spell after an instant (null when no day is a working day). */
  nextStart(instant) {
    if (!this.enabled) {
      return null;
    }
    const today = wallClock(instant, this.timeZone);
    for (let offset = 0; offset <= 8; offset++) {
      const spell = this.spellOn(addDays(today, offset));
      if (spell && spell.from > instant) {
        return spell.from;
      }
    }
    return null;
  }
}
