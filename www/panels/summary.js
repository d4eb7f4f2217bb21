// The "summary" panel (الملخص): the summary sentences with their scores, where they come from
// (the article or the whole text), the headline, the text with the summary highlighted, and
// the "copy summary" button.
//
// Test hooks written here, on `document.body.dataset`:
//   summarySource — "article" when only the article's sentences were candidates, else "text"
//   summaryCount  — summary sentences shown
// Element data attributes: #summary-list li and #summary-doc mark carry data-index (the
// sentence's position among splitSentences).

import { $, h, msf, nf } from '../dom.js';
import { copyText } from '../clipboard.js';
import { setStatus } from '../state.js';

const ui = {
  summaryTitle: $('summary-title'),
  summarySource: $('summary-source'),
  summaryList: $('summary-list'),
  summaryDoc: $('summary-doc'),
  copy: $('copy'),
};

let lastSummary = []; // summary sentences of the last run (for "copy")

/** Where the summary and the keywords come from: the article, or the whole text. */
function renderSummarySource({ summary, article, extract }) {
  // Test hook `summarySource`: "article" when only the article's sentences were candidates,
  // else "text". (With extract, a text with no paragraphs is summarized whole.)
  const fromArticle = extract && article.paragraphs.length > 0;
  document.body.dataset.summarySource = fromArticle ? 'article' : 'text';
  const { title } = summary; // the headline; null without extract
  ui.summaryTitle.hidden = !title;
  ui.summaryTitle.replaceChildren(...(title ? ['العنوان: ', h('bdi', {}, title.text)] : []));
  let source = '';
  if (!extract) source = 'من النص كله، بما فيه ما حول المقال من عناصر الصفحة.';
  else if (!fromArticle) source = 'من النص كله: لم يُعثر فيه على مقال.';
  else if (article.boilerplate.length) source = 'من المقال وحده، دون عناصر الصفحة التي حوله (انظر «بنية الصفحة»).';
  ui.summarySource.hidden = source === '';
  ui.summarySource.textContent = source;
}

export function renderSummary(text, data) {
  const { summary } = data;
  renderSummarySource(data);
  lastSummary = summary.sentences;
  ui.summaryList.replaceChildren(
    ...summary.sentences.map((s) =>
      h(
        'li',
        { dataset: { index: String(s.index) } },
        h('bdi', {}, s.text),
        ' ',
        h('span', { class: 'meta' }, `(الجملة ${nf.format(s.index + 1)}، الدرجة ${msf.format(s.score)})`),
      ),
    ),
  );
  const frag = document.createDocumentFragment();
  let pos = 0;
  for (const s of summary.sentences) {
    if (s.start < pos) continue;
    if (s.start > pos) frag.append(text.slice(pos, s.start));
    frag.append(h('mark', { dataset: { index: String(s.index) } }, text.slice(s.start, s.end)));
    pos = s.end;
  }
  if (pos < text.length) frag.append(text.slice(pos));
  ui.summaryDoc.replaceChildren(frag);
  // Test hook `summaryCount`: summary sentences shown.
  document.body.dataset.summaryCount = String(summary.sentences.length);
}

/** Empties the panel (no text). The hooks keep their last values, as they always have. */
export function clearSummary() {
  ui.summaryList.replaceChildren();
  ui.summaryDoc.replaceChildren();
  ui.summaryTitle.hidden = ui.summarySource.hidden = true;
  lastSummary = [];
}

ui.copy.addEventListener('click', async () => {
  if (!lastSummary.length) {
    setStatus('لا يوجد ملخص لنسخه.');
    return;
  }
  const ok = await copyText(lastSummary.map((s) => s.text).join('\n'));
  setStatus(ok ? 'نُسخ الملخص إلى الحافظة.' : 'تعذّر النسخ؛ حدّد جمل الملخص وانسخها يدويًا.');
});
