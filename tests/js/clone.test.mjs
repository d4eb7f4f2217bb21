// Results are plain data: they survive structuredClone (postMessage to a worker, IndexedDB,
// history.state) unchanged, and hold no class instances, functions or views into wasm memory.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as tahlil from "../../pkg/node.js";

const TEXT =
  "القاهرة - قال وزير الصحة د. أحمد إن المستشفى الجديد سيفتتح في ١٥ مارس. وأضاف أن المشروع كلّف 3.5 مليون دينار! " +
  "هل سيخدم سكان المدينة والقرى المجاورة؟ نعم، وبالتأكيد للمرضى كافة 👍🏽 https://example.com #صحة\n\nولم يذكر تفاصيل أخرى.";

// [function name, arguments]: every analysis function of API.md, with options that fill every field.
const CALLS = [
  ["normalize", [TEXT]],
  ["normalize", [TEXT, { preset: "search" }]],
  ["tokenize", [TEXT]],
  ["tokenize", [TEXT, { clitics: "all", normalize: { preset: "search" } }]],
  ["tokenOffsets", [TEXT]],
  ["splitSentences", [TEXT]],
  ["sentenceOffsets", [TEXT]],
  ["summarize", [TEXT]],
  ["summarize", [TEXT, { sentences: 2, keywords: 5 }]],
  ["keywords", [TEXT]],
  ["keywords", [TEXT, { limit: 3 }]],
  ["tokenize", [""]],
  ["summarize", [""]],
];

const PLAIN_PROTOTYPES = new Set([Object.prototype, Array.prototype, Uint32Array.prototype]);

/** Walks a result; fails on anything that is not a primitive, plain object, array or Uint32Array. */
function assertPlain(value, path) {
  if (value === null) return;
  const type = typeof value;
  if (type === "string" || type === "number" || type === "boolean") {
    if (type === "number") assert.ok(Number.isFinite(value), `${path} is ${value}`);
    return;
  }
  assert.equal(type, "object", `${path} is a ${type}`);
  const proto = Object.getPrototypeOf(value);
  assert.ok(PLAIN_PROTOTYPES.has(proto), `${path} has prototype ${proto?.constructor?.name}`);
  if (value instanceof Uint32Array) {
    // Its own buffer, not a view into wasm memory that the next call would overwrite.
    assert.equal(value.byteOffset, 0, `${path} is a view at an offset`);
    assert.equal(value.buffer.byteLength, value.byteLength, `${path} views a larger buffer`);
    return;
  }
  assert.equal(Object.getOwnPropertySymbols(value).length, 0, `${path} has symbol keys`);
  for (const key of Object.keys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    assert.ok("value" in descriptor, `${path}.${key} is an accessor`);
    assertPlain(descriptor.value, `${path}.${key}`);
  }
}

for (const [fn, args] of CALLS) {
  const label = `${fn}(${args.length > 1 ? `text, ${JSON.stringify(args[1])}` : args[0] ? "text" : '""'})`;
  test(`${label}: plain data that survives structuredClone`, () => {
    assert.equal(typeof tahlil[fn], "function", `${fn} is not exported by pkg/node.js`);
    const result = tahlil[fn](...args);
    assertPlain(result, fn);
    const copy = structuredClone(result);
    assert.deepEqual(copy, result);
    // deepEqual compares prototypes too; check the typed array class explicitly for clarity.
    if (result instanceof Uint32Array) assert.ok(copy instanceof Uint32Array);
    // Still equal after another call: nothing in the result aliases shared memory.
    tahlil[fn](TEXT.repeat(3), ...args.slice(1));
    assert.deepEqual(copy, result);
  });
}
