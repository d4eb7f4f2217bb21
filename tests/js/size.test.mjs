// The size budget (BENCHMARKS.md): the wasm and the JavaScript a page loads, gzip -9, within
// 200 KB. Measured on the built package, by the same definition the build and the benchmark print.
import assert from "node:assert/strict";
import { test } from "node:test";
import { GZIP_BUDGET, packageSizes } from "../../scripts/ci/package-size.mjs";

test("wasm + JS glue within the gzip budget", () => {
  const { wasm, glue } = packageSizes(new URL("../../", import.meta.url));
  const total = wasm.gzipBytes + glue.gzipBytes;
  assert.ok(wasm.gzipBytes > 50_000, `the wasm looks truncated: ${wasm.gzipBytes} bytes gzip`);
  assert.ok(total <= GZIP_BUDGET, `wasm ${wasm.gzipBytes} + glue ${glue.gzipBytes} = ${total} bytes gzip > ${GZIP_BUDGET}`);
});
