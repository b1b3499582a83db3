// Registers the service worker (ADR 11) on pages that work offline. Loaded as a module: no inline script.
export function registerWorker(navigatorLike = globalThis.navigator) {
  if (!navigatorLike || !("serviceWorker" in navigatorLike)) {
    return Promise.resolve(null);
  }
  return navigatorLike.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => null);
}

registerWorker();
