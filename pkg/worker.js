// tahlil/worker: the module worker script behind `createWorker()` (worker-client.js).
//
// Protocol: the page posts `{ id, fn, args }`; the worker answers `{ id, result }` or
// `{ id, error: { name, message } }`. `fn` is an analysis function of index.js, or "init"
// (args: [{ module_or_path }], sent by the client when the page names the wasm) or "ready".
// The module loads on the first message, so an "init" sent first decides where it comes from.
import init, * as tahlil from "./index.js";
import { FUNCTIONS } from "./functions.js";

const KNOWN = new Set(FUNCTIONS);

let loading = null;
// Where the page said the wasm is; kept so that a retry after a failure uses it too.
let wasmInput;

function load() {
  if (!loading) {
    // Forget a failed load so that a later call can try again (e.g. after a network error).
    loading = init(wasmInput).catch((error) => {
      loading = null;
      throw error;
    });
  }
  return loading;
}

function reply(message, transfer) {
  self.postMessage(message, transfer ?? []);
}

self.addEventListener("message", async (event) => {
  const { id, fn, args } = event.data ?? {};
  try {
    if (fn === "init") {
      wasmInput = args?.[0];
      await load();
      reply({ id, result: undefined });
      return;
    }
    await load();
    if (fn === "ready") {
      reply({ id, result: undefined });
      return;
    }
    if (!KNOWN.has(fn)) {
      throw new TypeError(`tahlil worker: unknown function ${JSON.stringify(fn)}`);
    }
    const f = tahlil[fn];
    if (typeof f !== "function") {
      throw new TypeError(`tahlil worker: ${fn} is not available in this build`);
    }
    const result = f(...(Array.isArray(args) ? args : []));
    // Offsets arrays own their buffer (copied out of wasm memory): move them, don't copy.
    reply({ id, result }, result instanceof Uint32Array ? [result.buffer] : undefined);
  } catch (error) {
    reply({
      id,
      error: {
        name: typeof error?.name === "string" ? error.name : "Error",
        message: typeof error?.message === "string" ? error.message : String(error),
      },
    });
  }
});
