// Several open tabs of /timer share one timer: its state lives in localStorage, and each tab reads it before it
// looks at the clock. One tab at a time, the holder of a Web Lock, moves the timer on by the clock (a break comes
// due or ends, an absence, working hours) and alerts; the others only show the shared state, and write it only when
// the person clicks in them. When the leading tab closes, the browser hands the lock to the next tab waiting.
//
// Two safeguards together, because neither is enough alone: the lock keeps tabs from firing the same break at the
// same millisecond (their workers wake them at the same due instant), and event ids made from the shared state
// (timer.js, `record`) make a repeat that still happens (a browser without Web Locks, where every tab leads; a click
// in two tabs at once) the same event, which the device log, the offline queue (keyed by id) and the server keep once.
export const LOCK = "glutecoach-timer-lead";

/**
 * This tab's part: `leading` turns true once it holds the lock, and `onLead` runs then (never before this returns).
 * Without Web Locks every tab leads from the start.
 */
export function electLeader({ locks = globalThis.navigator?.locks, onLead = () => {} } = {}) {
  const tab = { leading: false };
  const lead = () => {
    tab.leading = true;
    onLead();
  };
  if (typeof locks?.request !== "function") {
    tab.leading = true;
    return tab;
  }
  locks.request(LOCK, () => {
    lead();
    return new Promise(() => {}); // held while the page is open
  }).catch(lead);
  return tab;
}

/** One look at the clock by one tab: take the shared state, move it on only if this tab leads, and describe it. */
export function look(timer, stored, leading) {
  if (stored && typeof stored === "object") {
    timer.state = { series: timer.state.series, ...stored };
  }
  return leading ? timer.update() : timer.view(timer.now());
}
