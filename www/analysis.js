// One analysis of the text: every step the panels show, each timed, on the main thread or —
// for long texts — in the background worker (worker-bridge.js).

import { state } from './state.js';
import { callInWorker, superseded } from './worker-bridge.js';
import { summaryOptions } from './options.js';
import { buildSearchIndex } from './search-index.js';

/** Characters; above this the analysis runs in the worker. */
export const LARGE_TEXT = 20_000;
const MAX_TOKENS_SHOWN = 4_000; // token spans rendered in the token view
const MAX_SENTENCES_SHOWN = 500;
const KEYWORD_LIMIT = 15;

/** Where `text` is analysed: "worker" for long texts, else "main". */
export const engineFor = (text) => (text.length > LARGE_TEXT ? 'worker' : 'main');

/**
 * `call(name, ...args)` for an engine. The worker runs one call at a time; a newer analysis
 * (`isCurrent()` false) stops this one between calls.
 */
export function callerFor(engine, isCurrent = () => true) {
  if (engine === 'worker') {
    return (name, ...args) => {
      if (!isCurrent()) throw superseded();
      return callInWorker(name, ...args);
    };
  }
  return async (name, ...args) => state.lib[name](...args);
}

function kindCountsOf(tokens) {
  const counts = {};
  for (const t of tokens) counts[t.kind] = (counts[t.kind] ?? 0) + 1;
  return counts;
}

/**
 * The analysis steps, each timed, through `call(name, ...args)`: the module on this thread,
 * or the package's worker (kept alive: starting it again would fail offline). Times through
 * the worker include the trip there and back.
 */
export async function runSteps(engine, text, opts, call) {
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
  // The search panel's index: the text's search terms, once per text (a query only adds its own).
  const terms = await step('analyze', text);
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
    search: buildSearchIndex(text, sentences, terms),
  };
}
