// Where the time of one package function goes, by function — Rust functions by name — in Node,
// on the benchmark's generated text:
//   bash scripts/build.sh && node scripts/profile.mjs tokenOffsets [bytes] [calls]
// (build.sh compiles target/wasm32-unknown-unknown/release/tahlil.wasm with the `wasm` cargo
// feature, which holds the binding; this reuses that file.)
// It regenerates the JS glue with the wasm's function names kept (target/profile-pkg; the
// shipped build strips them), runs the function under `node --cpu-prof` and prints the
// functions with the most self time.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const [mode, ...args] = process.argv.slice(2);

if (mode === "--run") {
  // Child: load the profiling copy of the package and call the function.
  const [pkgDir, name, bytes, calls] = args;
  const api = await import(join(pkgDir, "node.js"));
  const { arabicText } = await import(join(root, "scripts/bench/bench-text.mjs"));
  const text = arabicText(Number(bytes));
  for (let i = 0; i < Number(calls); i++) api[name](text);
} else {
  const [name, bytes = "1000000", calls = "60"] = [mode, ...args];
  if (!name) {
    console.error("usage: node scripts/profile.mjs FUNCTION [bytes] [calls]   e.g. tokenOffsets 1000000 60");
    process.exit(2);
  }
  const out = join(root, "target/profile-pkg");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, "dist"), { recursive: true });
  for (const file of readdirSync(join(root, "pkg")).filter((f) => f.endsWith(".js"))) {
    cpSync(join(root, "pkg", file), join(out, file));
  }
  execFileSync("wasm-bindgen", [
    "--target",
    "web",
    "--no-typescript",
    "--experimental-reset-state-function",
    "--keep-debug",
    "--out-dir",
    join(out, "dist"),
    "--out-name",
    "tahlil",
    join(root, "target/wasm32-unknown-unknown/release/tahlil.wasm"),
  ]);
  const profDir = join(out, "prof");
  execFileSync(
    process.execPath,
    ["--cpu-prof", `--cpu-prof-dir=${profDir}`, fileURLToPath(import.meta.url), "--run", out, name, bytes, calls],
    { stdio: "inherit" },
  );
  const profile = JSON.parse(readFileSync(join(profDir, readdirSync(profDir)[0]), "utf8"));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfTime = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id).callFrame;
    const fn = (frame.functionName || "(anonymous)").replace(/::h[0-9a-f]{16}$/, "");
    selfTime.set(fn, (selfTime.get(fn) ?? 0) + profile.timeDeltas[i]);
    total += profile.timeDeltas[i];
  });
  console.log(`${name} × ${calls} on ${bytes} bytes: ${(total / 1000).toFixed(0)} ms sampled (text generation included)`);
  for (const [fn, us] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`${((100 * us) / total).toFixed(1).padStart(6)}%  ${fn.slice(0, 110)}`);
  }
}
