// tahlil/minisearch: Arabic analysis for MiniSearch (https://github.com/lucaong/minisearch).
// No dependency on MiniSearch: this returns the options its constructor takes.
import { analyze, analyzeTerms } from "#tahlil";
import { checkAnalyzeOptions } from "./common.js";

/** How much a root term of the query counts beside the word's own (stem) term. */
export const ROOT_TERM_WEIGHT = 0.5;

/**
 * `{ tokenize, processTerm, searchOptions }` for `new MiniSearch({ fields, ...minisearchOptions() })`:
 * documents and queries both go through `analyze(text, options)`. In queries a root term
 * counts half as much as a stem term (`boostTerm`), so a document with the query's own word
 * ranks above one with only a related word; the ranking is Lucene's BM25 (k1 1.2, b 0.75,
 * as Elasticsearch's), and prefix and fuzzy matching stay off (a prefix of an Arabic stem
 * is mostly another word).
 */
export function minisearchOptions(options) {
  checkAnalyzeOptions("minisearchOptions", options);
  const tokenize = (text) => analyzeTerms(String(text ?? ""), options);
  const processTerm = (term) => term;
  // The kinds of the last query's terms, for boostTerm (MiniSearch calls the search
  // tokenizer, then boostTerm for each of its terms, synchronously).
  let kinds = [];
  const tokenizeQuery = (text) => {
    const terms = analyze(String(text ?? ""), options);
    kinds = terms.map((t) => t.kind);
    return terms.map((t) => t.term);
  };
  const boostTerm = (_term, i) => (kinds[i] === "root" ? ROOT_TERM_WEIGHT : 1);
  return {
    tokenize,
    processTerm,
    searchOptions: {
      tokenize: tokenizeQuery,
      processTerm,
      boostTerm,
      bm25: { k: 1.2, b: 0.75, d: 0 },
      prefix: false,
      fuzzy: false,
    },
  };
}
