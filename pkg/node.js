// Node entry (the "node" condition of package.json "exports"): loads the wasm synchronously
// from the file next to this module, so `import { tokenize } from "tahlil"` needs no init().
import { readFileSync } from "node:fs";
import { initSync } from "./index.js";

initSync({ module: readFileSync(new URL("./dist/tahlil_bg.wasm", import.meta.url)) });

export * from "./index.js";
export { default } from "./index.js";
