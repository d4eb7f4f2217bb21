// The bridge to the background worker: the package's own worker client (tahlil/worker), which
// runs the same functions off the main thread and returns promises. Long texts are analysed
// there so that typing never stalls.

import { createWorker } from '../pkg/worker-client.js';
import { setWorkerState } from './state.js';

let worker = null;

/** The worker, started on first use and kept alive: starting it again would fail offline. */
function getWorker() {
  worker ??= createWorker();
  return worker;
}

/** Calls the tahlil function `name` in the worker. */
export function callInWorker(name, ...args) {
  return getWorker()[name](...args);
}

/** Thrown between steps when a newer analysis has started; never shown. */
export const superseded = () => Object.assign(new Error('superseded'), { superseded: true });

/**
 * Loads the worker (and its copy of the module) while the page is idle, so that long texts
 * still work once the page is offline.
 */
export function warmUpWorker() {
  const warm = () =>
    getWorker()
      .ready()
      .then(
        () => {
          setWorkerState('ready');
        },
        (err) => {
          console.warn('worker', err);
          setWorkerState('failed');
        },
      );
  if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 2000 });
  else setTimeout(warm, 500);
}
