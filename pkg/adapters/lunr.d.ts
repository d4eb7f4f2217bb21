// Types of tahlil/lunr. Self-contained: the parts of Lunr's builder the plugin uses.
import type { AnalyzeOptions } from "../index.js";
export type { AnalyzeOptions };

/** The parts of `lunr.Builder` the plugin sets. */
export interface LunrBuilderLike {
  tokenizer: unknown;
  pipeline: { reset(): void };
  searchPipeline: { reset(): void; add(...fns: any[]): void };
}

/**
 * A plugin for `builder.use(...)`: tokenizer, indexing and search pipelines.
 *
 * @example
 * const idx = lunr(function () { this.use(lunrPlugin()); this.ref("id"); this.field("text"); … });
 */
export function lunrPlugin(options?: AnalyzeOptions): (this: any, builder?: any) => void;
