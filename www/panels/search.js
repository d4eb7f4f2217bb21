// The "search" panel (البحث): a query box over the text's paragraphs (or its sentences, when
// it is one paragraph), the matching ones ranked (search-index.js), each with the words that
// match marked by `highlight` in the original, diacritized text. Queries go to the same place
// as the text's analysis: this thread, or the worker for long texts.
//
// Test hooks written here, on `document.body.dataset`:
//   searchRuns    — searches finished (a new query, or a new text re-searched); tests wait on it
//   searchResults — results shown for the current query (0 when empty or nothing matched)
// Element data attributes: #search-results li carries data-index (the paragraph's or
// sentence's position), data-start / data-end (its UTF-16 span in the text) and data-score;
// each <mark> carries data-kind, "stem" (the word itself matched) or "root" (a related word).

import { $, h, msf, nf } from '../dom.js';
import { EMPTY_INDEX, rankDocuments } from '../search-index.js';

const DEBOUNCE_MS = 150;
const MAX_RESULTS_SHOWN = 10;
const MAX_RESULT_CHARS = 3_000; // characters shown of one result (a line can be huge)

const UNIT_NAMES = { paragraph: 'الفقرة', sentence: 'الجملة' };

const ui = {
  form: $('search-form'),
  query: $('search-query'),
  examples: [...document.querySelectorAll('button[data-query]')],
  status: $('search-status'),
  results: $('search-results'),
};

let index = EMPTY_INDEX;
let call = null; // call(name, ...args): tahlil on the engine that analysed the text
let searchId = 0; // increments per search; stale results are dropped
let debounceTimer = 0;

/** Uses the index of a newly analysed text, and searches it for the current query. */
export function setSearchIndex(newIndex, newCall) {
  index = newIndex ?? EMPTY_INDEX;
  call = newCall;
  search();
}

function countSearch(resultCount) {
  const d = document.body.dataset;
  // Test hook `searchResults`: results shown for the current query.
  d.searchResults = String(resultCount);
  // Test hook `searchRuns`: searches finished; tests wait for it to grow past a known value.
  d.searchRuns = String(Number(d.searchRuns ?? 0) + 1);
}

function showMessage(message) {
  ui.results.replaceChildren();
  ui.status.textContent = message;
  countSearch(0);
}

async function search() {
  clearTimeout(debounceTimer);
  const my = ++searchId;
  const query = ui.query.value.trim();
  if (query === '' || !call) {
    showMessage('');
    return;
  }
  if (index.documents.length === 0) {
    showMessage('لا يوجد نص للبحث فيه.');
    return;
  }
  try {
    const terms = await call('analyze', query);
    if (my !== searchId) return;
    if (terms.length === 0) {
      showMessage('لا كلمات بحث في الاستعلام: حروف الجر والعطف وأمثالها لا يُبحث عنها.');
      return;
    }
    const hits = rankDocuments(index, terms);
    const shown = hits.slice(0, MAX_RESULTS_SHOWN);
    // The marks come from highlight(), on each result's own text: its offsets are that text's.
    const spans = await Promise.all(shown.map(({ doc }) => call('highlight', doc.text, query)));
    if (my !== searchId) return;
    renderResults(shown, spans, hits.length);
  } catch (err) {
    if (my !== searchId) return;
    console.warn(err);
    showMessage(`خطأ في البحث: ${err.message}`);
  }
}

/** `text` as text nodes, with a <mark> for each span (UTF-16 offsets into `text`, in order). */
function markedText(text, spans) {
  const frag = document.createDocumentFragment();
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos || s.end > text.length) continue;
    if (s.start > pos) frag.append(text.slice(pos, s.start));
    // data-kind: "stem" or "root", as highlight() says (tests read it; the style differs).
    frag.append(h('mark', { class: `hit-${s.kind}`, dataset: { kind: s.kind } }, text.slice(s.start, s.end)));
    pos = s.end;
  }
  if (pos < text.length) frag.append(text.slice(pos));
  return frag;
}

/** The start of a long text, not splitting a surrogate pair. */
function clip(text) {
  if (text.length <= MAX_RESULT_CHARS) return text;
  const n = /[\uD800-\uDBFF]/.test(text[MAX_RESULT_CHARS - 1]) ? MAX_RESULT_CHARS - 1 : MAX_RESULT_CHARS;
  return text.slice(0, n);
}

function renderResults(shown, spans, total) {
  const unit = UNIT_NAMES[index.unit];
  ui.results.replaceChildren(
    ...shown.map(({ doc, score }, i) => {
      const text = clip(doc.text);
      return h(
        'li',
        { dataset: { index: String(doc.index), start: String(doc.start), end: String(doc.end), score: score.toFixed(4) } },
        h('p', { class: 'search-text', dir: 'auto' }, markedText(text, spans[i]), text.length < doc.text.length && ' …'),
        h('p', { class: 'meta' }, `${unit} ${nf.format(doc.index + 1)}، الدرجة ${msf.format(score)}`),
      );
    }),
  );
  const units = index.unit === 'paragraph' ? 'الفقرات' : 'الجمل';
  let message =
    total === 0
      ? `لا نتائج: لم تُوجد كلمات البحث في أيٍّ من ${units}.`
      : `${units} المطابقة: ${nf.format(total)} من ${nf.format(index.documents.length)}.`;
  if (total > shown.length) message += ` عُرضت أفضل ${nf.format(shown.length)}.`;
  ui.status.textContent = message;
  countSearch(shown.length);
}

ui.form.addEventListener('submit', (e) => {
  e.preventDefault();
  search();
});
ui.query.addEventListener('input', () => {
  clearTimeout(debounceTimer);
  debounceTimer = setTimeout(search, DEBOUNCE_MS);
});
for (const button of ui.examples) {
  button.addEventListener('click', () => {
    ui.query.value = button.dataset.query;
    search();
  });
}
