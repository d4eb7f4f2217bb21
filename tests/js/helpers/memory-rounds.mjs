// Child process of memory.test.mjs (run with --expose-gc): calls one function on ~50 KB of
// Arabic for many rounds and prints JSON samples of the JS heap and the wasm memory size.
// Usage: node --expose-gc memory-rounds.mjs <tokenize|summarize|both> <rounds|auto> [budgetSeconds]
import { readFileSync } from "node:fs";
import * as tahlil from "../../../pkg/node.js";
// Internal hook: the wasm-bindgen glue's initSync returns the already-loaded instance's
// exports (it is a no-op after node.js loaded it), which include the linear memory.
import { initSync as glueInitSync } from "../../../pkg/dist/tahlil.js";

const [fn, roundsArg = "auto", budgetArg = "90"] = process.argv.slice(2);
if (typeof globalThis.gc !== "function") throw new Error("run with --expose-gc");
const memory = glueInitSync({ module: readFileSync(new URL("../../../pkg/dist/tahlil_bg.wasm", import.meta.url)) }).memory;
if (!(memory instanceof WebAssembly.Memory)) throw new Error("could not reach the wasm memory");

// ~50 KB (UTF-8) of varied news-like Arabic: several sentences, numbers, punctuation, clitics.
const SENTENCES = [
  "قال وزير الصحة إن المستشفى الجديد سيفتتح في الشهر المقبل، وأضاف أن المشروع كلّف ١٥ مليون دينار.",
  "وأكد المتحدث باسم الوزارة أن الخدمات ستشمل سكان المدينة والقرى المجاورة كافة.",
  "هل ستكفي الأسرّة الخمسمئة لتلبية الطلب المتزايد؟ يرى الخبراء أن الحاجة أكبر بكثير!",
  "وبالإضافة إلى ذلك، سيُخصَّص جناح للأطفال وآخر لكبار السن، حسب ما نشرته الصحيفة في 3 مارس 2026.",
  "وللمرة الأولى، ستعتمد المستشفيات على نظام رقمي لحجز المواعيد عبر https://example.com/booking.",
];
let text = "";
for (let i = 0; Buffer.byteLength(text) < 50_000; i++) {
  text += SENTENCES[i % SENTENCES.length] + (i % 4 === 3 ? "\n\n" : " ");
}

const calls = {
  tokenize: (r) => tahlil.tokenize(text, r % 2 ? { clitics: "ud" } : undefined),
  summarize: (r) => tahlil.summarize(text, r % 2 ? { sentences: 5 } : { ratio: 0.2 }),
};
calls.both = (r) => {
  calls.tokenize(r);
  return calls.summarize(r);
};
const bad = {
  tokenize: () => tahlil.tokenize(text, { clitics: "x" }),
  summarize: () => tahlil.summarize(text, { ratio: 1.5 }),
};
let badCalls = 0;
bad.both = () => bad[badCalls++ % 2 ? "summarize" : "tokenize"]();
const call = calls[fn];
if (!call) throw new Error(`unknown function ${fn}`);

function sample(round) {
  globalThis.gc();
  globalThis.gc();
  const m = process.memoryUsage();
  return { round, heapUsed: m.heapUsed, arrayBuffers: m.arrayBuffers, wasmBytes: memory.buffer.byteLength };
}

// Time a few rounds to choose the count when asked to fit a time budget.
let rounds = Number(roundsArg);
const warm = performance.now();
for (let r = 0; r < 20; r++) call(r);
const msPerRound = (performance.now() - warm) / 20;
if (roundsArg === "auto") rounds = Math.max(200, Math.min(10_000, Math.floor((Number(budgetArg) * 1000) / msPerRound / 100) * 100));

const checkpoint = Math.floor(rounds / 10);
const samples = [];
const started = performance.now();
for (let r = 1; r <= rounds; r++) {
  call(r);
  // Errors take another path through the binding (messages built in Rust): they must not leak either.
  if (r % 100 === 0) {
    try {
      bad[fn]();
    } catch {}
  }
  if (r % checkpoint === 0) samples.push(sample(r));
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  JSON.stringify({ fn, rounds, checkpoint, textChars: text.length, textBytes: Buffer.byteLength(text), msPerRound, seconds, samples }) +
    "\n",
);
