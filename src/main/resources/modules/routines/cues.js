// The player's cues (issue 16): a short tone at each change, spoken words ("Left side now", the last seconds, each
// rep), each a switch the person can turn off, remembered on this device. What to cue is worked out from two
// states of the player (before and now), not from ticks: a tab that slept gets the cue for where it is now, once,
// not a backlog of the cues it missed.

export const CUE_SETTINGS_KEY = "glutecoach.routines.cues";
export const DEFAULT_CUE_SETTINGS = Object.freeze({ tone: true, voice: true, awake: true });
/** The last seconds of a hold or rest are counted aloud, when it is at least this long. */
const COUNT_FROM = 3;
const COUNT_IF_AT_LEAST = 6;

/** The cue settings kept on this device; anything unreadable counts as the defaults. */
export function loadCueSettings(storage = globalThis.localStorage) {
  try {
    const kept = JSON.parse(storage?.getItem(CUE_SETTINGS_KEY) ?? "{}");
    return Object.fromEntries(Object.entries(DEFAULT_CUE_SETTINGS)
      .map(([name, value]) => [name, typeof kept?.[name] === "boolean" ? kept[name] : value]));
  } catch (unreadable) {
    return { ...DEFAULT_CUE_SETTINGS };
  }
}

export function saveCueSettings(settings, storage = globalThis.localStorage) {
  try {
    storage?.setItem(CUE_SETTINGS_KEY, JSON.stringify(settings));
  } catch (full) {
    // Private browsing or a full store: the switch still holds for this visit.
  }
}

/**
 * The cues due between two states of the player: `[{ tone: "change" | "end" }, { say: "…" }]`. `words` holds the
 * spoken texts: `left`, `right`, `both`, `rest`, `check`, `end`.
 */
export function cuesBetween(before, now, words) {
  if (!now || now.paused) {
    return [];
  }
  if (now.ended) {
    return before && !before.ended ? [{ tone: "end" }, { say: words.end }] : [];
  }
  const segment = now.segment;
  if (!before || before.ended || before.index !== now.index) {
    const said = segment.type === "work" ? words[segment.side]
      : segment.type === "rest" ? words.rest : words.check;
    return [{ tone: "change" }, ...(said ? [{ say: said }] : [])];
  }
  if (segment.repSeconds && now.rep !== before.rep && now.rep > 1) {
    return [{ say: String(now.rep) }];
  }
  if (!segment.repSeconds && segment.seconds >= COUNT_IF_AT_LEAST && now.remaining !== before.remaining
    && now.remaining > 0 && now.remaining <= COUNT_FROM) {
    return [{ say: String(now.remaining) }];
  }
  return [];
}

/**
 * Plays the cues: tones through Web Audio (made here, no sound file), words through the browser's speech. Browsers
 * let neither start before the person has touched the page (Chromium reports `speechSynthesis.speak()` without a
 * user activation as deprecated), so both wait for `unlock()`, called from a tap or a key. The word for the step
 * under way when that happens ("Left side now") is said then, so the first tap does not cost the first cue.
 */
export class Cues {
  constructor({ words, settings = { ...DEFAULT_CUE_SETTINGS }, audioContext = () => new globalThis.AudioContext(),
    speech = globalThis.speechSynthesis, Utterance = globalThis.SpeechSynthesisUtterance, lang = "en-GB",
    activation = globalThis.navigator?.userActivation }) {
    this.words = words;
    this.settings = settings;
    this.makeAudio = audioContext;
    this.speech = speech;
    this.Utterance = Utterance;
    this.lang = lang;
    this.audio = null;
    this.before = null;
    this.played = [];
    this.activation = activation;
    this.unlocked = false;
    /** The word of the step under way that was held back before the first touch, with that step's index. */
    this.heldBack = null;
  }

  /** Whether the person has touched the page, so words may be spoken. */
  maySpeak() {
    return this.unlocked || this.activation?.hasBeenActive === true;
  }

  static supported(globalLike = globalThis) {
    return { tone: "AudioContext" in globalLike, voice: "speechSynthesis" in globalLike };
  }

  unlock() {
    this.unlocked = true;
    if (!this.audio && this.settings.tone && this.makeAudio) {
      try {
        this.audio = this.makeAudio();
      } catch (noAudio) {
        this.makeAudio = null;
      }
    }
    this.audio?.resume?.();
    const held = this.heldBack;
    this.heldBack = null;
    const now = this.before;
    if (held && this.settings.voice && now && !now.paused && !now.ended && now.index === held.index) {
      this.say(held.text);
    }
  }

  /** Looks at the player's state now and plays what is due since the last look. */
  update(state) {
    const due = cuesBetween(this.before, state, this.words);
    this.before = state;
    const change = due.some((cue) => cue.tone === "change");
    for (const cue of due) {
      if (cue.tone && this.settings.tone) {
        this.tone(cue.tone);
      } else if (cue.say && this.settings.voice && this.maySpeak()) {
        this.say(cue.say);
      } else if (cue.say && change) {
        // Only the word that names a new step is kept for the first touch; a count would be stale by then.
        this.heldBack = { text: cue.say, index: state.index };
      }
    }
    return due;
  }

  tone(kind) {
    if (!this.audio) {
      return;
    }
    const at = this.audio.currentTime;
    const oscillator = this.audio.createOscillator();
    const gain = this.audio.createGain();
    oscillator.type = "sine";
    oscillator.frequency.value = kind === "end" ? 523.25 : 880;
    const length = kind === "end" ? 0.5 : 0.15;
    // A quick rise and fall, so the tone starts and stops without a click.
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + length);
    oscillator.connect(gain).connect(this.audio.destination);
    oscillator.start(at);
    oscillator.stop(at + length + 0.05);
    this.played.push({ tone: kind });
  }

  say(text) {
    if (!this.speech || !this.Utterance || !this.maySpeak()) {
      return;
    }
    // A newer cue replaces one not yet spoken, so words never lag behind the count.
    this.speech.cancel();
    const utterance = new this.Utterance(text);
    utterance.lang = this.lang;
    this.speech.speak(utterance);
    this.played.push({ say: text });
  }

  /** Stops a word being spoken (on pause or end). */
  hush() {
    this.speech?.cancel();
  }
}
