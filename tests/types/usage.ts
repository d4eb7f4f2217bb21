// Type-level test of the public declarations: compiled with `tsc --strict --noEmit`.
import init, {
  initSync,
  keywords,
  normalize,
  sentenceOffsets,
  splitSentences,
  summarize,
  tokenize,
  tokenOffsets,
  version,
  type Keyword,
  type Segment,
  type Summary,
  type Token,
  type TokenKind,
} from "../../pkg/index.js";

export async function usage(bytes: ArrayBuffer, module: WebAssembly.Module): Promise<void> {
  await init();
  await init({ module_or_path: new URL("https://example.com/tahlil_bg.wasm") });
  await init({ module_or_path: fetch("/tahlil_bg.wasm") });
  initSync({ module: bytes });
  initSync({ module });

  const v: string = version;
  const tokens: Token[] = tokenize("وقال الوزير", { clitics: "ud", normalize: { preset: "search", digits: false } });
  const kind: TokenKind = tokens[0]!.kind;
  const segments: Segment[] | undefined = tokens[0]!.segments;
  const role: "conjunction" | "preposition" | "future" | "article" | "stem" | "pronoun" | undefined = segments?.[0]?.role;
  const offsets: Uint32Array = tokenOffsets("نص");
  const sentences: { text: string; start: number; end: number }[] = splitSentences("جملة. جملة.");
  const sentenceSpans: Uint32Array = sentenceOffsets("جملة.");
  const normalized: string = normalize("أهلاً", { alefMaqsura: true });
  const summary: Summary = summarize("نص", { ratio: 0.33, keywords: 5 });
  const scores: number[] = summary.sentences.map((s) => s.score + s.index);
  const words: Keyword[] = keywords("نص", { limit: 3 });
  const spans: [number, number][] = words[0]?.spans ?? [];
  void [v, kind, role, offsets, sentences, sentenceSpans, normalized, scores, spans];

  // @ts-expect-error clitics takes only "none" | "ud" | "all"
  tokenize("x", { clitics: "some" });
  // @ts-expect-error unknown option keys are errors
  normalize("x", { alefs: true });
  // @ts-expect-error text must be a string
  tokenize(42);
  // @ts-expect-error splitSentences has no options yet
  splitSentences("x", { mode: "lines" });
}
