// Several tabs of the desk timer in real time (issue 17; docs/benchmarks.md, "Several tabs in real time").
// Opens /timer in three tabs of one Chromium (background slowing on, as in timer-drift.mjs), a 15-minute interval
// and 1-minute breaks, presses Start in the first, then puts the home page in front so all three are hidden. At
// CLOSE_AT minutes it closes the first tab (the one that leads, holding the Web Lock), so another must take over.
// Every SAMPLE_SECONDS it compares the countdowns the open tabs show; at the end it counts the breaks in the
// device log (each should be there once) and how many distinct ids they have.
//   PUPPETEER_DIR=/tmp/lh node load/timer-tabs.mjs http://localhost:18401 17
import { createRequire } from "node:module";

const require = createRequire(`${process.env.PUPPETEER_DIR ?? process.cwd()}/`);
const puppeteer = require("puppeteer-core");

const base = process.argv[2] ?? "http://localhost:18401";
const minutes = Number(process.argv[3] ?? 17);
const closeAt = Number(process.env.CLOSE_AT ?? 5);
const sampleSeconds = Number(process.env.SAMPLE_SECONDS ?? 30);
const log = (what) => console.log(`${new Date().toISOString()} ${JSON.stringify(what)}`);

const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  ignoreDefaultArgs: ["--disable-background-timer-throttling", "--disable-renderer-backgrounding",
    "--disable-backgrounding-occluded-windows"] });
const tabs = [await browser.newPage()];
await tabs[0].goto(`${base}/timer`);
await tabs[0].evaluate(() => {
  localStorage.clear();
  localStorage.setItem("glutecoach.timer.settings", JSON.stringify({ intervalMinutes: 15, breakMinutes: 1,
    workStart: "00:00", workEnd: "23:59", workDays: [1, 2, 3, 4, 5, 6, 7] }));
});
await tabs[0].reload({ waitUntil: "load" });
for (let i = 1; i < 3; i++) {
  tabs.push(await browser.newPage());
  await tabs[i].goto(`${base}/timer`, { waitUntil: "load" });
}
await tabs[0].bringToFront();
await tabs[0].waitForSelector("#timer-start:not([hidden])");
await tabs[0].click("#timer-start");
const started = Date.now();
const front = await browser.newPage();
await front.goto(`${base}/`);
await front.bringToFront();
log({ started: new Date(started).toISOString(), tabs: tabs.length, minutes, closeAt });

const shown = (tab) => tab.$eval("#timer-count", (el) => (document.getElementById("timer-break").hidden
  ? el.textContent : `break ${document.getElementById("timer-break-count").textContent}`))
  .catch((error) => String(error.message).slice(0, 60));
let open = tabs;
let closed = false;
let disagreements = 0;
let samples = 0;
while (Date.now() - started < minutes * 60_000) {
  if (!closed && Date.now() - started >= closeAt * 60_000) {
    await tabs[0].close();
    open = tabs.slice(1);
    closed = true;
    log({ closed: "the first tab, which led" });
  }
  const texts = await Promise.all(open.map(shown));
  samples += 1;
  // Read at slightly different moments, the texts may differ by one second at a change; more is a disagreement.
  const seconds = texts.map((t) => t.replace("break ", "").split(":").reduce((m, s) => m * 60 + Number(s), 0));
  const apart = Math.max(...seconds) - Math.min(...seconds);
  const sameKind = new Set(texts.map((t) => t.startsWith("break"))).size === 1;
  if (apart > 1 || !sameKind) {
    disagreements += 1;
  }
  log({ minute: ((Date.now() - started) / 60_000).toFixed(2), texts });
  await new Promise((resolve) => setTimeout(resolve, sampleSeconds * 1000));
}
const events = await front.evaluate(() => JSON.parse(localStorage.getItem("glutecoach.timer.log") ?? "{}").events
  ?? []);
log({ summary: { realMinutes: ((Date.now() - started) / 60_000).toFixed(1), samples, disagreements,
  events: events.map((e) => `${e.kind} ${e.at}`), distinctIds: new Set(events.map((e) => e.id)).size,
  breaksShownOnceIn: (await front.evaluate(() => localStorage.getItem("glutecoach.timer.breaks"))) } });
await browser.close();
