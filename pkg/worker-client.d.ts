// Type declarations for tahlil/worker: tahlil in a module Web Worker, with promise-returning
// methods. Results are the same plain objects and typed arrays as the synchronous API.
import type {
  AnalyzeOptions,
  Highlight,
  Term,
  Article,
  ExtractArticleOptions,
  Keyword,
  KeywordsOptions,
  NormalizeOptions,
  Sentence,
  SplitOptions,
  SummarizeOptions,
  Summary,
  Token,
  TokenizeOptions,
  WasmBytes,
  WasmModule,
} from "./index.js";

export type {
  AnalyzeOptions,
  Highlight,
  Term,
  Article,
  ExtractArticleOptions,
  Keyword,
  KeywordsOptions,
  NormalizeOptions,
  Sentence,
  SplitOptions,
  SummarizeOptions,
  Summary,
  Token,
  TokenizeOptions,
};

/**
 * Where the worker loads `tahlil_bg.wasm` from: a URL or string (relative strings resolve
 * against the page), the bytes, or a compiled module. A `Response` cannot be sent to a worker.
 */
export type WorkerWasmInput = string | GlobalInstance<"URL"> | WasmBytes | WasmModule;

/** The instance type of the global class `Name` where the environment declares it (the DOM library), else `never`. */
type GlobalInstance<Name extends string> = typeof globalThis extends Record<Name, { prototype: infer T }> ? T : never;

export interface CreateWorkerOptions {
  /** Where to load the wasm from; default: `dist/tahlil_bg.wasm` next to the package's index.js. */
  wasm?: WorkerWasmInput;
  /** A Worker you created from `tahlil/worker.js` yourself (`{ type: "module" }`). */
  worker?: GlobalInstance<"Worker">;
}

/** The analysis functions of tahlil, run in a worker. Errors reject with the original class and message. */
export interface TahlilWorker {
  tokenize(text: string, options?: TokenizeOptions): Promise<Token[]>;
  tokenOffsets(text: string, options?: TokenizeOptions): Promise<Uint32Array>;
  splitSentences(text: string, options?: SplitOptions): Promise<Sentence[]>;
  sentenceOffsets(text: string, options?: SplitOptions): Promise<Uint32Array>;
  normalize(text: string, options?: NormalizeOptions): Promise<string>;
  summarize(text: string, options?: SummarizeOptions): Promise<Summary>;
  keywords(text: string, options?: KeywordsOptions): Promise<Keyword[]>;
  extractArticle(text: string, options?: ExtractArticleOptions): Promise<Article>;
  analyze(text: string, options?: AnalyzeOptions): Promise<Term[]>;
  analyzeTerms(text: string, options?: AnalyzeOptions): Promise<string[]>;
  highlight(text: string, query: string, options?: AnalyzeOptions): Promise<Highlight[]>;
  /** Resolves once the WebAssembly module is loaded in the worker; rejects if it cannot be. */
  ready(): Promise<void>;
  /** Stops the worker; pending and later calls reject. */
  terminate(): void;
}

/** Starts a module Web Worker running tahlil. */
export function createWorker(options?: CreateWorkerOptions): TahlilWorker;
