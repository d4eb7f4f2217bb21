// The package in headless Chromium and Firefox, the ways users load it:
// (a) a plain <script type="module"> page importing /pkg/index.js, no bundler; the same under
//     a Content Security Policy with and without 'wasm-unsafe-eval'; init() pointed at an
//     HTML page or a missing file;
// (b) a production Vite build of a tiny app importing "tahlil" and "tahlil/worker";
// (b') the same app on the Vite dev server, with tahlil copied into node_modules as npm does
//      and the one line of config the README asks for; without it, init() says to add it;
// (c) the module Web Worker client of "tahlil/worker" (every function, errors, terminate).
// Each page must finish with no console error or warning, uncaught exception or failed request
// (except those a test expects).
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BROWSERS } from "./helpers/browsers.mjs";
import { serve } from "./helpers/server.mjs";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const pkgDir = here("../../pkg/");
const fixtures = here("./fixtures/");
const viteApp = here("../bundler/vite-app/");

assert.ok(existsSync(join(pkgDir, "dist", "tahlil_bg.wasm")), "pkg/dist is missing: run bash scripts/build.sh");

const FUNCTIONS = [
  "tokenize",
  "tokenOffsets",
  "splitSentences",
  "sentenceOffsets",
  "normalize",
  "summarize",
  "keywords",
  "extractArticle",
  "analyze",
  "analyzeTerms",
  "highlight",
];

// The production build is made once and opened in every browser.
let viteBuild;
function buildViteApp() {
  viteBuild ??= (async () => {
    // As after `npm install tahlil`: node_modules/tahlil → pkg/ (git-ignored, made here).
    const link = join(viteApp, "node_modules", "tahlil");
    if (!existsSync(link)) {
      mkdirSync(join(viteApp, "node_modules"), { recursive: true });
      if (lstatSync(link, { throwIfNoEntry: false })) rmSync(link);
      symlinkSync(pkgDir, link, "dir");
    }
    const outDir = mkdtempSync(join(tmpdir(), "tahlil-vite-"));
    const { build } = await import("vite");
    const started = performance.now();
    await build({
      root: viteApp,
      configFile: false, // the point: no tahlil-specific configuration
      logLevel: "warn",
      build: { outDir, emptyOutDir: true },
    });
    return { outDir, seconds: (performance.now() - started) / 1000 };
  })();
  return viteBuild;
}
after(async () => {
  if (viteBuild) rmSync((await viteBuild).outDir, { recursive: true, force: true });
});

/** A Vite dev server over a copy of the app with tahlil copied into node_modules. */
async function viteDevServer(t, { exclude }) {
  // A real copy, not a symlink: Vite pre-bundles only packages that live in node_modules.
  const dir = mkdtempSync(join(tmpdir(), "tahlil-vite-dev-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const f of ["index.html", "main.js", "vite.config.js"]) cpSync(join(viteApp, f), join(dir, f));
  if (!exclude) writeFileSync(join(dir, "vite.config.js"), "export default {};\n");
  cpSync(pkgDir, join(dir, "node_modules", "tahlil"), { recursive: true, dereference: true });
  const { createServer } = await import("vite");
  const dev = await createServer({
    root: dir,
    logLevel: "error",
    cacheDir: join(dir, ".vite"),
    server: { host: "127.0.0.1", port: 0, strictPort: false },
  });
  await dev.listen();
  t.after(() => dev.close());
  return dev;
}

for (const engine of BROWSERS) {
  describe(engine.name, () => {
    const { openPage, results } = engine;
    let browser;
    let server;
    before(async () => {
      browser = await engine.launch();
      server = await serve({ "/pkg/": pkgDir, "/": fixtures });
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test("(a) plain <script type=module> page: init() then tokenize", async () => {
      const page = await openPage(browser);
      await page.goto(`${server.url}/plain/`);
      const r = await results(page);
      assert.equal(r.error, undefined);
      assert.equal(r.beforeInit.name, "Error");
      assert.match(r.beforeInit.message, /tokenize.*init\(\)/);
      assert.deepEqual(
        r.tokens.map((t) => t[0]),
        ["قال", "الوزير", ":", "«", "المستشفى", "جاهز", "»", "👍🏽"],
      );
      assert.deepEqual(r.tokens.at(-1).slice(1), ["emoji", 28, 32]);
      assert.deepEqual(
        r.offsets,
        r.tokens.flatMap((t) => [t[2], t[3]]),
      );
      assert.equal(r.normalized, "اهلا");
      assert.equal(r.version, "0.1.0");
      assert.deepEqual(r.badCall, { isTypeError: true, message: r.badCall.message });
      assert.match(r.badCall.message, /tokenize: text must be a string/);
      assert.equal(r.afterError, 1);
      // The wasm was fetched once, from dist/ next to index.js.
      assert.deepEqual(
        server.requests.filter(([, p]) => p.endsWith(".wasm")),
        [[200, "/pkg/dist/tahlil_bg.wasm"]],
      );
      assert.deepEqual(page.problems, []);
      await page.close();
    });

    test("(c) module Web Worker through the tahlil/worker client", async (t) => {
      const page = await openPage(browser);
      await page.goto(`${server.url}/worker/`);
      const r = await results(page);
      assert.equal(r.error, undefined);
      assert.deepEqual(r.methods, [...FUNCTIONS, "ready", "terminate"].sort());

      // One subtest per function of API.md: after a merge, the list shows what is missing.
      for (const fn of FUNCTIONS) {
        await t.test(`worker.${fn}`, () => {
          const call = r.calls[fn];
          assert.ok(call.ok, `${fn}: ${call.error}`);
          const expected = fn.endsWith("Offsets")
            ? "Uint32Array"
            : fn === "normalize"
              ? "string"
              : ["summarize", "extractArticle"].includes(fn)
                ? "object"
                : "Array";
          assert.equal(call.type, expected, `${fn} returned ${call.type}`);
        });
      }
      assert.equal(r.calls.normalize.json, JSON.stringify("اهلا"));
      assert.deepEqual(r.typeError, { name: "TypeError", ctor: "TypeError", message: r.typeError.message });
      assert.match(r.typeError.message, /tokenize: text must be a string, got a number \(5\)/);
      assert.deepEqual(r.rangeError, { name: "RangeError", ctor: "RangeError", message: r.rangeError.message });
      assert.match(r.rangeError.message, /tokenize: options\.clitics must be one of/);
      // A function among the arguments cannot be posted: a TypeError naming the function.
      assert.equal(r.cloneError.ctor, "TypeError");
      assert.match(r.cloneError.message, /^normalize: /);
      assert.deepEqual(r.afterErrors, ["وقال", "الوزير"]);
      assert.deepEqual(r.concurrent, [1, 2, 3]);
      assert.match(r.afterTerminate.message, /terminated/);
      assert.equal(r.namedWasm, 2);
      assert.equal(r.missingWasm.ctor, "Error");
      assert.match(r.missingWasm.message, /\/missing\/tahlil_bg\.wasm answered HTTP 404/);
      assert.deepEqual(r.missingWasmCall, r.missingWasm);
      // The one expected failure is the missing wasm (and what the browser logs about it).
      const problems = page.problems.filter((p) => !p.includes("/missing/tahlil_bg.wasm") && !/status of 404/.test(p));
      assert.deepEqual(problems, []);
      await page.close();
    });

    test("(a') under a Content Security Policy: 'wasm-unsafe-eval' is what the module needs", async () => {
      const page = await openPage(browser);
      await page.goto(`${server.url}/csp/`);
      const r = await results(page);
      assert.equal(r.error, undefined);
      assert.deepEqual(r.tokens, ["وقال", "الوزير"]);
      assert.deepEqual(page.problems, []);
      await page.close();

      // Without it the browser refuses to compile the module: the README's note is needed.
      const refused = await openPage(browser);
      await refused.goto(`${server.url}/csp-no-wasm/`);
      const denied = await results(refused);
      assert.match(denied.error ?? "", /^CompileError: /);
      await refused.close();
    });

    test("(a'') init() pointed at an HTML page or a missing file says what came back and what to do", async () => {
      const page = await openPage(browser);
      await page.goto(`${server.url}/wrong-wasm/`);
      const r = await results(page);
      assert.equal(r.error, undefined);
      assert.equal(r.html.name, "Error");
      assert.match(
        r.html.message,
        /^tahlil: init\(\) expected the WebAssembly module \(tahlil_bg\.wasm\) from http:\/\/127\.0\.0\.1:\d+\/wrong-wasm\/index\.html, but the server sent an HTML page/,
      );
      assert.match(r.html.message, /optimizeDeps: \{ exclude: \["tahlil"\] \}/);
      assert.match(r.missing.message, /\/wrong-wasm\/missing\.wasm answered HTTP 404/);
      assert.deepEqual(r.badInput, {
        name: "TypeError",
        message: 'init: input must be an object { module_or_path }, got a string ("/pkg/dist/tahlil_bg.wasm")',
      });
      assert.equal(r.badSource.name, "TypeError");
      assert.match(r.badSource.message, /^init: input\.module_or_path must be .* got a number \(42\)$/);
      assert.deepEqual(r.after, ["وقال", "الوزير"]);
      const problems = page.problems.filter((p) => !p.includes("/wrong-wasm/missing.wasm") && !/status of 404/.test(p));
      assert.deepEqual(problems, []);
      await page.close();
    });

    test("(b) production Vite build of an app that imports tahlil", { timeout: 120_000 }, async (t) => {
      const { outDir, seconds } = await buildViteApp();
      const assets = readdirSync(join(outDir, "assets"));
      t.diagnostic(`vite build: ${seconds.toFixed(2)} s; assets: ${assets.join(", ")}`);
      assert.ok(
        assets.some((f) => /^tahlil_bg-.*\.wasm$/.test(f)),
        "the wasm was not emitted as an asset",
      );

      const site = await serve({ "/": outDir });
      t.after(() => site.close());
      const page = await openPage(browser);
      await page.goto(`${site.url}/`);
      const r = await results(page);
      assert.equal(r.error, undefined);
      assert.deepEqual(r.tokens, ["وقال", "الوزير", ":", "«", "المستشفى", "جاهز", "»"]);
      assert.equal(r.normalized, "اهلا");
      assert.match(r.wasmUrl, /^\/assets\/tahlil_bg-.*\.wasm$/);
      assert.deepEqual(r.workerTokens, ["وقال", "الوزير"]);
      assert.equal(r.workerError.isRangeError, true);
      assert.match(r.workerError.message, /options\.clitics/);
      assert.equal(r.namedWorkerTokens, 2);
      // Only files of the build were requested, all found.
      assert.ok(
        site.requests.every(([status]) => status === 200),
        JSON.stringify(site.requests),
      );
      assert.deepEqual(page.problems, []);
      await page.close();
    });

    test("(b') Vite dev server, package installed as a copy, with optimizeDeps.exclude", { timeout: 120_000 }, async (t) => {
      const dev = await viteDevServer(t, { exclude: true });
      const page = await openPage(browser);
      await page.goto(dev.resolvedUrls.local[0]);
      const r = await results(page, 60_000);
      assert.equal(r.error, undefined);
      assert.deepEqual(r.tokens, ["وقال", "الوزير", ":", "«", "المستشفى", "جاهز", "»"]);
      assert.deepEqual(r.workerTokens, ["وقال", "الوزير"]);
      assert.equal(r.namedWorkerTokens, 2);
      assert.deepEqual(page.problems, []);
      await page.close();
    });

    test("(b'') Vite dev server without optimizeDeps.exclude: init() says to add it", { timeout: 120_000 }, async (t) => {
      const dev = await viteDevServer(t, { exclude: false });
      const page = await openPage(browser);
      await page.goto(dev.resolvedUrls.local[0]);
      const r = await results(page, 60_000);
      // Pre-bundling moved index.js away from the wasm: the server answered with its index.html.
      assert.match(
        r.error ?? "",
        /^Error: tahlil: init\(\) expected the WebAssembly module \(tahlil_bg\.wasm\) from .*, but the server sent an HTML page/,
      );
      assert.match(r.error, /optimizeDeps: \{ exclude: \["tahlil"\] \} in vite\.config\.js/);
      await page.close();
    });
  });
}
