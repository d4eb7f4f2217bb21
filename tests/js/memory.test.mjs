// No leaks across many calls: a child process (node:test cannot pass --expose-gc per file)
// runs rounds of tokenize and summarize on ~50 KB of Arabic, forcing GC at each tenth of the
// run. After warm-up (the first tenth) neither the wasm linear memory nor the JS heap may keep
// growing: a leak of even one token array per call would add megabytes over 9,000 rounds.
//
// Rounds: 10,000, each a tokenize and a summarize call (alternating options), ≈ 10–15 ms a round
// on the 2-core CI machine, so about two to three minutes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const child = fileURLToPath(new URL("./helpers/memory-rounds.mjs", import.meta.url));

const MiB = 1024 * 1024;
// Allowances for allocator and JIT noise; a real leak is far larger.
const WASM_GROWTH_LIMIT = 1 * MiB;
const HEAP_GROWTH_LIMIT = 2 * MiB;

const fmt = (bytes) => `${(bytes / MiB).toFixed(2)} MiB`;

for (const [fn, rounds] of [["both", "10000"]]) {
  test(`tokenize + summarize: wasm memory and JS heap stay flat over ${rounds} rounds`, { timeout: 600_000 }, async (t) => {
    const { stdout } = await run(process.execPath, ["--expose-gc", child, fn, rounds], {
      maxBuffer: 1 << 20,
      timeout: 590_000,
    });
    const report = JSON.parse(stdout);
    const first = report.samples[0];
    const last = report.samples.at(-1);
    t.diagnostic(
      `${fn}: ${report.rounds} rounds on ${report.textBytes} bytes (${report.textChars} UTF-16 units) in ` +
        `${report.seconds.toFixed(1)} s (${((report.seconds * 1000) / report.rounds).toFixed(2)} ms/round); ` +
        `after round ${first.round} → ${last.round}: wasm ${fmt(first.wasmBytes)} → ${fmt(last.wasmBytes)}, ` +
        `heap ${fmt(first.heapUsed)} → ${fmt(last.heapUsed)}`,
    );
    assert.equal(last.round, report.rounds);
    assert.equal(report.rounds, Number(rounds));
    assert.ok(
      last.wasmBytes - first.wasmBytes <= WASM_GROWTH_LIMIT,
      `wasm memory grew from ${fmt(first.wasmBytes)} to ${fmt(last.wasmBytes)}: ${JSON.stringify(report.samples.map((s) => s.wasmBytes))}`,
    );
    assert.ok(
      last.heapUsed - first.heapUsed <= HEAP_GROWTH_LIMIT,
      `JS heap grew from ${fmt(first.heapUsed)} to ${fmt(last.heapUsed)}: ${JSON.stringify(report.samples.map((s) => s.heapUsed))}`,
    );
  });
}
