// Open tabs of /timer share one state (localStorage). The tab holding a Web Lock moves it on by the clock and
// alerts; the others show it, and save it only for a click. Ids made from the state (timer.js) keep a repeat to
// one event where two tabs still act at once, or every tab leads (no Web Locks). Why both: ADR 18.
export const LOCK = "glutecoach-timer-lead";

/** `leading` turns true once this tab holds the lock (then `onLead` runs, later); at once without Web Locks. */
export function electLeader({ locks = globalThis.navigator?.locks, onLead = () => {} } = {}) {
  const tab = { leading: !locks?.request };
  const lead = () => {
    tab.leading = true;
    onLead();
  };
  locks?.request?.(LOCK, () => {
    lead();
    return new Promise(() => {}); // held while the page is open
  }).catch(lead);
  return tab;
}

/** One look at the clock: take the shared state, move it on only when leading, describe it. */
export function look(timer, stored, leading) {
  if (stored) {
    timer.state = { series: timer.state.series, ...stored };
  }
  return leading ? timer.update() : timer.view(timer.now());
}
