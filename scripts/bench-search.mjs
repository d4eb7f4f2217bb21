// Search speed: analyze() beside tokenize({ clitics: "ud" }) on the benchmark text and on twice
// and four times it (linear: the time per MB stays flat), and indexing about 1 MB of Arabic
// through MiniSearch with tahlil/minisearch beside MiniSearch's default.
// usage: node scripts/bench-search.mjs
import MiniSearch from "minisearch";
import { analyze, tokenize } from "../pkg/node.js";
import { minisearchOptions } from "../pkg/adapters/minisearch.js";
import { arabicText } from "./bench/bench-text.mjs";

function time(fn, rounds = 5) {
  fn();
  const runs = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

const text = arabicText(100_000);
for (const k of [1, 2, 4]) {
  const t = text.repeat(k);
  const mb = new TextEncoder().encode(t).length / 1e6;
  const a = time(() => analyze(t));
  const z = time(() => tokenize(t, { clitics: "ud" }));
  console.log(
    `${mb.toFixed(2)} MB: analyze ${a.toFixed(1)} ms (${((mb / a) * 1000).toFixed(1)} MB/s), tokenize ud ${z.toFixed(1)} ms (${((mb / z) * 1000).toFixed(1)} MB/s), ratio ${(z / a).toFixed(2)}`,
  );
}
// ~1 MB of paragraphs as documents.
const paragraphs = [];
let size = 0;
for (let i = 0; size < 1e6; i++) {
  const p = text.slice((i * 997) % (text.length - 1500), ((i * 997) % (text.length - 1500)) + 1500);
  paragraphs.push({ id: i, text: p });
  size += new TextEncoder().encode(p).length;
}
const index = (options) => () => new MiniSearch({ fields: ["text"], ...options }).addAll(paragraphs);
console.log(
  `MiniSearch addAll of ${paragraphs.length} documents, ${(size / 1e6).toFixed(2)} MB: default ${time(index({}), 3).toFixed(0)} ms, tahlil/minisearch ${time(index(minisearchOptions()), 3).toFixed(0)} ms`,
);
