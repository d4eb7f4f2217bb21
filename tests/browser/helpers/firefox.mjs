// Headless Debian Firefox ESR (firefox-esr from apt) through puppeteer-core over WebDriver
// BiDi, with the same helpers as chromium.mjs: a page that records every console error or
// warning, uncaught exception and failed request, and the fixture's results.
// (Playwright's Firefox needs its own patched build, which cannot be downloaded here; stock
// Firefox speaks WebDriver BiDi, which puppeteer-core drives.)
import puppeteer from "puppeteer-core";

/** Debian's Firefox ESR (or $FIREFOX). */
export const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";

export function launch() {
  return puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    // No network but the test servers: keep Firefox from looking for updates, add-ons, etc.
    extraPrefsFirefox: {
      "network.dns.disableIPv6": true,
      "browser.safebrowsing.update.enabled": false,
      "network.connectivity-service.enabled": false,
      "network.captive-portal-service.enabled": false,
    },
  });
}

/** Opens a page that collects problems into `page.problems` (strings). */
export async function openPage(browser) {
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warn") problems.push(`console.${m.type()}: ${m.text()}`);
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
  await page.waitForFunction(() => window.__done === true, { timeout });
  return page.evaluate(() => window.__results);
}
