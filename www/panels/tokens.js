// The "tokens" panel (الوحدات): the text as tokens coloured by kind, with clitic segments, a
// legend with counts, and the details of the token under the pointer or the keyboard focus.
//
// Element data attributes the browser tests read:
//   #tokens .tok    data-i (index among the shown tokens), data-kind, data-norm
//   .tok .seg       data-role, data-form (a clitic segment)
//   #tokens         data-segmented (how many shown tokens split into segments)

import { $, h, nf } from '../dom.js';
import { cliticScheme } from '../options.js';

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

const ui = {
  tokens: $('tokens'),
  tokensNote: $('tokens-note'),
  legend: $('legend'),
  details: $('details'),
};

let shownTokens = []; // tokens currently rendered (for the details panel)

/** The colour legend, with the count of each kind (`{}`: no counts). */
export function renderLegend(counts) {
  ui.legend.replaceChildren(
    ...Object.entries(KINDS).map(([kind, label]) =>
      h(
        'li',
        {},
        h('span', { class: `swatch k-${kind}`, 'aria-hidden': 'true' }),
        `${label} `,
        h('span', { class: 'count' }, `(${nf.format(counts[kind] ?? 0)})`),
      ),
    ),
  );
}

function tokenTitle(t) {
  let s = `${KINDS[t.kind] ?? t.kind} — المطبَّع: ${t.norm}`;
  if (t.segments) s += ` — المقاطع: ${t.segments.map((g) => g.text).join(' + ')}`;
  return s;
}

export function renderTokens(text, data) {
  const frag = document.createDocumentFragment();
  let pos = 0;
  shownTokens = data.tokens;
  data.tokens.forEach((t, i) => {
    if (t.start > pos) frag.append(text.slice(pos, t.start));
    const el = h('span', {
      class: `tok k-${t.kind}${t.segments ? ' has-segs' : ''}`,
      tabindex: i === 0 ? '0' : '-1',
      title: tokenTitle(t),
      // data-i, data-kind, data-norm: read by the details panel and the browser tests.
      dataset: { i: String(i), kind: t.kind, norm: t.norm },
    });
    if (t.segments) {
      for (const g of t.segments) {
        // data-role, data-form: the segment's role and underlying form (tests count segments).
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
    ui.tokensNote.textContent = `عُرضت أول ${nf.format(data.tokens.length)} وحدة من ${nf.format(data.tokenCount)}؛ الإحصاءات تشمل النص كله.`;
  }
  // data-segmented on #tokens: how many shown tokens split into segments.
  ui.tokens.dataset.segmented = String(data.tokens.filter((t) => t.segments).length);
  clearDetails();
}

/** Empties the panel (no text). */
export function clearTokens() {
  renderLegend({});
  ui.tokens.replaceChildren();
  ui.tokensNote.hidden = true;
  shownTokens = [];
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
      h(
        'table',
        { class: 'segs' },
        h('caption', {}, 'المقاطع (السوابق والجذع واللواحق)'),
        h(
          'thead',
          {},
          h('tr', {}, h('th', { scope: 'col' }, 'المقطع'), h('th', { scope: 'col' }, 'الدور'), h('th', { scope: 'col' }, 'الشكل الأصلي')),
        ),
        h(
          'tbody',
          {},
          ...t.segments.map((g) =>
            h('tr', {}, h('td', {}, h('bdi', {}, g.text)), h('td', {}, ROLES[g.role] ?? g.role), h('td', {}, h('bdi', {}, g.form))),
          ),
        ),
      ),
    );
  } else if (cliticScheme() !== 'none' && t.kind === 'word') {
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
