// The player page: draws the player's state on a steady beat (the time itself comes from the clock, see
// timeline.js), wires the buttons and keys, and posts the session through the page's own finish form.
import { Player } from "./player.js";

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
    $("player-count").textContent = state.remaining ?? "";
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
    const session = player.session();
    show("player-comfort", false);
    show("player-rate", false);
    show("player-caution", false);
    if (player.stopped?.reason === "nerve") {
      show("player-stop-nerve", true);
    }
    show("player-done", true);
    const body = new FormData(form);
    body.delete("exercises");
    body.set("id", session.id);
    body.set("startedAt", session.startedAt);
    body.set("endedAt", session.endedAt);
    body.set("finished", String(session.finished));
    session.exercises.forEach((id) => body.append("exercises", id));
    if (session.ratings.left !== null) {
      body.set("left", session.ratings.left);
      body.set("right", session.ratings.right);
    }
    session.comfortChecks.forEach((c) => body.append("comfort", `${c.exercise}:${c.set}:${c.rating}:${c.nerve}`));
    fetch(form.action, { method: "POST", body, credentials: "same-origin" }).then((response) => {
      if (response.ok && player.stopped?.reason !== "nerve") {
        location.assign(response.url);
      }
    });
  }

  const togglePause = () => (player.timeline.paused ? player.timeline.resume() : player.timeline.pause());
  $("player-pause").addEventListener("click", () => { togglePause(); draw(); });
  $("player-back").addEventListener("click", () => { player.timeline.back(); draw(); });
  $("player-skip").addEventListener("click", () => { player.timeline.skip(); draw(); });
  $("player-end").addEventListener("click", () => { player.end(); draw(); });
  $("player-caution-read").addEventListener("click", () => { player.readCautions(); draw(); });
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
  document.addEventListener("keydown", (event) => {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLButtonElement) {
      return;
    }
    if (event.key === " ") {
      event.preventDefault();
      togglePause();
    } else if (event.key === "ArrowLeft") {
      player.timeline.back();
    } else if (event.key === "ArrowRight") {
      player.timeline.skip();
    } else {
      return;
    }
    draw();
  });
  draw();
  setInterval(draw, 250);
}
