// The "statistics" panel (إحصاءات): counts of the text and the time of each analysis step.
//
// Test hooks written here, on `document.body.dataset`:
//   engine        — "main" or "worker": where the last analysis ran
//   tokenCount    — tokens of the whole text (the token view may show fewer)
//   sentenceCount — sentences of the whole text

import { $, h, nf } from '../dom.js';
import { clockStep, formatMs, timef } from '../clock.js';

/** Arabic names of the analysis steps, as the timings table shows them. */
const STEPS = {
  tokenize: 'تقطيع',
  splitSentences: 'تقسيم الجمل',
  extractArticle: 'استخراج المقال',
  summarize: 'التلخيص',
  keywords: 'الكلمات المفتاحية',
  analyze: 'فهرسة البحث',
  total: 'المجموع',
};

const timings = $('timings');

/** Shows the counts and timings of `data` (an analysis of `text`, or `{ empty: true }`). */
export function renderStats(text, data) {
  const { times, engine } = data;
  const d = document.body.dataset;
  // Test hook `engine`: main / worker.
  d.engine = engine;

  $('stat-chars').textContent = nf.format(text.length);
  $('stat-tokens').textContent = data.empty ? '٠' : nf.format(data.tokenCount);
  $('stat-words').textContent = data.empty ? '٠' : nf.format(data.kindCounts.word ?? 0);
  $('stat-sentences').textContent = data.empty ? '٠' : nf.format(data.sentenceCount);
  $('stat-engine').textContent = engine === 'worker' ? 'عامل خلفي (Web Worker)' : 'الخيط الرئيسي';
  // Test hooks `tokenCount`, `sentenceCount`: counts of the whole text (0 when empty).
  d.tokenCount = String(data.empty ? 0 : data.tokenCount);
  d.sentenceCount = String(data.empty ? 0 : data.sentenceCount);

  timings.replaceChildren(
    ...Object.entries(times).map(([k, ms]) =>
      h(
        'tr',
        { class: k === 'total' ? 'total' : undefined },
        h('th', { scope: 'row' }, STEPS[k] ?? k),
        h('td', { title: `دقة ساعة المتصفح: ${timef.format(clockStep)} ملّي ثانية` }, formatMs(ms)),
      ),
    ),
  );
}
