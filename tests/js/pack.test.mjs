// `npm pack` ships exactly what users need: the API, the Node entry, the worker client and
// script, the types, the wasm and its glue, the README and the licences. Nothing else (no
// tests, sources or build leftovers), and nothing missing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const pkgDir = fileURLToPath(new URL("../../pkg/", import.meta.url));

const EXPECTED = [
  "LICENSE-APACHE",
  "LICENSE-DATA.md",
  "LICENSE-MIT",
  "README.md",
  "autoload.js",
  "dist/tahlil.js",
  "dist/tahlil_bg.wasm",
  "functions.js",
  "index.d.ts",
  "index.js",
  "node.js",
  "package.json",
  "worker-client.d.ts",
  "worker-client.js",
  "worker.js",
];

test("npm pack --dry-run lists exactly the files users need", { timeout: 60_000 }, async () => {
  const { stdout } = await run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: pkgDir,
    env: { ...process.env, npm_config_loglevel: "silent", npm_config_update_notifier: "false" },
  });
  const [report] = JSON.parse(stdout);
  const files = report.files.map((f) => f.path).sort();
  assert.deepEqual(files, [...EXPECTED].sort());
  // The wasm must be the built one, not an empty placeholder.
  const wasm = report.files.find((f) => f.path === "dist/tahlil_bg.wasm");
  assert.ok(wasm.size > 10_000, `dist/tahlil_bg.wasm is ${wasm.size} bytes`);
});
