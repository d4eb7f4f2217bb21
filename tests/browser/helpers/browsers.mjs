// The browsers the package is tested in, each with the same helpers (launch, openPage,
// results): Debian's Chromium through playwright-core, and Debian's Firefox ESR through
// puppeteer-core (WebDriver BiDi). $TAHLIL_BROWSERS=chromium (or firefox) runs one of them.
import * as chromium from "./chromium.mjs";
import * as firefox from "./firefox.mjs";

const ALL = [
  { name: "chromium", ...chromium },
  { name: "firefox", ...firefox },
];

const chosen = process.env.TAHLIL_BROWSERS?.split(",")
  .map((s) => s.trim())
  .filter(Boolean);
for (const name of chosen ?? []) {
  if (!ALL.some((b) => b.name === name))
    throw new Error(`TAHLIL_BROWSERS: unknown browser ${JSON.stringify(name)} (known: chromium, firefox)`);
}
export const BROWSERS = chosen ? ALL.filter((b) => chosen.includes(b.name)) : ALL;
