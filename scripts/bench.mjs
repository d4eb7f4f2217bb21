// Benchmarks the built package on ~1 MB of Arabic news text, in Node and in headless Chromium.
//   node scripts/bench.mjs            # both
//   node scripts/bench.mjs --node     # Node only
// Prints MB/s (UTF-8 megabytes of input per second) and ms per call, median of several runs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** ~1 MB of real Arabic prose: the EASC articles and the PUD documents, repeated. */
export function corpus(bytes = 1_000_000) {
  const docs = [];
  for (const file of ["tests/data/easc-dev.jsonl", "tests/data/ud-pud-dev.jsonl"]) {
    for (const line of readFileSync(join(root, file), "utf8").split("\n")) {
      if (line.trim()) docs.push(JSON.parse(line).text);
    }
  }
  let text = "";
  while (Buffer.byteLength(text) < bytes) text += docs.join("\n\n") + "\n\n";
  return text;
}

// Runs inside Node or the page: `api` is the tahlil module.
function runBench(api, text, megabytes) {
  const cases = [
    ["tokenOffsets", () => api.tokenOffsets(text)],
    ["tokenize", () => api.tokenize(text)],
    ["tokenize ud", () => api.tokenize(text, { clitics: "ud" })],
    ["splitSentences", () => api.splitSentences(text)],
    ["normalize", () => api.normalize(text)],
    ["summarize", () => api.summarize(text)],
    ["keywords", () => api.keywords(text)],
  ].filter(([name]) => typeof api[name.split(" ")[0]] === "function");
  const rows = [];
  for (const [name, fn] of cases) {
    fn();
    const times = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      fn();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const ms = times[3];
    rows.push({ name, ms: Math.round(ms * 10) / 10, mbPerSec: Math.round((megabytes / (ms / 1000)) * 10) / 10 });
  }
  return rows;
}

function print(where, rows, megabytes) {
  console.log(`\n${where} — ${megabytes.toFixed(2)} MB of Arabic text (median of 7)`);
  for (const r of rows) console.log(`  ${r.name.padEnd(16)} ${String(r.ms).padStart(8)} ms  ${String(r.mbPerSec).padStart(7)} MB/s`);
}

async function benchNode(text, megabytes) {
  const api = await import(join(root, "pkg/node.js"));
  print(`Node ${process.version}`, runBench(api, text, megabytes), megabytes);
}

async function benchChromium(text, megabytes) {
  // The browser tests' helpers: Debian Chromium with the right flags, a static server.
  const { launch } = await import("../tests/browser/helpers/chromium.mjs");
  const { serve } = await import("../tests/browser/helpers/server.mjs");
  const pageDir = mkdtempSync(join(tmpdir(), "tahlil-bench-"));
  writeFileSync(
    join(pageDir, "index.html"),
    '<!doctype html><link rel="icon" href="data:,"><script type="module">import * as api from "/pkg/index.js"; window.api = api; await api.default(); window.ready = true;</script>',
  );
  const server = await serve({ "/pkg/": join(root, "pkg"), "/": pageDir });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => window.ready === true);
    const rows = await page.evaluate(
      ([source, text, megabytes]) => new Function(`return (${source})`)()(window.api, text, megabytes),
      [runBench.toString(), text, megabytes],
    );
    print(`Chromium ${browser.version()}`, rows, megabytes);
  } finally {
    await browser.close();
    await server.close();
    rmSync(pageDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = corpus();
  const megabytes = Buffer.byteLength(text) / 1e6;
  await benchNode(text, megabytes);
  if (!process.argv.includes("--node")) await benchChromium(text, megabytes);
}
