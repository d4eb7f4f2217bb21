// Types of tahlil/orama. Self-contained: the shape of Orama's `Tokenizer` interface.
import type { AnalyzeOptions } from "../index.js";
export type { AnalyzeOptions };

export interface OramaTokenizer {
  language: string;
  normalizationCache: Map<string, string>;
  tokenize: (raw: string, language?: string, prop?: string, withCache?: boolean) => string[];
}

/**
 * A tokenizer for Orama's `components.tokenizer`.
 *
 * @example
 * const db = create({ schema: { text: "string" }, components: { tokenizer: oramaTokenizer() } });
 */
export function oramaTokenizer(options?: AnalyzeOptions): OramaTokenizer;
