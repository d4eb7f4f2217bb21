// analyze() and highlight(): terms with UTF-16 spans, spelling-independent terms, exact
// highlights on the original text, and errors that name the parameter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, analyzeTerms, highlight, tokenize } from "../../pkg/node.js";

const terms = (text, options) => analyze(text, options).map((t) => t.term);
const shown = (text, query, options) => highlight(text, query, options).map((h) => [h.kind, h.text]);

test("analyze: terms, kinds and spans that slice the input", () => {
  const text = "😀 وَبِالْكِتَابِ";
  const t = analyze(text);
  assert.deepEqual(
    t.map((x) => [x.term, x.kind]),
    [
      ["كتاب", "stem"],
      ["كتب", "root"],
    ],
  );
  assert.equal(text.slice(t[0].start, t[0].end), "كِتَابِ");
  assert.deepEqual([t[1].start, t[1].end], [t[0].start, t[0].end]);
  for (const x of analyze("قال الوزير 👨‍👩‍👧 إنّ المدارس الجديدة افتُتحت في ٢٠٢٤ #تعليم")) {
    assert.ok(x.start < x.end, JSON.stringify(x));
    assert.equal(typeof x.term, "string");
  }
});

test("analyzeTerms: the terms of analyze, again and again (its memo of words changes nothing)", () => {
  const texts = ["قال الوزير 👨‍👩‍👧 إنّ المدارس الجديدة افتُتحت في ٢٠٢٤ #تعليم", "وَبِالْكِتَابِ", "", "😀 ، !", "الكتاب والمكتبة"];
  for (let round = 0; round < 2; round++) {
    for (const text of texts) assert.deepEqual(analyzeTerms(text), terms(text), text);
    assert.deepEqual(analyzeTerms("الكتاب", { roots: false }), ["كتاب"]);
  }
  assert.throws(
    () => analyzeTerms(5),
    (e) => e instanceof TypeError && /analyzeTerms: text/.test(e.message),
  );
});

test("analyze: carefully and plainly typed text give the same terms", () => {
  const pairs = [
    ["إلى المدرسة الأولى", "الي المدرسه الاولي"],
    ["مُسْتَشْفَى الْمَدِينَةِ", "مستشفي المدينه"],
    ["أَعْلَنَتِ الحُكُومَةُ", "اعلنت الحكومه"],
    ["المسؤولون", "المسوولون"],
  ];
  for (const [careful, plain] of pairs) {
    assert.deepEqual(terms(careful), terms(plain), `${careful} / ${plain}`);
    assert.ok(terms(careful).length > 0, careful);
  }
});

test("analyze: options turn stemming, roots and stop words off", () => {
  assert.deepEqual(terms("الحكومات", { stem: false }), ["حكومات"]);
  assert.deepEqual(terms("الكتاب", { roots: false }), ["كتاب"]);
  assert.deepEqual(terms("من في التي"), []);
  assert.deepEqual(terms("من", { stopWords: false }), ["من"]);
  assert.deepEqual(terms("المدرسة", { stem: false, roots: false, normalize: { tehMarbuta: false } }), ["مدرسة"]);
  assert.deepEqual(terms("Hello iPhone 15"), ["hello", "iphone", "15"]);
});

test("highlight: exact spans with harakat, tatweel, ligatures and emoji before the match", () => {
  const text = "👨‍👩‍👧 قَرَأْتُ الـكـتـاب وَالْكِتَابَ وبالكتاب ﻻعب 🇸🇦 مكتبة";
  assert.deepEqual(shown(text, "كتاب"), [
    ["stem", "كـتـاب"],
    ["stem", "كِتَابَ"],
    ["stem", "كتاب"],
    ["root", "مكتبة"],
  ]);
  assert.deepEqual(shown(text, "لاعب"), [["stem", "ﻻعب"]]);
  for (const h of highlight(text, "كتاب")) assert.equal(text.slice(h.start, h.end), h.text);
  // A query without diacritics or hamza finds the diacritized text.
  const verse = "يس وَالْقُرْآنِ الْحَكِيمِ إِنَّكَ لَمِنَ الْمُرْسَلِينَ";
  assert.deepEqual(shown(verse, "القران حكيم المرسلين"), [
    ["stem", "قُرْآنِ"],
    ["stem", "حَكِيمِ"],
    ["stem", "مُرْسَلِينَ"],
  ]);
  assert.deepEqual(highlight(text, ""), []);
  assert.deepEqual(highlight("", "كتاب"), []);
});

test("highlight: every matching term is inside a span, every span holds one", () => {
  const text = "ذهب الطلاب إلى مدارسهم، والمدرسة الكبيرة تستقبل المدرسين والمدرسات في مدرستنا.";
  const query = "مدرسة";
  const wanted = new Set(terms(query));
  const spans = highlight(text, query);
  const matching = analyze(text).filter((t) => wanted.has(t.term));
  for (const t of matching)
    assert.ok(
      spans.some((s) => s.start <= t.start && t.end <= s.end),
      JSON.stringify(t),
    );
  for (const s of spans)
    assert.ok(
      matching.some((t) => t.start === s.start && t.end === s.end),
      JSON.stringify(s),
    );
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].end <= spans[i].start);
});

test("tokenize reads plainly typed text: دوله stays whole, careful دوله splits", () => {
  const plain = tokenize("رئيس الدوله وولايه كبيره", { clitics: "ud" });
  assert.equal(plain[1].segments, undefined);
  assert.deepEqual(
    plain[2].segments.map((s) => s.text),
    ["و", "ولايه"],
  );
  const careful = tokenize("رئيس دوله في الولاية الكبرى وأمامه", { clitics: "ud" });
  assert.deepEqual(
    careful[1].segments.map((s) => s.text),
    ["دول", "ه"],
  );
});

test("analyze and highlight: bad arguments throw TypeError/RangeError naming the parameter", () => {
  const cases = [
    [() => analyze(5), TypeError, /analyze: text/],
    [() => analyze(), TypeError, /analyze: text/],
    [() => analyze("نص", 5), TypeError, /analyze: options/],
    [() => analyze("نص", { stem: "yes" }), TypeError, /options\.stem/],
    [() => analyze("نص", { roots: 1 }), TypeError, /options\.roots/],
    [() => analyze("نص", { stopWords: null }), TypeError, /options\.stopWords/],
    [() => analyze("نص", { stopwords: true }), TypeError, /options\.stopwords/],
    [() => analyze("نص", { normalize: { preset: "x" } }), RangeError, /options\.normalize\.preset/],
    [() => analyze("نص", { normalize: { alef: 1 } }), TypeError, /options\.normalize\.alef/],
    [() => highlight(5, "q"), TypeError, /highlight: text/],
    [() => highlight("نص", 5), TypeError, /highlight: query/],
    [() => highlight("نص"), TypeError, /highlight: query/],
    [() => highlight("نص", "q", { bogus: 1 }), TypeError, /options\.bogus/],
    [() => highlight("نص", "q", []), TypeError, /highlight: options/],
  ];
  for (const [call, Class, message] of cases) {
    assert.throws(call, (e) => e instanceof Class && message.test(e.message), String(call));
    assert.deepEqual(terms("الكتاب"), ["كتاب", "كتب"]); // still works
  }
});
