// Timings as this browser's clock can measure them.

/**
 * The smallest step of this browser's clock, in ms: about 0.1 in Chromium, 1 in Firefox
 * (browsers coarsen `performance.now()` against timing attacks). Timings show what it can
 * measure: no more decimals than the step has, and "أقل من step" (less than) for what it
 * cannot see.
 */
export const clockStep = (() => {
  let step = Infinity;
  const until = performance.now() + 20;
  for (let last = performance.now(), now = last, seen = 0; seen < 5 && now < until; ) {
    now = performance.now();
    if (now > last) {
      step = Math.min(step, now - last);
      last = now;
      seen += 1;
    }
  }
  return Number.isFinite(step) ? step : 1;
})();
export const timef = new Intl.NumberFormat('ar-EG', { maximumFractionDigits: clockStep >= 1 ? 0 : clockStep >= 0.1 ? 1 : 2 });
export const formatMs = (ms) => (ms < clockStep ? `أقل من ${timef.format(Math.max(clockStep, 0.01))}` : timef.format(ms));
