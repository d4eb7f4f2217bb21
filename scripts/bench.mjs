// tahlil's benchmark: the built package (pkg/) in Node and in headless Chromium, on generated
// Arabic news text of 10 KB, 100 KB, 1 MB and 10 MB, against the baselines a web developer
// would otherwise use. BENCHMARKS.md explains what is measured and how; it holds the figures.
//
//   node scripts/bench.mjs                  # Node, then Chromium, then the budgets
//   node scripts/bench.mjs --node           # Node only      (--chromium: Chromium only)
//   node scripts/bench.mjs --sizes 10k,1m   # main sizes     (--runs N: runs per measurement)
//   node scripts/bench.mjs --quick          # 10k,100k,1m with 3 runs: a smoke test
//   node scripts/bench.mjs --json-only      # only the JSON lines ({"bench":…} and {"budget":…})
//   node scripts/bench.mjs --check          # exit 1 when a budget is missed (otherwise always 0)
//
// Needs pkg/dist (bash scripts/build.sh), and for Chromium the browser tests' Chromium.
//
// The benchmark page imports this very module, so that Node and Chromium run the same
// measurement code (measureCase) on the same text (scripts/bench/bench-text.mjs). That is why Node
// built-ins are imported lazily, inside the functions that only the Node side calls.
import { arabicText, utf8Length } from "./bench/bench-text.mjs";

// ---------------------------------------------------------------------------------------------
// What is measured (runs in Node and in the page).

/** tahlil's functions, default options unless the name says otherwise. */
export const TAHLIL_CASES = [
  "tokenize",
  "tokenize ud",
  "tokenOffsets",
  "splitSentences",
  "sentenceOffsets",
  "normalize",
  "summarize",
  "summarize extract:false",
  "keywords",
  "extractArticle",
  "analyze",
];
/** What users would otherwise pick; encodeInto is the floor (copying the text into wasm memory). */
export const BASELINE_CASES = ["Intl.Segmenter word", "regex tokenizer", "Intl.Segmenter sentence", "encodeInto"];
/** The word tokenizers, also measured at the extra sizes (4 KB, 300 KB) for the comparison. */
const WORD_CASES = ["tokenize", "Intl.Segmenter word", "regex tokenizer"];

/** Returns a no-argument function doing one call of `name` on `text`; setup happens here, untimed. */
function prepareCase(api, name, text) {
  switch (name) {
    case "tokenize":
      return () => api.tokenize(text);
    case "tokenize ud":
      return () => api.tokenize(text, { clitics: "ud" });
    case "tokenOffsets":
      return () => api.tokenOffsets(text);
    case "splitSentences":
      return () => api.splitSentences(text);
    case "sentenceOffsets":
      return () => api.sentenceOffsets(text);
    case "normalize":
      return () => api.normalize(text);
    case "summarize":
      return () => api.summarize(text);
    case "summarize extract:false":
      return () => api.summarize(text, { extract: false });
    case "extractArticle":
      return () => api.extractArticle(text);
    case "keywords":
      return () => api.keywords(text);
    // The module keeps the terms of the words it analyzed while the options stay the same: a
    // call with other options first starts it empty, so each run analyzes every word afresh.
    case "analyze":
      return () => {
        api.analyze("", { roots: false });
        return api.analyze(text);
      };
    case "Intl.Segmenter word": {
      const segmenter = new Intl.Segmenter("ar", { granularity: "word" });
      return () => intlSegments(segmenter, text, true);
    }
    case "Intl.Segmenter sentence": {
      const segmenter = new Intl.Segmenter("ar", { granularity: "sentence" });
      return () => intlSegments(segmenter, text, false);
    }
    case "regex tokenizer":
      return () => regexTokenize(text);
    case "encodeInto": {
      // What wasm-bindgen does to pass a string: encode it into a buffer in wasm memory.
      const encoder = new TextEncoder();
      const buffer = new Uint8Array(text.length * 3);
      return () => encoder.encodeInto(text, buffer);
    }
    default:
      throw new Error(`unknown case ${name}`);
  }
}

const NON_SPACE = /\S/;

/** Baseline: Intl.Segmenter collecting {text, start, end} (word mode: non-whitespace segments only). */
function intlSegments(segmenter, text, skipSpaces) {
  const out = [];
  for (const { segment, index } of segmenter.segment(text)) {
    if (skipSpaces && !NON_SPACE.test(segment)) continue;
    out.push({ text: segment, start: index, end: index + segment.length });
  }
  return out;
}

// Letters with their marks | digits with inner separators | any other non-space character.
const TOKEN_RE = /(\p{L}[\p{L}\p{M}]*)|(\p{N}+(?:[.,٫٬]\p{N}+)*)|(\S)/gu;

/** Baseline: the regex tokenizer a web developer would write, building tokenize()'s objects. */
function regexTokenize(text) {
  const tokens = [];
  TOKEN_RE.lastIndex = 0;
  let m;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const kind = m[1] !== undefined ? "word" : m[2] !== undefined ? "number" : "punct";
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind, norm: m[0] });
  }
  return tokens;
}

/** How many things a result holds: tokens, sentences, keywords, summary sentences, chars or bytes. */
function countItems(result) {
  if (typeof result === "string") return result.length;
  if (Array.isArray(result)) return result.length;
  if (result instanceof Uint32Array) return result.length / 2;
  if (result.sentences) return result.sentences.length;
  return result.written;
}

const now = () => performance.now();
const WARMUP_MS = 200; // warm up this long, so that V8 has tiered the code up (wasm: Liftoff → TurboFan)
const MIN_RUN_MS = 20; // short calls are batched: Chromium coarsens performance.now() to 0.1 ms
const LONG_CALL_MS = 3000; // a call this long is its own warm-up (the code is long since hot)
const LONG_CASE_MS = 15000; // and stops being sampled once this much time is spent on it

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Times `name` on `text`: warm-up calls for WARMUP_MS (at least one), then `runs` timed runs;
 * a run is a batch of calls lasting ≥ MIN_RUN_MS, and the median run gives the time per call.
 */
export function measureCase(api, text, name, runs) {
  const call = prepareCase(api, name, text);
  let t0 = now();
  const items = countItems(call());
  const firstMs = now() - t0;
  while (firstMs < LONG_CALL_MS && now() - t0 < WARMUP_MS) call();
  const samples = [];
  let batch = 1;
  if (firstMs >= LONG_CALL_MS) {
    samples.push(firstMs);
    let spent = firstMs;
    while (samples.length < runs && spent + firstMs < LONG_CASE_MS) {
      t0 = now();
      call();
      samples.push(now() - t0);
      spent += samples.at(-1);
    }
  } else {
    if (firstMs < MIN_RUN_MS) {
      // Calibrate the batch size on 5 ms of calls.
      let calls = 0;
      t0 = now();
      do {
        call();
        calls++;
      } while (now() - t0 < 5);
      batch = Math.ceil(MIN_RUN_MS / ((now() - t0) / calls));
    }
    for (let r = 0; r < runs; r++) {
      t0 = now();
      for (let i = 0; i < batch; i++) call();
      samples.push((now() - t0) / batch);
    }
  }
  const medianMs = median(samples);
  const inputBytes = utf8Length(text);
  return {
    name,
    inputBytes,
    medianMs,
    mbPerSec: inputBytes / 1e6 / (medianMs / 1e3),
    minMs: Math.min(...samples),
    runs: samples.length,
    callsPerRun: batch,
    items,
  };
}

/** Size and FNV-1a hash of a text, to show both environments measured the same one. */
export function describeText(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return { inputBytes: utf8Length(text), chars: text.length, hash: (hash >>> 0).toString(16).padStart(8, "0") };
}

/**
 * Compile and instantiate times in a fresh process or page. `api` is pkg/index.js, not yet
 * initialized. The bytes get a unique custom section so that V8's in-process cache of
 * compiled modules cannot serve them: the figure is a first visit's. Instantiation takes the
 * path users take: init() in a page, initSync() in Node (as pkg/node.js does; in Node 20
 * init() costs ~35 ms more, because the glue's `typeof Request` loads Node's fetch, undici).
 */
export async function measureStartup(api, wasmBytes, { sync = false } = {}) {
  const bytes = withNonceSection(wasmBytes);
  let t0 = now();
  const module = await WebAssembly.compile(bytes);
  const compileMs = now() - t0;
  t0 = now();
  if (sync) api.initSync({ module });
  else await api.default({ module_or_path: module });
  const instantiateMs = now() - t0;
  t0 = now();
  api.tokenize("قال د. أحمد: «النمو ٣٫٥٪» #اقتصاد");
  const firstCallMs = now() - t0;
  return { compileMs, instantiateMs, firstCallMs };
}

/** The module plus a custom section (id 0) named "n" holding 8 random bytes. */
function withNonceSection(wasmBytes) {
  const nonce = crypto.getRandomValues(new Uint8Array(8));
  const section = new Uint8Array([0, 10, 1, 0x6e, ...nonce]);
  const out = new Uint8Array(wasmBytes.length + section.length);
  out.set(wasmBytes);
  out.set(section, wasmBytes.length);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Node side: the environments, the plan, the report.

const SIZE_PRESETS = { main: "10k,100k,1m,10m", quick: "10k,100k,1m" };
const EXTRA_WORD_SIZES = [4_000, 300_000]; // the word-tokenizer comparison only
const MAX_RUN_MS = 20_000; // skip a case whose one run is extrapolated above this
const STARTUP_RUNS = 7;

function parseArgs(argv) {
  const args = { node: false, chromium: false, sizes: null, cases: null, runs: null, jsonOnly: false, quick: false, check: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--node") args.node = true;
    else if (a === "--chromium") args.chromium = true;
    else if (a === "--sizes") args.sizes = argv[++i];
    else if (a === "--runs") args.runs = Number(argv[++i]);
    else if (a === "--cases") args.cases = argv[++i].split(",").map((c) => c.trim());
    else if (a === "--json-only") args.jsonOnly = true;
    else if (a === "--quick") args.quick = true;
    else if (a === "--check") args.check = true;
    else if (a === "--startup-probe") args.startupProbe = true;
    else if (a === "--help" || a === "-h") args.help = true;
    else usage(`unknown option ${a}`);
  }
  if (!args.node && !args.chromium) args.node = args.chromium = true;
  const known = [...TAHLIL_CASES, ...BASELINE_CASES];
  for (const c of args.cases ?? []) if (!known.includes(c)) usage(`unknown case ${c}: one of ${known.join(", ")}`);
  if (args.runs !== null && !(Number.isInteger(args.runs) && args.runs >= 1)) usage("--runs needs a whole number ≥ 1");
  return args;
}

const USAGE = `usage: node scripts/bench.mjs [options]     (needs pkg/dist: bash scripts/build.sh)
  --node           Node only                --chromium    headless Chromium only (default: both)
  --sizes LIST     main sizes, default 10k,100k,1m,10m (the word tokenizers also run at 4k and 300k)
  --runs N         timed runs per measurement (default 7; 3 above 1 MB)
  --cases LIST     only these cases, e.g. "splitSentences,Intl.Segmenter sentence" (budgets need both sides)
  --quick          10k,100k,1m with 3 runs  --json-only   only the {"bench":…} and {"budget":…} lines
  --check          exit 1 when a budget is missed (by default the benchmark is a report: exit 0)`;

function usage(problem) {
  console.error(`${problem}\n${USAGE}`);
  process.exit(2);
}

/** "10k" → 10000, "1m" → 1000000, "4000" → 4000. */
function parseSize(spec) {
  const m = /^(\d+(?:\.\d+)?)([km]?)b?$/i.exec(spec.trim());
  if (!m) usage(`bad size ${spec}: use e.g. 10k, 100k, 1m, 10m`);
  return Math.round(Number(m[1]) * { "": 1, k: 1e3, m: 1e6 }[m[2].toLowerCase()]);
}

function sizeLabel(bytes) {
  return bytes >= 1e6 ? `${bytes / 1e6} MB` : bytes >= 1e3 ? `${bytes / 1e3} KB` : `${bytes} B`;
}

/** The measurement plan: every case at the main sizes, the word tokenizers also at the extras. */
function makePlan(args) {
  const main = (args.sizes ?? SIZE_PRESETS[args.quick ? "quick" : "main"]).split(",").map(parseSize);
  const largest = Math.max(...main);
  const chosen = (cases) => cases.filter((c) => !args.cases || args.cases.includes(c));
  const steps = main.map((bytes) => ({ bytes, cases: chosen([...TAHLIL_CASES, ...BASELINE_CASES]) }));
  for (const bytes of EXTRA_WORD_SIZES) {
    if (bytes < largest && !main.includes(bytes) && chosen(WORD_CASES).length) steps.push({ bytes, cases: chosen(WORD_CASES) });
  }
  steps.sort((a, b) => a.bytes - b.bytes);
  const runs = (bytes) => args.runs ?? (args.quick ? 3 : bytes > 1e6 ? 3 : 7);
  return { steps, main, runs };
}

/**
 * Whether to skip a case at `bytes`, from its times at the two previous sizes: one run is
 * extrapolated with the observed growth exponent, taken as at least quadratic once growth is
 * clearly superlinear (Node 20's Intl.Segmenter falls off a cliff: 0.4 MB/s at 100 KB, 0.02
 * at 300 KB). Exponents up to 1.5 are read as noise, GC and caches, and extrapolated as they are.
 */
function skipReason(history, bytes) {
  const done = history.filter((r) => r.medianMs != null);
  const last = done.at(-1);
  if (!last) return history.length ? history.at(-1).skipped : null;
  const prev = done.at(-2);
  let exponent = 1;
  if (prev) exponent = Math.max(1, Math.log(last.medianMs / prev.medianMs) / Math.log(last.inputBytes / prev.inputBytes));
  const superlinear = exponent > 1.5;
  if (superlinear) exponent = Math.max(exponent, 2);
  const estimateMs = last.medianMs * (bytes / last.inputBytes) ** exponent;
  if (estimateMs <= MAX_RUN_MS) return null;
  const why = superlinear ? "superlinear" : "slow";
  return `${why}: ${fmt(last.mbPerSec)} MB/s at ${sizeLabel(last.size)}, one run estimated at ${fmtDuration(estimateMs)}`;
}

/** Node as an environment: the package through pkg/node.js (auto-initialized). */
async function nodeEnvironment(root) {
  const api = await import(new URL("pkg/node.js", root));
  const texts = new Map();
  const text = (bytes) => texts.get(bytes) ?? texts.set(bytes, arabicText(bytes)).get(bytes);
  return {
    env: `node ${process.version}`,
    describe: async (bytes) => describeText(text(bytes)),
    measure: async (bytes, name, runs) => measureCase(api, text(bytes), name, runs),
    forget: async (bytes) => texts.delete(bytes),
    startup: async () => {
      // One fresh process per sample: nothing compiled or cached from the previous one.
      const { execFileSync } = await import("node:child_process");
      const { fileURLToPath } = await import("node:url");
      const script = fileURLToPath(import.meta.url);
      const samples = [];
      for (let i = 0; i < STARTUP_RUNS; i++) {
        samples.push(JSON.parse(execFileSync(process.execPath, [script, "--startup-probe"], { encoding: "utf8" })));
      }
      return samples;
    },
    close: async () => {},
  };
}

/** In a fresh process (--startup-probe): compile and instantiate once, print the times. */
async function startupProbe(root) {
  const { readFileSync } = await import("node:fs");
  const api = await import(new URL("pkg/index.js", root));
  const bytes = readFileSync(new URL("pkg/dist/tahlil_bg.wasm", root));
  console.log(JSON.stringify(await measureStartup(api, new Uint8Array(bytes), { sync: true })));
}

/**
 * Headless Chromium as an environment: the page loads the package as users do
 * (/pkg/index.js, then init(), which fetches the wasm) and imports this module and the text
 * generator, so texts are generated in the page rather than shipped through the protocol.
 */
async function chromiumEnvironment(root) {
  const { mkdtempSync, rmSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { fileURLToPath } = await import("node:url");
  const { launch, openPage } = await import("../tests/browser/helpers/chromium.mjs");
  const { serve } = await import("../tests/browser/helpers/server.mjs");

  const pageDir = mkdtempSync(join(tmpdir(), "tahlil-bench-"));
  writeFileSync(
    join(pageDir, "index.html"),
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>tahlil bench</title>
<script type="module">
  import * as api from "/pkg/index.js";
  import * as bench from "/scripts/bench.mjs";
  import { arabicText } from "/scripts/bench/bench-text.mjs";
  window.tahlilBench = { api, bench, arabicText, texts: new Map() };
  if (!location.search.includes("startup")) await api.default();
  window.ready = true;
</script>`,
  );
  const server = await serve({
    "/pkg/": fileURLToPath(new URL("pkg", root)),
    "/scripts/": fileURLToPath(new URL("scripts", root)),
    "/": pageDir,
  });
  const browser = await launch();
  const close = async () => {
    await browser.close();
    await server.close();
    rmSync(pageDir, { recursive: true, force: true });
  };
  const page = await openPage(browser);
  const failIfProblems = () => {
    if (page.problems.length) throw new Error(`the benchmark page reported:\n${page.problems.join("\n")}`);
  };
  try {
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => window.ready === true);
    failIfProblems();
  } catch (error) {
    await close();
    throw error;
  }

  return {
    env: `chromium ${browser.version()}`,
    describe: (bytes) =>
      page.evaluate((bytes) => {
        const { bench, arabicText, texts } = window.tahlilBench;
        if (!texts.has(bytes)) texts.set(bytes, arabicText(bytes));
        return bench.describeText(texts.get(bytes));
      }, bytes),
    measure: async (bytes, name, runs) => {
      const row = await page.evaluate(
        ([bytes, name, runs]) => {
          const { api, bench, texts } = window.tahlilBench;
          return bench.measureCase(api, texts.get(bytes), name, runs);
        },
        [bytes, name, runs],
      );
      failIfProblems();
      return row;
    },
    forget: (bytes) => page.evaluate((bytes) => window.tahlilBench.texts.delete(bytes), bytes),
    startup: async () => {
      // One fresh browser context (its own renderer, no shared caches) per sample.
      const samples = [];
      for (let i = 0; i < STARTUP_RUNS; i++) {
        const context = await browser.newContext();
        const fresh = await context.newPage();
        await fresh.goto(`${server.url}/?startup`);
        await fresh.waitForFunction(() => window.ready === true);
        samples.push(
          await fresh.evaluate(async () => {
            const bytes = new Uint8Array(await (await fetch("/pkg/dist/tahlil_bg.wasm")).arrayBuffer());
            return window.tahlilBench.bench.measureStartup(window.tahlilBench.api, bytes);
          }),
        );
        await context.close();
      }
      return samples;
    },
    close,
  };
}

/** A hash of the built package, to notice a rebuild during the run (figures would mix builds). */
async function packageFingerprint(root) {
  const { readFileSync } = await import("node:fs");
  const { createHash } = await import("node:crypto");
  const hash = createHash("sha256");
  for (const file of ["pkg/dist/tahlil_bg.wasm", "pkg/dist/tahlil.js", "pkg/index.js"]) hash.update(readFileSync(new URL(file, root)));
  return hash.digest("hex").slice(0, 12);
}

/** The commit the working tree is on, and whether src/ or pkg/ have uncommitted changes. */
async function describeBuild(root) {
  const { execFileSync } = await import("node:child_process");
  const { fileURLToPath } = await import("node:url");
  try {
    const git = (...args) => execFileSync("git", args, { cwd: fileURLToPath(root), encoding: "utf8" }).trim();
    const dirty = git("status", "--porcelain", "--", "src", "pkg", "Cargo.toml") ? " + uncommitted changes in src/ or pkg/" : "";
    return `commit ${git("rev-parse", "--short", "HEAD")}${dirty}`;
  } catch {
    return "commit unknown";
  }
}

/** Runs the plan in one environment; prints each measurement as a JSON line as it lands. */
async function runEnvironment(environment, plan, out) {
  const rows = [];
  const texts = {};
  const startup = await environment.startup();
  for (const key of ["compileMs", "instantiateMs", "firstCallMs"]) {
    const bench = { compileMs: "compile", instantiateMs: "instantiate", firstCallMs: "first call" }[key];
    out.json({ bench, env: environment.env, medianMs: round(median(startup.map((s) => s[key]))), runs: startup.length });
  }
  for (const step of plan.steps) {
    texts[step.bytes] = await environment.describe(step.bytes);
    for (const name of step.cases) {
      const history = rows.filter((r) => r.name === name);
      const skipped = skipReason(history, texts[step.bytes].inputBytes);
      const row = skipped
        ? { name, inputBytes: texts[step.bytes].inputBytes, medianMs: null, mbPerSec: null, skipped }
        : await environment.measure(step.bytes, name, plan.runs(step.bytes));
      row.size = step.bytes;
      rows.push(row);
      out.json({
        bench: name,
        env: environment.env,
        size: sizeLabel(step.bytes),
        inputBytes: row.inputBytes,
        medianMs: round(row.medianMs),
        mbPerSec: round(row.mbPerSec),
        ...(skipped ? { skipped } : { minMs: round(row.minMs), runs: row.runs, callsPerRun: row.callsPerRun, items: row.items }),
      });
    }
    await environment.forget(step.bytes);
  }
  return { env: environment.env, rows, texts, startup };
}

// ---------------------------------------------------------------------------------------------
// Budgets, from one environment's run (Chromium's when it ran).

function evaluateBudgets(run, sizes) {
  const budgets = [];
  const find = (name, bytes) => run.rows.find((r) => r.name === name && r.size === bytes && r.medianMs != null);
  const missing = (name, bytes) => {
    const row = run.rows.find((r) => r.name === name && r.size === bytes);
    return row?.skipped ? `${name} skipped (${row.skipped})` : `${name} at ${sizeLabel(bytes)} not measured`;
  };
  const add = (budget, size, value, limit, pass, detail) =>
    budgets.push({ budget, env: run.env, size, value: value == null ? null : Number(value.toPrecision(6)), limit, pass, detail });

  const atLeast = (name, baseline, factor) => {
    for (const bytes of [1e6, 1e7]) {
      const a = find(name, bytes);
      const b = find(baseline, bytes);
      const budget = `${name} ≥ ${factor}× ${baseline}`;
      if (!a || !b) {
        add(budget, sizeLabel(bytes), null, factor, null, missing(a ? baseline : name, bytes));
        continue;
      }
      const ratio = a.mbPerSec / b.mbPerSec;
      add(
        budget,
        sizeLabel(bytes),
        ratio,
        factor,
        ratio >= factor,
        `${fmt(a.mbPerSec)} vs ${fmt(b.mbPerSec)} MB/s = ${fmtRatio(ratio, factor)}× (≥ ${factor}×)`,
      );
    }
  };
  atLeast("tokenOffsets", "encodeInto", 0.5);
  atLeast("tokenize", "Intl.Segmenter word", 1.5);
  atLeast("tokenize", "regex tokenizer", 1.5);
  atLeast("splitSentences", "Intl.Segmenter sentence", 1);

  for (const name of TAHLIL_CASES) {
    const small = find(name, 1e5);
    const large = find(name, 1e7);
    const budget = `${name} linear`;
    if (!small || !large) {
      add(budget, "10 MB vs 100 KB", null, 1.3, null, missing(name, small ? 1e7 : 1e5));
      continue;
    }
    const ratio = small.mbPerSec / large.mbPerSec;
    add(
      budget,
      "10 MB vs 100 KB",
      ratio,
      1.3,
      ratio <= 1.3,
      `${fmt(1e3 / large.mbPerSec)} vs ${fmt(1e3 / small.mbPerSec)} ms per MB = ${fmtRatio(ratio, 1.3)}× (≤ 1.3×)`,
    );
  }

  const summary = find("summarize", 1e6);
  add(
    "summarize < 1000 ms",
    "1 MB",
    summary?.medianMs ?? null,
    1000,
    summary ? summary.medianMs < 1000 : null,
    summary ? `${fmt(summary.medianMs)} ms` : missing("summarize", 1e6),
  );

  // Reading the text as a page costs little beside the summary itself.
  const plain = find("summarize extract:false", 1e6);
  const extraCost = summary && plain ? summary.medianMs / plain.medianMs : null;
  add(
    "summarize extraction ≤ 1.25×",
    "1 MB",
    extraCost,
    1.25,
    extraCost === null ? null : extraCost <= 1.25,
    extraCost === null
      ? missing("summarize extract:false", 1e6)
      : `${fmt(summary.medianMs)} vs ${fmt(plain.medianMs)} ms = ${fmtRatio(extraCost, 1.25)}× (≤ 1.25×)`,
  );

  const total = sizes.wasm.gzipBytes + sizes.glue.gzipBytes;
  budgets.push({
    budget: "wasm + JS glue gzip",
    env: "package",
    size: "-",
    value: total,
    limit: sizes.budget,
    pass: total <= sizes.budget,
    detail: `${fmtKB(sizes.wasm.gzipBytes)} + ${fmtKB(sizes.glue.gzipBytes)} = ${fmtKB(total)} (≤ 200 KB)`,
  });
  return budgets;
}

// ---------------------------------------------------------------------------------------------
// Printing.

function round(x) {
  return x == null ? null : Number(x.toPrecision(4));
}

/** Three significant figures, thousands grouped. */
function fmt(x) {
  if (x == null) return "—";
  if (x >= 1000) return Math.round(x).toLocaleString("en-US");
  return String(Number(x.toPrecision(3)));
}

/** A ratio against its budget, with enough decimals that a miss never prints as the limit itself. */
function fmtRatio(value, limit) {
  let digits = 2;
  while (digits < 6 && Number(value.toFixed(digits)) === limit) digits++;
  return value.toFixed(digits);
}

function fmtKB(bytes) {
  return `${(bytes / 1e3).toFixed(1)} KB`;
}

function fmtDuration(ms) {
  return ms < 1e3 ? `${fmt(ms)} ms` : ms < 60e3 ? `${fmt(ms / 1e3)} s` : ms < 3600e3 ? `${fmt(ms / 60e3)} min` : `${fmt(ms / 3600e3)} h`;
}

function table(header, lines) {
  const all = [header, ...lines];
  const widths = header.map((_, c) => Math.max(...all.map((l) => String(l[c]).length)));
  return all
    .map((l) => l.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join("   "))
    .join("\n");
}

function printEnvironment(run, plan, out) {
  const cell = (row) => (!row ? "" : row.skipped ? "skipped" : `${fmt(row.mbPerSec)} (${fmt(row.medianMs)} ms)`);
  const find = (name, bytes) => run.rows.find((r) => r.name === name && r.size === bytes);
  const s = run.startup;
  out.text(`\n=== ${run.env} ===`);
  out.text(
    `startup (fresh ${run.env.startsWith("node") ? "process" : "page"} each, median of ${s.length}): ` +
      `compile ${fmt(median(s.map((x) => x.compileMs)))} ms, ` +
      `instantiate ${fmt(median(s.map((x) => x.instantiateMs)))} ms (${run.env.startsWith("node") ? "initSync" : "init"}), ` +
      `first tokenize call ${fmt(median(s.map((x) => x.firstCallMs)))} ms`,
  );
  out.text(
    `texts: ${plan.steps.map((st) => `${sizeLabel(st.bytes)} = ${run.texts[st.bytes].inputBytes.toLocaleString("en-US")} B (fnv ${run.texts[st.bytes].hash})`).join(", ")}`,
  );
  out.text(`\nMB/s (median ms per call); 1 MB = 10^6 UTF-8 bytes of input`);
  const names = [...TAHLIL_CASES, ...BASELINE_CASES];
  out.text(
    table(
      ["", ...plan.main.map(sizeLabel)],
      names.map((n) => [n, ...plan.main.map((b) => cell(find(n, b)))]),
    ),
  );
  for (const row of run.rows.filter((r) => r.skipped)) out.text(`  ${row.name} at ${sizeLabel(row.size)}: skipped (${row.skipped})`);

  out.text(`\nWord tokens — tahlil tokenize (objects, clitics off) vs the baselines, MB/s; ratio = tokenize's speed over the baseline's`);
  const sizes = plan.steps.filter((st) => st.cases.includes("tokenize")).map((st) => st.bytes);
  const ratio = (a, b) => (a?.mbPerSec && b?.mbPerSec ? `${fmt(a.mbPerSec / b.mbPerSec)}×` : "—");
  out.text(
    table(
      ["size", "tokenize", "Intl.Segmenter word", "regex tokenizer", "vs Intl", "vs regex", "tokens (tahlil / Intl / regex)"],
      sizes.map((b) => {
        const [t, i, r] = WORD_CASES.map((n) => find(n, b));
        return [
          sizeLabel(b),
          fmt(t?.mbPerSec),
          i?.skipped ? "skipped" : fmt(i?.mbPerSec),
          fmt(r?.mbPerSec),
          ratio(t, i),
          ratio(t, r),
          [t, i, r].map((x) => (x?.items ?? "—").toLocaleString("en-US")).join(" / "),
        ];
      }),
    ),
  );
}

function printSizes(sizes, out) {
  out.text(`\n=== package size (1 KB = 1000 bytes) ===`);
  out.text(
    table(
      ["", "raw", "gzip -9", "brotli 11"],
      [
        ["pkg/dist/tahlil_bg.wasm", fmtKB(sizes.wasm.rawBytes), fmtKB(sizes.wasm.gzipBytes), fmtKB(sizes.wasm.brotliBytes)],
        [
          "JS glue: dist/tahlil.js, index.js, autoload.js",
          fmtKB(sizes.glue.rawBytes),
          fmtKB(sizes.glue.gzipBytes),
          fmtKB(sizes.glue.brotliBytes),
        ],
        [
          "total",
          fmtKB(sizes.wasm.rawBytes + sizes.glue.rawBytes),
          fmtKB(sizes.wasm.gzipBytes + sizes.glue.gzipBytes),
          fmtKB(sizes.wasm.brotliBytes + sizes.glue.brotliBytes),
        ],
      ],
    ),
  );
}

function printBudgets(budgets, env, out) {
  out.text(`\n=== budgets (${env}, same run) ===`);
  for (const b of budgets) {
    const verdict = b.pass === null ? "n/a " : b.pass ? "PASS" : "MISS";
    out.text(`${verdict}  ${b.budget}${b.size !== "-" ? ` @ ${b.size}` : ""}: ${b.detail}`);
  }
}

/** CPUs and load: the figures mean little on a busy machine. */
async function machineLine() {
  const os = await import("node:os");
  const cpus = os.cpus();
  const load = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
  return `machine: ${cpus.length} × ${cpus[0]?.model ?? "unknown CPU"}, load average ${load} at start (figures need an idle machine)`;
}

/** Output: JSON lines always; the human-readable text unless --json-only. */
function output(jsonOnly) {
  return {
    json: (obj) => console.log(JSON.stringify(obj)),
    text: (line) => {
      if (!jsonOnly) console.log(line);
    },
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const root = new URL("..", import.meta.url);
  if (args.startupProbe) return startupProbe(root);
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const { existsSync } = await import("node:fs");
  if (!existsSync(new URL("pkg/dist/tahlil_bg.wasm", root))) throw new Error("pkg/dist is missing: run `bash scripts/build.sh` first");

  const started = now();
  const out = output(args.jsonOnly);
  const plan = makePlan(args);
  out.text(await machineLine());
  const fingerprint = await packageFingerprint(root);
  out.text(`package: ${await describeBuild(root)}, pkg/dist + index.js sha256 ${fingerprint}`);
  const { packageSizes, GZIP_BUDGET } = await import("./ci/package-size.mjs"); // Node only (node:fs)
  const sizes = { ...packageSizes(root), budget: GZIP_BUDGET };
  for (const [bench, s] of [
    ["wasm size", sizes.wasm],
    ["js glue size", sizes.glue],
  ]) {
    out.json({ bench, env: "package", files: s.files, rawBytes: s.rawBytes, gzipBytes: s.gzipBytes, brotliBytes: s.brotliBytes });
  }

  const runs = [];
  for (const [wanted, open] of [
    [args.node, nodeEnvironment],
    [args.chromium, chromiumEnvironment],
  ]) {
    if (!wanted) continue;
    const environment = await open(root);
    try {
      runs.push(await runEnvironment(environment, plan, out));
    } finally {
      await environment.close();
    }
  }

  printSizes(sizes, out);
  for (const run of runs) printEnvironment(run, plan, out);
  if (runs.length === 2) {
    const differ = plan.steps.filter((st) => runs[0].texts[st.bytes].hash !== runs[1].texts[st.bytes].hash);
    out.text(
      differ.length
        ? `\nWARNING: the texts differ between environments at ${differ.map((st) => sizeLabel(st.bytes)).join(", ")}`
        : `\nSame texts in both environments (FNV-1a hashes match at every size).`,
    );
  }

  // The budgets are the browser's: evaluate them on Chromium's run, or on Node's without it.
  const budgetRun = runs.find((r) => r.env.startsWith("chromium")) ?? runs[0];
  const budgets = evaluateBudgets(budgetRun, sizes);
  printBudgets(budgets, budgetRun.env, out);
  for (const b of budgets) out.json({ budget: b.budget, env: b.env, size: b.size, value: b.value, limit: b.limit, pass: b.pass });

  if ((await packageFingerprint(root)) !== fingerprint) {
    console.error("\nWARNING: pkg/dist or pkg/index.js changed during the run (a rebuild?): the figures mix two builds; run again.");
  }
  const missed = budgets.filter((b) => b.pass === false).length;
  out.text(`\n${budgets.filter((b) => b.pass).length} budgets met, ${missed} missed; total wall time ${fmtDuration(now() - started)}`);
  if (args.check && missed) process.exitCode = 1;
}

// Run only as a script in Node, never when the benchmark page imports this module.
if (typeof process !== "undefined" && process.argv?.[1]) {
  const { pathToFileURL } = await import("node:url");
  if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
}
