// The player page: draws the player's state on a steady beat (the time itself comes from the clock, see
// timeline.js), wires the buttons and keys, plays the cues, keeps the screen on, and sends the session through
// the outbox (kept on the device until the server has it, ADR 17). The page works offline once visited.
import { Player } from "./player.js";
import { Cues, loadCueSettings, saveCueSettings } from "./cues.js";
import { ScreenAwake } from "./awake.js";
import { formOf, sessionOutbox } from "./sessions.js";
import { keepForOffline } from "../shared/offline.js";

const root = document.getElementById("player");
const $ = (id) => document.getElementById(id);
const format = (template, ...values) => values.reduce((text, value, i) => text.replace(`{${i}}`, value), template);

if (root) {
  const routine = JSON.parse(root.dataset.routine);
  const form = $("player-finish");
  const scale = Number(new URLSearchParams(location.search).get("scale")) || 1;
  const player = new Player(routine, { scale: Math.min(1, Math.max(0.01, scale)) });
  let shownIndex = -1;
  let sent = false;
  let lastCount = null;
  const csrfToken = () => form.querySelector('input[name="_csrf"]')?.value ?? null;
  const outbox = sessionOutbox({ owner: root.dataset.account ?? null, csrfToken, recorded: (session, url) => {
    if (session.id === player.id && player.stopped?.reason !== "nerve") {
      location.assign(url);
    }
  }, consentNeeded: (session) => {
    if (session.id === player.id) {
      postAsPage(session);
    }
  } });

  /** The session as the page's own form post, so the person sees the page that asks for their consent. */
  function postAsPage(session) {
    const page = document.createElement("form");
    page.method = "post";
    page.action = form.action;
    page.hidden = true;
    for (const [name, value] of formOf(session, csrfToken())) {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = value;
      page.append(input);
    }
    document.body.append(page);
    page.submit();
  }
  const settings = loadCueSettings();
  const cues = new Cues({ settings, words: {
    left: root.dataset.textLeft, right: root.dataset.textRight, both: root.dataset.textBoth,
    rest: root.dataset.textRest, check: root.dataset.textCheck, end: root.dataset.textEnd } });
  const awake = new ScreenAwake();

  root.hidden = false;
  $("player-fallback").hidden = true;
  form.hidden = true;
  player.start();

  const show = (id, visible) => { $(id).hidden = !visible; };

  function drawExercise(step) {
    const exercise = step.exercise;
    $("player-name").textContent = exercise.name;
    $("player-picture").src = `/assets/img/routines/${exercise.id}.svg`;
    $("player-picture").alt = exercise.picture;
    $("player-steps").replaceChildren(...exercise.steps.map((text) => {
      const item = document.createElement("li");
      item.textContent = text;
      return item;
    }));
  }

  function list(id, lines) {
    $(id).replaceChildren(...lines.map((text) => {
      const item = document.createElement("li");
      item.textContent = text;
      return item;
    }));
  }

  function drawCautions(exercise) {
    list("player-do-not-list", exercise.doNotIf ?? []);
    show("player-do-not", (exercise.doNotIf ?? []).length > 0);
    list("player-caution-list", exercise.cautions ?? []);
  }

  function draw() {
    const state = player.state();
    cues.update(state);
    awake.hold(settings.awake && !state.ended && !state.paused);
    if (state.ended) {
      finish();
      return;
    }
    const segment = state.segment;
    const step = routine.steps[segment.exerciseIndex];
    if (state.index !== shownIndex) {
      shownIndex = state.index;
      drawExercise(step);
      $("player-progress").textContent = format(root.dataset.formatExercise, segment.exerciseIndex + 1,
        routine.steps.length);
      const next = state.next ? routine.steps[state.next.exerciseIndex].exercise.name : null;
      $("player-next").textContent = next ? format(root.dataset.formatNext, next) : root.dataset.textNextEnd;
      show("player-comfort", segment.type === "comfort");
      show("player-rate", segment.type === "rate");
      show("player-caution", segment.type === "caution");
      if (segment.type === "caution") {
        drawCautions(step.exercise);
        $("player-caution-heading").focus();
      } else if (segment.type === "comfort") {
        $("comfort-rating").focus();
      } else if (segment.type === "rate") {
        $("rate-left").focus();
      }
    }
    const working = segment.type === "work";
    $("player-side").textContent = working ? root.dataset[`text${segment.side[0].toUpperCase()}${segment.side.slice(1)}`]
      : "";
    $("player-phase").textContent = segment.type === "rest" ? root.dataset.textRest
      : working ? format(root.dataset.formatSet, segment.set, segment.sets) : "";
    const count = String(state.remaining ?? "");
    if (count !== lastCount) {
      lastCount = count;
      $("player-count").textContent = count;
      // A short pulse on each second, which the stylesheet leaves out for people who ask for reduced motion.
      $("player-count").classList.toggle("tick-odd", Number(count) % 2 === 1);
      $("player-count").classList.toggle("tick-even", count !== "" && Number(count) % 2 === 0);
    }
    $("player-rep").textContent = state.rep ? format(root.dataset.formatRep, state.rep, segment.reps) : "";
    $("player-pause").textContent = state.paused ? root.dataset.textResume : root.dataset.textPause;
    show("player-stop-comfort", state.stopped?.reason === "comfort");
    if (state.stopped?.reason === "comfort") {
      const stoppedExercise = routine.steps.find((s) => s.exercise.id === state.stopped.exercise).exercise;
      $("player-easier").href = `/routines/exercises/${stoppedExercise.easier ?? stoppedExercise.id}`;
    }
  }

  function finish() {
    if (sent) {
      return;
    }
    sent = true;
    awake.hold(false);
    const session = player.session();
    show("player-comfort", false);
    show("player-rate", false);
    show("player-caution", false);
    if (player.stopped?.reason === "nerve") {
      show("player-stop-nerve", true);
    }
    show("player-done", true);
    cues.hush();
    // Kept on the device first, then sent; offline, it waits for the network and goes once (ADR 17).
    outbox.add(session).then((result) => {
      if (result.kept > 0) {
        show("player-saved-here", true);
      }
    });
  }

  const togglePause = () => (player.timeline.paused ? player.timeline.resume() : player.timeline.pause());
  $("player-pause").addEventListener("click", () => { togglePause(); draw(); });
  $("player-back").addEventListener("click", () => { player.timeline.back(); draw(); });
  $("player-skip").addEventListener("click", () => { player.timeline.skip(); draw(); });
  $("player-end").addEventListener("click", () => { player.end(); draw(); });
  // The cautions hide once read; the focus goes to the exercise's name at once, never left on a hidden button
  // (space would press that instead of pausing, until the browser moved the focus itself).
  $("player-caution-read").addEventListener("click", () => {
    player.readCautions();
    draw();
    $("player-name").focus();
  });
  $("player-carry-on").addEventListener("click", () => { player.carryOn(); draw(); });
  $("player-comfort").addEventListener("submit", (event) => {
    event.preventDefault();
    player.comfort(Number($("comfort-rating").value), { nerve: $("comfort-nerve").checked });
    draw();
  });
  $("player-rate").addEventListener("submit", (event) => {
    event.preventDefault();
    player.rate(Number($("rate-left").value), Number($("rate-right").value));
    draw();
  });
  // Keys (issue 16): space pauses or resumes, the arrows go back or skip. A focused field keeps its own keys (a
  // number field's arrows change the number); a focused button keeps space, which presses it.
  document.addEventListener("keydown", (event) => {
    cues.unlock();
    const target = event.target;
    const field = target instanceof HTMLInputElement || target instanceof HTMLSelectElement
      || target instanceof HTMLTextAreaElement;
    if (field || sent || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (event.key === " ") {
      if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) {
        return;
      }
      event.preventDefault();
      togglePause();
    } else if (event.key === "ArrowLeft") {
      event.preventDefault();
      player.timeline.back();
    } else if (event.key === "ArrowRight") {
      event.preventDefault();
      player.timeline.skip();
    } else {
      return;
    }
    draw();
  });
  // Any tap on the page counts as the first touch that lets the cues speak (cues.js), not only one on the player.
  document.addEventListener("click", () => cues.unlock());
  for (const name of ["tone", "voice", "awake"]) {
    const box = $(`cue-${name}`);
    box.checked = settings[name];
    box.addEventListener("change", () => {
      settings[name] = box.checked;
      saveCueSettings(settings);
      cues.unlock();
      draw();
    });
  }
  show("cue-awake-field", awake.supported);
  show("cue-tone-field", Cues.supported().tone);
  show("cue-voice-field", Cues.supported().voice);
  outbox.start();
  keepForOffline(routine.steps.map((step) => `/assets/img/routines/${step.exercise.id}.svg`));
  draw();
  setInterval(draw, 250);
}
