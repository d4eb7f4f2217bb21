// tahlil/lunr: Arabic analysis for Lunr 2 (https://lunrjs.com). No dependency on Lunr: the
// plugin uses only the builder it is given.
import { analyze } from "#tahlil";
import { checkAnalyzeOptions } from "./common.js";

/** A token as lunr.Token: `toString`, `update`, `clone` and `metadata`. */
class Token {
  constructor(str, metadata) {
    this.str = str;
    this.metadata = metadata ?? {};
  }
  toString() {
    return this.str;
  }
  update(fn) {
    this.str = fn(this.str, this.metadata);
    return this;
  }
  clone(fn) {
    fn = fn ?? ((s) => s);
    return new Token(fn(this.str, this.metadata), this.metadata);
  }
}

let plugins = 0;

/**
 * A plugin for `lunr(function () { this.use(lunrPlugin()); … })`: the builder's tokenizer
 * becomes `analyze(text, options)` (with each term's `position` metadata in UTF-16 units),
 * its indexing pipeline is emptied (the terms are final), and its search pipeline analyzes
 * each query term the same way.
 */
export function lunrPlugin(options) {
  checkAnalyzeOptions("lunrPlugin", options);
  const searchTerm = (token) => {
    const terms = analyze(token.toString(), options);
    return terms.length === 0 ? null : terms.map((t) => token.clone(() => t.term));
  };
  const label = `tahlil-analyze-${++plugins}`;
  return function tahlilLunr(builder) {
    builder = builder ?? this;
    // Registered, as Lunr asks of pipeline functions (serializing an index names them).
    const Pipeline = builder.searchPipeline.constructor;
    if (typeof Pipeline.registerFunction === "function" && !(label in (Pipeline.registeredFunctions ?? {}))) {
      Pipeline.registerFunction(searchTerm, label);
    }
    builder.tokenizer = (value, metadata) => {
      if (value === null || value === undefined) return [];
      if (Array.isArray(value)) return value.flatMap((v) => builder.tokenizer(v, metadata));
      return analyze(String(value), options).map(
        (t, index) => new Token(t.term, { ...metadata, position: [t.start, t.end - t.start], index }),
      );
    };
    builder.pipeline.reset();
    builder.searchPipeline.reset();
    builder.searchPipeline.add(searchTerm);
  };
}
