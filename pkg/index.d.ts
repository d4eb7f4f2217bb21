// Type declarations for tahlil, the Arabic text-analysis package.
// Every `start`/`end` is a UTF-16 code-unit index into the input string, half-open:
// `input.slice(start, end) === item.text` always holds.
//
// They need no DOM library: the platform types (URL, Request, Response, WebAssembly.Module)
// are the environment's own where it declares them (the DOM library, @types/node) and `never`
// where it does not, so `lib: ["ES2022"]` with or without @types/node compiles.

/** The instance type of the global class `Name` where the environment declares it, else `never`. */
type GlobalInstance<Name extends string> = typeof globalThis extends Record<Name, { prototype: infer T }> ? T : never;

/** `WebAssembly.Module` where the environment declares WebAssembly (the DOM library), else `never`. */
export type WasmModule = typeof globalThis extends { WebAssembly: { Module: { prototype: infer M } } } ? M : never;

/** The bytes of `tahlil_bg.wasm`: an `ArrayBuffer` or a typed array (a Node `Buffer` too). */
export type WasmBytes = ArrayBuffer | ArrayBufferView;

/**
 * What `init` loads the module from: a URL (string or `URL`), a `Request`, a `Response` (or a
 * `fetch()` promise), the bytes, or a compiled `WebAssembly.Module`.
 */
export type InitInput =
  | string
  | GlobalInstance<"URL">
  | GlobalInstance<"Request">
  | GlobalInstance<"Response">
  | WasmBytes
  | WasmModule;

/**
 * Loads the WebAssembly module (browsers, workers, bundlers). Without an argument it fetches
 * `dist/tahlil_bg.wasm` next to the JS module; in Node (the package's `node` entry) it reads
 * that file. Calling it again is harmless. An answer that is not the module (an HTTP error, an
 * HTML page) rejects with an `Error` that names the URL and what to do.
 *
 * @example
 * await init();
 * await init({ module_or_path: new URL("/assets/tahlil_bg.wasm", location.href) });
 */
export default function init(input?: { module_or_path: InitInput | Promise<InitInput> }): Promise<void>;

/**
 * Loads the module synchronously from its bytes or a compiled `WebAssembly.Module`: for
 * workers, and for bundled Node apps that carry the bytes themselves.
 *
 * @example
 * initSync({ module: readFileSync("tahlil_bg.wasm") });
 */
export function initSync(input: { module: WasmBytes | WasmModule }): void;

/** The package version, e.g. `"0.1.0"`. */
export const version: string;

/**
 * The longest `text` any function takes, in UTF-16 code units (`text.length`): 8,388,608
 * (2^23, about 15 MB of Arabic in UTF-8). A longer text throws a `RangeError`; split it, for
 * example by paragraphs.
 */
export const maxTextLength: 8388608;

export type TokenKind =
  | "word"
  | "number"
  | "punct"
  | "symbol"
  | "url"
  | "email"
  | "hashtag"
  | "mention"
  | "emoji";

export type SegmentRole = "conjunction" | "preposition" | "future" | "article" | "stem" | "pronoun";

/** One clitic piece of a token, in reading order. Segments concatenate to the token's text. */
export interface Segment {
  /** Exact slice of the input. */
  text: string;
  start: number;
  end: number;
  role: SegmentRole;
  /** Underlying form: in لل+سلطة the pieces are "ل" and "السلطة"; in مدرست+ها, "مدرسة" and "ها". */
  form: string;
}

export interface Token {
  /** Exact slice of the input. */
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /**
   * The token normalized with `options.normalize`: the very `text` when normalizing changes
   * nothing (lone surrogates included); in a token that changes, a lone surrogate becomes U+FFFD.
   */
  norm: string;
  /** Present when `options.clitics` is not "none" and the token splits. */
  segments?: Segment[];
}

export interface NormalizeOptions {
  /** Strip harakat, tanween, shadda, sukun, dagger alef, Quranic marks. Default true. */
  diacritics?: boolean;
  /** Strip the tatweel ـ. Default true. */
  tatweel?: boolean;
  /** أ إ آ ٱ → ا. Default true. */
  alef?: boolean;
  /** ى → ي. Default false. */
  alefMaqsura?: boolean;
  /** ة → ه. Default false. */
  tehMarbuta?: boolean;
  /** ؤ → و, ئ → ي. Default false. */
  hamza?: boolean;
  /** ٠-٩ and ۰-۹ → 0-9. Default false. */
  digits?: boolean;
  /** Presentation forms and ligatures (ﻻ ﷲ) → letters. Default true. */
  ligatures?: boolean;
  /** Strip ALM, LRM, RLM, bidi embeddings and isolates, and ZWJ/ZWNJ where not meaningful. Default true. */
  bidiMarks?: boolean;
  /** "search": every folding on (for matching and indexing); explicit switches still override. */
  preset?: "search";
}

export interface TokenizeOptions {
  /**
   * Clitic segmentation. "ud": conjunctions, prepositions, the future particle and pronoun
   * suffixes split off, as the Universal Dependencies Arabic treebanks do (the article stays
   * on the stem); "all": the article ال splits off too. Default "none".
   */
  clitics?: "none" | "ud" | "all";
  /** How `norm` is computed. Defaults as in `normalize`. */
  normalize?: NormalizeOptions;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** No options yet; the parameter is reserved (unknown keys throw). */
export type SplitOptions = Record<string, never>;

/** How long a summary is: at most one of `sentences`, `ratio` and `maxWords`. Default `{ ratio: 0.33 }`. */
export type SummaryLength =
  | {
      /** How many sentences (a whole number ≥ 0); all of them when the text has fewer. */
      sentences?: number;
      ratio?: never;
      maxWords?: never;
    }
  | {
      /** A share of the article's sentences, in (0, 1]: `ceil(ratio × N)` of the `N` sentences. */
      ratio?: number;
      sentences?: never;
      maxWords?: never;
    }
  | {
      /** A word budget: the best sentences that fit in it (a whole number ≥ 0). */
      maxWords?: number;
      sentences?: never;
      ratio?: never;
    };

/**
 * Options of `summarize`: one length option (`sentences`, `ratio` or `maxWords`; giving two is
 * a type error here and a `TypeError` at run time) and the keywords to return.
 *
 * @example
 * summarize(article, { sentences: 3, keywords: { limit: 5 } });
 */
export type SummarizeOptions = SummaryLength & {
  /**
   * The keywords returned in `Summary.keywords`, with the options of `keywords()`:
   * `{ limit }` (default 10; `{ limit: 0 }` for none). A number `n` is the older spelling of
   * `{ limit: n }`, still accepted.
   */
  keywords?: Pick<KeywordsOptions, "limit"> | number;
  /**
   * Find the article first (`extractArticle`): only its sentences are candidates, and the page
   * chrome and repeats count for nothing. `false`: every sentence of the text. Default `true`.
   */
  extract?: boolean;
};

export interface SummarySentence {
  text: string;
  start: number;
  end: number;
  /** Position among `splitSentences(text)`. */
  index: number;
  /** Importance in [0, 1]. */
  score: number;
}

export interface Keyword {
  /** A readable form without leading clitics (للإرهابيين → الإرهابيين). */
  text: string;
  /** Importance in [0, 1]. */
  score: number;
  /** How many times the keyword occurs (all its variants). */
  count: number;
  /** Where it occurs: `[start, end]` pairs. */
  spans: [number, number][];
}

export interface Summary {
  /** The article's headline (`extractArticle`); null when none is found or with `extract: false`. */
  title: Span | null;
  /** The chosen sentences, in document order; no two with the same normalized text. */
  sentences: SummarySentence[];
  keywords: Keyword[];
}

export interface KeywordsOptions {
  /** At most this many keywords (a whole number ≥ 0). Default 10. The same in `summarize`: `{ keywords: { limit } }`. */
  limit?: number;
  /**
   * Read the text as a page (`extractArticle`): the headline counts once, the paragraphs
   * count, and the chrome and repeats do not. Default `true`.
   */
  extract?: boolean;
}

/** A trimmed stretch of the input: `input.slice(start, end) === text`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Why a part of a page is not the article. */
export type BoilerplateReason = "repeat" | "menu" | "meta" | "headlines" | "footer" | "other";

/** A part of the page that is not the article, with why. */
export interface Boilerplate extends Span {
  reason: BoilerplateReason;
}

/**
 * The article of a page. Title, paragraphs and boilerplate are in order, disjoint, trimmed, and
 * together cover every non-whitespace character of the input exactly once.
 */
export interface Article {
  /** The headline at its first occurrence; null when the text has none. */
  title: Span | null;
  /** The article's paragraphs, in order (a paragraph may span wrapped lines). */
  paragraphs: Span[];
  /** Everything else: menus, bylines, other headlines, footers, repeats. */
  boilerplate: Boilerplate[];
}

/** `extractArticle` takes no options yet; an unknown key is a `TypeError`. */
export type ExtractArticleOptions = Record<string, never>;

/** Splits text into tokens: words, numbers, punctuation, symbols, URLs, e-mails, hashtags, mentions, emoji. */
export function tokenize(text: string, options?: TokenizeOptions): Token[];

/** `[start0, end0, start1, end1, …]` of exactly the tokens `tokenize` returns: the fast path. */
export function tokenOffsets(text: string, options?: TokenizeOptions): Uint32Array;

/** Splits text into sentences (trimmed, in order, covering every non-space character once). */
export function splitSentences(text: string, options?: SplitOptions): Sentence[];

/** `[start0, end0, …]` of exactly the sentences `splitSentences` returns. */
export function sentenceOffsets(text: string, options?: SplitOptions): Uint32Array;

/** Normalizes Arabic text; see `NormalizeOptions` for the rules and defaults. */
export function normalize(text: string, options?: NormalizeOptions): string;

/** The most important sentences of the text, in document order, with scores and keywords. */
export function summarize(text: string, options?: SummarizeOptions): Summary;

/** Key terms and short phrases, merged across clitic and inflection variants, ranked. */
export function keywords(text: string, options?: KeywordsOptions): Keyword[];

/**
 * The article in the text of a whole web page (`document.body.innerText`, a pasted page): its
 * headline, its paragraphs, and the chrome around them with a reason for each part.
 *
 * @example
 * const { title, paragraphs, boilerplate } = extractArticle(document.body.innerText);
 */
export function extractArticle(text: string, options?: ExtractArticleOptions): Article;

/** Which of a word's terms a `Term` is: its own (`"stem"`) or its root-like key (`"root"`). */
export type TermKind = "stem" | "root";

/**
 * An index term and the part of the input it stands for (`input.slice(start, end)`): the
 * word's stem without its clitics (وبالكتاب → the span of كتاب), with its diacritics.
 */
export interface Term {
  /** The term: folded (أ إ آ → ا, ى → ي, ة → ه, no harakat), clitics off, light-stemmed. */
  term: string;
  start: number;
  end: number;
  /** `"stem"`: the word's own term; `"root"`: its root-like key (كتاب → كتب), at the same span, right after it. */
  kind: TermKind;
}

export interface AnalyzeOptions {
  /** Light stemming after the clitics come off (الحكومات، حكومتها → حكوم). Default true. */
  stem?: boolean;
  /** A second, root-like term per word (مكتبة، كتاب → كتب). Default true; needs `stem`. */
  roots?: boolean;
  /** Drop Arabic function words (من، في، إلى، التي …). Default true. */
  stopWords?: boolean;
  /**
   * How terms are spelled. Default: the `search` preset (every folding on); switches given
   * here override it. Clitics and stems are always found on the folded word.
   */
  normalize?: NormalizeOptions;
}

/** Where a query matches the text: a `Span` with the kind of term that matched. */
export interface Highlight extends Span {
  /** `"stem"`: the word's own term matched a query term; `"root"`: only its root (a related word). */
  kind: TermKind;
}

/**
 * Index terms for full-text search, the same for documents and queries: each word folded,
 * its clitics off, light-stemmed, with a root-like second term, and the span it stands for.
 *
 * @example
 * analyze("وبالكتاب"); // [{ term: "كتاب", start: 4, end: 8, kind: "stem" }, { term: "كتب", start: 4, end: 8, kind: "root" }]
 */
export function analyze(text: string, options?: AnalyzeOptions): Term[];

/**
 * `analyze(text, options).map((t) => t.term)`, faster (no object per term): what a search
 * library indexes. Words seen in earlier calls with the same options are not analyzed again.
 *
 * @example
 * analyzeTerms("وبالكتاب"); // ["كتاب", "كتب"]
 */
export function analyzeTerms(text: string, options?: AnalyzeOptions): string[];

/**
 * The spans of `text` whose terms match a term of `query` (both by `analyze` with `options`),
 * in order and disjoint, one per matching word, on its stem.
 *
 * @example
 * highlight("ذهبنا إلى المَدْرَسَةِ", "مدرسه"); // [{ text: "مَدْرَسَةِ", start: 12, end: 22, kind: "stem" }]
 */
export function highlight(text: string, query: string, options?: AnalyzeOptions): Highlight[];
