// A signed-in person who has passed the red-flag screen and confirmed the ready page, made through the pages of a
// running jar with no mail server (the verification link is read from the app's log), for Lighthouse on pages behind
// the ready gate (issue 16; docs/benchmarks.md). Prints the session's Cookie header.
//
// Needs puppeteer-core (not a project dependency): PUPPETEER_DIR=<folder holding node_modules/puppeteer-core>.
//   PUPPETEER_DIR=/tmp/lh node load/ready-person.mjs http://localhost:18410 /tmp/app.log
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(`${process.env.PUPPETEER_DIR ?? process.cwd()}/`);
const puppeteer = require("puppeteer-core");

const base = process.argv[2] ?? "http://localhost:18410";
const appLog = process.argv[3];
const email = `lighthouse-${Date.now()}@example.org`;
const password = "a very good password";
// A desk worker with no red flag (as SelfCheckFixtures.deskWorkerAnswers); any other red-flag question gets "NO".
const answers = { AGE: 40, PAIN_WHERE: "LEFT", PAIN_NOW: 4, PAIN_WORST: 6, PAIN_DURATION: "WEEKS_2_TO_6",
  SPASMS: "YES", WORSE_WITH: ["SITTING"], BETTER_WITH: ["LYING"], SIT_HOURS: 9, SIT_LONGEST: "OVER_120_MIN",
  BACK_POCKET: "YES", LEAN_SIDE: "LEFT", CHAIR: "HARD_CHAIR", HARD_GLUTE_WORK: "NO",
  WORSE_AFTER_TRAINING: "NO_TRAINING", GLUTES_TIGHT: "NO", STANDING_WORK: "NO", ACTIVE_WEEK: "UNDER_30_MIN",
  T1_SQUEEZE_LEFT: "WEAK", T1_SQUEEZE_RIGHT: "FIRM", T2_ONE_SIDE_LEFT: "PARTLY", T2_ONE_SIDE_RIGHT: "YES",
  T4_BRIDGE_LEFT: 12, T4_BRIDGE_RIGHT: 25 };

const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const page = await browser.newPage();
const h1 = () => page.$eval("h1", (el) => el.textContent.trim());
const submit = async (selector) => {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
};
const buttonNamed = (name) => `xpath/(//button[normalize-space()="${name}"])[1]`;

const logBefore = readFileSync(appLog, "utf8").length;
await page.goto(`${base}/sign-up`);
await page.type("input[type=email]", email);
await page.type("input[type=password]", password);
await submit(buttonNamed("Create account"));
console.error("after sign-up:", await h1());

let link = null;
for (let i = 0; i < 30 && !link; i++) {
  // Only the log written since this sign-up: the mail's text, with its link.
  const found = readFileSync(appLog, "utf8").slice(logBefore).split("\n")
    .map((line) => line.match(/https?:\/\/\S*\/verify-email\S*/)?.[0]).filter(Boolean);
  link = found.at(-1) ?? null;
  if (!link) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
await page.goto(`${base}${link.substring(link.indexOf("/verify-email"))}`);
console.error("after verify:", await h1());
if (await page.$("input[type=email]")) {
  await page.type("input[type=email]", email);
  await page.type("input[type=password]", password);
  await submit(buttonNamed("Sign in"));
}
console.error("after sign-in:", await h1());
if (await page.$("input[name=healthData][value=true], #healthData")) {
  await page.evaluate(() => {
    const box = document.querySelector("input[name=healthData][value=true]") ?? document.querySelector("#healthData");
    box.checked = true;
  });
  await submit(buttonNamed("Save my choices"));
  console.error("after consent:", await h1());
}

await page.goto(`${base}/self-check`);
for (let step = 0; step < 8; step++) {
  await page.evaluate((answers) => {
    const names = new Set([...document.querySelectorAll("#self-check form [name]:not([type=hidden])")]
      .map((el) => el.name));
    for (const name of names) {
      const radio = document.querySelector(`input[name=${name}][type=radio]`) !== null;
      const value = answers[name] ?? (radio && /^[EUS]_/.test(name) ? "NO" : null);
      if (value === null) {
        continue;
      }
      const number = document.querySelector(`input[name=${name}][type=number]`);
      if (number) {
        number.value = String(value);
      } else {
        [value].flat().forEach((v) => {
          const box = document.querySelector(`input[name=${name}][value=${v}]`);
          if (box) {
            box.checked = true;
          }
        });
      }
    }
  }, answers);
  // The steps may be swapped in by htmx without a page load: wait for the next heading instead.
  const before = await h1();
  await page.click(buttonNamed("Continue"));
  await page.waitForFunction((text) => document.querySelector("h1")?.textContent.trim() !== text, {}, before);
  console.error("self-check step", step + 1, "->", await h1());
}
console.error("after self-check:", await h1());
if (await page.$("xpath/.//button[normalize-space()='Keep this result']")) {
  await submit(buttonNamed("Keep this result"));
}
await page.goto(`${base}/routines/five-minute-release/play`);
console.error("player, before ready:", await h1());
await submit(buttonNamed("Yes, nothing has changed"));
console.error("player, after ready:", await h1(), "player shown:", (await page.$("#player")) !== null);
const cookies = await browser.cookies();
console.log(cookies.filter((cookie) => cookie.domain.includes("localhost"))
  .map((cookie) => `${cookie.name}=${cookie.value}`).join("; "));
await browser.close();
