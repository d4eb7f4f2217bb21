// Headless Debian Chromium through playwright-core, and a page that records every console
// error or warning, uncaught exception and failed request, so tests can require none.
import { chromium } from "playwright-core";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Debian's Chromium (or $CHROMIUM), headless, with the flags this machine's closed network needs. */
export const CHROMIUM = process.env.CHROMIUM ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** Opens a page that collects problems into `page.problems` (strings). */
export async function openPage(browser) {
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => {
    if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.problems = problems;
  return page;
}

/** Waits for the fixture's `window.__done` and returns `window.__results`. */
export async function results(page, timeout = 30_000) {
  await page.waitForFunction(() => window.__done === true, null, { timeout });
  return page.evaluate(() => window.__results);
}
