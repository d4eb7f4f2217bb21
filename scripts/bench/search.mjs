// Search speed: analyze() beside tokenize({ clitics: "ud" }) on the benchmark text at 0.25, 0.5
// and 1 MB (linear: the time per MB stays flat), and indexing about 1 MB of Arabic in ~1,500-byte
// documents through MiniSearch with tahlil/minisearch beside MiniSearch's default.
// usage: node scripts/bench/search.mjs
//
// The module keeps the terms of the words it has analyzed while the options stay the same, so a
// second run over the same text would measure the memo: every timed run starts with an empty
// one (a call with other options starts a new analyzer). Each figure is the fastest of 7 runs,
// the cases taking turns, as other work on the machine slows some runs down.
import MiniSearch from "minisearch";
import { analyze, analyzeTerms, tokenize } from "../../pkg/node.js";
import { minisearchOptions } from "../../pkg/adapters/minisearch.js";
import { arabicText } from "./bench-text.mjs";

const emptyMemo = () => analyze("", { roots: false });

function fastest(cases, rounds = 7) {
  const best = {};
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(cases)) {
      emptyMemo();
      const t = performance.now();
      fn();
      best[name] = Math.min(best[name] ?? Infinity, performance.now() - t);
    }
  }
  return best;
}

for (const bytes of [250_000, 500_000, 1_000_000]) {
  const text = arabicText(bytes);
  const mb = new TextEncoder().encode(text).length / 1e6;
  const t = fastest({ analyze: () => analyze(text), tokenize: () => tokenize(text, { clitics: "ud" }) });
  const rate = (ms) => `${ms.toFixed(1)} ms (${((mb / ms) * 1000).toFixed(1)} MB/s)`;
  console.log(
    `${mb.toFixed(2)} MB: analyze ${rate(t.analyze)}, tokenize ud ${rate(t.tokenize)}, analyze / tokenize speed ${(t.tokenize / t.analyze).toFixed(2)}`,
  );
}

const text = arabicText(1_000_000);
const documents = [];
for (let at = 0; at < text.length; at += 1500) documents.push({ id: documents.length, text: text.slice(at, at + 1500) });
const size = new TextEncoder().encode(text).length / 1e6;
const t = fastest({
  "MiniSearch default": () => new MiniSearch({ fields: ["text"] }).addAll(documents),
  "tahlil/minisearch": () => new MiniSearch({ fields: ["text"], ...minisearchOptions() }).addAll(documents),
  "analyzeTerms alone": () => {
    for (const d of documents) analyzeTerms(d.text);
  },
});
console.log(
  `MiniSearch addAll of ${documents.length} documents, ${size.toFixed(2)} MB: ` +
    Object.entries(t)
      .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
      .join(", ") +
    `; tahlil/minisearch / default ${(t["tahlil/minisearch"] / t["MiniSearch default"]).toFixed(2)}×`,
);
