// A tiny app as users write it with Vite: `tahlil` comes from node_modules (the test links
// node_modules/tahlil to pkg/), and `vite build` bundles it with no tahlil-specific config.
//
// How the wasm is found:
// - `await init()` with no argument: the package asks for `new URL("tahlil_bg.wasm",
//   import.meta.url)`, which Vite (and webpack 5) recognise: they copy the file into the
//   build output (assets/tahlil_bg-[hash].wasm) and rewrite the URL. Nothing to configure.
// - When you want the URL yourself (a CDN, a custom asset pipeline, a worker), import it:
//
//     import wasmUrl from "tahlil/tahlil_bg.wasm?url";   // Vite
//     await init({ module_or_path: wasmUrl });
//
//   (webpack 5: `new URL("tahlil/tahlil_bg.wasm", import.meta.url)` gives the same URL.)
import init, { tokenize, normalize } from "tahlil";
import { createWorker } from "tahlil/worker";
import wasmUrl from "tahlil/tahlil_bg.wasm?url";

const results = {};
try {
  await init();
  results.tokens = tokenize("وقال الوزير: «المستشفى جاهز»").map((t) => t.text);
  results.normalized = normalize("أَهْلًا");
  results.wasmUrl = wasmUrl;

  // The worker client: Vite bundles worker.js (and the wasm it loads) from the
  // `new Worker(new URL("./worker.js", import.meta.url), { type: "module" })` in the package.
  const worker = createWorker();
  results.workerTokens = (await worker.tokenize("وقال الوزير")).map((t) => t.text);
  try {
    await worker.tokenize("x", { clitics: "x" });
  } catch (e) {
    results.workerError = { isRangeError: e instanceof RangeError, message: e.message };
  }
  worker.terminate();

  // The same, handing the worker the URL Vite gave the wasm.
  const named = createWorker({ wasm: wasmUrl });
  results.namedWorkerTokens = (await named.tokenOffsets("وقال الوزير")).length / 2;
  named.terminate();

  document.getElementById("out").textContent = results.tokens.join(" | ");
} catch (e) {
  results.error = `${e.name}: ${e.message}`;
}
window.__results = results;
window.__done = true;
