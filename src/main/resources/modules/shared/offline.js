// Registers the service worker (ADR 11) on pages that work offline, and asks it to keep this page and what it
// loaded (ADR 17): on the first visit those loaded before the worker took control, so it never saw them.
// Loaded as a module: no inline script.

export function registerWorker(navigatorLike = globalThis.navigator) {
  if (!navigatorLike || !("serviceWorker" in navigatorLike)) {
    return Promise.resolve(null);
  }
  return navigatorLike.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => null);
}

/** This page, the files it loaded from here, and any more it will need (`extra`), as addresses to keep. */
export function addressesOf(locationLike, performanceLike, extra = []) {
  const loaded = performanceLike?.getEntriesByType?.("resource")?.map((entry) => entry.name) ?? [];
  const here = (address) => new URL(address, locationLike.href);
  return [...new Set([locationLike.href, ...loaded, ...extra].map(here)
    .filter((url) => url.origin === locationLike.origin).map((url) => url.href))];
}

/**
 * Registers the worker and, once it is active, asks it to keep the page for offline use. Resolves to how many
 * addresses it kept (0 without a worker); marks `<html data-offline="ready">` when done, for a person's browser
 * and for the journeys that then cut the network.
 */
export async function keepForOffline(extra = [], { navigatorLike = globalThis.navigator,
  locationLike = globalThis.location, performanceLike = globalThis.performance,
  documentLike = globalThis.document } = {}) {
  const registration = await registerWorker(navigatorLike);
  if (!registration) {
    return 0;
  }
  const ready = await navigatorLike.serviceWorker.ready;
  const kept = await new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data?.kept ?? 0);
    ready.active.postMessage({ type: "keep", urls: addressesOf(locationLike, performanceLike, extra) },
      [channel.port2]);
  });
  documentLike.documentElement.dataset.offline = "ready";
  return kept;
}
