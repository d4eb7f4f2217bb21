// ARCD dev MRR@10 in MiniSearch's own ranking: its default analysis beside tahlil/minisearch.
// usage: node scripts/accuracy/minisearch.mjs [DATA_DIR]   (default ../shared/data)
import { readFileSync } from "node:fs";
import MiniSearch from "minisearch";
import { minisearchOptions } from "../../pkg/adapters/minisearch.js";

const dir = process.argv[2] ?? new URL("../../../shared/data/", import.meta.url).pathname;
const read = (f) =>
  readFileSync(`${dir}/${f}`, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const docs = read("arcd-dev-docs.jsonl");
const queries = read("arcd-dev-queries.jsonl");
const plain = read("arcd-dev-queries-plain.jsonl");

function mrr(options, qs) {
  const ms = new MiniSearch({ fields: ["text"], storeFields: [], ...options });
  ms.addAll(docs.map((d) => ({ id: d.id, text: d.text })));
  let sum = 0;
  for (const q of qs) {
    const rank = ms
      .search(q.text)
      .slice(0, 10)
      .findIndex((r) => r.id === q.doc);
    if (rank >= 0) sum += 1 / (rank + 1);
  }
  return sum / qs.length;
}

console.log("| MiniSearch 7.2.0 on ARCD dev | MRR@10 | plain-typed MRR@10 |\n|---|---|---|");
console.log(`| default analysis | ${mrr({}, queries).toFixed(3)} | ${mrr({}, plain).toFixed(3)} |`);
console.log(`| tahlil/minisearch | ${mrr(minisearchOptions(), queries).toFixed(3)} | ${mrr(minisearchOptions(), plain).toFixed(3)} |`);
