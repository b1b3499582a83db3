// Draws the breaks counted in this browser into the device-stats tables (templates/timer/clock.html), on the
// timer page and the figures page.
import { DeviceLog, dayOf, summarise, weekOf } from "./stats.js";
import { loadLocal } from "./settings.js";

const format = (template, ...values) => values.reduce((text, value, i) => text.replace(`{${i}}`, value), template);

const dayLabel = (key) => new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short",
  timeZone: "UTC" }).format(new Date(`${key}T12:00:00Z`));

function drawTable(table, rows, minutes) {
  table.tBodies[0].replaceChildren(...rows.map((row) => {
    const tr = document.createElement("tr");
    const cells = [dayLabel(row.key), row.taken, row.natural, row.skipped, row.postponed,
      format(minutes, Math.round(row.longestMs / 60_000)), `${Math.round(row.longShare * 100)}%`];
    cells.forEach((value, i) => {
      const cell = document.createElement(i === 0 ? "th" : "td");
      if (i === 0) {
        cell.scope = "row";
      }
      cell.textContent = String(value);
      tr.append(cell);
    });
    return tr;
  }));
  table.hidden = rows.length === 0;
}

/** The last seven days and four weeks, in the person's zone. */
export function drawDeviceStats(timeZone, storage = localStorage) {
  const section = document.getElementById("timer-device-figures");
  if (!section) {
    return;
  }
  const log = new DeviceLog(storage).read();
  const minutes = section.dataset.formatMinutes;
  drawTable(document.getElementById("timer-device-days"), summarise(log, timeZone, dayOf).slice(0, 7), minutes);
  drawTable(document.getElementById("timer-device-weeks"), summarise(log, timeZone, weekOf).slice(0, 4), minutes);
  document.getElementById("timer-device-none").hidden = log.events.length > 0 || log.spells.length > 0;
}

/** On the figures page: the zone of the settings kept on this device. */
export function drawOnStatsPage() {
  const holder = document.querySelector("[data-timer-device-stats]");
  if (holder) {
    holder.hidden = false;
    drawDeviceStats(loadLocal(localStorage, Intl.DateTimeFormat().resolvedOptions().timeZone).timeZone);
  }
}
