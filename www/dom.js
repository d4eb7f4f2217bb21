// DOM and number helpers shared by the demo's modules (app.js, reader.js).
//
// Safety rule: user text only ever reaches the DOM through textContent / createTextNode /
// attribute setters (see `h()`). Never innerHTML.

export const $ = (id) => document.getElementById(id);

/** Arabic-Indic figures, as everywhere on the page. */
export const nf = new Intl.NumberFormat('ar-EG');
export const msf = new Intl.NumberFormat('ar-EG', { maximumFractionDigits: 2, minimumFractionDigits: 2 });

/** Create an element. Children are nodes or strings (strings become text nodes). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}
