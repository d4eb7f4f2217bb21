// tahlil demo page. Plain ES module, no framework, no build step.
//
// Safety rule for this file: user text only ever reaches the DOM through
// textContent / createTextNode / attribute setters (see `h()` in dom.js). Never innerHTML.

import { SAMPLES } from './sample.js';
import { $, h, nf, msf } from './dom.js';
import { renderArticle } from './reader.js';
import { createWorker } from '../pkg/worker-client.js';

const LARGE_TEXT = 20_000;      // characters; above this the analysis runs in the worker
const DEBOUNCE_MS = 200;
const MAX_TOKENS_SHOWN = 4_000; // token spans rendered in the token view
const MAX_SENTENCES_SHOWN = 500;
const KEYWORD_LIMIT = 15;
const MAX_FILE_BYTES = 20 * 1024 * 1024;

const KINDS = {
  word: 'كلمة',
  number: 'عدد',
  punct: 'ترقيم',
  symbol: 'رمز',
  url: 'رابط',
  email: 'بريد',
  hashtag: 'وسم',
  mention: 'إشارة',
  emoji: 'رمز تعبيري',
};
const ROLES = {
  conjunction: 'حرف عطف',
  preposition: 'حرف جر',
  future: 'حرف استقبال',
  article: 'أداة تعريف',
  stem: 'جذع',
  pronoun: 'ضمير',
};
const STEPS = {
  tokenize: 'تقطيع',
  splitSentences: 'تقسيم الجمل',
  extractArticle: 'استخراج المقال',
  summarize: 'التلخيص',
  keywords: 'الكلمات المفتاحية',
  total: 'المجموع',
};

/**
 * The smallest step of this browser's clock, in ms: about 0.1 in Chromium, 1 in Firefox
 * (browsers coarsen `performance.now()` against timing attacks). Timings show what it can
 * measure: no more decimals than the step has, and "أقل من step" (less than) for what it
 * cannot see.
 */
const clockStep = (() => {
  let step = Infinity;
  const until = performance.now() + 20;
  for (let last = performance.now(), now = last, seen = 0; seen < 5 && now < until;) {
    now = performance.now();
    if (now > last) {
      step = Math.min(step, now - last);
      last = now;
      seen += 1;
    }
  }
  return Number.isFinite(step) ? step : 1;
})();
const timef = new Intl.NumberFormat('ar-EG', { maximumFractionDigits: clockStep >= 1 ? 0 : clockStep >= 0.1 ? 1 : 2 });
const formatMs = (ms) => (ms < clockStep ? `أقل من ${timef.format(Math.max(clockStep, 0.01))}` : timef.format(ms));

const ui = {
  text: $('text'),
  file: $('file'),
  dropzone: $('dropzone'),
  samples: [...document.querySelectorAll('button[data-sample]')],
  controls: $('controls'),
  ratio: $('ratio'),
  ratioOut: $('ratio-out'),
  count: $('count'),
  extract: $('extract'),
  clitics: $('clitics'),
  preset: $('n-preset'),
  normBoxes: [...document.querySelectorAll('#norm-fields input[data-opt]')],
  status: $('status'),
  version: $('version'),
  tokens: $('tokens'),
  tokensNote: $('tokens-note'),
  legend: $('legend'),
  details: $('details'),
  sentences: $('sentences'),
  sentencesNote: $('sentences-note'),
  summaryTitle: $('summary-title'),
  summarySource: $('summary-source'),
  summaryList: $('summary-list'),
  summaryDoc: $('summary-doc'),
  keywords: $('keywords'),
  timings: $('timings'),
  copy: $('copy'),
  clip: $('clipboard-fallback'),
};

let lib = null;             // the tahlil module (main thread)
let runId = 0;              // increments per analysis; stale results are dropped
let debounceTimer = 0;
let shownTokens = [];       // tokens currently rendered (for the details panel)
let lastSummary = [];       // summary sentences of the last run (for "copy")

function setStatus(msg, state) {
  ui.status.textContent = msg;
  if (state) document.body.dataset.state = state;
}

// ---------------------------------------------------------------- options

function readOptions() {
  const mode = ui.controls.elements.lenMode.value;
  let normalize;
  if (ui.preset.checked) normalize = { preset: 'search' };
  else {
    normalize = {};
    for (const box of ui.normBoxes) normalize[box.dataset.opt] = box.checked;
  }
  const ratio = Number(ui.ratio.value) / 100;
  const count = Math.max(1, Math.min(200, Math.trunc(Number(ui.count.value)) || 1));
  return {
    tokenize: { clitics: ui.clitics.value, normalize },
    summaryMode: mode,
    ratio,
    count,
    extract: ui.extract.checked,   // summary and keywords from the article only
  };
}

function summaryOptions(opts, sentenceCount) {
  const { extract } = opts;
  if (opts.summaryMode === 'sentences') {
    return { sentences: Math.max(1, Math.min(opts.count, sentenceCount || 1)), extract };
  }
  return { ratio: Math.min(1, Math.max(0.01, opts.ratio)), extract };
}

function syncControls() {
  const count = ui.controls.elements.lenMode.value === 'sentences';
  ui.count.disabled = !count;
  ui.ratio.disabled = count;
  ui.ratioOut.textContent = `${nf.format(Number(ui.ratio.value))}٪`;
  for (const box of ui.normBoxes) box.disabled = ui.preset.checked;
}

// ---------------------------------------------------------------- worker

// The package's own worker client (tahlil/worker): the same functions, returning promises.
let worker = null;

function getWorker() {
  worker ??= createWorker();
  return worker;
}

const superseded = () => Object.assign(new Error('superseded'), { superseded: true });

// ---------------------------------------------------------------- analysis

function scheduleAnalysis(delay = DEBOUNCE_MS) {
  clearTimeout(debounceTimer);
  debounceTimer = setTimeout(analyse, delay);
}

function kindCountsOf(tokens) {
  const counts = {};
  for (const t of tokens) counts[t.kind] = (counts[t.kind] ?? 0) + 1;
  return counts;
}

async function analyse() {
  if (!lib) return;
  const my = ++runId;
  const text = ui.text.value;
  const opts = readOptions();
  document.body.dataset.state = 'busy';

  if (text.trim() === '') {
    render(my, text, { empty: true, times: {}, engine: 'main' });
    return;
  }

  try {
    let data;
    if (text.length > LARGE_TEXT) {
      setStatus('جارٍ تحليل نص طويل في العامل الخلفي…', 'busy');
      // The worker runs one step at a time; a newer analysis stops this one between steps.
      data = await runSteps('worker', text, opts, (name, ...args) => {
        if (my !== runId) throw superseded();
        return getWorker()[name](...args);
      });
    } else {
      data = await runSteps('main', text, opts, (name, ...args) => lib[name](...args));
    }
    if (my !== runId) return;
    render(my, text, data);
  } catch (err) {
    if (err.superseded || my !== runId) return;
    console.warn(err);
    setStatus(`خطأ: ${err.message}`, 'error');
    document.body.dataset.runs = String(Number(document.body.dataset.runs ?? 0) + 1);
  }
}

/**
 * The analysis steps, each timed, through `call(name, ...args)`: the module on this thread,
 * or the package's worker (kept alive: starting it again would fail offline). Times through
 * the worker include the trip there and back.
 */
async function runSteps(engine, text, opts, call) {
  const times = {};
  const step = async (name, ...args) => {
    const started = performance.now();
    const result = await call(name, ...args);
    times[name] = performance.now() - started;
    return result;
  };
  const t0 = performance.now();
  const tokens = await step('tokenize', text, opts.tokenize);
  const sentences = await step('splitSentences', text);
  // For the page structure panel; summarize and keywords find the article themselves (extract).
  const article = await step('extractArticle', text);
  const summary = await step('summarize', text, summaryOptions(opts, sentences.length));
  const keywords = await step('keywords', text, { limit: KEYWORD_LIMIT, extract: opts.extract });
  times.total = performance.now() - t0;
  const shown = tokens.slice(0, MAX_TOKENS_SHOWN);
  return {
    engine,
    times,
    tokenCount: tokens.length,
    kindCounts: kindCountsOf(tokens),
    tokens: shown,
    sentenceCount: sentences.length,
    sentences: sentences.slice(0, MAX_SENTENCES_SHOWN),
    article,
    extract: opts.extract,
    summary,
    keywords,
  };
}

// ---------------------------------------------------------------- rendering

function render(my, text, data) {
  const { times, engine } = data;
  const d = document.body.dataset;
  d.engine = engine;

  $('stat-chars').textContent = nf.format(text.length);
  $('stat-tokens').textContent = data.empty ? '٠' : nf.format(data.tokenCount);
  $('stat-words').textContent = data.empty ? '٠' : nf.format(data.kindCounts.word ?? 0);
  $('stat-sentences').textContent = data.empty ? '٠' : nf.format(data.sentenceCount);
  $('stat-engine').textContent = engine === 'worker' ? 'عامل خلفي (Web Worker)' : 'الخيط الرئيسي';
  d.tokenCount = String(data.empty ? 0 : data.tokenCount);
  d.sentenceCount = String(data.empty ? 0 : data.sentenceCount);

  ui.timings.replaceChildren(
    ...Object.entries(times).map(([k, ms]) =>
      h('tr', { class: k === 'total' ? 'total' : undefined },
        h('th', { scope: 'row' }, STEPS[k] ?? k),
        h('td', { title: `دقة ساعة المتصفح: ${timef.format(clockStep)} ملّي ثانية` }, formatMs(ms)))),
  );

  if (data.empty) {
    renderLegend({});
    ui.tokens.replaceChildren();
    ui.sentences.replaceChildren();
    ui.summaryList.replaceChildren();
    ui.summaryDoc.replaceChildren();
    ui.summaryTitle.hidden = ui.summarySource.hidden = true;
    renderArticle(null);
    ui.keywords.replaceChildren();
    ui.tokensNote.hidden = ui.sentencesNote.hidden = true;
    shownTokens = [];
    lastSummary = [];
    clearDetails();
    setStatus('لا يوجد نص لتحليله.', 'ready');
  } else {
    renderLegend(data.kindCounts);
    renderTokens(text, data);
    renderSentences(data);
    renderArticle(data.article);
    renderSummary(text, data);
    renderKeywords(data.keywords);
    setStatus(
      `حُلِّل النص: ${nf.format(data.tokenCount)} وحدة و${nf.format(data.sentenceCount)} جملة في ${formatMs(times.total)} ملّي ثانية.`,
      'ready',
    );
  }
  d.runs = String(Number(d.runs ?? 0) + 1);
}

function renderLegend(counts) {
  ui.legend.replaceChildren(
    ...Object.entries(KINDS).map(([kind, label]) =>
      h('li', {},
        h('span', { class: `swatch k-${kind}`, 'aria-hidden': 'true' }),
        `${label} `,
        h('span', { class: 'count' }, `(${nf.format(counts[kind] ?? 0)})`))),
  );
}

function tokenTitle(t) {
  let s = `${KINDS[t.kind] ?? t.kind} — المطبَّع: ${t.norm}`;
  if (t.segments) s += ` — المقاطع: ${t.segments.map((g) => g.text).join(' + ')}`;
  return s;
}

function renderTokens(text, data) {
  const frag = document.createDocumentFragment();
  let pos = 0;
  shownTokens = data.tokens;
  data.tokens.forEach((t, i) => {
    if (t.start > pos) frag.append(text.slice(pos, t.start));
    const el = h('span', {
      class: `tok k-${t.kind}${t.segments ? ' has-segs' : ''}`,
      tabindex: i === 0 ? '0' : '-1',
      title: tokenTitle(t),
      dataset: { i: String(i), kind: t.kind, norm: t.norm },
    });
    if (t.segments) {
      for (const g of t.segments) {
        el.append(h('span', { class: `seg r-${g.role}`, dataset: { role: g.role, form: g.form } }, g.text));
      }
    } else {
      el.textContent = t.text;
    }
    frag.append(el);
    pos = t.end;
  });
  ui.tokens.replaceChildren(frag);
  const more = data.tokenCount - data.tokens.length;
  ui.tokensNote.hidden = more <= 0;
  if (more > 0) {
    ui.tokensNote.textContent =
      `عُرضت أول ${nf.format(data.tokens.length)} وحدة من ${nf.format(data.tokenCount)}؛ الإحصاءات تشمل النص كله.`;
  }
  ui.tokens.dataset.segmented = String(data.tokens.filter((t) => t.segments).length);
  clearDetails();
}

function clearDetails() {
  ui.details.replaceChildren(h('p', { class: 'help' }, 'لم تُختر وحدة بعد.'));
}

function showDetails(i) {
  const t = shownTokens[i];
  if (!t) return;
  for (const el of ui.tokens.querySelectorAll('.tok.selected')) el.classList.remove('selected');
  ui.tokens.querySelector(`.tok[data-i="${i}"]`)?.classList.add('selected');
  const rows = [
    ['الوحدة', h('bdi', { class: 'mono-ish' }, t.text)],
    ['النوع', KINDS[t.kind] ?? t.kind],
    ['الشكل المطبَّع', h('bdi', {}, t.norm)],
    ['الموضع', h('bdi', { dir: 'ltr' }, `${t.start}–${t.end}`)],
  ];
  const dl = h('dl', { class: 'kv' }, ...rows.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v))));
  const parts = [h('h4', {}, 'تفاصيل الوحدة'), dl];
  if (t.segments) {
    parts.push(
      h('table', { class: 'segs' },
        h('caption', {}, 'المقاطع (السوابق والجذع واللواحق)'),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, 'المقطع'),
          h('th', { scope: 'col' }, 'الدور'),
          h('th', { scope: 'col' }, 'الشكل الأصلي'))),
        h('tbody', {}, ...t.segments.map((g) => h('tr', {},
          h('td', {}, h('bdi', {}, g.text)),
          h('td', {}, ROLES[g.role] ?? g.role),
          h('td', {}, h('bdi', {}, g.form)))))),
    );
  } else if (ui.clitics.value !== 'none' && t.kind === 'word') {
    parts.push(h('p', { class: 'help' }, 'لا تنقسم هذه الكلمة إلى مقاطع.'));
  }
  ui.details.replaceChildren(...parts);
}

function tokenIndexOf(target) {
  const el = target instanceof Element ? target.closest('.tok') : null;
  return el && ui.tokens.contains(el) ? Number(el.dataset.i) : -1;
}

function focusToken(i) {
  const els = ui.tokens.querySelectorAll('.tok');
  if (!els.length) return;
  i = Math.max(0, Math.min(els.length - 1, i));
  for (const el of ui.tokens.querySelectorAll('.tok[tabindex="0"]')) el.tabIndex = -1;
  els[i].tabIndex = 0;
  els[i].focus();
}

ui.tokens.addEventListener('focusin', (e) => {
  const i = tokenIndexOf(e.target);
  if (i >= 0) {
    for (const el of ui.tokens.querySelectorAll('.tok[tabindex="0"]')) el.tabIndex = -1;
    e.target.closest('.tok').tabIndex = 0;
    showDetails(i);
  }
});
ui.tokens.addEventListener('mouseover', (e) => {
  const i = tokenIndexOf(e.target);
  if (i >= 0) showDetails(i);
});
ui.tokens.addEventListener('click', (e) => {
  const i = tokenIndexOf(e.target);
  if (i >= 0) focusToken(i);
});
ui.tokens.addEventListener('keydown', (e) => {
  const i = tokenIndexOf(e.target);
  if (i < 0) return;
  // Right to left: the visually left arrow moves to the next token.
  const step = { ArrowLeft: 1, ArrowDown: 1, ArrowRight: -1, ArrowUp: -1 }[e.key];
  if (step) focusToken(i + step);
  else if (e.key === 'Home') focusToken(0);
  else if (e.key === 'End') focusToken(Infinity);
  else return;
  e.preventDefault();
});

function renderSentences(data) {
  ui.sentences.replaceChildren(
    ...data.sentences.map((s, i) => h('li', { dataset: { i: String(i) } }, h('bdi', {}, s.text))),
  );
  const more = data.sentenceCount - data.sentences.length;
  ui.sentencesNote.hidden = more <= 0;
  if (more > 0) ui.sentencesNote.textContent = `عُرضت أول ${nf.format(data.sentences.length)} جملة من ${nf.format(data.sentenceCount)}.`;
}

/** Where the summary and the keywords come from: the article, or the whole text. */
function renderSummarySource({ summary, article, extract }) {
  // Test hook: "article" when only the article's sentences were candidates, else "text".
  // (With extract, a text with no paragraphs is summarized whole.)
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

function renderSummary(text, data) {
  const { summary } = data;
  renderSummarySource(data);
  lastSummary = summary.sentences;
  ui.summaryList.replaceChildren(
    ...summary.sentences.map((s) =>
      h('li', { dataset: { index: String(s.index) } },
        h('bdi', {}, s.text),
        ' ',
        h('span', { class: 'meta' }, `(الجملة ${nf.format(s.index + 1)}، الدرجة ${msf.format(s.score)})`))),
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
  document.body.dataset.summaryCount = String(summary.sentences.length);
}

function renderKeywords(keywords) {
  ui.keywords.replaceChildren(
    ...keywords.map((k) =>
      h('li', { title: `الدرجة ${msf.format(k.score)}` },
        h('bdi', { class: 'kw' }, k.text),
        ' ',
        h('span', { class: 'count', 'aria-label': `تكررت ${nf.format(k.count)} مرة` }, `×${nf.format(k.count)}`))),
  );
}

// ---------------------------------------------------------------- files, copy

async function decodeFile(file) {
  const buf = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    // Older Arabic .txt files are often Windows-1256.
    return new TextDecoder('windows-1256').decode(buf);
  }
}

async function openFile(file) {
  if (!file) return;
  if (file.size > MAX_FILE_BYTES) {
    setStatus(`الملف كبير جدًا (${nf.format(Math.round(file.size / 1048576))} م.ب).`);
    return;
  }
  if (file.type && !file.type.startsWith('text/')) {
    setStatus('يُقبل ملف نصي (.txt) فقط.');
    return;
  }
  try {
    ui.text.value = await decodeFile(file);
    setStatus(`فُتح الملف «${file.name}».`);
    scheduleAnalysis(0);
  } catch (err) {
    setStatus(`تعذّرت قراءة الملف: ${err.message}`, 'error');
  }
}

ui.file.addEventListener('change', () => {
  openFile(ui.file.files?.[0]);
  ui.file.value = '';
});

const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');
ui.dropzone.addEventListener('dragenter', (e) => {
  if (hasFiles(e)) ui.dropzone.classList.add('dragging');
});
ui.dropzone.addEventListener('dragover', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
  ui.dropzone.classList.add('dragging');
});
ui.dropzone.addEventListener('dragleave', (e) => {
  if (!ui.dropzone.contains(e.relatedTarget)) ui.dropzone.classList.remove('dragging');
});
ui.dropzone.addEventListener('drop', (e) => {
  ui.dropzone.classList.remove('dragging');
  if (!hasFiles(e)) return;
  e.preventDefault();
  openFile(e.dataTransfer.files[0]);
});
// A file dropped elsewhere on the page must not navigate away from it.
for (const type of ['dragover', 'drop']) {
  window.addEventListener(type, (e) => {
    if (hasFiles(e) && !ui.dropzone.contains(e.target)) e.preventDefault();
  });
}

async function copyText(text) {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const active = document.activeElement;
    ui.clip.value = text;
    ui.clip.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    ui.clip.value = '';
    active?.focus?.();
    return ok;
  }
}

ui.copy.addEventListener('click', async () => {
  if (!lastSummary.length) {
    setStatus('لا يوجد ملخص لنسخه.');
    return;
  }
  const ok = await copyText(lastSummary.map((s) => s.text).join('\n'));
  setStatus(ok ? 'نُسخ الملخص إلى الحافظة.' : 'تعذّر النسخ؛ حدّد جمل الملخص وانسخها يدويًا.');
});

// ---------------------------------------------------------------- wiring

ui.text.addEventListener('input', () => scheduleAnalysis());
ui.controls.addEventListener('input', () => {
  syncControls();
  scheduleAnalysis(0);
});
ui.controls.addEventListener('change', () => {
  syncControls();
  scheduleAnalysis(0);
});
ui.controls.addEventListener('submit', (e) => e.preventDefault());
for (const button of ui.samples) {
  button.addEventListener('click', () => {
    ui.text.value = SAMPLES[button.dataset.sample];
    setStatus(`حُمّل النص النموذجي: ${button.textContent}.`);
    scheduleAnalysis(0);
    ui.text.focus();
  });
}

async function main() {
  document.body.dataset.state = 'loading';
  document.body.dataset.runs = '0';
  ui.text.value = SAMPLES.article;
  syncControls();
  renderLegend({});
  try {
    const mod = await import('../pkg/index.js');
    await mod.default();
    lib = mod;
    ui.version.textContent = String(mod.version);
  } catch (err) {
    console.error(err);
    setStatus(`تعذّر تحميل المكتبة: ${err.message}`, 'error');
    return;
  }
  await analyse();
  // Load the worker (and its copy of the module) now, so that long texts still work
  // once the page is offline.
  const warm = () =>
    getWorker().ready().then(
      () => { document.body.dataset.worker = 'ready'; },
      (err) => { console.warn('worker', err); document.body.dataset.worker = 'failed'; },
    );
  if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 2000 });
  else setTimeout(warm, 500);
}

main();
