// tahlil/orama: Arabic analysis for Orama (https://github.com/oramasearch/orama).
// No dependency on Orama: this returns an object of its `Tokenizer` interface.
import { analyzeTerms } from "#tahlil";
import { checkAnalyzeOptions } from "./common.js";

/**
 * A tokenizer for `create({ schema, components: { tokenizer: oramaTokenizer() } })`: documents
 * and search terms both go through `analyze(text, options)`.
 */
export function oramaTokenizer(options) {
  checkAnalyzeOptions("oramaTokenizer", options);
  return {
    language: "arabic",
    normalizationCache: new Map(),
    tokenize(raw) {
      return typeof raw === "string" ? analyzeTerms(raw, options) : [];
    },
  };
}
