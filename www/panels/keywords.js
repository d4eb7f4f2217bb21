// The "keywords" panel (الكلمات المفتاحية): key terms with their occurrence counts.

import { $, h, msf, nf } from '../dom.js';

const list = $('keywords');

export function renderKeywords(keywords) {
  list.replaceChildren(
    ...keywords.map((k) =>
      h(
        'li',
        { title: `الدرجة ${msf.format(k.score)}` },
        h('bdi', { class: 'kw' }, k.text),
        ' ',
        h('span', { class: 'count', 'aria-label': `تكررت ${nf.format(k.count)} مرة` }, `×${nf.format(k.count)}`),
      ),
    ),
  );
}

/** Empties the panel (no text). */
export function clearKeywords() {
  list.replaceChildren();
}
