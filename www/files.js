// Opening a text file into the text area: the file picker, and drag and drop onto it.

import { $, nf } from './dom.js';
import { setStatus } from './state.js';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

const ui = {
  text: $('text'),
  file: $('file'),
  dropzone: $('dropzone'),
};

async function decodeFile(file) {
  const buf = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    // Older Arabic .txt files are often Windows-1256.
    return new TextDecoder('windows-1256').decode(buf);
  }
}

/** Listens to the file picker and to drops; calls `onOpened()` once a file is in the text area. */
export function listenForFiles(onOpened) {
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
      onOpened();
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
}
