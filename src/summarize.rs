//! Extractive summaries: pick the most important sentences of a text and return them in
//! document order.
//!
//! # Scoring
//! Sentences are those of [`crate::sentences::split`]; terms are the content terms of
//! `terms.rs` (library tokenizer → clitic segmentation → stop words removed → light stem,
//! see [`crate::stem`]). With `N` sentences, `tf(t)` the count of term `t` in the text and
//! `sf(t)` the number of sentences containing it:
//!
//! * term weight `isf(t) = ln((N + 1) / sf(t)) + 1` (inverse sentence frequency);
//! * the centroid of the text gives each term the weight `c(t) = tf(t) · isf(t)`;
//! * content of sentence `i`: `sim(i) = Σ_t count_i(t) · c(t)`, the sum of the centroid
//!   weights of its term occurrences (the centroid value of centroid-based summarizers), so
//!   a sentence scores high when it holds many of the text's central terms;
//! * position prior `1 / (1 + i)^a` with `a = 1` (`i` counts from 0): early sentences of
//!   news and encyclopedia text carry the main facts;
//! * length factor `w(i)^b` with `b = 0.75`, `w(i)` the sentence's word count (all words,
//!   stop words included): long sentences carry more content per pick. `sim` already grows
//!   with the number of content words; `b` adds a milder preference for full sentences.
//!
//! `raw(i) = sim(i) · w(i)^b / (1 + i)^a`, and the reported score is `raw(i) / max raw`,
//! so the best sentence scores 1 and every score is in `[0, 1]`. When no sentence holds a
//! content term (no Arabic, only stop words…), `sim` is taken as 1 for every sentence, so
//! the choice falls back to position and length. Cost is linear in the text's length plus
//! `N log N` for ranking: no sentence-by-sentence similarity matrix.
//!
//! # Length
//! * `Sentences(n)`: the `n` best sentences (all of them when `n ≥ N`).
//! * `Ratio(r)`: `n = ceil(r · N)` sentences — rounding up, so any positive ratio keeps at
//!   least one sentence. `r` is clamped to `[0, 1]`; `r ≤ 0` or NaN gives an empty summary.
//!   The length factor favours long sentences, so the summary usually holds more than `r` of
//!   the words (about half of them at 0.33 on EASC); a share of the words was measured and
//!   kept out (`docs/accuracy-summarize.md`): use `MaxWords` for a hard limit.
//! * `MaxWords(m)`: sentences are taken best first, each one only if the words taken so far
//!   plus its own stay within `m` (a sentence that does not fit is skipped and the next best
//!   is tried), so the summary never exceeds `m` words and may be empty.
//! * Default: `Ratio(0.33)`, the setting the accuracy report measures.
//!
//! Ties in score are broken by the earlier sentence, so the output is deterministic.

use crate::article::Span;
use crate::keywords::{Keyword, keywords_from};
use crate::terms::{Analysis, TITLE_UNIT, analyze_units, page_units};

/// How long the summary is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SummaryLength {
    /// This many sentences.
    Sentences(usize),
    /// This share of the text's sentences, rounded up (`ceil(r · N)`).
    Ratio(f64),
    /// At most this many words.
    MaxWords(usize),
}

/// The default ratio: a third of the sentences.
pub const DEFAULT_RATIO: f64 = 0.33;
/// The default number of keywords returned with a summary.
pub const DEFAULT_KEYWORD_LIMIT: usize = 10;

impl Default for SummaryLength {
    fn default() -> Self {
        SummaryLength::Ratio(DEFAULT_RATIO)
    }
}

/// Options of [`summarize`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SummaryOptions {
    /// How long the summary is.
    pub length: SummaryLength,
    /// How many keywords to return with the summary (0 for none).
    pub keyword_limit: usize,
    /// Find the article first ([`crate::article::extract_article`]): only the parts of
    /// sentences inside its paragraphs are candidates and count in the term statistics;
    /// `false` reads every sentence of the text. Default `true`.
    pub extract: bool,
}

impl Default for SummaryOptions {
    fn default() -> Self {
        SummaryOptions {
            length: SummaryLength::default(),
            keyword_limit: DEFAULT_KEYWORD_LIMIT,
            extract: true,
        }
    }
}

/// One sentence of a summary.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScoredSentence {
    /// Byte span in the input: a sentence of [`crate::sentences::split`], or with extraction
    /// its part inside one of the article's paragraphs.
    pub start: usize,
    /// End of the span (exclusive).
    pub end: usize,
    /// Position among the sentences of [`crate::sentences::split`].
    pub index: usize,
    /// Importance in `[0, 1]`; the best sentence of the text has 1.
    pub score: f64,
}

/// A summary: the chosen sentences in document order, the text's keywords, and the
/// article's headline.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Summary {
    /// The chosen sentences, in document order; no two have the same folded text.
    pub sentences: Vec<ScoredSentence>,
    /// The keywords of the article (the headline counted once), best first.
    pub keywords: Vec<Keyword>,
    /// The article's headline ([`crate::article::extract_article`]), when extraction is on
    /// and finds the article.
    pub title: Option<Span>,
}

/// The two exponents of the scoring formula. Exposed for the accuracy report's
/// sensitivity study only; [`summarize`] uses [`Tuning::default`].
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tuning {
    /// `a` in the position prior `1 / (1 + i)^a`.
    pub position_exponent: f64,
    /// `b` in the length factor `w(i)^b`.
    pub length_exponent: f64,
    /// Use the centroid term `sim(i)`; `false` ranks by position and length only (ablation).
    pub content: bool,
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning { position_exponent: 1.0, length_exponent: 0.75, content: true }
    }
}

/// Summarize `text`. Total: any text and any options give a valid summary (possibly empty).
pub fn summarize(text: &str, options: &SummaryOptions) -> Summary {
    summarize_tuned(text, options, &Tuning::default())
}

/// [`summarize`] with explicit exponents (for the sensitivity study).
#[doc(hidden)]
pub fn summarize_tuned(text: &str, options: &SummaryOptions, tuning: &Tuning) -> Summary {
    let page = page_units(text, options.extract, true);
    let analysis = analyze_units(text, page.units);
    let scored = score(&analysis, &page.source, tuning);
    let words: Vec<usize> =
        page.source.iter().zip(&analysis.words).filter(|(s, _)| **s != TITLE_UNIT).map(|(_, &w)| w).collect();
    let sentences = select(&scored, &words, options.length);
    let keywords = keywords_from(text, &analysis, options.keyword_limit);
    Summary { sentences, keywords, title: page.title }
}

/// Every candidate sentence of `text` with its score, in document order, as [`summarize`]
/// with its default options reads them (the article's sentences).
pub fn sentence_scores(text: &str) -> Vec<ScoredSentence> {
    candidate_scores(text, true)
}

/// Every candidate sentence of `text` with its score, in document order: with `extract`, the
/// article's sentences (parts of sentences cut at the page chrome) without repeats; without,
/// every sentence of [`crate::sentences::split`] without repeats.
pub fn candidate_scores(text: &str, extract: bool) -> Vec<ScoredSentence> {
    let page = page_units(text, extract, true);
    score(&analyze_units(text, page.units), &page.source, &Tuning::default())
}

fn finite_or(x: f64, fallback: f64) -> f64 {
    if x.is_finite() { x } else { fallback }
}

/// Scores the candidate units of `a`: all but the headline's unit (`source` says which is
/// which), whose terms count for the keywords only.
fn score(a: &Analysis, source: &[usize], tuning: &Tuning) -> Vec<ScoredSentence> {
    // Position of each unit among the candidates (None for the headline).
    let mut position = Vec::with_capacity(source.len());
    let mut n = 0usize;
    for &s in source {
        position.push((s != TITLE_UNIT).then(|| {
            n += 1;
            n - 1
        }));
    }
    if n == 0 {
        return Vec::new();
    }
    let candidate = |o: &&crate::terms::Occurrence| position.get(o.sentence as usize).copied().flatten();
    let mut tf = vec![0u32; a.n_terms];
    let mut sf = vec![0u32; a.n_terms];
    let mut last_sentence = vec![u32::MAX; a.n_terms];
    for o in a.occurrences.iter().filter(|o| candidate(o).is_some()) {
        let t = o.term as usize;
        tf[t] += 1;
        if last_sentence[t] != o.sentence {
            last_sentence[t] = o.sentence;
            sf[t] += 1;
        }
    }
    // Centroid weight of t, added once per occurrence: c(t) = tf(t) · isf(t).
    let centroid: Vec<f64> = (0..a.n_terms)
        .map(|t| {
            let isf = ((n as f64 + 1.0) / f64::from(sf[t].max(1))).ln() + 1.0;
            f64::from(tf[t]) * isf
        })
        .collect();
    let mut sim = vec![0f64; n];
    for o in &a.occurrences {
        if let Some(i) = candidate(&o) {
            sim[i] += centroid[o.term as usize];
        }
    }
    let pos_exp = finite_or(tuning.position_exponent, 1.0);
    let len_exp = finite_or(tuning.length_exponent, 0.75);
    let any_content = tuning.content && sim.iter().any(|&s| s > 0.0);
    let units: Vec<usize> = (0..source.len()).filter(|&u| source[u] != TITLE_UNIT).collect();
    let raw: Vec<f64> = units
        .iter()
        .enumerate()
        .map(|(i, &u)| {
            let content = if any_content { sim[i] } else { 1.0 };
            let length = (a.words[u] as f64).powf(len_exp);
            let prior = (1.0 + i as f64).powf(-pos_exp);
            finite_or(content * length * prior, 0.0).max(0.0)
        })
        .collect();
    let max = raw.iter().copied().fold(0.0, f64::max);
    units
        .iter()
        .zip(&raw)
        .map(|(&u, &r)| ScoredSentence {
            start: a.sentences[u].start,
            end: a.sentences[u].end,
            index: source[u],
            score: if max > 0.0 { (r / max).clamp(0.0, 1.0) } else { 0.0 },
        })
        .collect()
}

/// How many sentences `Ratio(r)` keeps out of `n`: `ceil(r · n)`, with `r` clamped to
/// `[0, 1]` (NaN counts as 0); any positive ratio keeps at least one sentence.
pub fn ratio_count(ratio: f64, n: usize) -> usize {
    let r = if ratio.is_nan() { 0.0 } else { ratio.clamp(0.0, 1.0) };
    if r <= 0.0 || n == 0 {
        return 0;
    }
    // Subtract a hair so that a product like 0.29 · 100 = 29.000000000000004 still gives 29.
    let k = (r * n as f64 - 1e-9).ceil().max(1.0);
    (k as usize).min(n)
}

fn select(scored: &[ScoredSentence], words: &[usize], length: SummaryLength) -> Vec<ScoredSentence> {
    let n = scored.len();
    let mut order: Vec<usize> = (0..n).collect();
    crate::order::sort_indices(&mut order, &mut |x, y| {
        scored[y].score.total_cmp(&scored[x].score).then(x.cmp(&y))
    });
    let mut chosen: Vec<usize> = match length {
        SummaryLength::Sentences(k) => order.into_iter().take(k.min(n)).collect(),
        SummaryLength::Ratio(r) => order.into_iter().take(ratio_count(r, n)).collect(),
        SummaryLength::MaxWords(budget) => {
            let mut used = 0usize;
            order
                .into_iter()
                .filter(|&i| {
                    let w = words.get(i).copied().unwrap_or(0);
                    if used.saturating_add(w) <= budget {
                        used += w;
                        true
                    } else {
                        false
                    }
                })
                .collect()
        }
    };
    crate::order::sort_indices(&mut chosen, &mut |x, y| x.cmp(&y));
    chosen.into_iter().map(|i| scored[i]).collect()
}

/// What the scorer reads of each candidate unit, for the accuracy experiments
/// (`examples/sum_features.rs`); not part of the API.
#[doc(hidden)]
#[derive(Clone, Debug, Default)]
pub struct UnitFeatures {
    /// Byte span of each candidate unit (the headline excluded), in order.
    pub spans: Vec<(usize, usize)>,
    /// Index among the sentences of [`crate::sentences::split`].
    pub source: Vec<usize>,
    /// Word count of each unit.
    pub words: Vec<usize>,
    /// Term ids of each unit's content-term occurrences, in order.
    pub terms: Vec<Vec<u32>>,
    /// Term ids of the headline, when one is found.
    pub title_terms: Vec<u32>,
    /// Per term id: a word of `data/keywords/ar-not-keywords.txt` (verbs of saying, light verbs).
    pub saying: Vec<bool>,
}

#[doc(hidden)]
pub fn unit_features(text: &str, extract: bool) -> UnitFeatures {
    let page = page_units(text, extract, true);
    let a = analyze_units(text, page.units);
    let mut f = UnitFeatures { saying: a.not_keyword.clone(), ..UnitFeatures::default() };
    let mut slot = vec![usize::MAX; page.source.len()];
    for (u, &s) in page.source.iter().enumerate() {
        if s != TITLE_UNIT {
            slot[u] = f.spans.len();
            f.spans.push((a.sentences[u].start, a.sentences[u].end));
            f.source.push(s);
            f.words.push(a.words[u]);
            f.terms.push(Vec::new());
        }
    }
    for o in &a.occurrences {
        match slot.get(o.sentence as usize) {
            Some(&i) if i != usize::MAX => f.terms[i].push(o.term),
            Some(_) => f.title_terms.push(o.term),
            None => {}
        }
    }
    f
}
