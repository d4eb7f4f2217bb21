// Node apps that bundle tahlil (esbuild --platform=node) or install it where the wasm is not
// next to the code: importing the Node entry loads nothing, so start-up never crashes; the
// first call reads dist/tahlil_bg.wasm next to the module, and when it is not there the call
// throws an Error that names the path and the fixes; initSync({ module: bytes }) or a copy of
// the file next to the bundle makes everything work. The README's "Bundling for Node" recipes
// are run here as written.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";

const run = promisify(execFile);
const pkgDir = fileURLToPath(new URL("../../pkg/", import.meta.url));

/** A throwaway app with tahlil copied into node_modules, as `npm install tahlil` leaves it. */
function app(t) {
  const dir = mkdtempSync(join(tmpdir(), "tahlil-bundle-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(pkgDir, join(dir, "node_modules", "tahlil"), { recursive: true, dereference: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  return dir;
}

/** Runs a script with Node; resolves to its JSON output (or rejects with its stderr, not the bundle). */
async function runJson(dir, file) {
  const { stdout, stderr } = await run(process.execPath, [file], { cwd: dir }).catch((error) => {
    throw new Error(
      `node ${file} failed: ${error.stderr
        .split("\n")
        .filter((l) => l.length < 300)
        .join("\n")}`,
    );
  });
  assert.equal(stderr, "", `${file} wrote to stderr`);
  return JSON.parse(stdout);
}

// An app that reports what happens at import, at the first call, and after handing the bytes over.
const PROBE = `
import { readFileSync } from "node:fs";
import { tokenize, initSync } from "tahlil";
const out = { imported: true };
try {
  out.first = tokenize("وقال الوزير").map((t) => t.text);
} catch (error) {
  out.firstError = { name: error.constructor.name, message: error.message, cause: error.cause?.code };
}
if (process.env.WASM) {
  initSync({ module: readFileSync(process.env.WASM) });
  out.afterInitSync = tokenize("وقال الوزير").map((t) => t.text);
}
console.log(JSON.stringify(out));
`;

test("importing loads nothing: a missing wasm fails the first call, with the path and the fixes", async (t) => {
  const dir = app(t);
  rmSync(join(dir, "node_modules", "tahlil", "dist", "tahlil_bg.wasm"));
  writeFileSync(join(dir, "probe.mjs"), PROBE);
  const out = await runJson(dir, "probe.mjs");
  assert.equal(out.imported, true);
  assert.equal(out.first, undefined);
  assert.equal(out.firstError.name, "Error");
  const wasmPath = join(dir, "node_modules", "tahlil", "dist", "tahlil_bg.wasm");
  assert.ok(
    out.firstError.message.startsWith(`tahlil: tokenize() could not load the WebAssembly module from ${wasmPath} (ENOENT). `),
    out.firstError.message,
  );
  for (const fix of [
    "initSync({ module: bytes })",
    "--loader:.wasm=binary",
    "dist/tahlil_bg.wasm next to the bundle",
    "--external:tahlil",
    "Bundling for Node",
  ]) {
    assert.ok(out.firstError.message.includes(fix), `the message does not mention ${fix}`);
  }
  assert.equal(out.firstError.cause, "ENOENT");
});

test("a file that is not the module is an Error naming it, not a compile error", async (t) => {
  const dir = app(t);
  writeFileSync(join(dir, "node_modules", "tahlil", "dist", "tahlil_bg.wasm"), "<!doctype html><title>404</title>");
  writeFileSync(join(dir, "probe.mjs"), PROBE);
  const out = await runJson(dir, "probe.mjs");
  const wasmPath = join(dir, "node_modules", "tahlil", "dist", "tahlil_bg.wasm");
  assert.equal(out.firstError.name, "Error");
  assert.equal(
    out.firstError.message,
    `tahlil: tokenize() could not load the WebAssembly module from ${wasmPath}: initSync: input.module is not a WebAssembly module: an HTML page ("<!doctype html><title>404</title>"…, 33 bytes starting 3c 21 64 6f 63 74 79 70)`,
  );
});

test("init() with no argument in Node reads the file; a later init() is harmless", async (t) => {
  const dir = app(t);
  writeFileSync(
    join(dir, "init.mjs"),
    `import init, { tokenOffsets } from "tahlil";
await init();
await init();
console.log(JSON.stringify([...tokenOffsets("وقال الوزير")]));`,
  );
  assert.deepEqual(await runJson(dir, "init.mjs"), [0, 4, 5, 11]);
});

test("esbuild --bundle --platform=node (ESM): starts, explains, and works once given the module", { timeout: 60_000 }, async (t) => {
  const dir = app(t);
  writeFileSync(join(dir, "probe.mjs"), PROBE);
  await build({
    entryPoints: [join(dir, "probe.mjs")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: join(dir, "out", "app.mjs"),
    logLevel: "silent",
  });
  rmSync(join(dir, "node_modules"), { recursive: true }); // a deployed bundle has no node_modules

  const bare = await runJson(dir, "out/app.mjs");
  assert.equal(bare.imported, true, "the bundle crashed at start-up");
  assert.match(
    bare.firstError.message,
    new RegExp(`from ${join(dir, "out", "dist", "tahlil_bg.wasm").replace(/[.\\/]/g, "\\$&")} \\(ENOENT\\)`),
  );

  // Fix 1: hand over the bytes.
  const wasm = join(pkgDir, "dist", "tahlil_bg.wasm");
  const { stdout } = await run(process.execPath, ["out/app.mjs"], { cwd: dir, env: { ...process.env, WASM: wasm } });
  assert.deepEqual(JSON.parse(stdout).afterInitSync, ["وقال", "الوزير"]);

  // Fix 2: the wasm copied to dist/ next to the bundle; no code change.
  mkdirSync(join(dir, "out", "dist"));
  cpSync(wasm, join(dir, "out", "dist", "tahlil_bg.wasm"));
  assert.deepEqual((await runJson(dir, "out/app.mjs")).first, ["وقال", "الوزير"]);
});

test('esbuild with --loader:.wasm=binary embeds the module: import bytes from "tahlil/tahlil_bg.wasm"', { timeout: 60_000 }, async (t) => {
  const dir = app(t);
  writeFileSync(
    join(dir, "app.mjs"),
    `import { initSync, tokenize } from "tahlil";
import wasm from "tahlil/tahlil_bg.wasm";
initSync({ module: wasm });
console.log(JSON.stringify(tokenize("وقال الوزير").map((t) => t.text)));`,
  );
  // --target: without it esbuild decodes the bytes with Uint8Array.fromBase64, which Node 20 lacks.
  await build({
    entryPoints: [join(dir, "app.mjs")],
    bundle: true,
    platform: "node",
    target: "node18",
    format: "esm",
    loader: { ".wasm": "binary" },
    outfile: join(dir, "out", "app.mjs"),
    logLevel: "silent",
  });
  rmSync(join(dir, "node_modules"), { recursive: true });
  assert.deepEqual(await runJson(dir, "out/app.mjs"), ["وقال", "الوزير"]);
});

test("esbuild --format=cjs (no import.meta.url): starts, explains, and works with initSync", { timeout: 60_000 }, async (t) => {
  const dir = app(t);
  writeFileSync(join(dir, "probe.mjs"), PROBE);
  await build({
    entryPoints: [join(dir, "probe.mjs")],
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: join(dir, "out", "app.cjs"),
    logLevel: "silent",
  });
  rmSync(join(dir, "node_modules"), { recursive: true });

  const bare = await runJson(dir, "out/app.cjs");
  assert.equal(bare.imported, true, "the bundle crashed at start-up");
  assert.match(
    bare.firstError.message,
    /^tahlil: tokenize\(\) could not load the WebAssembly module from dist\/tahlil_bg\.wasm next to tahlil's node\.js \(its location is unknown: import\.meta\.url is empty, as in a CommonJS bundle\)\. .*initSync\(\{ module: bytes \}\)/,
  );
  const { stdout } = await run(process.execPath, ["out/app.cjs"], {
    cwd: dir,
    env: { ...process.env, WASM: join(pkgDir, "dist", "tahlil_bg.wasm") },
  });
  assert.deepEqual(JSON.parse(stdout).afterInitSync, ["وقال", "الوزير"]);
});
