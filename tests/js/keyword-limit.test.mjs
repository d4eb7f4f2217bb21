// One name for the keyword count: `keywords(text, { limit })`, and in summarize the same
// options under `keywords` — `summarize(text, { keywords: { limit } })`. The older
// `summarize(text, { keywords: n })` still works and means the same.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as tahlil from "../../pkg/node.js";

const TEXT =
  "أعلنت وزارة الكهرباء بدء التشغيل لمحطة الطاقة الجديدة. وقال وزير الكهرباء إن المحطة ستنتج ألف ميغاواط. " +
  "وأضاف أن المحطة الجديدة تخدم مليون نسمة. وأكدت الوزارة أن الكهرباء ستصل إلى القرى.";

test("summarize's keywords: { limit } gives the keywords of keywords(text, { limit })", () => {
  for (const limit of [0, 1, 3, 10]) {
    const summary = tahlil.summarize(TEXT, { keywords: { limit } });
    assert.deepEqual(summary.keywords, tahlil.keywords(TEXT, { limit }), `limit ${limit}`);
    assert.ok(summary.keywords.length <= limit);
  }
  assert.equal(tahlil.summarize(TEXT, { keywords: { limit: 3 } }).keywords.length, 3);
});

test("the older keywords: n is the same as keywords: { limit: n }", () => {
  for (const n of [0, 2, 5]) {
    assert.deepEqual(tahlil.summarize(TEXT, { keywords: n }), tahlil.summarize(TEXT, { keywords: { limit: n } }));
  }
});

test("keywords: {} and no keywords option both give the default of 10", () => {
  const byDefault = tahlil.summarize(TEXT).keywords;
  assert.deepEqual(tahlil.summarize(TEXT, { keywords: {} }).keywords, byDefault);
  assert.deepEqual(byDefault, tahlil.keywords(TEXT));
  assert.ok(byDefault.length > 3 && byDefault.length <= 10, `${byDefault.length} keywords`);
});

test("the sentence options combine with keywords: { limit }", () => {
  const summary = tahlil.summarize(TEXT, { sentences: 1, keywords: { limit: 2 } });
  assert.equal(summary.sentences.length, 1);
  assert.equal(summary.keywords.length, 2);
});
