import { test } from "node:test";
import assert from "node:assert/strict";
import { normalize } from "../../pkg/node.js";

test("defaults strip diacritics and tatweel, fold alef and ligatures", () => {
  assert.equal(normalize("أَهْلًا وَسَهْلًا"), "اهلا وسهلا");
  assert.equal(normalize("جمـــيل"), "جميل");
  assert.equal(normalize("ﻻ ﷲ"), "لا الله");
  assert.equal(normalize("مستشفى مدرسة"), "مستشفى مدرسة");
});

test("each switch can be turned on or off", () => {
  const off = { diacritics: false, tatweel: false, alef: false, ligatures: false, bidiMarks: false };
  assert.equal(normalize("أَ", off), "أَ");
  assert.equal(normalize("مستشفى", { alefMaqsura: true }), "مستشفي");
  assert.equal(normalize("مدرسة", { tehMarbuta: true }), "مدرسه");
  assert.equal(normalize("مسؤول قائد", { hamza: true }), "مسوول قايد");
  assert.equal(normalize("٢٠٢٤ ۱۲", { digits: true }), "2024 12");
  assert.equal(normalize("a\u200fb", { bidiMarks: false }), "a\u200fb");
  assert.equal(normalize("a\u200fb"), "ab");
});

test("the search preset folds everything; explicit switches override it", () => {
  assert.equal(normalize("إِلَى مُسْتَشْفَى المَدِينَةِ ٣", { preset: "search" }), "الي مستشفي المدينه 3");
  assert.equal(normalize("مدرسة", { preset: "search", tehMarbuta: false }), "مدرسة");
});

test("lone surrogates keep the UTF-16 length", () => {
  assert.equal(normalize("a\ud800b").length, 3);
});

test("bad arguments throw errors that name the parameter, and the module keeps working", () => {
  const cases = [
    [() => normalize(5), TypeError, /normalize: text must be a string, got a number \(5\)/],
    [() => normalize(null), TypeError, /text must be a string, got null/],
    [() => normalize(), TypeError, /text must be a string, got undefined/],
    [() => normalize({}), TypeError, /text must be a string, got an object/],
    [() => normalize("x", 5), TypeError, /options must be an object/],
    [() => normalize("x", []), TypeError, /options must be an object, got an array/],
    [() => normalize("x", { foo: true }), TypeError, /unknown option options\.foo/],
    [() => normalize("x", { alef: "yes" }), TypeError, /options\.alef must be a boolean/],
    [() => normalize("x", { preset: "index" }), RangeError, /options\.preset must be one of "search"/],
    [() => normalize("x", { preset: 1 }), TypeError, /options\.preset/],
  ];
  for (const [call, type, message] of cases) {
    assert.throws(call, (e) => e instanceof type && message.test(e.message));
    assert.equal(normalize("أ"), "ا");
  }
});
