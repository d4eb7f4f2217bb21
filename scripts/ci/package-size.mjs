// The size budget's one definition: what a page loads for `import … from "tahlil"` — the wasm
// and the JavaScript glue (the generated dist/tahlil.js, index.js and the autoload.js it
// imports) — each file compressed on its own, as a server sends it. Used by scripts/build.sh
// (prints it), scripts/bench.mjs (reports it) and tests/js/size.test.mjs (fails above budget).
//   node scripts/ci/package-size.mjs        prints the sizes and the budget
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import zlib from "node:zlib";

/** The budget for wasm + glue, gzip -9, in bytes (1 KB = 1000 bytes). */
export const GZIP_BUDGET = 200_000;

/** The files of the browser entry point, relative to the repository root. */
export const PACKAGE_FILES = {
  wasm: ["pkg/dist/tahlil_bg.wasm"],
  glue: ["pkg/dist/tahlil.js", "pkg/index.js", "pkg/autoload.js"],
};

/** Raw, gzip -9 (zlib level 9) and brotli (quality 11) sizes of the wasm and of the glue. */
export function packageSizes(root) {
  const measure = (files) => {
    const sizes = { files, rawBytes: 0, gzipBytes: 0, brotliBytes: 0 };
    for (const file of files) {
      const bytes = readFileSync(new URL(file, root));
      sizes.rawBytes += bytes.length;
      sizes.gzipBytes += zlib.gzipSync(bytes, { level: 9 }).length;
      sizes.brotliBytes += zlib.brotliCompressSync(bytes, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length;
    }
    return sizes;
  };
  return { wasm: measure(PACKAGE_FILES.wasm), glue: measure(PACKAGE_FILES.glue) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = new URL("../..", import.meta.url);
  const { wasm, glue } = packageSizes(root);
  const total = wasm.gzipBytes + glue.gzipBytes;
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  console.log(
    `package size (gzip -9): wasm ${kb(wasm.gzipBytes)} (${kb(wasm.rawBytes)} raw) + JS glue ${kb(glue.gzipBytes)} ` +
      `= ${kb(total)} of the ${kb(GZIP_BUDGET)} budget (${total <= GZIP_BUDGET ? "within" : "OVER"})`,
  );
}
