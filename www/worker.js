// Module worker for the tahlil demo: runs the analysis of long texts off the main thread.
// Protocol: receives { id, fn, args }, answers { id, ok: true, result, ms }
// or { id, ok: false, error: { name, message } }.
import init, * as tahlil from '../pkg/index.js';

const ready = init();

// Functions of the package the page may call, plus `kindCounts` (token counts per kind,
// so that the page need not copy every token object of a long text) and `version`.
const FUNCS = {
  tokenize: tahlil.tokenize,
  tokenOffsets: tahlil.tokenOffsets,
  splitSentences: tahlil.splitSentences,
  sentenceOffsets: tahlil.sentenceOffsets,
  normalize: tahlil.normalize,
  summarize: tahlil.summarize,
  keywords: tahlil.keywords,
  kindCounts(text, options) {
    const counts = {};
    for (const t of tahlil.tokenize(text, options)) counts[t.kind] = (counts[t.kind] ?? 0) + 1;
    return counts;
  },
  version: () => tahlil.version,
};

self.onmessage = async ({ data }) => {
  const { id, fn, args = [] } = data ?? {};
  try {
    await ready;
    if (!Object.hasOwn(FUNCS, fn)) throw new TypeError(`unknown function: ${String(fn)}`);
    const t0 = performance.now();
    const result = FUNCS[fn](...args);
    const ms = performance.now() - t0;
    // Transfer a typed array's buffer only when the array owns all of it.
    const transfer =
      ArrayBuffer.isView(result) && result.byteOffset === 0 && result.byteLength === result.buffer.byteLength
        ? [result.buffer]
        : [];
    self.postMessage({ id, ok: true, result, ms }, transfer);
  } catch (err) {
    self.postMessage({ id, ok: false, error: { name: err?.name ?? 'Error', message: String(err?.message ?? err) } });
  }
};
