// tahlil demo page: the entry module. Plain ES modules, no framework, no build step.
//
// This module wires the text area, the samples and the controls to the analysis cycle:
// schedule an analysis, run it (analysis.js: on this thread, or in the worker through
// worker-bridge.js), then hand the result to each panel (panels/*.js).
//
// Safety rule for every module of the page: user text only ever reaches the DOM through
// textContent / createTextNode / attribute setters (see `h()` in dom.js). Never innerHTML.
//
// Test hooks on `document.body.dataset` are written by state.js (state, runs, worker) and by
// the panels (panels/stats.js: engine, tokenCount, sentenceCount; panels/summary.js:
// summarySource, summaryCount; panels/page-structure.js: articleTitle, articleParagraphs,
// articleBoilerplate; panels/search.js: searchRuns, searchResults); each module lists its own
// at its top.

import { SAMPLES } from './sample.js';
import { $, nf } from './dom.js';
import { countRun, resetRuns, setPageState, setStatus, state } from './state.js';
import { warmUpWorker } from './worker-bridge.js';
import { callerFor, engineFor, runSteps } from './analysis.js';
import { controlsForm, readOptions, syncControls } from './options.js';
import { formatMs } from './clock.js';
import { listenForFiles } from './files.js';
import { renderStats } from './panels/stats.js';
import { clearTokens, renderLegend, renderTokens } from './panels/tokens.js';
import { clearSentences, renderSentences } from './panels/sentences.js';
import { clearSummary, renderSummary } from './panels/summary.js';
import { clearKeywords, renderKeywords } from './panels/keywords.js';
import { renderArticle } from './panels/page-structure.js';
import { setSearchIndex } from './panels/search.js';

const DEBOUNCE_MS = 200;

const ui = {
  text: $('text'),
  samples: [...document.querySelectorAll('button[data-sample]')],
  version: $('version'),
};

let debounceTimer = 0;

// ---------------------------------------------------------------- analysis

function scheduleAnalysis(delay = DEBOUNCE_MS) {
  clearTimeout(debounceTimer);
  debounceTimer = setTimeout(analyse, delay);
}

async function analyse() {
  if (!state.lib) return;
  const my = ++state.runId;
  const isCurrent = () => my === state.runId;
  const text = ui.text.value;
  const opts = readOptions();
  setPageState('busy');

  if (text.trim() === '') {
    render(text, { empty: true, times: {}, engine: 'main' });
    return;
  }

  try {
    const engine = engineFor(text);
    if (engine === 'worker') setStatus('جارٍ تحليل نص طويل في العامل الخلفي…', 'busy');
    const data = await runSteps(engine, text, opts, callerFor(engine, isCurrent));
    if (!isCurrent()) return;
    render(text, data);
  } catch (err) {
    if (err.superseded || !isCurrent()) return;
    console.warn(err);
    setStatus(`خطأ: ${err.message}`, 'error');
    countRun();
  }
}

// ---------------------------------------------------------------- rendering

function render(text, data) {
  renderStats(text, data);
  if (data.empty) {
    clearTokens();
    clearSentences();
    clearSummary();
    renderArticle(null);
    clearKeywords();
    setSearchIndex(null, callerFor('main'));
    setStatus('لا يوجد نص لتحليله.', 'ready');
  } else {
    renderLegend(data.kindCounts);
    renderTokens(text, data);
    renderSentences(data);
    renderArticle(data.article);
    renderSummary(text, data);
    renderKeywords(data.keywords);
    setSearchIndex(data.search, callerFor(data.engine));
    setStatus(
      `حُلِّل النص: ${nf.format(data.tokenCount)} وحدة و${nf.format(data.sentenceCount)} جملة في ${formatMs(data.times.total)} ملّي ثانية.`,
      'ready',
    );
  }
  countRun();
}

// ---------------------------------------------------------------- wiring

ui.text.addEventListener('input', () => scheduleAnalysis());
controlsForm.addEventListener('input', () => {
  syncControls();
  scheduleAnalysis(0);
});
controlsForm.addEventListener('change', () => {
  syncControls();
  scheduleAnalysis(0);
});
controlsForm.addEventListener('submit', (e) => e.preventDefault());
for (const button of ui.samples) {
  button.addEventListener('click', () => {
    ui.text.value = SAMPLES[button.dataset.sample];
    setStatus(`حُمّل النص النموذجي: ${button.textContent}.`);
    scheduleAnalysis(0);
    ui.text.focus();
  });
}
listenForFiles(() => scheduleAnalysis(0));

async function main() {
  setPageState('loading');
  resetRuns();
  ui.text.value = SAMPLES.article;
  syncControls();
  renderLegend({});
  try {
    const mod = await import('../pkg/index.js');
    await mod.default();
    state.lib = mod;
    ui.version.textContent = String(mod.version);
  } catch (err) {
    console.error(err);
    setStatus(`تعذّر تحميل المكتبة: ${err.message}`, 'error');
    return;
  }
  await analyse();
  warmUpWorker();
}

main();
