// The "sentences" panel (الجمل): the text's sentences, numbered.
//
// Element data attributes: #sentences li data-i (the sentence's index).

import { $, h, nf } from '../dom.js';

const ui = {
  sentences: $('sentences'),
  sentencesNote: $('sentences-note'),
};

export function renderSentences(data) {
  ui.sentences.replaceChildren(...data.sentences.map((s, i) => h('li', { dataset: { i: String(i) } }, h('bdi', {}, s.text))));
  const more = data.sentenceCount - data.sentences.length;
  ui.sentencesNote.hidden = more <= 0;
  if (more > 0) ui.sentencesNote.textContent = `عُرضت أول ${nf.format(data.sentences.length)} جملة من ${nf.format(data.sentenceCount)}.`;
}

/** Empties the panel (no text). */
export function clearSentences() {
  ui.sentences.replaceChildren();
  ui.sentencesNote.hidden = true;
}
