// Type-level test of the public declarations in a Node project without the DOM library
// (tsconfig.node.json: lib ES2022 + @types/node): the package's own types must not need
// RequestInfo, BufferSource, WebAssembly or Worker from the DOM.
import { readFileSync } from "node:fs";
import init, { initSync, keywords, summarize, tokenize, type InitInput, type Summary, type Token } from "../../pkg/index.js";
import { createWorker, type CreateWorkerOptions } from "../../pkg/worker-client.js";

export async function nodeUsage(): Promise<void> {
  initSync({ module: readFileSync("node_modules/tahlil/dist/tahlil_bg.wasm") });
  initSync({ module: new Uint8Array(8) });
  await init();
  await init({ module_or_path: new URL("file:///srv/tahlil_bg.wasm") });
  await init({ module_or_path: fetch("https://example.com/tahlil_bg.wasm") });
  await init({ module_or_path: new Response(new Uint8Array(8)) });
  const inputs: InitInput[] = ["/tahlil_bg.wasm", new URL("https://example.com/x.wasm"), new ArrayBuffer(8)];
  const tokens: Token[] = tokenize("وقال الوزير", { clitics: "ud" });
  const summary: Summary = summarize("نص", { sentences: 2, keywords: { limit: 3 } });
  const limited = keywords("نص", { limit: 3 }).map((k) => k.text);
  // The worker client's types load too (its worker option needs the DOM's Worker to be used).
  const options: CreateWorkerOptions = { wasm: new Uint8Array(8) };
  void [inputs, tokens, summary, limited, options, createWorker];

  // @ts-expect-error sentences, ratio and maxWords are alternatives
  summarize("x", { sentences: 2, ratio: 0.5 });
  // @ts-expect-error not a module source
  initSync({ module: "tahlil_bg.wasm" });
}
