// The page's shared state: the loaded module, the analysis counter that drops stale results,
// and the status line.
//
// Test hooks written here, on `document.body.dataset` (the browser tests wait on them):
//   state  — "loading" (module loading), "busy" (an analysis is running), "ready", "error"
//   runs   — how many analyses have finished (rendered or failed); tests wait for it to grow
//   worker — "ready" once the background worker has loaded its module, "failed" if it cannot
// Each panel module lists the hooks it writes at its top.

import { $ } from './dom.js';

export const state = {
  /** The tahlil module on this thread, once loaded. */
  lib: null,
  /** Increments per analysis; a result whose id is no longer current is dropped. */
  runId: 0,
};

const statusLine = $('status');

/** Shows `message` in the status line and, when given, sets the `state` hook. */
export function setStatus(message, pageState) {
  statusLine.textContent = message;
  if (pageState) setPageState(pageState);
}

export function setPageState(pageState) {
  // Test hook `state`: loading / busy / ready / error.
  document.body.dataset.state = pageState;
}

/** Counts one more finished analysis (rendered or failed). */
export function countRun() {
  // Test hook `runs`: analyses finished; tests wait for it to grow past a known value.
  const d = document.body.dataset;
  d.runs = String(Number(d.runs ?? 0) + 1);
}

export function resetRuns() {
  // Test hook `runs` starts at 0, before the first analysis.
  document.body.dataset.runs = '0';
}

export function setWorkerState(workerState) {
  // Test hook `worker`: "ready" once the worker loaded its module (the offline test needs it), or "failed".
  document.body.dataset.worker = workerState;
}
