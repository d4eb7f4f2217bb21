// The analysis options, as read from the controls form (summary length, article only, clitic
// scheme, normalization switches).

import { $, nf } from './dom.js';

const ui = {
  controls: $('controls'),
  ratio: $('ratio'),
  ratioOut: $('ratio-out'),
  count: $('count'),
  extract: $('extract'),
  clitics: $('clitics'),
  preset: $('n-preset'),
  normBoxes: [...document.querySelectorAll('#norm-fields input[data-opt]')],
};

export const controlsForm = ui.controls;

/** The chosen clitic scheme ("none", "ud", "all"). */
export const cliticScheme = () => ui.clitics.value;

export function readOptions() {
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
    extract: ui.extract.checked, // summary and keywords from the article only
  };
}

export function summaryOptions(opts, sentenceCount) {
  const { extract } = opts;
  if (opts.summaryMode === 'sentences') {
    return { sentences: Math.max(1, Math.min(opts.count, sentenceCount || 1)), extract };
  }
  return { ratio: Math.min(1, Math.max(0.01, opts.ratio)), extract };
}

/** Enables the inputs that apply to the chosen modes, and shows the ratio. */
export function syncControls() {
  const count = ui.controls.elements.lenMode.value === 'sentences';
  ui.count.disabled = !count;
  ui.ratio.disabled = count;
  ui.ratioOut.textContent = `${nf.format(Number(ui.ratio.value))}٪`;
  for (const box of ui.normBoxes) box.disabled = ui.preset.checked;
}
