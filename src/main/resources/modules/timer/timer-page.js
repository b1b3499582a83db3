// The timer page: keeps the timer's state in this browser, draws it, wires the buttons, alerts the person when a
// break is due, shows a desk move from the routines library on the break screen, counts breaks on the device and,
// for a signed-in person, queues each event in the shared outbox for the server (sent once, also after offline).
import { keepForOffline } from "../shared/offline.js";
import { timerOutbox } from "./events.js";
import { DeskTimer } from "./timer.js";
import { loadLocal, normalise } from "./settings.js";
import { DeviceLog } from "./stats.js";
import { drawDeviceStats } from "./device-stats.js";
import { moveAt, moveFor, partsOf } from "./moves.js";
import { Chime, notify } from "./alerts.js";
import { electLeader, look } from "./tabs.js";

const $ = (id) => document.getElementById(id);
const root = $("timer");
const KEYS = { state: "glutecoach.timer.state", moves: "glutecoach.timer.moves", breaks: "glutecoach.timer.breaks",
  alerted: "glutecoach.timer.alerted", sound: "glutecoach.timer.sound", log: "glutecoach.timer.log" };

const TICKER = new URL("./ticker.js", import.meta.url);
const picture = (move) => `/assets/img/routines/${move.id}.svg`;
const format = (template, ...values) => values.reduce((text, value, i) => text.replace(`{${i}}`, value), template);
const read = (key, fallback) => {
  try {
    return JSON.parse(localStorage.getItem(key)) ?? fallback;
  } catch {
    return fallback;
  }
};
const write = (key, value) => localStorage.setItem(key, JSON.stringify(value));
const show = (id, visible) => { $(id).hidden = !visible; };

function clockText(ms) {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

if (root) {
  const text = { ...root.dataset, ...$("timer-clock").dataset };
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const signedIn = text.signedIn === "true";
  // Signed in: the settings kept with the account (in the page). Otherwise those kept on this device.
  const settings = signedIn && text.settings ? normalise(JSON.parse(text.settings), browserZone)
    : loadLocal(localStorage, browserZone);
  const timer = new DeskTimer(settings, { state: read(KEYS.state, null) });
  const log = new DeviceLog(localStorage);
  const chime = new Chime();
  let moves = read(KEYS.moves, []);
  const outbox = signedIn ? timerOutbox({ url: text.eventsUrl, csrfHeader: text.csrfHeader,
    csrfToken: text.csrfToken, owner: text.account ?? null }) : null;
  outbox?.start();

  // The library's desk breaks, kept for offline use; without them the break screen says to stand and walk.
  fetch(text.routinesUrl, { headers: { Accept: "application/json" } })
    .then((response) => (response.ok ? response.json() : Promise.reject(response)))
    .then((list) => {
      moves = list.filter((move) => move.kind === "desk-break");
      write(KEYS.moves, moves);
    })
    .catch(() => {})
    // The page, its modules and the moves' drawings, for the next visit without a network.
    .then(() => keepForOffline([TICKER.href, ...moves.map((move) => picture(move))]))
    .catch(() => {});

  const clockFormats = [false, true].map((withDay) => new Intl.DateTimeFormat("en-GB", {
    timeZone: settings.timeZone, hour: "2-digit", minute: "2-digit", ...(withDay ? { weekday: "long" } : {}),
  }));
  const timeOfDay = (instant, withDay) => clockFormats[withDay ? 1 : 0].format(new Date(instant));

  function keep() {
    write(KEYS.state, timer.state);
    const drained = timer.drain();
    log.add(drained);
    drained.events.forEach((event) => outbox?.add(event).catch(() => {}));
    if (drained.events.length > 0) {
      drawStats();
    }
  }

  // The leading tab only; before it saves the state, so other tabs find the move to show.
  function alertOnce(view) {
    if (read(KEYS.alerted, null) === view.breakFrom) {
      return;
    }
    write(KEYS.alerted, view.breakFrom);
    write(KEYS.breaks, read(KEYS.breaks, 0) + 1);
    const move = moveFor(read(KEYS.breaks, 1) - 1, moves);
    notify(text.notifyTitle, move ? format(text.formatNotifyBody, move.name) : text.noMove).catch(() => {});
    if (read(KEYS.sound, settings.sound) === true) {
      chime.play();
    }
  }

  function drawMove(view) {
    const count = Math.max(0, read(KEYS.breaks, 1) - 1);
    const move = moveFor(count, moves);
    show("timer-move-picture", move !== null);
    if (!move) {
      $("timer-move-name").textContent = text.noMove;
      $("timer-move-side").textContent = "";
      $("timer-move-count").textContent = "";
      return;
    }
    if ($("timer-move-name").textContent !== move.name) {
      $("timer-move-name").textContent = move.name;
      $("timer-move-picture").src = picture(move);
      $("timer-move-picture").alt = move.picture;
      $("timer-move-steps").replaceChildren(...move.steps.map((step) => {
        const item = document.createElement("li");
        item.textContent = step;
        return item;
      }));
    }
    const at = moveAt(partsOf(move, count), Date.now() - view.breakFrom);
    const side = at.done ? text.moveDone : text[`text${at.side[0].toUpperCase()}${at.side.slice(1)}`];
    if ($("timer-move-side").textContent !== side) {
      $("timer-move-side").textContent = side;
    }
    $("timer-move-count").textContent = at.done ? "" : String(at.remaining);
  }

  let focusedBreak = null;
  function draw(view) {
    const onBreak = view.phase === "break";
    show("timer-running", !onBreak);
    show("timer-break", onBreak);
    if (onBreak) {
      if (focusedBreak !== view.breakFrom) {
        focusedBreak = view.breakFrom;
        $("timer-break-heading").focus();
      }
      $("timer-break-count").textContent = clockText(view.remainingMs);
      drawMove(view);
      const offer = view.postponeOffer;
      show("timer-postpone", offer === "yes" || (offer === "confirm" && $("timer-postpone-confirm").hidden));
      show("timer-postpone-none", offer === "no");
      if (offer !== "confirm") {
        show("timer-postpone-confirm", false);
      }
      return;
    }
    const status = { idle: text.textIdle, paused: text.textPaused,
      running: format(text.formatNext, view.dueAt ? timeOfDay(view.dueAt, false) : ""),
      waiting: format(text.formatWaiting, view.nextStart ? timeOfDay(view.nextStart, true) : "") }[view.phase];
    if ($("timer-status").textContent !== status) {
      $("timer-status").textContent = status;
    }
    $("timer-count").textContent = view.remainingMs === null ? clockText(timer.intervalMs)
      : clockText(view.remainingMs);
    show("timer-start", view.phase === "idle");
    show("timer-pause", view.phase === "running" || view.phase === "paused");
    $("timer-pause").textContent = view.phase === "paused" ? text.textResume : text.textPause;
    show("timer-break-now", view.phase === "running" || view.phase === "paused");
    show("timer-stood-up", view.phase === "running" || view.phase === "paused");
  }

  // The worker wakes the page on time when told the instants ahead (ticker.js).
  let ticker = null;
  let told = "";
  function tellTicker(view) {
    const instants = [view.dueAt, view.phase === "break" ? timer.breakEndsAt : null, view.nextStart]
      .filter((instant) => instant !== null);
    if (ticker && told !== String(instants)) {
      told = String(instants);
      ticker.postMessage({ instants });
    }
  }

  // Not leading: draw the shared state, do not move it on (tabs.js).
  function tick(lead = tab.leading) {
    const view = look(timer, read(KEYS.state, null), lead);
    if (lead) {
      if (view.phase === "break") {
        alertOnce(view);
      }
      keep();
    }
    draw(view);
    tellTicker(view);
  }

  // A click acts on the shared state in any tab; the leading tab takes it up.
  function act(action) {
    return () => {
      chime.unlock();
      look(timer, read(KEYS.state, null), false);
      action();
      keep();
      tick();
    };
  }

  function drawStats() {
    drawDeviceStats(settings.timeZone);
  }

  function drawNotifications() {
    const supported = "Notification" in globalThis;
    const permission = supported ? Notification.permission : "denied";
    show("timer-allow-notifications", supported && permission === "default");
    $("timer-notifications-state").textContent = permission === "granted" ? text.textNotificationsOn
      : permission === "denied" && supported ? text.textNotificationsBlocked : "";
  }

  $("timer-start").addEventListener("click", act(() => timer.start()));
  $("timer-pause").addEventListener("click", act(() => (timer.state.phase === "paused" ? timer.resume()
    : timer.pause())));
  $("timer-break-now").addEventListener("click", act(() => timer.breakNow()));
  $("timer-stood-up").addEventListener("click", act(() => timer.stoodUp()));
  $("timer-take").addEventListener("click", act(() => timer.take()));
  $("timer-skip").addEventListener("click", act(() => timer.skip()));
  $("timer-postpone").addEventListener("click", act(() => {
    if (!timer.postpone()) {
      show("timer-postpone-confirm", true);
      $("timer-postpone-yes").focus();
    }
  }));
  $("timer-postpone-yes").addEventListener("click", act(() => {
    timer.postpone({ confirmed: true });
    show("timer-postpone-confirm", false);
  }));
  $("timer-allow-notifications").addEventListener("click", () => {
    Notification.requestPermission().then(drawNotifications, drawNotifications);
  });
  $("timer-sound").checked = read(KEYS.sound, settings.sound) === true;
  $("timer-sound").addEventListener("change", () => {
    write(KEYS.sound, $("timer-sound").checked);
    if ($("timer-sound").checked) {
      chime.unlock();
    }
  });
  document.addEventListener("visibilitychange", () => tick());
  addEventListener("storage", (event) => {
    if (event.key === KEYS.state) {
      tick(false);
    } else if (event.key === KEYS.log) {
      drawStats();
    }
  });

  root.hidden = false;
  document.querySelectorAll("[data-timer-fallback]").forEach((fallback) => { fallback.hidden = true; });
  drawNotifications();
  drawStats();
  const tab = electLeader({ onLead: () => tick() });
  tick();
  setInterval(() => tick(), 500);
  // Behind other windows the page's own timers slow down; the worker's do not.
  try {
    ticker = new Worker(TICKER, { type: "module" });
    ticker.addEventListener("message", () => tick());
    tick();
  } catch {
    // No workers (an old browser): the page's own timer still runs, less often in the background.
  }
}
