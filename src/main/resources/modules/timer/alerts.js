// How a due break reaches the person: a system notification (only once they allowed it) and, if they chose it,
// a short sound made on the spot with Web Audio (no sound file to download).

/** Shows a notification through the service worker where there is one (needed on phones), else the page. */
export async function notify(title, body, { navigatorLike = globalThis.navigator, NotificationLike =
  globalThis.Notification } = {}) {
  if (!NotificationLike || NotificationLike.permission !== "granted") {
    return false;
  }
  const options = { body, tag: "glutecoach-break", renotify: true, icon: "/assets/img/icons/timer-192.png" };
  const registration = await navigatorLike?.serviceWorker?.getRegistration?.().catch(() => null);
  if (registration) {
    await registration.showNotification(title, options);
  } else {
    new NotificationLike(title, options);
  }
  return true;
}

/** Two soft rising tones, about half a second. The context must be made in a click (browsers' autoplay rule). */
export class Chime {
  constructor(AudioContextLike = globalThis.AudioContext) {
    this.AudioContextLike = AudioContextLike;
    this.context = null;
  }

  /** Call from a click so the browser lets the page play sound later, also in the background. */
  unlock() {
    if (!this.context && this.AudioContextLike) {
      this.context = new this.AudioContextLike();
    }
    return this.context?.resume();
  }

  play() {
    const context = this.context;
    if (!context) {
      return false;
    }
    [523.25, 659.25].forEach((frequency, i) => {
      const start = context.currentTime + i * 0.25;
      const tone = context.createOscillator();
      const volume = context.createGain();
      tone.frequency.value = frequency;
      volume.gain.setValueAtTime(0.0001, start);
      volume.gain.exponentialRampToValueAtTime(0.2, start + 0.03);
      volume.gain.exponentialRampToValueAtTime(0.0001, start + 0.24);
      tone.connect(volume).connect(context.destination);
      tone.start(start);
      tone.stop(start + 0.25);
    });
    return true;
  }
}
