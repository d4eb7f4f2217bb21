// Every exported analysis function, called with bad arguments, throws a TypeError (wrong type,
// unknown key) or RangeError (right type, value out of range) whose message names the
// function and the parameter — and the module keeps working after each one.
//
// The table below lists every function of API.md; one subtest per function, so after a merge
// `node --test tests/js/errors.test.mjs` shows at a glance which functions are missing.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as tahlil from "../../pkg/node.js";

const ARABIC =
  "قال وزير الصحة إن المستشفى الجديد سيفتتح في الشهر المقبل. وأضاف أن المشروع كلف ملايين الدنانير. " +
  "ويتسع المستشفى لخمسمئة سرير. وسيخدم سكان المدينة والقرى المجاورة.";

const NORMALIZE_SWITCHES = ["diacritics", "tatweel", "alef", "alefMaqsura", "tehMarbuta", "hamza", "digits", "ligatures", "bidiMarks"];

// Values of the wrong type for a boolean switch, and for a number option.
const NOT_BOOLEANS = ["true", 1, 0, null, {}, []];
const NOT_NUMBERS = ["3", true, null, {}, [], 3n];

// [function name, valid arguments, bad option cases: [options, error class, parameter named]].
const tokenizeOptionCases = [
  [{ clitics: "x" }, RangeError, "options.clitics"],
  [{ clitics: 1 }, TypeError, "options.clitics"],
  [{ clitics: null }, TypeError, "options.clitics"],
  [{ normalize: 5 }, TypeError, "options.normalize"],
  [{ normalize: [] }, TypeError, "options.normalize"],
  [{ normalize: { bogus: true } }, TypeError, "options.normalize.bogus"],
  [{ normalize: { preset: "index" } }, RangeError, "options.normalize.preset"],
  ...NORMALIZE_SWITCHES.map((k) => [{ normalize: { [k]: "yes" } }, TypeError, `options.normalize.${k}`]),
];
const sentenceOptionCases = [[{ mode: "lines" }, TypeError, "options.mode"]];

const FUNCTIONS = [
  [
    "normalize",
    ["أَهْلًا"],
    [
      [{ preset: "index" }, RangeError, "options.preset"],
      [{ preset: 1 }, TypeError, "options.preset"],
      ...NORMALIZE_SWITCHES.flatMap((k) => NOT_BOOLEANS.map((v) => [{ [k]: v }, TypeError, `options.${k}`])),
    ],
  ],
  ["tokenize", [ARABIC, { clitics: "ud" }], tokenizeOptionCases],
  ["tokenOffsets", [ARABIC], tokenizeOptionCases],
  ["splitSentences", [ARABIC], sentenceOptionCases],
  ["sentenceOffsets", [ARABIC], sentenceOptionCases],
  [
    "summarize",
    [ARABIC, { sentences: 2 }],
    [
      [{ ratio: 0 }, RangeError, "options.ratio"],
      [{ ratio: 1.5 }, RangeError, "options.ratio"],
      [{ ratio: -0.5 }, RangeError, "options.ratio"],
      [{ ratio: NaN }, RangeError, "options.ratio"],
      [{ sentences: -1 }, RangeError, "options.sentences"],
      [{ sentences: 1.5 }, RangeError, "options.sentences"],
      [{ sentences: NaN }, RangeError, "options.sentences"],
      [{ maxWords: -3 }, RangeError, "options.maxWords"],
      [{ maxWords: 2.5 }, RangeError, "options.maxWords"],
      [{ keywords: -1 }, RangeError, "options.keywords"],
      [{ keywords: 0.5 }, RangeError, "options.keywords"],
      [{ keywords: { limit: -1 } }, RangeError, "options.keywords.limit"],
      [{ keywords: { limit: 2.5 } }, RangeError, "options.keywords.limit"],
      [{ keywords: { count: 3 } }, TypeError, "options.keywords.count"],
      ...NOT_NUMBERS.map((v) => [{ keywords: { limit: v } }, TypeError, "options.keywords.limit"]),
      ...NOT_NUMBERS.map((v) => [{ ratio: v }, TypeError, "options.ratio"]),
      ...NOT_NUMBERS.map((v) => [{ sentences: v }, TypeError, "options.sentences"]),
      ...NOT_NUMBERS.map((v) => [{ maxWords: v }, TypeError, "options.maxWords"]),
      // `keywords` is `{ limit }` or (the older form) a number: anything else is a TypeError.
      ...["3", true, null, [], 3n, () => 3].map((v) => [{ keywords: v }, TypeError, "options.keywords"]),
    ],
  ],
  [
    "keywords",
    [ARABIC, { limit: 3 }],
    [
      [{ limit: -1 }, RangeError, "options.limit"],
      [{ limit: 1.5 }, RangeError, "options.limit"],
      [{ limit: NaN }, RangeError, "options.limit"],
      ...NOT_NUMBERS.map((v) => [{ limit: v }, TypeError, "options.limit"]),
    ],
  ],
];

// One valid option key per function (none for the sentence functions yet).
const KNOWN_KEY = { normalize: "alef", tokenize: "clitics", tokenOffsets: "clitics", summarize: "ratio", keywords: "limit" };

// Not strings: every one must throw a TypeError naming `text`.
const NOT_STRINGS = [
  ["a number", 5],
  ["NaN", NaN],
  ["null", null],
  ["undefined", undefined],
  ["a boolean", true],
  ["an object", {}],
  ["an array", ["نص"]],
  ["a String object", new String("نص")],
  ["a bigint", 5n],
  ["a symbol", Symbol("s")],
  ["a function", () => "نص"],
  ["a Uint8Array", new Uint8Array([1, 2])],
];

// Not option objects: every one must throw a TypeError naming `options`.
const NOT_OBJECTS = [
  ["a number", 5],
  ["a string", "ud"],
  ["a boolean", true],
  ["an array", []],
  ["a function", () => ({})],
  ["a bigint", 1n],
  ["a symbol", Symbol("o")],
];

const show = (v) => {
  try {
    return typeof v === "bigint" ? `${v}n` : typeof v === "symbol" ? v.toString() : (JSON.stringify(v) ?? String(v));
  } catch {
    return String(v);
  }
};

/** Asserts `call` throws `Class` with a message naming the function and `param`. */
function assertThrows(call, Class, fn, param, label) {
  let thrown;
  try {
    call();
  } catch (e) {
    thrown = e;
  }
  assert.ok(thrown !== undefined, `${label}: did not throw`);
  assert.ok(thrown instanceof Class, `${label}: expected ${Class.name}, got ${thrown?.name}: ${thrown?.message}`);
  assert.ok(thrown.message.includes(fn), `${label}: message does not name ${fn}: ${thrown.message}`);
  assert.match(
    thrown.message,
    new RegExp(`(^|[^\\w.])${param.replace(/\./g, "\\.")}\\b`),
    `${label}: message does not name ${param}: ${thrown.message}`,
  );
}

for (const [fn, validArgs, optionCases] of FUNCTIONS) {
  test(`${fn}: bad arguments throw named TypeError/RangeError, and the module keeps working`, () => {
    const f = tahlil[fn];
    assert.equal(typeof f, "function", `${fn} is not exported by pkg/node.js`);
    const expected = f(...validArgs);
    const stillWorks = (label) => assert.deepEqual(f(...validArgs), expected, `${fn} after ${label}`);

    for (const [what, value] of NOT_STRINGS) {
      const label = `${fn}(${what})`;
      assertThrows(() => f(value), TypeError, fn, "text", label);
      stillWorks(label);
      // A bad text is reported even when the options are fine.
      assertThrows(() => f(value, validArgs[1]), TypeError, fn, "text", `${label} with options`);
      stillWorks(label);
    }
    assertThrows(() => f(), TypeError, fn, "text", `${fn}()`);
    stillWorks(`${fn}()`);

    for (const [what, value] of NOT_OBJECTS) {
      const label = `${fn}(text, ${what})`;
      assertThrows(() => f(validArgs[0], value), TypeError, fn, "options", label);
      stillWorks(label);
    }
    // Misspellings and names that exist on Object.prototype must not slip through.
    for (const key of ["bogus", "Clitics", "constructor", "toString", "hasOwnProperty"]) {
      const label = `${fn}(text, { ${key}: 1 })`;
      assertThrows(() => f(validArgs[0], { [key]: 1 }), TypeError, fn, `options.${key}`, label);
      stillWorks(label);
    }
    for (const [options, Class, param] of optionCases) {
      const label = `${fn}(text, ${show(options)})`;
      assertThrows(() => f(validArgs[0], options), Class, fn, param, label);
      stillWorks(label);
    }

    // An exception thrown while reading the options propagates as is; the module survives it.
    const key = KNOWN_KEY[fn];
    if (key) {
      const boom = new Error("boom");
      assert.throws(
        () =>
          f(validArgs[0], {
            get [key]() {
              throw boom;
            },
          }),
        (e) => e === boom,
      );
      stillWorks("a throwing getter");
    }

    // Absent options: undefined behaves like no argument.
    assert.deepEqual(f(validArgs[0], undefined), f(validArgs[0]));
  });
}
