// What the package guarantees at the JavaScript boundary: a documented maximum text length
// (RangeError beyond it), recovery from a failure inside the module, lone surrogates, and
// pathological inputs in time linear in their size (compared between two sizes in one run,
// not against wall-clock thresholds).
import assert from "node:assert/strict";
import { test } from "node:test";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import * as tahlil from "../../pkg/node.js";
import * as wasm from "../../pkg/dist/tahlil.js";

const MAX = tahlil.maxTextLength;

test("maxTextLength is exported and is the limit the module enforces", () => {
  assert.equal(MAX, 2 ** 23);
  assert.doesNotThrow(() => tahlil.sentenceOffsets(" ".repeat(MAX)));
  assert.throws(() => tahlil.sentenceOffsets(" ".repeat(MAX + 1)), RangeError);
});
const FUNCTIONS = ["normalize", "tokenOffsets", "tokenize", "sentenceOffsets", "splitSentences", "summarize", "keywords"];
const SAMPLE = "قال د. أحمد إن النمو بلغ ٣٫٥٪ عام 2020. هل هذا صحيح؟ «نعم!» قال.\n\nعاجل: مصر 😀 https://example.com";

test("a text longer than the maximum is a RangeError naming the function and the limit", () => {
  const tooLong = "a".repeat(MAX + 1);
  for (const name of FUNCTIONS) {
    assert.throws(
      () => tahlil[name](tooLong),
      (error) =>
        error instanceof RangeError &&
        error.message.startsWith(`${name}: text is too long (${MAX + 1} UTF-16 code units; the maximum is ${MAX})`),
      name,
    );
  }
  assert.deepEqual(
    tahlil.tokenize("مرحبا").map((t) => t.text),
    ["مرحبا"],
  );
});

test("texts of the maximum length work, one token per character included", () => {
  // The costliest case for memory: every character is a token.
  const punctuation = "!،".repeat(MAX / 2);
  const offsets = tahlil.tokenOffsets(punctuation);
  assert.equal(offsets.length, 2 * MAX);
  assert.equal(offsets[offsets.length - 1], MAX);
  assert.equal(tahlil.sentenceOffsets(punctuation).length % 2, 0);
  assert.equal(tahlil.normalize(punctuation).length, MAX);
  const words = "كتب الطالب درسه في المكتبة. ".repeat(Math.floor(MAX / 28));
  const tokens = tahlil.tokenize(words);
  assert.equal(tokens.at(-1).end, words.trimEnd().length);
  assert.ok(tahlil.summarize(words, { sentences: 3 }).sentences.length <= 3);
});

test("the failure hook is not part of the package's API", () => {
  assert.deepEqual(
    Object.keys(tahlil).filter((name) => name.startsWith("_")),
    [],
  );
  assert.equal(typeof wasm.__failForTesting, "function", "the glue keeps the hook for these tests");
});

for (const how of ["panic", "trap"]) {
  test(`a ${how} inside the module is one Error, and every later call works`, async (t) => {
    const before = FUNCTIONS.map((name) => tahlil[name](SAMPLE));
    // The hook (in the glue only) makes the next call fail inside the module: each public
    // function must turn that into one Error and leave the module working.
    for (const name of FUNCTIONS) {
      await t.test(name, () => {
        wasm.__failForTesting(how);
        assert.throws(
          () => tahlil[name](SAMPLE),
          (error) =>
            error.constructor === Error &&
            error.message.startsWith(`tahlil: ${name}() failed inside the WebAssembly module (`) &&
            error.message.includes(how === "panic" ? "panicked at" : "unreachable") &&
            error.message.includes("the module was reset") &&
            error.cause !== undefined,
        );
        assert.deepEqual(tahlil[name](SAMPLE), before[FUNCTIONS.indexOf(name)]);
      });
    }
    const after = FUNCTIONS.map((name) => tahlil[name](SAMPLE));
    assert.deepEqual(after, before);
    // Twice in a row, and many calls after.
    wasm.__failForTesting(how);
    assert.throws(() => tahlil.normalize(SAMPLE));
    wasm.__failForTesting(how);
    assert.throws(() => tahlil.tokenize(SAMPLE));
    for (let i = 0; i < 100; i++) assert.deepEqual(tahlil.tokenize(SAMPLE), before[2]);
    // Disarmed: nothing fails.
    wasm.__failForTesting(how);
    wasm.__failForTesting("none");
    assert.deepEqual(tahlil.tokenize(SAMPLE), before[2]);
  });
}

test("lone surrogates: every span still slices the caller's string", () => {
  const text = "\uD800أحمد \uDC00\uDC00 قال.\uD83D مرحبا\uDE00؟ «\uDBFF» نعم.";
  for (const t of tahlil.tokenize(text, { clitics: "ud" })) {
    assert.equal(text.slice(t.start, t.end), t.text);
    for (const s of t.segments ?? []) assert.equal(text.slice(s.start, s.end), s.text);
  }
  const sentences = tahlil.splitSentences(text);
  assert.ok(sentences.length >= 2);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  const summary = tahlil.summarize(text, { sentences: 1 });
  for (const s of summary.sentences) assert.equal(text.slice(s.start, s.end), s.text);
  for (const k of tahlil.keywords(text)) {
    for (const [start, end] of k.spans) assert.ok(start < end && end <= text.length);
  }
  // A lone surrogate comes back as U+FFFD, one code unit for one; no other character here changes.
  assert.equal(tahlil.normalize(text).length, text.length);
  assert.equal(tahlil.normalize("\uD800").codePointAt(0), 0xfffd);
});

// A full garbage collection before each timed run, so that a run does not pay for the garbage
// of the one before (the objects of tokenize and splitSentences are most of the heap).
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc");

/**
 * How many times longer `large` takes than `small`: the fastest of several runs each, the two
 * interleaved so that a busy moment of the machine affects both.
 */
function timeRatio(small, large, rounds = 5) {
  const fastest = [Infinity, Infinity];
  for (let i = 0; i < rounds; i++) {
    [small, large].forEach((run, k) => {
      collectGarbage();
      const t0 = performance.now();
      run();
      fastest[k] = Math.min(fastest[k], performance.now() - t0);
    });
  }
  return fastest[1] / Math.max(fastest[0], 0.5);
}

// Each builds a text of about `n` UTF-16 code units.
const PATHOLOGICAL = {
  "one letter": (n) => "ب".repeat(n),
  "diacritics in a row": (n) => "ب" + "\u064E".repeat(n - 1),
  lines: (n) => "كلمة\n".repeat(n / 5),
  "one-word sentences": (n) => "نعم. ".repeat(n / 5),
  "only punctuation": (n) => ".،!؟«»()…".repeat(n / 9),
  "only emoji": (n) => "😀👨‍👩‍👧🇸🇦".repeat(n / 14),
  "nested quotes and brackets": (n) => '«("['.repeat(n / 8) + "قال" + ']")»'.repeat(n / 8),
  "NUL and controls": (n) => "\0\u0001ب\u0007\u001B\u007F\u0085".repeat(n / 7),
  "lone surrogates": (n) => "\uD800ب\uDC00".repeat(n / 3),
};

// The module's work for each function. tokenize and splitSentences are timed without building
// their objects in JavaScript: V8's garbage collector makes building a million objects
// superlinear whoever builds them (plain `{text, start, end}` objects from a loop: 1.7 ms for
// 40,000, 241 ms for 640,000), which would hide what this test is about.
const MODULE_CALLS = {
  ...Object.fromEntries(FUNCTIONS.map((name) => [name, (text) => tahlil[name](text)])),
  tokenize: (text) => wasm.tokenizeFlat(text, undefined),
  splitSentences: (text) => wasm.sentenceSpans("splitSentences", text, undefined),
};

for (const [name, make] of Object.entries(PATHOLOGICAL)) {
  test(`linear on ${name}`, () => {
    const small = make(100_000);
    const large = make(400_000);
    for (const [fn, call] of Object.entries(MODULE_CALLS)) {
      call(large); // warm up (the module's memory grows once)
      const ratio = timeRatio(
        () => call(small),
        () => call(large),
      );
      // 4× the input: linear is ≈ 4, quadratic ≈ 16. The margin absorbs timer noise and caches
      // (up to ≈ 6.5 measured with a fuzzer busy on the other core).
      assert.ok(ratio < 11, `${fn} on ${name}: 4× the input took ${ratio.toFixed(1)}× the time`);
    }
  });
}
