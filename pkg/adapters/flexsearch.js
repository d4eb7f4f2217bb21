// tahlil/flexsearch: Arabic analysis for FlexSearch 0.8 (https://github.com/nextapps-de/flexsearch).
// No dependency on FlexSearch: this returns the function its `encoder` option takes.
import { analyzeTerms } from "#tahlil";
import { checkAnalyzeOptions } from "./common.js";

/**
 * An encoder for `new Index({ encoder: flexsearchEncoder() })` (or `Document`): a function
 * from text to terms, used for documents and queries alike.
 */
export function flexsearchEncoder(options) {
  checkAnalyzeOptions("flexsearchEncoder", options);
  return (text) => analyzeTerms(String(text ?? ""), options);
}
