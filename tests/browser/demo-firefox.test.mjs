// The demo page (www/) in headless Firefox ESR (puppeteer-core over WebDriver BiDi): it
// analyses the sample under its Content Security Policy with no error, and its timings show
// what Firefox's coarse clock (1 ms steps) can measure — whole milliseconds, or "less than 1"
// (أقل من ١) — never a made-up "٠٫٠٠" — and its search panel finds a diacritized word from a
// query typed plainly. demo.test.mjs covers the page in depth in Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { launch } from "./helpers/firefox.mjs";
import { SAMPLE } from "../../www/sample.js";
import { serve } from "./helpers/server.mjs";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

let browser;
let server;
let page;
const problems = [];

before(async () => {
  server = await serve({ "/pkg/": here("../../pkg/"), "/": here("../../www/") });
  browser = await launch();
  page = await browser.newPage();
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warn") problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => Number(document.body.dataset.runs) > 0 && document.body.dataset.state !== "busy", { timeout: 30_000 });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("the demo analyses the sample in Firefox, without errors", async () => {
  const s = await page.evaluate(() => ({
    state: document.body.dataset.state,
    tokenCount: Number(document.body.dataset.tokenCount),
    sentenceCount: Number(document.body.dataset.sentenceCount),
    tokensShown: document.querySelectorAll("#tokens .tok").length,
    keywords: document.querySelectorAll("#keywords li").length,
    summary: document.querySelectorAll("#summary-list li").length,
  }));
  assert.equal(s.state, "ready");
  assert.ok(s.tokenCount > 50, `tokens: ${s.tokenCount}`);
  assert.equal(s.tokensShown, s.tokenCount);
  assert.ok(s.sentenceCount >= 8, `sentences: ${s.sentenceCount}`);
  assert.ok(s.keywords > 0 && s.summary > 0);
  assert.deepEqual(problems, []);
});

test("timings show what the browser's clock can measure", async (t) => {
  const { step, cells, status } = await page.evaluate(() => {
    // The clock's step, measured as the page does.
    let step = Infinity;
    for (let last = performance.now(), seen = 0; seen < 5; ) {
      const now = performance.now();
      if (now > last) [step, last, seen] = [Math.min(step, now - last), now, seen + 1];
    }
    return {
      step,
      cells: [...document.querySelectorAll("#timings td")].map((td) => td.textContent),
      status: document.getElementById("status").textContent,
    };
  });
  t.diagnostic(`Firefox's clock step: ${step} ms; timings: ${cells.join(" | ")}`);
  assert.ok(step >= 1, `expected Firefox's coarse clock, measured a step of ${step} ms`);
  assert.ok(cells.length >= 5, `timings: ${cells}`);
  for (const cell of cells) {
    // Whole milliseconds (Arabic-Indic digits), or "less than 1": no decimals the clock lacks.
    assert.match(cell, /^(أقل من ١|[٠-٩٬]+)$/, `timing cell ${JSON.stringify(cell)}`);
  }
  assert.doesNotMatch(status, /٠٫٠٠/);
  assert.match(status, /في (أقل من ١|[٠-٩٬]+) ملّي ثانية/);
});

test("search: a query typed plainly marks the diacritized word in Firefox", async () => {
  const runs = await page.evaluate(() => Number(document.body.dataset.searchRuns ?? 0));
  // No diacritics, no clitics, ه for ة; the sample has «وَبِالمَكْتَبَةِ».
  await page.type("#search-query", "مكتبه");
  await page.waitForFunction(
    (r) => Number(document.body.dataset.searchRuns) > r && document.getElementById("search-query").value === "مكتبه",
    { timeout: 30_000 },
    runs,
  );
  await page.waitForFunction(() => document.body.dataset.searchResults === "1", { timeout: 30_000 });
  const hit = await page.evaluate(() => {
    const li = document.querySelector("#search-results li");
    return {
      span: [Number(li.dataset.start), Number(li.dataset.end)],
      text: li.querySelector(".search-text").textContent,
      marks: [...li.querySelectorAll("mark")].map((m) => [m.textContent, m.dataset.kind, m.previousSibling?.textContent ?? ""]),
    };
  });
  const paragraph = SAMPLE.split("\n").find((l) => l.includes("وَبِالمَكْتَبَةِ"));
  assert.equal(hit.text, paragraph);
  assert.equal(SAMPLE.slice(...hit.span), paragraph);
  assert.deepEqual(
    hit.marks.map(([text, kind]) => [text, kind]),
    [["مَكْتَبَةِ", "stem"]],
  );
  assert.ok(hit.marks[0][2].endsWith("وَبِال"), `before the mark: ${hit.marks[0][2]}`);
  assert.deepEqual(problems, []);
});
