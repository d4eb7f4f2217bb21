// Shared by the search-library adapters: the options are checked when the adapter is made
// (analyze() checks them again on each call, with its own messages).
import { analyze } from "#tahlil";

/** Throws analyze()'s TypeError/RangeError, renamed for `func`, when `options` is invalid. */
export function checkAnalyzeOptions(func, options) {
  try {
    analyze("", options);
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError) {
      throw new error.constructor(error.message.replace(/^analyze:/, `${func}:`));
    }
    throw error;
  }
}
