import { test } from "node:test";
import assert from "node:assert/strict";
import { keywords, sentenceOffsets, splitSentences, summarize, tokenize, tokenOffsets } from "../../pkg/node.js";

const sample =
  "القاهرة - 16 فبراير/شباط 2026: قال د. أحمد «نسبة النمو 3.5% أو ٣٫٥٪» عبر https://example.com/news و info@example.org #مصر @user 👍🏽 🇸🇦!";

test("kinds on mixed Arabic text", () => {
  const kinds = Object.fromEntries(tokenize(sample).map((t) => [t.text, t.kind]));
  assert.equal(kinds["القاهرة"], "word");
  assert.equal(kinds["16"], "number");
  assert.equal(kinds["3.5"], "number");
  assert.equal(kinds["٣٫٥"], "number");
  assert.equal(kinds["«"], "punct");
  assert.equal(kinds["https://example.com/news"], "url");
  assert.equal(kinds["info@example.org"], "email");
  assert.equal(kinds["#مصر"], "hashtag");
  assert.equal(kinds["@user"], "mention");
  assert.equal(kinds["👍🏽"], "emoji");
  assert.equal(kinds["🇸🇦"], "emoji");
});

function checkInvariants(text) {
  const tokens = tokenize(text, { clitics: "all" });
  let last = 0;
  for (const t of tokens) {
    assert.ok(t.start >= last && t.end > t.start && t.end <= text.length, JSON.stringify(t));
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(!/^\s|\s$/.test(t.text));
    if (t.segments) assert.equal(t.segments.map((s) => s.text).join(""), t.text);
    last = t.end;
  }
  assert.deepEqual(
    [...tokenOffsets(text)],
    tokens.flatMap((t) => [t.start, t.end]),
  );

  // Sentences: ordered, disjoint, trimmed slices that cover every non-space character.
  const sentences = splitSentences(text);
  let covered = "";
  last = 0;
  for (const s of sentences) {
    assert.ok(s.start >= last && s.end > s.start && s.end <= text.length);
    assert.equal(text.slice(s.start, s.end), s.text);
    covered += text.slice(last, s.start);
    last = s.end;
  }
  covered += text.slice(last);
  assert.ok(!/[^\s\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u061c]/.test(covered), JSON.stringify(covered));
  assert.deepEqual(
    [...sentenceOffsets(text)],
    sentences.flatMap((s) => [s.start, s.end]),
  );

  // Summaries and keywords point into the same string.
  const summary = summarize(text, { sentences: 2 });
  // Each summary sentence is its sentence of splitSentences, or (reading the text as a page)
  // the part of it inside the article.
  for (const s of summary.sentences) {
    const whole = sentences[s.index];
    assert.ok(whole.start <= s.start && s.end <= whole.end && s.start < s.end, JSON.stringify([s, whole]));
    assert.equal(text.slice(s.start, s.end), s.text);
    assert.ok(s.score >= 0 && s.score <= 1);
  }
  for (const s of summarize(text, { sentences: 2, extract: false }).sentences) {
    assert.deepEqual([s.start, s.end, s.text], [sentences[s.index].start, sentences[s.index].end, sentences[s.index].text]);
  }
  for (const k of keywords(text)) {
    assert.equal(k.count, k.spans.length);
    for (const [a, b] of k.spans) assert.ok(a < b && b <= text.length);
  }
}

test("offsets of every function index the JavaScript string, for any input", () => {
  checkInvariants(sample);
  checkInvariants("a\ud800b \udc00 😀x \u0301 مَرْحَبًا\u200c");
  // Random strings over a mix of Arabic, Latin, emoji, surrogates, spaces and punctuation.
  const pool = [
    "ا",
    "ب",
    "ل",
    "و",
    "َ",
    "ـ",
    "a",
    "Z",
    "1",
    "٣",
    " ",
    "\n",
    ".",
    "،",
    "؟",
    "@",
    "#",
    "/",
    ":",
    "😀",
    "\u200d",
    "\ud83d",
    "\udc00",
    "«",
    "%",
    "-",
    "w",
  ];
  let seed = 1;
  const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let n = 0; n < 300; n++) {
    let s = "";
    for (let i = 0; i < 40; i++) s += pool[Math.floor(rand() * pool.length)];
    checkInvariants(s);
  }
});

test("norm follows options.normalize", () => {
  const [t] = tokenize("مُدَرِّسَة");
  assert.equal(t.norm, "مدرسة");
  const [u] = tokenize("مُدَرِّسَة", { normalize: { tehMarbuta: true } });
  assert.equal(u.norm, "مدرسه");
});

test("bad arguments throw errors that name the parameter", () => {
  assert.throws(() => tokenize(42), { name: "TypeError", message: /tokenize: text must be a string/ });
  assert.throws(() => tokenize("x", { clitic: "ud" }), { name: "TypeError", message: /unknown option options\.clitic/ });
  assert.throws(() => tokenize("x", { clitics: "some" }), { name: "RangeError", message: /options\.clitics/ });
  assert.throws(() => tokenize("x", { normalize: { digits: 1 } }), { name: "TypeError", message: /options\.normalize\.digits/ });
  assert.throws(() => tokenOffsets(null), { name: "TypeError", message: /tokenOffsets: text/ });
  assert.equal(tokenize("بخير").length, 1);
});
