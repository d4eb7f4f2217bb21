// Types of tahlil/minisearch. Self-contained: no dependency on MiniSearch's types.
import type { AnalyzeOptions } from "../index.js";
export type { AnalyzeOptions };

/** How much a root term of the query counts beside a stem term: 0.5. */
export const ROOT_TERM_WEIGHT: number;

export interface MinisearchAnalyzer {
  /** Terms of a field's text (`analyzeTerms(text)`: stem and root terms). */
  tokenize: (text: string, fieldName?: string) => string[];
  /** The identity: terms are final. */
  processTerm: (term: string, fieldName?: string) => string;
  /** The same analysis for queries, with MiniSearch's ranking set for it. */
  searchOptions: {
    tokenize: (text: string) => string[];
    processTerm: (term: string) => string;
    /** A root term of the query weighs `ROOT_TERM_WEIGHT`, a stem term 1. */
    boostTerm: (term: string, i: number, terms: string[]) => number;
    /** Lucene's BM25 (k1 1.2, b 0.75, no BM25+ floor), as Elasticsearch ranks. */
    bm25: { k: number; b: number; d: number };
    /** Off: a prefix of an Arabic stem is mostly another word. */
    prefix: false;
    /** Off: one letter apart is mostly another word or root in Arabic. */
    fuzzy: false;
  };
}

/**
 * Options for `new MiniSearch({ fields, ...minisearchOptions() })`.
 *
 * @example
 * const ms = new MiniSearch({ fields: ["text"], ...minisearchOptions() });
 * ms.addAll([{ id: 1, text: "وَقَرَأْتُ الكِتَابَ فِي المَدْرَسَةِ" }]);
 * ms.search("كتاب مدرسه"); // finds document 1
 */
export function minisearchOptions(options?: AnalyzeOptions): MinisearchAnalyzer;
