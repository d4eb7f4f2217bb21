// The analysis functions the worker runs and its client exposes (one list for both sides).
export const FUNCTIONS = Object.freeze([
  "tokenize",
  "tokenOffsets",
  "splitSentences",
  "sentenceOffsets",
  "normalize",
  "summarize",
  "keywords",
  "extractArticle",
  "analyze",
  "analyzeTerms",
  "highlight",
]);
