// Publishing: `npm pack` ships exactly what users need — the API, the Node entry, the worker
// client and script, the types, the wasm and its glue, the README and every licence file —
// and nothing else. The `prepack`/`prepublishOnly` check refuses to pack or publish an unbuilt
// or incomplete package (a fresh clone has no dist/ and no licence copies), and the packed
// tarball, installed as users install it, works from ESM and from require().
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const pkgDir = join(root, "pkg");

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
  "adapters/common.js",
  "adapters/flexsearch.d.ts",
  "adapters/flexsearch.js",
  "adapters/lunr.d.ts",
  "adapters/lunr.js",
  "adapters/minisearch.d.ts",
  "adapters/minisearch.js",
  "adapters/orama.d.ts",
  "adapters/orama.js",
];

const NPM_ENV = { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" };

/** Runs npm; resolves to { code, stdout, stderr } whether it succeeds or fails. */
async function npm(args, cwd) {
  try {
    const { stdout, stderr } = await run("npm", args, { cwd, env: NPM_ENV, maxBuffer: 16 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

function tempDir(t, prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** What a fresh clone has of the package: the tracked files (working-tree contents). */
async function freshClone(t) {
  const dir = tempDir(t, "tahlil-clone-");
  const { stdout } = await run("git", ["ls-files", "-z", "pkg", "scripts/ci/check-npm-package.mjs", "Cargo.toml"], { cwd: root });
  for (const file of stdout.split("\0").filter(Boolean)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
  return dir;
}

test("npm pack --dry-run lists exactly the files users need", { timeout: 60_000 }, async () => {
  const { code, stdout, stderr } = await npm(["pack", "--dry-run", "--json", "--ignore-scripts"], pkgDir);
  assert.equal(code, 0, stderr);
  const [report] = JSON.parse(stdout);
  const files = report.files.map((f) => f.path).sort();
  assert.deepEqual(files, [...EXPECTED].sort());
  // The wasm must be the built one, not an empty placeholder.
  const wasm = report.files.find((f) => f.path === "dist/tahlil_bg.wasm");
  assert.ok(wasm.size > 10_000, `dist/tahlil_bg.wasm is ${wasm.size} bytes`);
});

test("the prepack check passes on the built package", { timeout: 60_000 }, async () => {
  const { code, stderr } = await npm(["pack", "--dry-run", "--json"], pkgDir);
  assert.equal(code, 0, stderr);
  assert.match(stderr, /tahlil@[\d.]+ is complete/);
});

test("from a fresh clone, npm pack and npm publish fail and say to build first", { timeout: 60_000 }, async (t) => {
  const clone = await freshClone(t);
  const cloned = readdirSync(join(clone, "pkg"));
  assert.ok(!cloned.includes("dist") && !cloned.includes("LICENSE-MIT"), `not a fresh clone: ${cloned}`);
  for (const args of [["pack", "--dry-run"], ["publish", "--dry-run"], ["pack"]]) {
    await t.test(`npm ${args.join(" ")}`, async () => {
      const { code, stderr } = await npm(args, join(clone, "pkg"));
      assert.notEqual(code, 0, `npm ${args.join(" ")} succeeded in an unbuilt clone`);
      for (const missing of ["dist/tahlil.js", "dist/tahlil_bg.wasm", "LICENSE-MIT", "LICENSE-APACHE", "LICENSE-DATA.md"]) {
        assert.ok(stderr.includes(`${missing} is missing`), `the error does not name ${missing}:\n${stderr}`);
      }
      assert.match(stderr, /bash scripts\/build\.sh/);
    });
  }
  assert.ok(!readdirSync(join(clone, "pkg")).some((f) => f.endsWith(".tgz")), "a tarball was written");
});

test("a build without the data licence, or with a placeholder wasm, is refused", { timeout: 60_000 }, async (t) => {
  const clone = await freshClone(t);
  cpSync(pkgDir, join(clone, "pkg"), { recursive: true });
  rmSync(join(clone, "pkg", "LICENSE-DATA.md"));
  let { code, stderr } = await npm(["pack", "--dry-run"], join(clone, "pkg"));
  assert.notEqual(code, 0);
  assert.match(stderr, /LICENSE-DATA\.md is missing/);

  cpSync(join(pkgDir, "LICENSE-DATA.md"), join(clone, "pkg", "LICENSE-DATA.md"));
  writeFileSync(join(clone, "pkg", "dist", "tahlil_bg.wasm"), "<!doctype html>");
  ({ code, stderr } = await npm(["pack", "--dry-run"], join(clone, "pkg")));
  assert.notEqual(code, 0);
  assert.match(stderr, /dist\/tahlil_bg\.wasm is not a WebAssembly module/);
});

test("the packed tarball installs and works from import and from require()", { timeout: 120_000 }, async (t) => {
  const dir = tempDir(t, "tahlil-install-");
  const packed = await npm(["pack", "--json", "--pack-destination", dir], pkgDir);
  assert.equal(packed.code, 0, packed.stderr);
  const [{ filename }] = JSON.parse(packed.stdout);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "app", private: true }));
  const installed = await npm(["install", "--offline", "--no-audit", "--no-fund", join(dir, filename)], dir);
  assert.equal(installed.code, 0, installed.stderr);

  writeFileSync(
    join(dir, "esm.mjs"),
    'import { tokenize, summarize } from "tahlil";\n' +
      'console.log(JSON.stringify([tokenize("وقال الوزير").map((x) => x.text), summarize("جملة أولى. جملة ثانية.", { sentences: 1 }).sentences.length]));\n',
  );
  const esm = await run(process.execPath, ["esm.mjs"], { cwd: dir });
  assert.deepEqual(JSON.parse(esm.stdout), [["وقال", "الوزير"], 1]);
  assert.equal(esm.stderr, "");

  // require() of the ESM package: Node ≥ 20.19 and ≥ 22.12 (README: "Node versions").
  const [major, minor] = process.versions.node.split(".").map(Number);
  const requireWorks = major > 22 || (major === 22 && minor >= 12) || (major === 20 && minor >= 19);
  writeFileSync(
    join(dir, "cjs.cjs"),
    'const t = require("tahlil");\nconsole.log(JSON.stringify(t.tokenize("وقال").map((x) => x.text)));\n',
  );
  if (requireWorks) {
    const cjs = await run(process.execPath, ["cjs.cjs"], { cwd: dir });
    assert.deepEqual(JSON.parse(cjs.stdout), ["وقال"]);
  } else {
    await assert.rejects(run(process.execPath, ["cjs.cjs"], { cwd: dir }), /ERR_REQUIRE_ESM/);
  }
  t.diagnostic(`Node ${process.versions.node}: require("tahlil") ${requireWorks ? "works" : "throws ERR_REQUIRE_ESM"}`);

  // TypeScript resolves the installed package's types through "exports", without the DOM
  // library, and the README's declaration for importing the wasm's bytes works.
  writeFileSync(
    join(dir, "app.mts"),
    'import { initSync, summarize } from "tahlil";\nimport wasm from "tahlil/tahlil_bg.wasm";\n' +
      'initSync({ module: wasm });\nexport const n: number = summarize("نص", { sentences: 1, keywords: { limit: 2 } }).keywords.length;\n',
  );
  writeFileSync(join(dir, "wasm.d.ts"), 'declare module "*.wasm" { const bytes: Uint8Array; export default bytes; }\n');
  const tsconfig = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      module: "NodeNext",
      moduleResolution: "NodeNext",
      target: "ES2022",
      lib: ["ES2022"],
      types: [],
    },
    files: ["app.mts", "wasm.d.ts"],
  };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
  const tsc = join(root, "node_modules", ".bin", "tsc");
  await run(tsc, ["-p", dir]).catch((error) => assert.fail(`tsc: ${error.stdout}${error.stderr}`));
});

test("the crate ships the sources, the embedded data with its notices and the licences, nothing else", { timeout: 120_000 }, async () => {
  // --allow-dirty: the tests run on a working tree; what is listed does not depend on it.
  const { stdout } = await run("cargo", ["package", "--list", "--allow-dirty", "--quiet"], {
    cwd: root,
    env: { ...process.env, CARGO_TERM_COLOR: "never" },
  });
  const files = stdout.split("\n").filter(Boolean);
  const allowed =
    /^(src\/[\w/]+\.rs|data\/lexicon\/(ar-words\.bin|ar-words\.txt|README\.md)|data\/stopwords\/(ar\.txt|README\.md)|data\/page-cues\/ar\.txt|data\/keywords\/(ar-not-keywords\.txt|README\.md)|data\/(sentences|clitics)\/[\w.-]+\.(txt|md)|LICENSE-(MIT|APACHE|DATA\.md)|README\.crate\.md|CHANGELOG\.md|Cargo\.(toml|toml\.orig|lock)|\.cargo_vcs_info\.json)$/;
  assert.deepEqual(
    files.filter((f) => !allowed.test(f)),
    [],
    "files a Rust user does not need",
  );
  for (const required of [
    "src/lib.rs",
    "src/lexicon.rs",
    "data/lexicon/ar-words.bin",
    "data/stopwords/ar.txt",
    "LICENSE-DATA.md",
    "LICENSE-MIT",
    "LICENSE-APACHE",
    "README.crate.md",
  ]) {
    assert.ok(files.includes(required), `the crate lacks ${required}`);
  }
  // Every file the sources embed is shipped.
  const { stdout: sources } = await run("git", ["grep", "-h", "-o", 'include_\\(bytes\\|str\\)!("[^"]*")', "--", "src"], { cwd: root });
  for (const [, path] of sources.matchAll(/"(?:\.\.\/)+([^"]+)"/g)) {
    assert.ok(files.includes(path), `src embeds ${path}, which the crate does not ship`);
  }
});
