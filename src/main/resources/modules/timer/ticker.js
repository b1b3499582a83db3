// A dedicated worker that wakes the timer page once a second. A page's own timers are slowed to once a minute
// after a few minutes in the background; a worker's are not, so a break is due on time behind other windows.
setInterval(() => postMessage(Date.now()), 1000);
