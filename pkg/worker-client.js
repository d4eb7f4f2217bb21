// tahlil/worker: runs tahlil in a module Web Worker and exposes the analysis functions as
// promise-returning methods, so long texts never block the page.
//
//   import { createWorker } from "tahlil/worker";
//   const tahlil = createWorker();
//   const tokens = await tahlil.tokenize("وقال الوزير", { clitics: "ud" });
//   tahlil.terminate();
//
// Errors thrown in the worker are re-thrown here as the same class (TypeError, RangeError,
// Error) with the same message.
import { FUNCTIONS } from "./functions.js";

const ERROR_CLASSES = { Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError };

function rebuildError({ name, message }) {
  const Class = Object.hasOwn(ERROR_CLASSES, name) ? ERROR_CLASSES[name] : Error;
  const error = new Class(message);
  if (error.name !== name) error.name = name;
  return error;
}

/** `options.wasm` as something postMessage can carry: URLs become absolute strings. */
function wasmInput(wasm) {
  if (wasm instanceof URL) return wasm.href;
  if (typeof wasm === "string") {
    // Relative to the page, as `fetch` would resolve it there (the worker's base differs).
    const base = globalThis.document?.baseURI ?? globalThis.location?.href;
    return base ? new URL(wasm, base).href : wasm;
  }
  return wasm;
}

/**
 * Starts a worker running tahlil. Options:
 * - `wasm`: where the worker loads `tahlil_bg.wasm` from (URL or string, bytes or a compiled
 *   `WebAssembly.Module`); default: the file next to the package's index.js.
 * - `worker`: a Worker you created yourself from `tahlil/worker.js` (for bundlers or setups
 *   that need their own `new Worker(...)` call).
 */
export function createWorker(options = {}) {
  // This exact expression is what Vite and webpack 5 recognise to bundle the worker script.
  const worker = options.worker ?? new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  const pending = new Map();
  let nextId = 1;
  let closed = null;

  const failAll = (error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  worker.addEventListener("message", (event) => {
    const { id, result, error } = event.data ?? {};
    const call = pending.get(id);
    if (!call) return;
    pending.delete(id);
    if (error) call.reject(rebuildError(error));
    else call.resolve(result);
  });
  // A script that fails to load or throws at top level: no reply will ever come.
  worker.addEventListener("error", (event) => {
    event.preventDefault?.();
    failAll(new Error(`tahlil worker failed: ${event.message || "the worker script could not be loaded"}`));
  });
  worker.addEventListener("messageerror", () => {
    failAll(new Error("tahlil worker: a reply could not be deserialized"));
  });

  function call(fn, args) {
    if (closed) return Promise.reject(closed);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      try {
        worker.postMessage({ id, fn, args });
      } catch (error) {
        // e.g. a function or a symbol among the arguments (DataCloneError).
        pending.delete(id);
        reject(new TypeError(`${fn}: the arguments cannot be sent to the worker (${error.message})`));
      }
    });
  }

  if (options.wasm !== undefined) {
    // Sent first, so the worker loads the module from here; failures surface on every call.
    call("init", [{ module_or_path: wasmInput(options.wasm) }]).catch(() => {});
  }

  const client = {
    /** Resolves once the WebAssembly module is loaded in the worker; rejects if it cannot be. */
    ready: () => call("ready", []),
    /** Stops the worker; pending and later calls reject. */
    terminate() {
      if (closed) return;
      closed = new Error("tahlil worker: terminated");
      worker.terminate();
      failAll(closed);
    },
  };
  for (const name of FUNCTIONS) client[name] = (...args) => call(name, args);
  return client;
}
