// extractArticle and the extract option of summarize and keywords, against the built package.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle, keywords, summarize } from "../../pkg/node.js";

const HEADLINE = "الحكومة تطلق برنامجاً لدعم المزارعين في الصعيد";
const PAGE = [
  "بوابة النيل",
  "الرئيسية",
  "سياسة",
  "اقتصاد",
  "رياضة",
  `الرئيسية / اقتصاد / ${HEADLINE}`,
  HEADLINE,
  HEADLINE + HEADLINE,
  "كتب: سامي عبد الحميد",
  "القاهرة - بوابة النيل",
  "شارك",
  "فيسبوك",
  "واتساب",
  "أعلنت وزارة الزراعة اليوم إطلاق برنامج جديد لدعم صغار المزارعين في محافظات الصعيد، يشمل قروضاً ميسرة وبذوراً محسنة.",
  "وقال وزير الزراعة في مؤتمر صحفي إن البرنامج يستهدف مئة ألف مزارع خلال العام الأول، وإن التمويل يأتي من موازنة الدولة.",
  "وأضاف أن الوزارة ستفتح مكاتب في القرى لاستقبال الطلبات، وأن المرحلة الثانية ستشمل محافظات الدلتا.",
  "اقرأ أيضاً",
  "ارتفاع أسعار القطن في الأسواق المحلية",
  "افتتاح مصنع جديد للأسمدة في أسيوط",
  "التعليقات",
  "جميع الحقوق محفوظة © 2026",
  "www.nile-gate.example",
].join("\n");

test("extractArticle: headline, paragraphs and chrome cover the page once, with reasons", () => {
  const a = extractArticle(PAGE);
  assert.equal(a.title.text, HEADLINE);
  assert.equal(PAGE.slice(a.title.start, a.title.end), HEADLINE);
  assert.equal(a.paragraphs.length, 3);
  assert.ok(a.paragraphs[0].text.startsWith("أعلنت وزارة الزراعة"));
  const parts = [a.title, ...a.paragraphs, ...a.boilerplate].sort((x, y) => x.start - y.start);
  let at = 0;
  for (const p of parts) {
    assert.equal(PAGE.slice(p.start, p.end), p.text);
    assert.equal(PAGE.slice(at, p.start).trim(), "", "nothing is left out");
    at = p.end;
  }
  assert.equal(PAGE.slice(at).trim(), "");
  const reasons = new Set(a.boilerplate.map((b) => b.reason));
  for (const r of ["menu", "repeat", "meta", "headlines", "footer"]) assert.ok(reasons.has(r), r);
});

test("summarize reads the article: no headline or chrome, title reported; extract: false reads it all", () => {
  const s = summarize(PAGE, { sentences: 2 });
  assert.equal(s.title.text, HEADLINE);
  const article = extractArticle(PAGE).paragraphs;
  for (const x of s.sentences)
    assert.ok(
      article.some((p) => p.start <= x.start && x.end <= p.end),
      x.text,
    );
  const all = summarize(PAGE, { sentences: 2, extract: false });
  assert.equal(all.title, null);
  assert.ok(all.sentences.some((x) => x.text.includes("الرئيسية") || x.text.includes(HEADLINE)));
});

test("keywords ignore the menus and count the headline once", () => {
  const k = keywords(PAGE, { limit: 10 });
  for (const kw of k) assert.ok(!["سياسة", "رياضة", "فيسبوك", "واتساب"].includes(kw.text), kw.text);
  const farmers = k.find((x) => x.text.includes("المزارع"));
  assert.ok(farmers, JSON.stringify(k.map((x) => x.text)));
  const a = extractArticle(PAGE);
  const read = [a.title, ...a.paragraphs];
  for (const [s, e] of farmers.spans)
    assert.ok(
      read.some((p) => p.start <= s && e <= p.end),
      "no span in the chrome or repeats",
    );
  assert.equal(farmers.spans.filter(([s]) => s >= a.title.start && s < a.title.end).length, 1, "the headline counts once");
});

test("extractArticle: bad arguments name the parameter", () => {
  assert.throws(() => extractArticle(42), { name: "TypeError", message: /extractArticle: text must be a string/ });
  assert.throws(() => extractArticle("نص", { foo: 1 }), { name: "TypeError", message: /extractArticle: unknown option options\.foo/ });
  assert.throws(() => summarize("نص", { extract: "yes" }), { name: "TypeError", message: /options\.extract must be a boolean/ });
  assert.throws(() => keywords("نص", { extract: 1 }), { name: "TypeError", message: /options\.extract must be a boolean/ });
  assert.deepEqual(extractArticle(""), { title: null, paragraphs: [], boilerplate: [] });
});
