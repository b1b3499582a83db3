// The settings page (/timer/settings) for someone not signed in: the form's values are kept in this browser
// instead of being sent (the server keeps settings only for an account). Signed in, the form posts as usual.
import { forServer, LIMITS, loadLocal, normalise, saveLocal } from "./settings.js";

const form = document.querySelector("[data-timer-settings-form]");

if (form && form.dataset.signedIn !== "true") {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const fields = form.elements;
  const settings = forServer(loadLocal(localStorage, zone));
  // The browser checks the ranges and says what is wrong beside the field, as the server would.
  for (const name of ["intervalMinutes", "breakMinutes"]) {
    Object.assign(fields[name], { min: LIMITS[name][0], max: LIMITS[name][1], required: true, step: 1 });
    fields[name].value = settings[name];
  }
  fields.workStart.required = true;
  fields.workEnd.required = true;
  fields.workStart.value = settings.workStart;
  fields.workEnd.value = settings.workEnd;
  form.querySelectorAll("input[name=workDays]").forEach((box) => {
    box.checked = settings.workDays.includes(box.value);
  });
  fields.sound.checked = settings.sound;
  fields.notifications.checked = settings.notifications;

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!form.reportValidity()) {
      return;
    }
    const data = new FormData(form);
    saveLocal(localStorage, normalise({
      intervalMinutes: data.get("intervalMinutes"), breakMinutes: data.get("breakMinutes"),
      workStart: data.get("workStart"), workEnd: data.get("workEnd"), workDays: data.getAll("workDays"),
      sound: data.get("sound") === "true", notifications: data.get("notifications") === "true", timeZone: zone,
    }, zone));
    location.assign(`${location.pathname}?saved`);
  });
}
