// The timer's settings, their limits and where they are kept: on the device for everyone (so the timer works
// signed out and offline), and on the server for a signed-in person (so another device gets them too).
// docs/domain/dosage.md §3: every 30 minutes (NHS advice), 2-minute breaks (the studies measured blood sugar,
// not back pain).

export const LIMITS = { intervalMinutes: [15, 90], breakMinutes: [1, 10] };

export const DEFAULTS = Object.freeze({
  intervalMinutes: 30,
  breakMinutes: 2,
  workingHours: Object.freeze({ enabled: true, start: "09:00", end: "17:30", days: Object.freeze([1, 2, 3, 4, 5]) }),
  timeZone: "UTC",
  sound: false,
});

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const STORE_KEY = "glutecoach.timer.settings";

function whole(value, [min, max], fallback) {
  const number = Number(value);
  return Number.isInteger(number) && number >= min && number <= max ? number : fallback;
}

/** Settings from anywhere (the device, the server, an old version), with anything missing or out of range set back. */
export function normalise(raw = {}, timeZone = DEFAULTS.timeZone) {
  const hours = raw.workingHours ?? {};
  const days = Array.isArray(hours.days) ? [...new Set(hours.days.map(Number))].filter((d) => d >= 1 && d <= 7) : null;
  return {
    intervalMinutes: whole(raw.intervalMinutes, LIMITS.intervalMinutes, DEFAULTS.intervalMinutes),
    breakMinutes: whole(raw.breakMinutes, LIMITS.breakMinutes, DEFAULTS.breakMinutes),
    workingHours: {
      enabled: hours.enabled ?? DEFAULTS.workingHours.enabled,
      start: TIME.test(hours.start ?? "") ? hours.start : DEFAULTS.workingHours.start,
      end: TIME.test(hours.end ?? "") ? hours.end : DEFAULTS.workingHours.end,
      days: (days ?? [...DEFAULTS.workingHours.days]).sort(),
    },
    timeZone: validZone(raw.timeZone) ? raw.timeZone : timeZone,
    sound: raw.sound === true,
  };
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
