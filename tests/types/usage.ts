// Type-level test of the public declarations: compiled with `tsc --strict --noEmit`.
import init, {
  extractArticle,
  type Article,
  type BoilerplateReason,
  initSync,
  keywords,
  normalize,
  sentenceOffsets,
  splitSentences,
  summarize,
  tokenize,
  tokenOffsets,
  maxTextLength,
  version,
  type Keyword,
  type Segment,
  type SummarizeOptions,
  type Summary,
  type Token,
  type TokenKind,
} from "../../pkg/index.js";
import { createWorker, type CreateWorkerOptions, type TahlilWorker } from "../../pkg/worker-client.js";

export async function usage(bytes: ArrayBuffer, module: WebAssembly.Module): Promise<void> {
  await init();
  await init({ module_or_path: new URL("https://example.com/tahlil_bg.wasm") });
  await init({ module_or_path: fetch("/tahlil_bg.wasm") });
  initSync({ module: bytes });
  initSync({ module });

  const v: string = version;
  const longest: number = maxTextLength;
  const fits: boolean = "نص".length <= maxTextLength;
  const tokens: Token[] = tokenize("وقال الوزير", { clitics: "ud", normalize: { preset: "search", digits: false } });
  const kind: TokenKind = tokens[0]!.kind;
  const segments: Segment[] | undefined = tokens[0]!.segments;
  const role: "conjunction" | "preposition" | "future" | "article" | "stem" | "pronoun" | undefined = segments?.[0]?.role;
  const offsets: Uint32Array = tokenOffsets("نص");
  const sentences: { text: string; start: number; end: number }[] = splitSentences("جملة. جملة.");
  const sentenceSpans: Uint32Array = sentenceOffsets("جملة.");
  const normalized: string = normalize("أهلاً", { alefMaqsura: true });
  const summary: Summary = summarize("نص", { ratio: 0.33, keywords: { limit: 5 } });
  const older: Summary = summarize("نص", { sentences: 2, keywords: 5 }); // the older keywords: n
  const byWords: Summary = summarize("نص", { maxWords: 60 });
  const noKeywords: Summary = summarize("نص", { keywords: { limit: 0 } });
  const options: SummarizeOptions[] = [{}, { sentences: 1 }, { ratio: 0.2, keywords: {} }];
  const scores: number[] = summary.sentences.map((s) => s.score + s.index);
  const words: Keyword[] = keywords("نص", { limit: 3 });
  const spans: [number, number][] = words[0]?.spans ?? [];
  void [v, kind, role, offsets, sentences, sentenceSpans, normalized, scores, spans, older, byWords, noKeywords, options];

  // @ts-expect-error clitics takes only "none" | "ud" | "all"
  tokenize("x", { clitics: "some" });
  // @ts-expect-error unknown option keys are errors
  normalize("x", { alefs: true });
  // @ts-expect-error text must be a string
  tokenize(42);
  // @ts-expect-error splitSentences has no options yet
  splitSentences("x", { mode: "lines" });
  // @ts-expect-error sentences, ratio and maxWords are alternatives
  summarize("x", { sentences: 2, ratio: 0.5 });
  // @ts-expect-error sentences, ratio and maxWords are alternatives
  summarize("x", { ratio: 0.5, maxWords: 40 });
  // @ts-expect-error sentences, ratio and maxWords are alternatives
  summarize("x", { sentences: 2, maxWords: 40, keywords: { limit: 3 } });
  // @ts-expect-error the keyword count is keywords: { limit }
  summarize("x", { keywords: { count: 3 } });
  // @ts-expect-error summarize takes no top-level limit
  summarize("x", { limit: 3 });
  // @ts-expect-error init takes { module_or_path }, not the URL itself
  await init("/tahlil_bg.wasm");
  // @ts-expect-error initSync takes { module }
  initSync(bytes);
  // (With the DOM library, WebAssembly.Module is an empty interface that any object matches, so
  // `init({ module_or_path: 42 })` type-checks here; es-usage.ts checks it without the DOM.)
}

// The worker client: every method returns a promise of the synchronous function's result type.

export async function workerUsage(bytes: ArrayBuffer, module: WebAssembly.Module): Promise<void> {
  const client: TahlilWorker = createWorker();
  const options: CreateWorkerOptions[] = [
    {},
    { wasm: "/assets/tahlil_bg.wasm" },
    { wasm: new URL("https://example.com/tahlil_bg.wasm") },
    { wasm: bytes },
    { wasm: new Uint8Array(bytes) },
    { wasm: module },
    { worker: new Worker(new URL("../../pkg/worker.js", import.meta.url), { type: "module" }) },
  ];
  const clients = options.map((o) => createWorker(o));
  await client.ready();
  const tokens: Token[] = await client.tokenize("وقال الوزير", { clitics: "ud" });
  const offsets: Uint32Array = await client.tokenOffsets("نص");
  const sentences: { text: string; start: number; end: number }[] = await client.splitSentences("جملة.");
  const sentenceSpans: Uint32Array = await client.sentenceOffsets("جملة.");
  const normalized: string = await client.normalize("أهلاً", { preset: "search" });
  const summary: Summary = await client.summarize("نص", { sentences: 2 });
  const words: Keyword[] = await client.keywords("نص", { limit: 3 });
  const nothing: void = client.terminate();
  void [clients, tokens, offsets, sentences, sentenceSpans, normalized, summary, words, nothing];

  // @ts-expect-error results are promises, not values
  const notAwaited: Token[] = client.tokenize("x");
  // @ts-expect-error options are checked as in the synchronous API
  await client.tokenize("x", { clitics: "some" });
  // @ts-expect-error text must be a string
  await client.normalize(42);
  // @ts-expect-error unknown options are errors
  createWorker({ url: "/tahlil_bg.wasm" });
  // @ts-expect-error there is no synchronous init on the client
  client.initSync();
  void notAwaited;
}

export function pageUsage(page: string): string[] {
  const article: Article = extractArticle(page);
  const reasons: BoilerplateReason[] = article.boilerplate.map((b) => b.reason);
  const title: string | undefined = article.title?.text;
  const summary = summarize(page, { ratio: 0.3, extract: true });
  const headline: string | null = summary.title ? summary.title.text : null;
  const kws = keywords(page, { limit: 5, extract: false });
  // @ts-expect-error reason is one of the six names
  const bad: BoilerplateReason = "chrome";
  return [title ?? "", headline ?? "", ...reasons, ...kws.map((k) => k.text), bad];
}
