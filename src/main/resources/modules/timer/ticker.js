// A worker that wakes the timer page at the instants it is told (a break due or ending) and at each whole second
// before them, when the countdown changes. A hidden page's own timers may wait a minute; a worker's do not (ADR 18).
const SECOND = 1000;

/** Milliseconds to sleep: to the next whole second before the nearest instant ahead, at most a second. */
export function nextWakeIn(now, instants) {
  let sleep = SECOND;
  for (const instant of instants) {
    const left = instant - now;
    if (left > 0) {
      sleep = Math.min(sleep, left % SECOND || SECOND);
    }
  }
  return sleep;
}

/** Wakes `post` on time; answers a function that takes new instants. */
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
  const tell = wakeLoop({ now: Date.now, post: (at) => postMessage(at), setTimer: setTimeout,
    clearTimer: clearTimeout });
  onmessage = (event) => tell(event.data?.instants ?? []);
}
