// A dedicated worker that wakes the timer page exactly when something changes on its screen: at the instant a break
// is due (or ends, or working hours start) and at each whole second before it, when the countdown's text changes. A
// page's own timers are slowed to once a minute after a few minutes in the background; a worker's are not. The page
// tells the worker its instants after every tick (`{ instants: [...] }`), worked out from the saved start instant
// and settings, so a wake-up is never counted: it only makes the page read the clock again.
const SECOND = 1000;

/**
 * How long to sleep from `now` to the next wake-up: the next whole second before the nearest of `instants` still
 * ahead, and at most a second (a clock shown without an instant ahead still moves). A wake-up a little early (the
 * system clock is not the timer's clock) sleeps again for what is left, so the instant itself is never missed.
 */
export function nextWakeIn(now, instants) {
  let sleep = SECOND;
  for (const instant of instants) {
    const left = instant - now;
    if (Number.isFinite(left) && left > 0) {
      sleep = Math.min(sleep, left % SECOND || SECOND);
    }
  }
  return sleep;
}

/** The loop itself, apart from the worker: `post` wakes the page, `setTimer`/`clearTimer` are the worker's. */
export function wakeLoop({ now, post, setTimer, clearTimer }) {
  let instants = [];
  let pending = null;
  const arm = () => {
    clearTimer(pending);
    pending = setTimer(() => {
      post(now());
      arm();
    }, nextWakeIn(now(), instants));
  };
  arm();
  return (next) => {
    instants = next;
    arm();
  };
}

if (typeof WorkerGlobalScope !== "undefined" && globalThis instanceof WorkerGlobalScope) {
  const tell = wakeLoop({ now: () => Date.now(), post: (at) => postMessage(at), setTimer: setTimeout,
    clearTimer: clearTimeout });
  addEventListener("message", (event) => tell(Array.isArray(event.data?.instants) ? event.data.instants : []));
}
