// Keeps the screen on while the player runs (Screen Wake Lock API), released on pause and at the end. Where the
// browser has no wake lock nothing happens. The browser drops the lock when the tab is hidden; it is taken
// again when the tab is shown, if still wanted.
export class ScreenAwake {
  constructor({ navigatorLike = globalThis.navigator, documentLike = globalThis.document } = {}) {
    this.wakeLock = navigatorLike?.wakeLock ?? null;
    this.document = documentLike;
    this.wanted = false;
    this.lock = null;
    this.asking = null;
    documentLike?.addEventListener?.("visibilitychange", () => this.hold(this.wanted));
  }

  get supported() {
    return this.wakeLock !== null;
  }

  get held() {
    return this.lock !== null;
  }

  /** Holds the lock when `wanted`, lets it go when not. Safe to call on every beat. */
  async hold(wanted) {
    this.wanted = wanted;
    if (!this.supported) {
      return;
    }
    if (wanted && !this.lock && !this.asking && this.document?.visibilityState !== "hidden") {
      this.asking = this.wakeLock.request("screen").then((lock) => {
        this.lock = lock;
        lock.addEventListener?.("release", () => {
          if (this.lock === lock) {
            this.lock = null;
          }
        });
      }).catch(() => {
        // Refused (low battery, a policy): the player works without it.
      }).finally(() => {
        this.asking = null;
      });
      await this.asking;
      if (!this.wanted) {
        await this.hold(false);
      }
    } else if (!wanted && this.lock) {
      const lock = this.lock;
      this.lock = null;
      await lock.release();
    }
  }
}
