// Types of tahlil/minisearch. Self-contained: no dependency on MiniSearch's types.
import type { AnalyzeOptions } from "../index.js";
export type { AnalyzeOptions };

export interface MinisearchAnalyzer {
  /** Terms of a field's text (`analyze(text).map(t => t.term)`). */
  tokenize: (text: string, fieldName?: string) => string[];
  /** The identity: terms are final. */
  processTerm: (term: string, fieldName?: string) => string;
  /** The same for queries. */
  searchOptions: {
    tokenize: (text: string) => string[];
    processTerm: (term: string) => string;
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
