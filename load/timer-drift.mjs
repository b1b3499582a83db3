// Drift of the desk timer in a background tab, in real time (issue 17; docs/benchmarks.md, "Drift of the countdown").
// Opens /timer in Chromium with working hours covering the whole day, a 15-minute interval and 1-minute breaks,
// presses Start, then puts a second tab (another page of the same site) in front, so the timer's tab is hidden and
// Chromium slows its own timers (to once a minute after five minutes hidden). For MINUTES of real time it reads, every
// SAMPLE_SECONDS, the countdown the hidden tab shows against the wall clock, and for every break the instant the
// page started it against the instant it was due. It reads the timer's saved state from the front tab (same
// localStorage), so the measurement itself never runs code in the hidden tab except to read the countdown's text.
//
// Needs puppeteer-core (not a project dependency): PUPPETEER_DIR=<folder holding node_modules/puppeteer-core>.
//   PUPPETEER_DIR=/tmp/lh node load/timer-drift.mjs http://localhost:18410 60
import { createRequire } from "node:module";

const require = createRequire(`${process.env.PUPPETEER_DIR ?? process.cwd()}/`);
const puppeteer = require("puppeteer-core");

const base = process.argv[2] ?? "http://localhost:18410";
const minutes = Number(process.argv[3] ?? 60);
const sampleSeconds = Number(process.env.SAMPLE_SECONDS ?? 30);
const INTERVAL_MS = 15 * 60_000;
const log = (what) => console.log(`${new Date().toISOString()} ${JSON.stringify(what)}`);

// Puppeteer turns Chromium's slowing of background pages off by default; this measurement needs it on, as a
// person's browser has it (THROTTLE=off keeps puppeteer's defaults, for comparison).
const throttled = process.env.THROTTLE !== "off";
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  ignoreDefaultArgs: throttled ? ["--disable-background-timer-throttling", "--disable-renderer-backgrounding",
    "--disable-backgrounding-occluded-windows"] : [] });
const timerTab = await browser.newPage();
await timerTab.goto(`${base}/timer`);
await timerTab.evaluate(() => {
  localStorage.clear();
  localStorage.setItem("glutecoach.timer.settings", JSON.stringify({ intervalMinutes: 15, breakMinutes: 1,
    workStart: "00:00", workEnd: "23:59", workDays: [1, 2, 3, 4, 5, 6, 7] }));
});
await timerTab.reload({ waitUntil: "load" });
await timerTab.waitForSelector("#timer-start:not([hidden])");
await timerTab.click("#timer-start");
const started = Date.now();
// A probe of the page's own timers (not the timer's worker): a 1-second setInterval noting when it really runs.
// Gaps of about a minute show that Chromium was slowing the hidden page, as it does for a person's background tab.
await timerTab.evaluate(() => {
  window.timerDriftProbe = [];
  setInterval(() => window.timerDriftProbe.push(Date.now()), 1000);
});

const front = await browser.newPage();
await front.goto(`${base}/`);
await front.bringToFront();
log({ started: new Date(started).toISOString(), timerTab: await timerTab.evaluate(() => document.visibilityState),
  minutes, sampleSeconds });

const state = () => front.evaluate(() => JSON.parse(localStorage.getItem("glutecoach.timer.state")));
const shown = async () => {
  try {
    return await timerTab.$eval("#timer-count", (el) => ({ text: el.textContent,
      onBreak: !document.getElementById("timer-break").hidden, visibility: document.visibilityState }));
  } catch (error) {
    return { error: String(error.message).slice(0, 80) };
  }
};
const seconds = (text) => {
  const [m, s] = text.split(":").map(Number);
  return m * 60 + s;
};

let worstCountdownMs = 0;
let worstLateMs = 0;
let worstStaleMs = 0;
const breaks = [];
let lastBreakFrom = null;
let nextSample = Date.now();
while (Date.now() - started < minutes * 60_000) {
  const s = await state();
  const now = Date.now();
  worstStaleMs = Math.max(worstStaleMs, now - s.lastSeen);
  if (s.phase === "break" && s.breakFrom !== lastBreakFrom) {
    lastBreakFrom = s.breakFrom;
    const due = s.startedAt + INTERVAL_MS + s.shift;
    const lateMs = s.breakFrom - due;
    worstLateMs = Math.max(worstLateMs, Math.abs(lateMs));
    breaks.push({ due: new Date(due).toISOString(), started: new Date(s.breakFrom).toISOString(), lateMs });
    log({ break: breaks.at(-1) });
  }
  if (now >= nextSample) {
    nextSample += sampleSeconds * 1000;
    const screen = await shown();
    screen.pageTimerLastRanMsAgo = await timerTab.evaluate(() => Date.now() - window.timerDriftProbe.at(-1))
      .catch(() => null);
    const at = Date.now();
    const sample = { minute: ((at - started) / 60_000).toFixed(2), phase: s.phase, lastSeenAgoMs: now - s.lastSeen,
      ...screen };
    if (s.phase === "running" && screen.text && !screen.onBreak) {
      // The countdown shows whole seconds rounded up; the true remaining time from the wall clock and the due instant.
      const trueMs = s.startedAt + INTERVAL_MS + s.shift - at;
      const diffMs = seconds(screen.text) * 1000 - trueMs; // 0..1000 when exact
      const errorMs = diffMs < 0 ? diffMs : Math.max(0, diffMs - 1000);
      Object.assign(sample, { trueRemainingS: (trueMs / 1000).toFixed(1), errorMs });
      worstCountdownMs = Math.max(worstCountdownMs, Math.abs(errorMs));
    }
    log(sample);
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
const probe = await timerTab.evaluate(() => window.timerDriftProbe).catch(() => []);
const gaps = probe.slice(1).map((at, i) => at - probe[i]);
log({ pageTimerProbe: { runs: probe.length, largestGapMs: Math.max(0, ...gaps),
  gapsOver10s: gaps.filter((gap) => gap > 10_000).length } });
log({ summary: { throttled, realMinutes: ((Date.now() - started) / 60_000).toFixed(1), breaks,
  worstBreakLateMs: worstLateMs, worstCountdownErrorMs: worstCountdownMs, worstStateAgeMs: worstStaleMs,
  timerTabVisibility: (await shown()).visibility } });
await browser.close();
