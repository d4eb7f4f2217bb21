// Copying text to the clipboard, with a fallback for pages without the Clipboard API.

import { $ } from './dom.js';

const fallbackArea = $('clipboard-fallback');

/** Copies `text`; resolves to whether it worked. */
export async function copyText(text) {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const active = document.activeElement;
    fallbackArea.value = text;
    fallbackArea.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    fallbackArea.value = '';
    active?.focus?.();
    return ok;
  }
}
