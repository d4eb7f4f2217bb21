// The "page structure" panel: a reader view of what extractArticle() found in the text — the
// headline and the article's paragraphs — with the page chrome around them (menus, bylines,
// share buttons, other headlines, footer, repeats) greyed out and labelled with its reason.
// Everything is shown in document order, so the panel reads like the page itself.
//
// Test hooks written here, on `document.body.dataset` (0 when there is no text):
//   articleTitle       — "1" when a headline was found, else "0"
//   articleParagraphs  — the article's paragraphs
//   articleBoilerplate — the parts outside the article
// Element data attributes: each block of #page-view carries data-part ("title" / "paragraph"
// / "boilerplate"), data-reason (boilerplate), and its UTF-16 data-start / data-end in the text.

import { $, h, nf } from '../dom.js';

const MAX_BLOCKS_SHOWN = 400; // title, paragraphs and chrome spans rendered
const MAX_BLOCK_CHARS = 3_000; // characters shown of one block (a repeated text can be huge)

/** Arabic names of the boilerplate reasons, and what each covers (shown in the legend). */
export const REASONS = {
  repeat: { label: 'تكرار', help: 'العنوان أو سطر سابق يتكرر' },
  menu: { label: 'قائمة تنقل', help: 'أقسام الموقع ومسار التصفح وأزرار المشاركة' },
  meta: { label: 'بيانات النشر', help: 'الكاتب والمكان والتاريخ والوسوم' },
  headlines: { label: 'عناوين أخرى', help: 'قوائم «اقرأ أيضًا» و«الأكثر قراءة»' },
  footer: { label: 'تذييل', help: 'التعليقات وحقوق النشر وعنوان الموقع' },
  other: { label: 'أخرى', help: 'ما بقي خارج المقال، كاسم الموقع' },
};

const ui = {
  stats: $('page-stats'),
  reasons: $('page-reasons'),
  view: $('page-view'),
  note: $('page-note'),
  showChrome: $('show-chrome'),
};

// "Show the page's chrome" off: a plain reader view of the headline and the paragraphs.
ui.showChrome.addEventListener('change', () => {
  ui.view.classList.toggle('article-only', !ui.showChrome.checked);
});

/** Title, paragraphs and boilerplate of an Article as one list in document order. */
function blocksOf(article) {
  const blocks = [
    ...(article.title ? [{ part: 'title', ...article.title }] : []),
    ...article.paragraphs.map((p) => ({ part: 'paragraph', ...p })),
    ...article.boilerplate.map((b) => ({ part: 'boilerplate', ...b })),
  ];
  return blocks.sort((a, b) => a.start - b.start);
}

/** The start of a long text, not splitting a surrogate pair. */
function clip(s) {
  if (s.length <= MAX_BLOCK_CHARS) return s;
  const n = /[\uD800-\uDBFF]/.test(s[MAX_BLOCK_CHARS - 1]) ? MAX_BLOCK_CHARS - 1 : MAX_BLOCK_CHARS;
  return `${s.slice(0, n)} …`;
}

function renderBlock(b) {
  // data-part, data-start, data-end (and data-reason below): what the block is and where.
  const data = { part: b.part, start: String(b.start), end: String(b.end) };
  if (b.part === 'title') {
    return h(
      'h4',
      { class: 'pg-title', dataset: data },
      h('span', { class: 'pg-label' }, 'العنوان'),
      ' ',
      h('bdi', { class: 'pg-text' }, clip(b.text)),
    );
  }
  if (b.part === 'paragraph') {
    return h('p', { class: 'pg-para', dir: 'auto', dataset: data }, clip(b.text));
  }
  const reason = REASONS[b.reason] ?? { label: b.reason };
  // One span per line, so that a menu can run its one-word lines together (style.css).
  const lines = clip(b.text).split(/\s*\n\s*/);
  return h(
    'div',
    { class: 'pg-chrome', dataset: { ...data, reason: b.reason } },
    h('span', { class: 'pg-reason' }, reason.label),
    h('span', { class: 'visually-hidden' }, ': '),
    h('span', { class: 'pg-text' }, ...lines.map((l) => h('bdi', { class: 'pg-line' }, l))),
  );
}

function stat(label, value) {
  return h('div', {}, h('dt', {}, label), h('dd', {}, value));
}

/** Shows `article`, extractArticle's result; `null` empties the panel. */
export function renderArticle(article) {
  const d = document.body.dataset;
  // Test hooks `articleTitle`, `articleParagraphs`, `articleBoilerplate`: what the panel shows
  // (counts of the article's parts; 0 when there is none).
  d.articleTitle = article?.title ? '1' : '0';
  d.articleParagraphs = String(article?.paragraphs.length ?? 0);
  d.articleBoilerplate = String(article?.boilerplate.length ?? 0);

  if (!article) {
    clearArticle();
    return;
  }

  const counts = {};
  for (const b of article.boilerplate) counts[b.reason] = (counts[b.reason] ?? 0) + 1;
  ui.stats.replaceChildren(
    stat('العنوان', article.title ? 'موجود' : 'لا يوجد'),
    stat('فقرات المقال', nf.format(article.paragraphs.length)),
    stat('أجزاء خارج المقال', nf.format(article.boilerplate.length)),
  );
  ui.reasons.replaceChildren(
    ...Object.entries(REASONS)
      .filter(([k]) => counts[k])
      .map(([k, r]) =>
        h(
          'li',
          { dataset: { reason: k } },
          h('span', { class: 'pg-reason', dataset: { reason: k } }, r.label),
          ' ',
          h('span', { class: 'count' }, `(${nf.format(counts[k])})`),
          ' ',
          h('span', { class: 'help' }, r.help),
        ),
      ),
  );
  ui.reasons.hidden = article.boilerplate.length === 0;

  const blocks = blocksOf(article);
  ui.view.replaceChildren(...blocks.slice(0, MAX_BLOCKS_SHOWN).map(renderBlock));

  let note = '';
  if (article.paragraphs.length === 0) {
    note = 'لم يُعثر على مقال في هذا النص (قد يكون قائمة عناوين أو قائمة تنقل)، فيُلخَّص النص كله.';
  } else if (article.boilerplate.length === 0) {
    note = 'النص كله مقال: لا قوائم ولا عناصر صفحة حوله.';
  }
  if (blocks.length > MAX_BLOCKS_SHOWN) {
    note += ` عُرض أول ${nf.format(MAX_BLOCKS_SHOWN)} جزء من ${nf.format(blocks.length)}.`;
  }
  ui.note.hidden = note === '';
  ui.note.textContent = note.trim();
}

function clearArticle() {
  ui.stats.replaceChildren();
  ui.reasons.replaceChildren();
  ui.reasons.hidden = true;
  ui.view.replaceChildren();
  ui.note.hidden = true;
}
