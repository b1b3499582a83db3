// Statistics kept on this device: per day and per week, breaks taken, skipped and postponed, the longest stretch
// sitting without a break, and the share of sitting time that was in spells over 30 minutes. A spell is the time
// from the start of an interval (or the last break taken) to the next break taken, a pause or the end of the
// working day; a skipped or postponed break does not end it. Days and weeks are the person's, in their zone.
import { addDays, wallClock } from "./hours.js";

export const LONG_SPELL_MS = 30 * 60_000;
const LOG_KEY = "glutecoach.timer.log";
const KEEP_DAYS = 70;

const pad = (n) => String(n).padStart(2, "0");

/** "2026-12-01" for the person's day at an instant. */
export function dayOf(instant, timeZone) {
  const w = wallClock(instant, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** The Monday that starts the person's week at an instant, as "2026-11-30". */
export function weekOf(instant, timeZone) {
  const w = wallClock(instant, timeZone);
  const monday = addDays(w, 1 - w.weekday);
  return `${monday.year}-${pad(monday.month)}-${pad(monday.day)}`;
}

function emptyRow(key) {
  return { key, taken: 0, skipped: 0, postponed: 0, natural: 0, longestMs: 0, sittingMs: 0, longMs: 0 };
}

/** Rows per day or per week (`by` is dayOf or weekOf), newest first, from a log of events and spells. */
export function summarise({ events, spells }, timeZone, by = dayOf) {
  const rows = new Map();
  const row = (instant) => {
    const key = by(instant, timeZone);
    if (!rows.has(key)) {
      rows.set(key, emptyRow(key));
    }
    return rows.get(key);
  };
  for (const event of events) {
    row(Date.parse(event.at))[event.kind] += 1;
  }
  for (const { from, to } of spells) {
    const r = row(from);
    const length = to - from;
    r.sittingMs += length;
    r.longestMs = Math.max(r.longestMs, length);
    if (length > LONG_SPELL_MS) {
      r.longMs += length;
    }
  }
  return [...rows.values()]
    .map((r) => ({ ...r, longShare: r.sittingMs === 0 ? 0 : r.longMs / r.sittingMs }))
    .sort((a, b) => b.key.localeCompare(a.key));
}

/** The device's log in local storage: what the timer did here, whoever is signed in or not. */
export class DeviceLog {
  constructor(storage, now = () => Date.now()) {
    this.storage = storage;
    this.now = now;
  }

  read() {
    try {
      const log = JSON.parse(this.storage.getItem(LOG_KEY) ?? "null");
      return log && Array.isArray(log.events) && Array.isArray(log.spells) ? log : { events: [], spells: [] };
    } catch {
      return { events: [], spells: [] };
    }
  }

  /** Adds what the timer drained; keeps ten weeks. */
  add({ events, spells }) {
    if (events.length === 0 && spells.length === 0) {
      return;
    }
    const log = this.read();
    const oldest = this.now() - KEEP_DAYS * 24 * 60 * 60_000;
    const known = new Set(log.events.map((e) => e.id));
    log.events = log.events.concat(events.filter((e) => !known.has(e.id)))
      .filter((e) => Date.parse(e.at) >= oldest);
    // The same start and end is the same spell (two tabs may both add it).
    const spellKnown = new Set(log.spells.map((s) => `${s.from}-${s.to}`));
    log.spells = log.spells.concat(spells.filter((s) => !spellKnown.has(`${s.from}-${s.to}`)))
      .filter((s) => s.to >= oldest);
    this.storage.setItem(LOG_KEY, JSON.stringify(log));
  }
}
