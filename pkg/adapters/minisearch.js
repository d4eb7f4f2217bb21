// tahlil/minisearch: Arabic analysis for MiniSearch (https://github.com/lucaong/minisearch).
// No dependency on MiniSearch: this returns the options its constructor takes.
import { analyze } from "#tahlil";
import { checkAnalyzeOptions } from "./common.js";

/**
 * `{ tokenize, processTerm, searchOptions }` for `new MiniSearch({ fields, ...minisearchOptions() })`:
 * documents and queries both go through `analyze(text, options)`.
 */
export function minisearchOptions(options) {
  checkAnalyzeOptions("minisearchOptions", options);
  const tokenize = (text) => analyze(String(text ?? ""), options).map((t) => t.term);
  const processTerm = (term) => term;
  return { tokenize, processTerm, searchOptions: { tokenize, processTerm } };
}
