// Node entry (the "node" condition of package.json "exports"). Importing it loads nothing: the
// first call of a function (or `await init()`) reads dist/tahlil_bg.wasm next to this file,
// synchronously, so `import { tokenize } from "tahlil"` needs no init(). A bundled app, where
// that file is not next to the bundle, hands the module over first with initSync({ module })
// or init({ module_or_path }); until then a call throws an Error that says so.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { initSync } from "./index.js";
import { autoload } from "./autoload.js";

const BUNDLING_FIX =
  "If tahlil is bundled (esbuild, webpack, Rollup), give it the module before the first call: " +
  'initSync({ module: bytes }) with the bytes of tahlil_bg.wasm (esbuild: import bytes from "tahlil/tahlil_bg.wasm" with --loader:.wasm=binary --target=node18), ' +
  "or copy node_modules/tahlil/dist/tahlil_bg.wasm to dist/tahlil_bg.wasm next to the bundle, " +
  'or leave tahlil out of the bundle (esbuild --external:tahlil). See "Bundling for Node" in tahlil\'s README.';

autoload.load = (name) => {
  let where = "dist/tahlil_bg.wasm next to tahlil's node.js";
  let bytes;
  try {
    // Inside the try: a CommonJS bundle has no import.meta.url, and new URL() throws.
    const url = new URL("./dist/tahlil_bg.wasm", import.meta.url);
    where = url.protocol === "file:" ? fileURLToPath(url) : url.href;
    bytes = readFileSync(url);
  } catch (error) {
    // ERR_INVALID_URL: import.meta.url is empty, as in a CommonJS bundle.
    const reason =
      error.code === "ERR_INVALID_URL"
        ? "its location is unknown: import.meta.url is empty, as in a CommonJS bundle"
        : (error.code ?? error.message);
    throw new Error(`tahlil: ${name}() could not load the WebAssembly module from ${where} (${reason}). ${BUNDLING_FIX}`, { cause: error });
  }
  try {
    initSync({ module: bytes });
  } catch (error) {
    throw new Error(`tahlil: ${name}() could not load the WebAssembly module from ${where}: ${error.message}`, { cause: error });
  }
};

export * from "./index.js";
export { default } from "./index.js";
