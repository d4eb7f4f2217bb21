// Browser tests of the demo page (www/) with Debian's Chromium through playwright-core.
//
//   node --test tests/browser/
//
// Needs: `npm ci` (playwright-core), /usr/bin/chromium (or $CHROMIUM_PATH), and the built
// package in pkg/ (pkg/index.js + pkg/dist/). $TAHLIL_PKG_DIR may point /pkg/ elsewhere.
// Starts scripts/serve.mjs on a free port itself. Saves tests/artifacts/demo.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, launch } from './helpers/chromium.mjs';
import { SAMPLE, PAGE_SAMPLE, PAGE_HEADLINE } from '../../www/sample.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
const PKG_DIR = process.env.TAHLIL_PKG_DIR || join(ROOT, 'pkg');

let server;
let baseURL;
let browser;
let context;
let page;
const consoleErrors = [];
const pageErrors = [];
const requests = [];
const dialogs = [];
const workers = [];
let initial; // the page's first analysis (the article sample), to compare with later

async function freePort() {
  const srv = createServer();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const { port } = srv.address();
  srv.close();
  await once(srv, 'close');
  return port;
}

async function startServer() {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs')], {
    env: { ...process.env, PORT: String(port), TAHLIL_PKG_DIR: PKG_DIR },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stderr.on('data', (d) => {
    out += d;
  });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve.mjs did not start: ${out}`)), 10_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /tahlil demo: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.mjs exited with ${code}: ${out}`));
    });
  });
  return { child, url };
}

/** Wait until the page has finished one more analysis than `runs` and return its state. */
async function nextRun(runs, timeout = 30_000) {
  await page.waitForFunction((r) => Number(document.body.dataset.runs) > r && document.body.dataset.state !== 'busy', runs, { timeout });
  return state();
}

function state() {
  return page.evaluate(() => ({
    runs: Number(document.body.dataset.runs),
    state: document.body.dataset.state,
    engine: document.body.dataset.engine,
    tokenCount: Number(document.body.dataset.tokenCount),
    sentenceCount: Number(document.body.dataset.sentenceCount),
    summaryCount: Number(document.body.dataset.summaryCount),
    summarySource: document.body.dataset.summarySource,
    articleTitle: document.body.dataset.articleTitle,
    articleParagraphs: Number(document.body.dataset.articleParagraphs),
    articleBoilerplate: Number(document.body.dataset.articleBoilerplate),
    status: document.getElementById('status').textContent,
  }));
}

const norms = () => page.$$eval('#tokens .tok', (els) => els.map((e) => e.dataset.norm));
const segmentCount = () => page.$$eval('#tokens .tok .seg', (els) => els.length);
const summaryTexts = () => page.$$eval('#summary-list li bdi', (els) => els.map((e) => e.textContent));
const keywordTexts = () => page.$$eval('#keywords .kw', (els) => els.map((e) => e.textContent));

/** The search panel's hooks: searches finished and results shown. */
const searchState = () =>
  page.evaluate(() => ({
    runs: Number(document.body.dataset.searchRuns ?? 0),
    results: Number(document.body.dataset.searchResults ?? 0),
    status: document.getElementById('search-status').textContent,
  }));

/** Wait until the search panel has finished one more search than `runs`. */
async function nextSearch(runs, timeout = 30_000) {
  await page.waitForFunction((r) => Number(document.body.dataset.searchRuns) > r, runs, { timeout });
  return searchState();
}

/** The search results as shown: span in the text, shown text, score, and the marks. */
const searchResults = () =>
  page.$$eval('#search-results li', (els) =>
    els.map((e) => ({
      start: Number(e.dataset.start),
      end: Number(e.dataset.end),
      score: Number(e.dataset.score),
      text: e.querySelector('.search-text').textContent,
      marks: [...e.querySelectorAll('mark')].map((m) => ({
        text: m.textContent,
        kind: m.dataset.kind,
        textOnly: [...m.childNodes].every((n) => n.nodeType === Node.TEXT_NODE),
        before: m.previousSibling?.textContent ?? '',
      })),
    })),
  );

before(async () => {
  assert.ok(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}`);
  assert.ok(existsSync(join(PKG_DIR, 'index.js')), `no package at ${PKG_DIR}: run scripts/build.sh first`);
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ child: server, url: baseURL } = await startServer());
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ar' });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  page.on('worker', (w) => workers.push(w.url()));
  context.on('request', (r) => requests.push(r.url()));
  await page.goto(baseURL);
  await nextRun(0);
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
});

test('page loads right to left, analyses the sample, without errors', async () => {
  const s = await state();
  initial = { ...s, summary: await summaryTexts(), keywords: await keywordTexts() };
  assert.equal(await page.inputValue('#text'), SAMPLE);
  assert.equal(s.state, 'ready', s.status);
  assert.equal(s.engine, 'main');
  assert.ok(s.tokenCount > 50, `tokens: ${s.tokenCount}`);
  assert.ok(s.sentenceCount >= 8, `sentences: ${s.sentenceCount}`);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.equal(await page.locator('#tokens .tok').count(), s.tokenCount);
  assert.equal(await page.locator('#sentences li').count(), s.sentenceCount);
  assert.ok(s.summaryCount > 0);
  assert.equal(await page.locator('#summary-list li').count(), s.summaryCount);
  assert.equal(await page.locator('#summary-doc mark').count(), s.summaryCount);
  assert.ok((await page.locator('#keywords li').count()) > 0);
  assert.match(await page.textContent('#stat-tokens'), /\S/);
  assert.ok((await page.locator('#timings tr').count()) >= 4);
  // Token kinds of the sample: the view colours each kind.
  const kinds = new Set(await page.$$eval('#tokens .tok', (els) => els.map((e) => e.dataset.kind)));
  for (const k of ['word', 'number', 'punct', 'url', 'email', 'hashtag', 'mention', 'emoji']) {
    assert.ok(kinds.has(k), `no ${k} token in the sample (kinds: ${[...kinds]})`);
  }
  // The Arabic web font is loaded from the page's own files.
  assert.ok(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'عربي')));
  await page.screenshot({ path: join(ARTIFACTS, 'demo.png'), fullPage: true });
  // Phone width: one column, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1));
  await page.screenshot({ path: join(ARTIFACTS, 'demo-mobile.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(consoleErrors, []);
});

test('keyboard: tab order follows the page and every control has a label', async () => {
  await page.focus('#text');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'file');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'sample-article');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'sample-page');
  const unlabeled = await page.$$eval('input, select, textarea', (els) =>
    els.filter((e) => !e.closest('.offscreen') && !e.classList.contains('offscreen') && e.labels.length === 0).map((e) => e.id),
  );
  assert.deepEqual(unlabeled, []);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline scripts');
  assert.equal(await page.locator('[style]:not([style=""])').count(), 0, 'no inline styles');
});

test('selecting a token by keyboard shows its details', async () => {
  await page.locator('#tokens .tok').first().focus();
  await page.keyboard.press('ArrowLeft');
  const i = await page.evaluate(() => document.activeElement.dataset.i);
  assert.equal(i, '1');
  assert.match(await page.textContent('#details'), /المطبَّع/);
});

test('clitic scheme changes the segmentation', async () => {
  const { runs } = await state();
  await page.selectOption('#clitics', 'none');
  await nextRun(runs);
  assert.equal(await segmentCount(), 0);
  const r2 = (await state()).runs;
  await page.selectOption('#clitics', 'ud');
  await nextRun(r2);
  const ud = await segmentCount();
  assert.ok(ud > 0, 'the ud scheme splits some tokens of the sample');
  const r3 = (await state()).runs;
  await page.selectOption('#clitics', 'all');
  await nextRun(r3);
  const all = await segmentCount();
  assert.ok(all > ud, `"all" also splits the article: ${all} segments vs ${ud}`);
  // Hover shows the segments of a split token in the details panel.
  await page.locator('#tokens .tok.has-segs').first().hover();
  assert.ok((await page.locator('#details table.segs tbody tr').count()) >= 2);
});

test('a normalization switch changes the normalized forms', async () => {
  const before = await norms();
  const { runs } = await state();
  await page.check('#n-tehMarbuta');
  await nextRun(runs);
  const afterOn = await norms();
  assert.equal(afterOn.length, before.length);
  assert.notDeepEqual(afterOn, before);
  assert.ok(afterOn.some((n, i) => before[i].includes('ة') && !n.includes('ة') && n.includes('ه')));
  const r2 = (await state()).runs;
  await page.uncheck('#n-tehMarbuta');
  await nextRun(r2);
  assert.deepEqual(await norms(), before);
  // Diacritics off: a form with shadda keeps it.
  const r3 = (await state()).runs;
  await page.uncheck('#n-diacritics');
  await nextRun(r3);
  assert.ok((await norms()).some((n) => /[\u064B-\u0652]/.test(n)));
  const r4 = (await state()).runs;
  await page.check('#n-diacritics');
  await nextRun(r4);
});

test('summary length changes the number of summary sentences', async () => {
  let { runs } = await state();
  await page.check('#len-mode-count');
  await nextRun(runs);
  ({ runs } = await state());
  await page.fill('#count', '1');
  let s = await nextRun(runs);
  assert.equal(s.summaryCount, 1);
  await page.fill('#count', '4');
  s = await nextRun(s.runs);
  assert.equal(s.summaryCount, 4);
  assert.equal(await page.locator('#summary-doc mark').count(), 4);
  await page.check('#len-mode-ratio');
  s = await nextRun(s.runs);
  await page.locator('#ratio').fill('100');
  s = await nextRun(s.runs);
  // Every sentence of the article, not its headline (summarize finds the article first).
  const all = await page.$$eval('#sentences li bdi', (els) => els.map((e) => e.textContent));
  assert.equal(all[0], SAMPLE.split('\n')[0]);
  assert.deepEqual(await summaryTexts(), all.slice(1));
  await page.locator('#ratio').fill('30');
  await nextRun(s.runs);
});

// ---------------------------------------------------------------- search

// The sample's one diacritized sentence, with «وَبِالمَكْتَبَةِ» (و + بـ + الـ + مكتبة), and
// the paragraph that holds it (the samples have one paragraph per line).
const LIBRARY_WORD = 'وَبِالمَكْتَبَةِ';
const LIBRARY_PARAGRAPH = SAMPLE.split('\n').find((l) => l.includes(LIBRARY_WORD));

test('search: a query typed plainly finds the diacritized paragraph and marks the word in it', async () => {
  assert.ok(LIBRARY_PARAGRAPH, 'the sample holds «وَبِالمَكْتَبَةِ»');
  const { runs } = await state();
  let s = await searchState();
  // No diacritics, no clitics, ه for ة: what people type in a search box.
  await page.locator('#search-query').pressSequentially('مكتبه');
  s = await nextSearch(s.runs);
  await page.waitForFunction(() => document.getElementById('search-query').value === 'مكتبه');
  s = await searchState();
  assert.equal(s.results, 1, s.status);
  const [hit] = await searchResults();
  assert.equal(hit.text, LIBRARY_PARAGRAPH);
  assert.equal(SAMPLE.slice(hit.start, hit.end), LIBRARY_PARAGRAPH);
  // The stem is marked, in the original diacritized spelling; the clitics stay outside.
  assert.deepEqual(
    hit.marks.map(({ text, kind }) => ({ text, kind })),
    [{ text: 'مَكْتَبَةِ', kind: 'stem' }],
  );
  assert.ok(hit.marks[0].before.endsWith('وَبِال'), `before the mark: ${hit.marks[0].before}`);
  assert.ok(hit.marks[0].textOnly, 'the mark holds text only');
  assert.equal((await state()).runs, runs, 'searching does not re-analyse the text');

  // The example chip runs the same query.
  await page.fill('#search-query', '');
  s = await nextSearch(s.runs);
  assert.equal(s.results, 0);
  assert.equal(await page.locator('#search-results li').count(), 0);
  await page.click('#search-card button[data-query="مكتبه"]');
  s = await nextSearch(s.runs);
  assert.equal(await page.inputValue('#search-query'), 'مكتبه');
  assert.deepEqual(
    (await searchResults()).map((r) => r.text),
    [LIBRARY_PARAGRAPH],
  );

  // Two words: paragraphs with both rank first, scores go down, each result has a mark.
  await page.click('#search-card button[data-query="طاقه شمسيه"]');
  s = await nextSearch(s.runs);
  const hits = await searchResults();
  assert.ok(hits.length >= 2, s.status);
  // The headline and the first paragraph hold «للطاقة الشمسية»: both words, marked as typed
  // (the stem of للطاقة is الطاقة's, without its ل).
  const [headline, , firstParagraph] = SAMPLE.split('\n');
  assert.deepEqual(new Set(hits.slice(0, 2).map((h) => h.text)), new Set([headline, firstParagraph]));
  for (const h of hits.slice(0, 2)) {
    const stems = h.marks.filter((m) => m.kind === 'stem').map((m) => m.text);
    assert.ok(stems.some((m) => m.endsWith('طاقة')) && stems.some((m) => m.endsWith('شمسية')), JSON.stringify(stems));
  }
  for (let i = 1; i < hits.length; i++) assert.ok(hits[i].score <= hits[i - 1].score);
  for (const h of hits) assert.ok(h.marks.length > 0 && h.marks.every((m) => m.textOnly));
  await page.locator('#search-card').screenshot({ path: join(ARTIFACTS, 'demo-search.png') });

  // Function words alone are no query.
  await page.fill('#search-query', 'في من');
  s = await nextSearch(s.runs);
  assert.equal(s.results, 0);
  assert.match(s.status, /لا كلمات بحث/);
});

test('search: a new text is searched again, and user text is never parsed as HTML', async () => {
  await page.fill('#search-query', 'مكتبه');
  const s = await nextSearch((await searchState()).runs);
  const { runs } = await state();
  const text = 'عنوان بلا مكتبة\n\nفي المكتبات <b>كتبٌ</b> كثيرة.\n\nوَلِمَكْتَبَتِنَا <img src=x onerror=alert(3)> بابٌ واسع.';
  await page.fill('#text', text);
  await nextRun(runs);
  await nextSearch(s.runs);
  await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 3);
  const hits = await searchResults();
  assert.deepEqual(new Set(hits.map((h) => h.text)), new Set(text.split(/\n\n/)));
  assert.equal(await page.locator('#search-results img, #search-results b').count(), 0);
  const third = hits.find((h) => h.text.startsWith('وَلِمَكْتَبَتِنَا'));
  assert.equal(third.marks[0].text, 'مَكْتَبَتِ');
  assert.deepEqual(dialogs, []);

  // A text of one line is searched sentence by sentence.
  const before = await searchState();
  const oneLine = 'ذهبنا صباحًا إلى السوق. ثم قرأنا في المَكْتَبَةِ حتى المساء.';
  await page.fill('#text', oneLine);
  await nextSearch(before.runs);
  await page.waitForFunction(() => document.body.dataset.searchResults === '1');
  const [sentence] = await searchResults();
  assert.equal(sentence.text, 'ثم قرأنا في المَكْتَبَةِ حتى المساء.');
  assert.equal(oneLine.slice(sentence.start, sentence.end), sentence.text);
  assert.match(await page.textContent('#search-results .meta'), /^الجملة ٢،/);
  // Back to the article sample for the tests that follow.
  await loadSample('article');
});

// ---------------------------------------------------------------- the page sample (reader view)

// What PAGE_SAMPLE is made of (www/sample.js): its five paragraphs, and the reason each line
// of page chrome must be shown with ('*': any reason, as long as it is not the article).
const PAGE_PARAGRAPHS = PAGE_SAMPLE.slice(
  PAGE_SAMPLE.indexOf('طباعة\n') + 'طباعة\n'.length,
  PAGE_SAMPLE.indexOf('\nالكلمات المفتاحية'),
).split(/\n\s*\n/);
const MENU = ['الرئيسية', 'أخبار', 'اقتصاد', 'رياضة', 'ثقافة', 'تكنولوجيا', 'منوعات'];
const SHARE = ['شارك', 'فيسبوك', 'تويتر', 'واتساب', 'طباعة'];
const OTHER_HEADLINES = PAGE_SAMPLE.slice(PAGE_SAMPLE.indexOf('اقرأ أيضاً'), PAGE_SAMPLE.indexOf('التعليقات')).trim().split('\n');
const CHROME = new Map([
  ['بوابة الواحة الإخبارية', '*'],
  ...MENU.map((w) => [w, 'menu']),
  [`الرئيسية / اقتصاد / ${PAGE_HEADLINE}`, '*'],
  [PAGE_HEADLINE + PAGE_HEADLINE, 'repeat'],
  ['كتب: هشام عبد الرازق', 'meta'],
  ['القاهرة - بوابة الواحة', 'meta'],
  ['الأحد 15 فبراير 2026 - 10:45 ص', 'meta'],
  ...SHARE.map((w) => [w, '*']),
  ['الكلمات المفتاحية: التمور، الصادرات، الوادي الجديد، الزراعة', 'meta'],
  ...OTHER_HEADLINES.map((l) => [l, 'headlines']),
  ['التعليقات', 'footer'],
  ['جميع الحقوق محفوظة © 2026', 'footer'],
  ['www.alwaha-news.example', 'footer'],
]);
const REASON_LABELS = {
  repeat: 'تكرار',
  menu: 'قائمة تنقل',
  meta: 'بيانات النشر',
  headlines: 'عناوين أخرى',
  footer: 'تذييل',
  other: 'أخرى',
};

/** The page structure panel as shown: its blocks in order, with their text and offsets. */
const pageBlocks = () =>
  page.$$eval('#page-view > *', (els) =>
    els.map((e) => ({
      part: e.dataset.part,
      reason: e.dataset.reason,
      label: e.querySelector('.pg-reason')?.textContent,
      text: e.querySelector('.pg-text')?.textContent ?? e.textContent,
      lines: [...e.querySelectorAll('.pg-line')].map((l) => l.textContent),
      start: Number(e.dataset.start),
      end: Number(e.dataset.end),
      color: getComputedStyle(e).color,
      visible: e.checkVisibility(),
    })),
  );

async function loadSample(which) {
  const { runs } = await state();
  await page.click(`#sample-${which}`);
  return nextRun(runs);
}

test('the page sample: the page structure panel shows the headline, the article and the chrome with its reasons', async () => {
  const s = await loadSample('page');
  assert.equal(await page.inputValue('#text'), PAGE_SAMPLE);
  assert.equal(s.state, 'ready', s.status);
  assert.equal(s.articleTitle, '1');
  assert.equal(s.articleParagraphs, PAGE_PARAGRAPHS.length);
  assert.ok(s.articleBoilerplate >= 6, `boilerplate spans: ${s.articleBoilerplate}`);

  const blocks = await pageBlocks();
  // Every block is a slice of the text at its offsets, in order, and together they hold every
  // non-whitespace character of the page: nothing is dropped from the panel.
  let rest = '';
  let pos = 0;
  for (const b of blocks) {
    assert.ok(b.start >= pos, `blocks out of order at ${b.start}`);
    rest += PAGE_SAMPLE.slice(pos, b.start);
    pos = b.end;
  }
  rest += PAGE_SAMPLE.slice(pos);
  assert.equal(rest.trim(), '', 'text left out of the panel');

  // The headline, at its own line (not the breadcrumb, not the glued repeat).
  const titles = blocks.filter((b) => b.part === 'title');
  assert.equal(titles.length, 1);
  assert.equal(titles[0].text, PAGE_HEADLINE);
  assert.equal(PAGE_SAMPLE.slice(titles[0].start, titles[0].end), PAGE_HEADLINE);
  assert.equal(await page.locator('#page-view h4').count(), 1, 'the headline is a heading');
  // The article's paragraphs, exactly, after the headline.
  const paras = blocks.filter((b) => b.part === 'paragraph');
  assert.deepEqual(
    paras.map((b) => b.text),
    PAGE_PARAGRAPHS,
  );
  assert.ok(paras[0].start > titles[0].end);

  // Every other line is chrome, greyed, labelled in Arabic with its reason.
  const chrome = blocks.filter((b) => b.part === 'boilerplate');
  const reasonOf = new Map();
  for (const b of chrome) {
    assert.equal(b.label, REASON_LABELS[b.reason], `label of ${b.reason}`);
    for (const line of b.lines) reasonOf.set(line, b.reason);
  }
  for (const [line, reason] of CHROME) {
    assert.ok(reasonOf.has(line), `not shown as page chrome: ${line}`);
    if (reason !== '*') assert.equal(reasonOf.get(line), reason, `reason of ${line}`);
  }
  assert.equal(reasonOf.size, CHROME.size, `unexpected chrome lines: ${[...reasonOf.keys()].filter((l) => !CHROME.has(l))}`);
  assert.notEqual(chrome[0].color, paras[0].color, 'chrome is greyed out');
  // The legend names the reasons found, with their counts.
  const legend = await page.$$eval('#page-reasons li', (els) => els.map((e) => e.dataset.reason));
  assert.deepEqual(new Set(legend), new Set(chrome.map((b) => b.reason)));
  assert.equal(await page.isVisible('#page-note'), false);

  // Reader view: hiding the chrome leaves the headline and the paragraphs.
  await page.uncheck('#show-chrome');
  const reader = await pageBlocks();
  assert.deepEqual(
    reader.filter((b) => b.visible).map((b) => b.part),
    ['title', ...PAGE_PARAGRAPHS.map(() => 'paragraph')],
  );
  await page.check('#show-chrome');
  assert.ok((await pageBlocks()).every((b) => b.visible));
  await page.locator('#page-card').screenshot({ path: join(ARTIFACTS, 'demo-page-structure.png') });
});

test('the page sample: summary and keywords come from the article, not the page around it', async () => {
  const s = await state();
  assert.equal(s.summarySource, 'article');
  assert.ok(s.summaryCount > 0);
  assert.match(await page.textContent('#summary-source'), /المقال وحده/);
  assert.equal(await page.textContent('#summary-title bdi'), PAGE_HEADLINE);
  // Each summary sentence is a sentence of one of the article's paragraphs.
  const summary = await summaryTexts();
  assert.equal(summary.length, s.summaryCount);
  for (const sentence of summary) {
    assert.ok(
      PAGE_PARAGRAPHS.some((p) => p.includes(sentence)),
      `not from the article: ${sentence}`,
    );
    assert.ok(!sentence.includes(PAGE_HEADLINE), `the headline in the summary: ${sentence}`);
  }
  // Keywords: words of the article; none from the menus, the share buttons, the site name or
  // the other headlines.
  const article = [PAGE_HEADLINE, ...PAGE_PARAGRAPHS].join('\n');
  const banned = new Set([...MENU, ...SHARE, 'بوابة', 'الواحة', 'الإخبارية', 'التعليقات']);
  const keywords = await keywordTexts();
  assert.ok(keywords.length >= 5, `keywords: ${keywords}`);
  for (const k of keywords) {
    assert.ok(article.includes(k), `keyword not from the article: ${k}`);
    assert.ok(!k.split(/\s+/).some((w) => banned.has(w)), `keyword from the page chrome: ${k}`);
  }
  assert.ok(keywords.includes('التمور'), `keywords: ${keywords}`);

  // "The article only" off: the whole page is read, chrome and repeats included.
  const marks = () => page.$$eval('#summary-list li', (els) => els.map((e) => e.dataset.index));
  const before = { marks: await marks(), keywords: await page.textContent('#keywords') };
  await page.uncheck('#extract');
  const off = await nextRun(s.runs);
  assert.equal(off.summarySource, 'text');
  assert.match(await page.textContent('#summary-source'), /النص كله/);
  assert.equal(await page.isVisible('#summary-title'), false);
  assert.notDeepEqual(await marks(), before.marks);
  assert.notEqual(await page.textContent('#keywords'), before.keywords);
  await page.check('#extract');
  await nextRun(off.runs);
  assert.deepEqual(await marks(), before.marks);
});

test('the article sample still works as before: all of it is article', async () => {
  const s = await loadSample('article');
  assert.equal(await page.inputValue('#text'), SAMPLE);
  assert.equal(s.tokenCount, initial.tokenCount);
  assert.equal(s.sentenceCount, initial.sentenceCount);
  assert.deepEqual(await summaryTexts(), initial.summary);
  assert.deepEqual(await keywordTexts(), initial.keywords);
  // Its first line is the headline, the rest two paragraphs, and nothing is chrome.
  assert.equal(s.summarySource, 'article');
  assert.equal(s.articleTitle, '1');
  assert.equal(s.articleParagraphs, 2);
  assert.equal(s.articleBoilerplate, 0);
  const blocks = await pageBlocks();
  assert.deepEqual(
    blocks.map((b) => b.part),
    ['title', 'paragraph', 'paragraph'],
  );
  assert.equal(blocks[0].text, SAMPLE.split('\n')[0]);
  assert.equal(await page.isVisible('#page-reasons'), false);
  assert.match(await page.textContent('#page-note'), /النص كله مقال/);
  assert.equal(await page.isVisible('#summary-source'), false);
  assert.equal(await page.textContent('#summary-title bdi'), SAMPLE.split('\n')[0]);
  assert.ok(!(await summaryTexts()).includes(SAMPLE.split('\n')[0]), 'the headline is not a summary sentence');
});

test('"copy summary" puts the summary sentences on the clipboard', async () => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await page.click('#copy');
  await page.waitForFunction(() => /نُسخ الملخص/.test(document.getElementById('status').textContent));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const expected = await page.$$eval('#summary-list li bdi', (els) => els.map((e) => e.textContent).join('\n'));
  assert.ok(expected.length > 0);
  assert.equal(copied, expected);
});

test('opening a .txt file replaces the text and re-analyses it', async () => {
  const { runs } = await state();
  const text = 'ذهب الطالب إلى المدرسة صباحًا. وفي المساء عاد إلى البيت.';
  await page.setInputFiles('#file', { name: 'نص.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  const s = await nextRun(runs);
  assert.equal(await page.inputValue('#text'), text);
  assert.equal(s.sentenceCount, 2);
  assert.equal(await page.locator('#sentences li').count(), 2);
});

test('dropping a .txt file on the text area opens it', async () => {
  const { runs } = await state();
  const text = 'هذا نص أسقط بالسحب والإفلات.';
  const dt = await page.evaluateHandle((t) => {
    const d = new DataTransfer();
    d.items.add(new File([t], 'drop.txt', { type: 'text/plain' }));
    return d;
  }, text);
  await page.dispatchEvent('#text', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('#text', 'drop', { dataTransfer: dt });
  await nextRun(runs);
  assert.equal(await page.inputValue('#text'), text);
});

test('pasted HTML is shown as text and never runs', async () => {
  const payload = '<img src=x onerror=alert(1)> <script>alert(2)</script> «نص» بعد الوسم';
  const { runs } = await state();
  await page.fill('#text', payload);
  await nextRun(runs);
  assert.equal(await page.locator('img').count(), 0);
  assert.equal(await page.locator('#results script, #tokens script').count(), 0);
  const shown = await page.textContent('#tokens');
  assert.ok(shown.includes('<img src=x onerror=alert(1)>'), shown);
  assert.ok((await page.textContent('#summary-doc')).includes('<img'));
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, []);
});

test('a large text is analysed in the worker', async () => {
  const sample = await page.evaluate(async () => (await import('./sample.js')).SAMPLE);
  const big = (sample + '\n').repeat(Math.ceil(60_000 / sample.length));
  assert.ok(big.length > 20_000);
  const { runs } = await state();
  await page.fill('#text', big);
  const s = await nextRun(runs, 60_000);
  assert.equal(s.state, 'ready', s.status);
  assert.equal(s.engine, 'worker');
  // The package's own worker (tahlil/worker) runs it.
  assert.ok(
    workers.some((u) => u.endsWith('/pkg/worker.js')),
    `workers: ${workers}`,
  );
  assert.ok(s.tokenCount > 4_000);
  assert.ok(s.sentenceCount > 100);
  assert.ok(s.summaryCount > 0);
  assert.ok((await page.locator('#keywords li').count()) > 0);
  // The worker finds the article too: the sample once, then one long repeat of it, which the
  // summary ignores (every summary sentence is one of the first copy's).
  assert.equal(s.articleParagraphs, 2);
  assert.equal(s.articleBoilerplate, 1);
  assert.equal(await page.getAttribute('#page-view .pg-chrome', 'data-reason'), 'repeat');
  const firstCopy = initial.sentenceCount;
  const indices = await page.$$eval('#summary-list li', (els) => els.map((e) => Number(e.dataset.index)));
  assert.ok(
    indices.every((i) => i < firstCopy),
    `summary sentences: ${indices}`,
  );
  // The search panel's index comes from the worker's analysis, and queries go there too: the
  // sentence of «وَبِالمَكْتَبَةِ» is in every copy, so the best 10 of many are shown.
  await page.fill('#search-query', '');
  await page.waitForFunction(() => document.body.dataset.searchResults === '0');
  await page.fill('#search-query', 'مكتبه');
  await page.waitForFunction(() => document.body.dataset.searchResults === '10', null, { timeout: 30_000 });
  assert.match((await searchState()).status, /عُرضت أفضل ١٠/);
  for (const hit of await searchResults()) {
    assert.equal(hit.text, LIBRARY_PARAGRAPH);
    assert.deepEqual(
      hit.marks.map((m) => m.text),
      ['مَكْتَبَةِ'],
    );
  }
  // Only part of the tokens is rendered, the stats count all of them.
  assert.ok((await page.locator('#tokens .tok').count()) <= 4_000);
  assert.equal(await page.isVisible('#tokens-note'), true);
  // Typing stays possible; a small text goes back to the main thread.
  const r2 = (await state()).runs;
  await page.fill('#text', 'جملة قصيرة.');
  const s2 = await nextRun(r2);
  assert.equal(s2.engine, 'main');
});

test('works offline once loaded, long texts included', async () => {
  await page.waitForFunction(() => document.body.dataset.worker === 'ready');
  await context.setOffline(true);
  try {
    const { runs } = await state();
    await page.fill('#text', 'نص دون اتصال. '.repeat(2_000));
    const s = await nextRun(runs, 60_000);
    assert.equal(s.state, 'ready', s.status);
    assert.equal(s.engine, 'worker');
    assert.equal(s.sentenceCount, 2_000);
    const s2runs = s.runs;
    await page.fill('#text', 'نص قصير دون اتصال.');
    assert.equal((await nextRun(s2runs)).engine, 'main');
  } finally {
    await context.setOffline(false);
  }
});

test('every request went to the local server; no errors at all', async () => {
  assert.ok(requests.length > 0);
  const origin = new URL(baseURL).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  if (existsSync(join(PKG_DIR, 'dist', 'tahlil_bg.wasm'))) {
    assert.ok(
      requests.some((u) => u.endsWith('.wasm')),
      'the wasm module was fetched',
    );
  }
  assert.ok(
    requests.some((u) => u.endsWith('.woff2')),
    'the font was fetched',
  );
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(consoleErrors, []);
  writeFileSync(join(ARTIFACTS, 'requests.txt'), requests.join('\n') + '\n');
});

test('the static server serves MIME types and refuses traversal', async () => {
  const get = (p) => fetch(new URL(p, baseURL));
  const types = {
    '/': 'text/html',
    '/app.js': 'text/javascript',
    '/style.css': 'text/css',
    '/fonts/noto-naskh-arabic-arabic-400-normal.woff2': 'font/woff2',
    '/pkg/index.js': 'text/javascript',
  };
  for (const [p, type] of Object.entries(types)) {
    const r = await get(p);
    assert.equal(r.status, 200, p);
    assert.ok(r.headers.get('content-type').startsWith(type), `${p}: ${r.headers.get('content-type')}`);
  }
  const wasm = requests.find((u) => u.endsWith('.wasm'));
  if (wasm) assert.equal((await fetch(wasm)).headers.get('content-type'), 'application/wasm');
  for (const p of [
    '/../package.json',
    '/%2e%2e/package.json',
    '/pkg/%2e%2e/www/index.html',
    '/..%2fpackage.json',
    '/%2e%2e%2f%2e%2e%2fetc/passwd',
  ]) {
    const r = await get(p);
    assert.equal(r.status, 404, p);
  }
  // fetch() normalises "..", so send a raw request too.
  const net = await import('node:net');
  const { port } = new URL(baseURL);
  const raw = await new Promise((resolve, reject) => {
    const sock = net.connect(Number(port), '127.0.0.1', () => {
      sock.write('GET /../../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
    let data = '';
    sock.on('data', (d) => {
      data += d;
    });
    sock.on('end', () => resolve(data));
    sock.on('error', reject);
  });
  assert.match(raw, /^HTTP\/1\.1 404/);
});
