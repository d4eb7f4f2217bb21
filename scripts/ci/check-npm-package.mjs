// The `prepack` and `prepublishOnly` check of the npm package (pkg/package.json runs it from
// pkg/): `npm pack` and `npm publish` fail, saying what to do, unless pkg/ holds a complete,
// working build — the wasm and its glue, the licence files, matching versions — so that an
// unbuilt or half-built clone can never publish a package without its wasm or its notices.
//
//   node scripts/ci/check-npm-package.mjs [pkgDir]      (default: the pkg/ beside this script)
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const pkgDir = resolve(process.argv[2] ?? fileURLToPath(new URL("../../pkg/", import.meta.url)));
const root = resolve(pkgDir, "..");
const problems = [];
const fail = (message) => problems.push(message);

const manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));

// Every file the package lists, non-empty.
for (const file of manifest.files) {
  const path = join(pkgDir, file);
  if (!existsSync(path)) fail(`${file} is missing`);
  else if (statSync(path).size === 0) fail(`${file} is empty`);
}

// Every target of "exports" is shipped.
const targets = [];
(function collect(value) {
  if (typeof value === "string") targets.push(value.replace(/^\.\//, ""));
  else if (value && typeof value === "object") Object.values(value).forEach(collect);
})(manifest.exports);
for (const target of targets) {
  if (target !== "package.json" && !manifest.files.includes(target)) fail(`exports names ${target}, which "files" does not ship`);
}

// The wasm is a WebAssembly module, and the licence of the embedded data is the right file.
const wasmPath = join(pkgDir, "dist", "tahlil_bg.wasm");
if (existsSync(wasmPath)) {
  const head = readFileSync(wasmPath).subarray(0, 4);
  if (!head.equals(Buffer.from([0x00, 0x61, 0x73, 0x6d]))) fail("dist/tahlil_bg.wasm is not a WebAssembly module");
}
const dataLicence = join(pkgDir, "LICENSE-DATA.md");
if (existsSync(dataLicence)) {
  const text = readFileSync(dataLicence, "utf8");
  for (const name of ["CC BY-SA 4.0", "wordfreq", "stopwords-iso", "Unicode License"]) {
    if (!text.includes(name)) fail(`LICENSE-DATA.md does not name ${name}`);
  }
}

// One version everywhere: package.json, the `version` export, and the crate when beside it.
const indexSource = existsSync(join(pkgDir, "index.js")) ? readFileSync(join(pkgDir, "index.js"), "utf8") : "";
const exported = /export const version = "([^"]+)"/.exec(indexSource)?.[1];
if (exported !== manifest.version) fail(`index.js exports version ${exported}, package.json says ${manifest.version}`);
const cargoToml = join(root, "Cargo.toml");
if (existsSync(cargoToml)) {
  const crate = /^version = "([^"]+)"/m.exec(readFileSync(cargoToml, "utf8"))?.[1];
  if (crate !== manifest.version) fail(`Cargo.toml says version ${crate}, package.json says ${manifest.version}`);
}

// The build works: the Node entry loads the wasm and analyses a sentence (this catches a wasm
// built without the binding's `wasm` feature, or glue from another build).
if (problems.length === 0) {
  try {
    const tahlil = await import(pathToFileURL(join(pkgDir, "node.js")).href);
    const words = tahlil.tokenize("وقال الوزير").map((t) => t.text);
    if (words.join(" ") !== "وقال الوزير") fail(`the built package tokenizes "وقال الوزير" as ${JSON.stringify(words)}`);
  } catch (error) {
    fail(`the built package does not load: ${error.message}`);
  }
}

if (problems.length > 0) {
  console.error(`tahlil: the npm package in ${pkgDir} is not ready to pack or publish:`);
  for (const p of problems) console.error(`  - ${p}`);
  console.error("Build it first, from the repository root: bash scripts/build.sh");
  process.exit(1);
}
console.error(`tahlil: ${manifest.name}@${manifest.version} is complete (${manifest.files.length} files, wasm and licences included)`);
