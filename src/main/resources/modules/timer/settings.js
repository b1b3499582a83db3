// The timer's settings, their limits and where they are kept: on the device for everyone (so the timer works
// signed out and offline), and on the server for a signed-in person (so another device gets them too).
// docs/domain/dosage.md §3: every 30 minutes (NHS advice), 2-minute breaks (the studies measured blood sugar,
// not back pain).

export const LIMITS = { intervalMinutes: [15, 90], breakMinutes: [1, 10] };

// The same names as the server's settings (GET /api/v1/timer/settings); days are ISO numbers, 1 = Monday.
export const DEFAULTS = Object.freeze({
  intervalMinutes: 30,
  breakMinutes: 2,
  workStart: "09:00",
  workEnd: "17:30",
  workDays: Object.freeze([1, 2, 3, 4, 5]),
  timeZone: "UTC",
  sound: false,
  notifications: false,
});

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const STORE_KEY = "glutecoach.timer.settings";
const DAY_NAMES = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

function whole(value, [min, max], fallback) {
  const number = Number(value);
  return Number.isInteger(number) && number >= min && number <= max ? number : fallback;
}

function dayNumber(day) {
  return typeof day === "string" && DAY_NAMES.includes(day) ? DAY_NAMES.indexOf(day) + 1 : Number(day);
}

/** Settings from anywhere (the device, the server, an old version), with anything missing or out of range set back. */
export function normalise(raw = {}, timeZone = DEFAULTS.timeZone) {
  const days = Array.isArray(raw.workDays)
    ? [...new Set(raw.workDays.map(dayNumber))].filter((d) => Number.isInteger(d) && d >= 1 && d <= 7) : [];
  const time = (value, fallback) => (TIME.test(value ?? "") ? value : fallback);
  return {
    intervalMinutes: whole(raw.intervalMinutes, LIMITS.intervalMinutes, DEFAULTS.intervalMinutes),
    breakMinutes: whole(raw.breakMinutes, LIMITS.breakMinutes, DEFAULTS.breakMinutes),
    workStart: time(raw.workStart, DEFAULTS.workStart),
    workEnd: time(raw.workEnd, DEFAULTS.workEnd),
    workDays: days.length > 0 ? days.sort() : [...DEFAULTS.workDays],
    timeZone: validZone(raw.timeZone) ? raw.timeZone : timeZone,
    sound: raw.sound === true,
    notifications: raw.notifications === true,
  };
}

/** As the server takes them (PUT /api/v1/timer/settings): days by name. */
export function forServer(settings) {
  const { timeZone, ...rest } = settings;
  return { ...rest, workDays: settings.workDays.map((d) => DAY_NAMES[d - 1]) };
}

/** The working hours the timer keeps to. */
export function hoursOf(settings) {
  return { start: settings.workStart, end: settings.workEnd, days: settings.workDays };
}

function validZone(zone) {
  try {
    return typeof zone === "string" && new Intl.DateTimeFormat("en-GB", { timeZone: zone }) !== null;
  } catch {
    return false;
  }
}

/** Settings kept in the browser's local storage. */
export function loadLocal(storage, timeZone) {
  try {
    return normalise(JSON.parse(storage.getItem(STORE_KEY) ?? "{}"), timeZone);
  } catch {
    return normalise({}, timeZone);
  }
}

export function saveLocal(storage, settings) {
  storage.setItem(STORE_KEY, JSON.stringify(settings));
}
