// splitSentences and sentenceOffsets against Intl.Segmenter's sentence mode on the benchmark's
// 1 MB text, in headless Chromium, for one or more builds of the package, alternately (an
// interleaved A/B: the machine's drift hits both sides alike):
//   node scripts/bench/sentences-ab.mjs [--rounds N] [PKG_DIR ...]     (default: pkg)
// e.g. a worktree's build of an older commit against this one:
//   node scripts/bench/sentences-ab.mjs /tmp/wt-before/pkg pkg
// Each page makes 150 rounds of the three calls, timed one by one, and prints the 10th
// percentile and the median (ms; Chromium's clock has 0.1 ms steps) and the budget's ratio
// (Intl's median over splitSentences'; BENCHMARKS.md, "Sentences").
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, openPage } from "../../tests/browser/helpers/chromium.mjs";
import { serve } from "../../tests/browser/helpers/server.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const args = process.argv.slice(2);
let rounds = 1;
const roundsAt = args.indexOf("--rounds");
if (roundsAt >= 0) rounds = Number(args.splice(roundsAt, 2)[1]);
const packages = (args.length ? args : ["pkg"]).map((p) => resolve(p));

const pageDir = mkdtempSync(join(tmpdir(), "tahlil-ab-"));
writeFileSync(
  join(pageDir, "index.html"),
  `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module">
import * as api from "/pkg/index.js";
import { arabicText } from "/scripts/bench/bench-text.mjs";
await api.default();
window.api = api;
window.text = arabicText(1000000);
window.ready = true;
</script>`,
);

function measure() {
  const { api, text } = window;
  const segmenter = new Intl.Segmenter("ar", { granularity: "sentence" });
  const calls = {
    sentenceOffsets: () => api.sentenceOffsets(text),
    splitSentences: () => api.splitSentences(text),
    intl: () => {
      const out = [];
      for (const { segment, index } of segmenter.segment(text)) {
        out.push({ text: segment, start: index, end: index + segment.length });
      }
      return out;
    },
  };
  const times = Object.fromEntries(Object.keys(calls).map((k) => [k, []]));
  for (let i = 0; i < 10; i++) for (const call of Object.values(calls)) call();
  for (let i = 0; i < 150; i++) {
    for (const [name, call] of Object.entries(calls)) {
      const t0 = performance.now();
      call();
      times[name].push(performance.now() - t0);
    }
  }
  const at = (a, q) => a.sort((x, y) => x - y)[Math.floor(a.length * q)];
  return Object.fromEntries(Object.entries(times).map(([k, a]) => [k, [at(a, 0.1), at(a, 0.5)]]));
}

const browser = await launch();
try {
  for (let r = 0; r < rounds; r++) {
    for (const pkg of packages) {
      const server = await serve({ "/pkg/": pkg, "/scripts/": join(root, "scripts"), "/": pageDir });
      const page = await openPage(browser);
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => window.ready === true);
      const t = await page.evaluate(measure);
      await page.close();
      await server.close();
      const f = (x) => x.map((v) => v.toFixed(2)).join(" / ");
      console.log(
        `${pkg}: sentenceOffsets ${f(t.sentenceOffsets)}, splitSentences ${f(t.splitSentences)}, ` +
          `Intl.Segmenter sentence ${f(t.intl)} ms (p10 / median); ratio ${(t.intl[1] / t.splitSentences[1]).toFixed(2)}×`,
      );
    }
  }
} finally {
  await browser.close();
  rmSync(pageDir, { recursive: true, force: true });
}
