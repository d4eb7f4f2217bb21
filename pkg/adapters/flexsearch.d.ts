// Types of tahlil/flexsearch. Self-contained: no dependency on FlexSearch's types.
import type { AnalyzeOptions } from "../index.js";
export type { AnalyzeOptions };

/**
 * An encoder for FlexSearch 0.8's `encoder` option: text → terms.
 *
 * @example
 * const index = new Index({ encoder: flexsearchEncoder() });
 */
export function flexsearchEncoder(options?: AnalyzeOptions): (text: string) => string[];
