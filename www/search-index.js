// The search panel's index: the text cut into paragraphs (its sentences when it is one
// paragraph), each with the search terms `analyze` found in it, and a simple ranking.
// No search library: the terms already do the hard part (folding, clitics, stems, roots).

/** The weight of a query term matched as a word's stem, and as a related word's root. */
const KIND_WEIGHTS = { stem: 1, root: 0.5 };

const keyOf = (t) => `${t.kind}:${t.term}`;

/**
 * What a query is run against: every non-empty line of `text` (the samples and pasted pages
 * put one paragraph per line), or, when there is just one line, the text's `sentences`.
 */
function documentsOf(text, sentences) {
  const lines = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    lines.push({ start, end: start + body.length });
  }
  const unit = lines.length > 1 ? 'paragraph' : 'sentence';
  const spans = unit === 'paragraph' ? lines : sentences;
  const documents = spans.map(({ start, end }, index) => ({
    index,
    start,
    end,
    text: text.slice(start, end),
    terms: new Map(), // "kind:term" → occurrences in this document
  }));
  return { unit, documents };
}

/**
 * The index of `text`, from `terms`, what `analyze(text)` returned (in text order), and
 * `sentences`, what `splitSentences(text)` returned.
 */
export function buildSearchIndex(text, sentences, terms) {
  const { unit, documents } = documentsOf(text, sentences);
  const documentFrequency = new Map(); // "kind:term" → documents holding it
  let d = 0;
  for (const t of terms) {
    while (d < documents.length && documents[d].end <= t.start) d += 1;
    if (d === documents.length) break;
    const doc = documents[d];
    if (t.start < doc.start) continue; // outside every document (whitespace only: never)
    const key = keyOf(t);
    const tf = doc.terms.get(key) ?? 0;
    if (tf === 0) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
    doc.terms.set(key, tf + 1);
  }
  return { unit, documents, documentFrequency };
}

/** An index of no text. */
export const EMPTY_INDEX = { unit: 'paragraph', documents: [], documentFrequency: new Map() };

/**
 * The documents that hold a term of `queryTerms` (what `analyze(query)` returned), best first:
 * each distinct query term found adds its kind's weight × its rarity, ln(1 + N / df), × (1 +
 * ln tf). A word typed as in the text matches on both its stem and root terms, so it ranks
 * above a word that only shares the root; several query words found rank above one found
 * often. Ties keep text order.
 */
export function rankDocuments(index, queryTerms) {
  const keys = [...new Map(queryTerms.map((t) => [keyOf(t), t.kind])).entries()];
  const n = index.documents.length;
  const hits = [];
  for (const doc of index.documents) {
    let score = 0;
    for (const [key, kind] of keys) {
      const tf = doc.terms.get(key);
      if (!tf) continue;
      const idf = Math.log(1 + n / index.documentFrequency.get(key));
      score += (KIND_WEIGHTS[kind] ?? KIND_WEIGHTS.root) * idf * (1 + Math.log(tf));
    }
    if (score > 0) hits.push({ doc, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.doc.index - b.doc.index);
}
