// How Node users get the package: `import ... from "tahlil"` picks the `node` condition of
// package.json "exports" (node.js, which reads the wasm synchronously on the first call), so
// no init() is needed; "tahlil/worker" resolves too. (node-bundle.test.mjs: bundled apps.) The browser entry (index.js) used without init()
// throws an Error that says to call init() first.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
// The browser entry, never loaded through node.js in this process (each test file runs in its
// own process), so the module starts unloaded here.
import * as browser from "../../pkg/index.js";

const run = promisify(execFile);
const pkgDir = fileURLToPath(new URL("../../pkg/", import.meta.url));

// Every analysis function of API.md with valid arguments.
const FUNCTIONS = [
  ["tokenize", ["وقال الوزير"]],
  ["tokenOffsets", ["وقال الوزير"]],
  ["splitSentences", ["جملة أولى. جملة ثانية."]],
  ["sentenceOffsets", ["جملة أولى. جملة ثانية."]],
  ["normalize", ["أَهْلًا"]],
  ["summarize", ["جملة أولى. جملة ثانية."]],
  ["keywords", ["جملة أولى. جملة ثانية."]],
];

/** A throwaway project with node_modules/tahlil → pkg/, as after `npm install tahlil`. */
function project(t) {
  const dir = mkdtempSync(join(tmpdir(), "tahlil-node-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(pkgDir, join(dir, "node_modules", "tahlil"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  return dir;
}

test('import from "tahlil" uses the node condition and needs no init()', async (t) => {
  const dir = project(t);
  writeFileSync(
    join(dir, "probe.mjs"),
    `
import init, * as tahlil from "tahlil";
const out = {
  resolved: import.meta.resolve("tahlil"),
  worker: import.meta.resolve("tahlil/worker"),
  workerScript: import.meta.resolve("tahlil/worker.js"),
  wasm: import.meta.resolve("tahlil/tahlil_bg.wasm"),
  version: tahlil.version,
  initType: typeof init,
  exports: Object.keys(tahlil).sort(),
  tokens: tahlil.tokenize("وقال الوزير").map((t) => t.text),
  normalized: tahlil.normalize("أَهْلًا"),
};
await init(); // harmless: already loaded
out.afterInit = tahlil.tokenOffsets("وقال الوزير").length;
const client = await import("tahlil/worker");
out.createWorker = typeof client.createWorker;
out.clientExports = Object.keys(client).sort();
console.log(JSON.stringify(out));
`,
  );
  const { stdout, stderr } = await run(process.execPath, ["probe.mjs"], { cwd: dir });
  assert.equal(stderr, "");
  const out = JSON.parse(stdout);
  // Symlinks resolve to the real path: the files of pkg/.
  assert.equal(out.resolved, pathToFileURL(join(pkgDir, "node.js")).href, "the node condition was not used");
  assert.equal(out.worker, pathToFileURL(join(pkgDir, "worker-client.js")).href);
  assert.equal(out.workerScript, pathToFileURL(join(pkgDir, "worker.js")).href);
  assert.equal(out.wasm, pathToFileURL(join(pkgDir, "dist", "tahlil_bg.wasm")).href);
  assert.equal(out.version, JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).version);
  assert.equal(out.initType, "function");
  for (const name of ["default", "initSync", "version", "tokenize", "tokenOffsets", "normalize"]) {
    assert.ok(out.exports.includes(name), `"tahlil" does not export ${name}`);
  }
  // One subtest per function of API.md: after a merge, the list shows what is missing.
  for (const [fn] of FUNCTIONS) {
    await t.test(`"tahlil" exports ${fn}`, () => assert.ok(out.exports.includes(fn)));
  }
  assert.deepEqual(out.tokens, ["وقال", "الوزير"]);
  assert.equal(out.normalized, "اهلا");
  assert.equal(out.afterInit, 4);
  assert.equal(out.createWorker, "function");
  assert.deepEqual(out.clientExports, ["createWorker"]);
});

test("the browser entry throws before init(), naming init()", async (t) => {
  for (const [fn, args] of FUNCTIONS) {
    await t.test(fn, () => {
      assert.equal(typeof browser[fn], "function", `${fn} is not exported by pkg/index.js`);
      assert.throws(
        () => browser[fn](...args),
        (e) => e.constructor === Error && e.message.includes(fn) && /call .*init\(\)/.test(e.message),
        `${fn} before init`,
      );
    });
  }
});

test("the browser entry's init() and initSync() reject bad input, naming the parameter and the fix", async () => {
  // Node's fetch has no file: URLs: the error says to use the node entry or pass the bytes.
  await assert.rejects(
    browser.default(),
    (e) =>
      e.constructor === Error &&
      /^tahlil: init\(\) could not fetch the WebAssembly module from file:.*dist\/tahlil_bg\.wasm: .* In Node, import "tahlil"/.test(
        e.message,
      ),
  );
  await assert.rejects(browser.default("tahlil_bg.wasm"), {
    name: "TypeError",
    message: 'init: input must be an object { module_or_path }, got a string ("tahlil_bg.wasm")',
  });
  await assert.rejects(
    browser.default({ module_or_path: 5 }),
    (e) => e instanceof TypeError && /^init: input\.module_or_path must be .*, got a number \(5\)$/.test(e.message),
  );
  await assert.rejects(browser.default({ module: new Uint8Array(8) }), {
    name: "TypeError",
    message: "init: unknown option input.module (known options: module_or_path)",
  });
  const html = new Response("<!doctype html><html><body>app</body></html>", { headers: { "Content-Type": "text/html" } });
  await assert.rejects(
    browser.default({ module_or_path: html }),
    (e) =>
      e.constructor === Error &&
      e.message.includes("the server sent an HTML page") &&
      e.message.includes('optimizeDeps: { exclude: ["tahlil"] }'),
  );
  await assert.rejects(browser.default({ module_or_path: new Response("gone", { status: 404 }) }), /answered HTTP 404/);
  assert.throws(() => browser.initSync(), {
    name: "TypeError",
    message:
      "initSync: input.module must be the bytes of tahlil_bg.wasm (an ArrayBuffer or a typed array) or a WebAssembly.Module, got undefined",
  });
  assert.throws(() => browser.initSync({ module: new Uint8Array([1, 2, 3, 4]) }), {
    name: "TypeError",
    message: "initSync: input.module is not a WebAssembly module: 4 bytes starting 01 02 03 04",
  });
  // Still unloaded after every failure.
  assert.throws(() => browser.tokenize("نص"), /call .*init\(\)/);
  // A server that does not know the wasm MIME type still works (the bytes are checked instead).
  const bytes = readFileSync(join(pkgDir, "dist", "tahlil_bg.wasm"));
  await browser.default({ module_or_path: new Response(bytes, { headers: { "Content-Type": "application/octet-stream" } }) });
  assert.deepEqual(
    browser.tokenize("وقال الوزير").map((t) => t.text),
    ["وقال", "الوزير"],
  );
});

test("the browser entry works after init(); loading again is harmless", async (t) => {
  // Node's fetch has no file: URLs, so hand over the bytes (what node.js does, synchronously).
  await browser.default({ module_or_path: readFileSync(join(pkgDir, "dist", "tahlil_bg.wasm")) });
  for (const [fn, args] of FUNCTIONS) {
    await t.test(fn, () => {
      assert.equal(typeof browser[fn], "function", `${fn} is not exported by pkg/index.js`);
      assert.doesNotThrow(() => browser[fn](...args));
    });
  }
  // Loading again, either way, is harmless.
  await browser.default();
  browser.initSync({ module: new Uint8Array(0) });
  assert.deepEqual(
    browser.tokenize("وقال الوزير").map((t) => t.text),
    ["وقال", "الوزير"],
  );
});
