//! Shared text analysis for `summarize` and `keywords`: sentences, word counts and the
//! content-term occurrences of a text, in one pass over the library's own tokenizer.
//!
//! A token becomes a term occurrence when all of these hold:
//! * it is a `Word` token;
//! * neither the token nor its stem segment (after clitic segmentation with
//!   [`CliticScheme::All`]) nor its light stem is a stop word ([`crate::stopwords`]), alone
//!   or after one leading conjunction و or ف;
//! * its term key — [`crate::stem::stem`] of the stem segment's underlying form (or of the
//!   whole token when the segmenter leaves it whole) — has at least two letters.
//!
//! So والحكومة، الحكومة، حكومتها share one key. Words (for lengths and budgets) are the
//! `Word`, `Number`, `Url`, `Email`, `Hashtag` and `Mention` tokens.
//!
//! Term ids are given in order of first occurrence, so nothing depends on hash order.

use crate::article::{Article, Span, extract_article};
use crate::chars::is_letter_or_digit;
use crate::clitics::{CliticScheme, SegmentRole, segment_word};
use crate::lexicon;
use crate::normalize::{NormalizeOptions, normalize, normalize_into};
use crate::sentences::{Sentence, split};
use crate::stem::stem;
use crate::stopwords::is_stop_word_folded;
use crate::tokenize::{TokenKind, tokens};
use std::collections::{HashMap, HashSet};

/// One content-term occurrence.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Occurrence {
    /// Term id (dense, in order of first occurrence).
    pub term: u32,
    /// Index of the sentence holding the token.
    pub sentence: u32,
    /// Byte span of the whole token.
    pub start: usize,
    pub end: usize,
    /// Index into [`Analysis::short_forms`] of the token's readable form without leading
    /// conjunction, preposition and future clitics, or [`NO_SHORT_FORM`] when it has none.
    pub short: u32,
    /// The token just before this one, in the same sentence, is also a term occurrence
    /// (no stop word, punctuation or sentence boundary between them).
    pub adjacent: bool,
}

pub(crate) struct Analysis {
    pub sentences: Vec<Sentence>,
    /// Word count of each sentence.
    pub words: Vec<usize>,
    /// Term occurrences in text order.
    pub occurrences: Vec<Occurrence>,
    /// Number of distinct terms.
    pub n_terms: usize,
    /// Per term: a word news repeats in every story but never its topic (verbs of saying;
    /// `data/keywords/ar-not-keywords.txt`): keywords leave it out.
    pub not_keyword: Vec<bool>,
    /// Readable forms of words without their leading clitics (والحكومة → الحكومة,
    /// للموضة → الموضة: the article's alef, elided after ل, is restored).
    pub short_forms: Vec<String>,
}

pub(crate) const NO_SHORT_FORM: u32 = u32::MAX;

/// Words that are never keywords (`data/keywords/ar-not-keywords.txt`, its entries packed at
/// compile time by `word_list!`: one per line, the comments left out).
const NOT_KEYWORDS: &str = word_list!("../data/keywords/ar-not-keywords.txt");

/// Whether `key` is the light stem of a word of [`NOT_KEYWORDS`].
fn is_not_keyword(key: &str) -> bool {
    static STEMS: std::sync::OnceLock<HashSet<String>> = std::sync::OnceLock::new();
    STEMS.get_or_init(|| NOT_KEYWORDS.lines().map(stem).collect()).contains(key)
}

/// What a distinct surface word contributes: its term id and short-form id, or nothing.
type WordInfo = Option<(u32, u32)>;

/// A folded word is a stop word, alone or after one leading conjunction و or ف (ولكن، فإن),
/// which the clitic segmenter may leave attached.
fn is_stop_word(folded: &str) -> bool {
    is_stop_word_folded(folded)
        || folded.strip_prefix(['و', 'ف']).is_some_and(|rest| !rest.is_empty() && is_stop_word_folded(rest))
}

/// Term key and short form (see [`Analysis::short_forms`]) of one word, or `None` for stop
/// words and words too short to mean anything on their own.
fn word_term(word: &str, opts: &NormalizeOptions) -> Option<(String, Option<String>)> {
    let folded = normalize(word, opts);
    if is_stop_word(&folded) {
        return None;
    }
    let (base, short) = match segment_word(word, CliticScheme::All) {
        Some(segs) => {
            let base = segs.iter().find(|s| s.role == SegmentRole::Stem).map_or_else(
                || word.to_string(),
                |s| {
                    // A ت restored to ة before a pronoun makes a noun (مدرستها → مدرسة); when
                    // the stem as written is itself a word, it is a verb with its subject
                    // (نقلته = نقلت + ه), and the key is the verb's, not the noun نقلة's.
                    let written =
                        normalize(word.get(s.start..s.end).unwrap_or(""), &NormalizeOptions::default());
                    if s.form.ends_with('ة') && written.ends_with('ت') && lexicon::contains(&written) {
                        written
                    } else {
                        s.form.clone()
                    }
                },
            );
            let kept = segs.iter().find(|s| {
                !matches!(s.role, SegmentRole::Conjunction | SegmentRole::Preposition | SegmentRole::Future)
            });
            let short = kept.and_then(|k| {
                if k.start == 0 {
                    return None;
                }
                if k.role == SegmentRole::Article {
                    word.get(k.end..).map(|rest| format!("{}{rest}", k.form))
                } else {
                    word.get(k.start..).map(str::to_string)
                }
            });
            (base, short.filter(|s| !s.is_empty()))
        }
        None => (word.to_string(), None),
    };
    if is_stop_word(&normalize(&base, opts)) {
        return None;
    }
    let key = stem(&base);
    if key.chars().filter(|c| c.is_alphabetic()).count() < 2 || is_stop_word(&key) {
        return None;
    }
    Some((key, short))
}

/// What a summary or keyword list of a page reads: its units (see [`analyze_units`]), for
/// each the index of the sentence of [`split`] it comes from, and the page's headline.
pub(crate) struct PageUnits {
    pub units: Vec<Sentence>,
    /// `source[i]`: index among `split(text)` of the sentence unit `i` comes from
    /// ([`TITLE_UNIT`] for the headline).
    pub source: Vec<usize>,
    /// The headline found by [`extract_article`], when extraction is on and found paragraphs.
    pub title: Option<Span>,
}

/// The `source` of the headline's unit.
pub(crate) const TITLE_UNIT: usize = usize::MAX;

/// The units of `text`: with `extract`, the parts of its sentences that lie in the article's
/// paragraphs ([`extract_article`]; every sentence when it finds none), else every sentence.
/// A unit whose folded text equals an earlier unit's is dropped: repeats count for nothing.
/// With `with_title`, the headline comes first as a unit of its own (keywords count it once).
pub(crate) fn page_units(text: &str, extract: bool, with_title: bool) -> PageUnits {
    let sentences = split(text);
    let article = if extract { extract_article(text) } else { Article::default() };
    let mut units = Vec::with_capacity(sentences.len() + 1);
    let mut source = Vec::with_capacity(sentences.len() + 1);
    let mut title = None;
    if article.paragraphs.is_empty() {
        units.extend(sentences.iter().copied());
        source.extend(0..sentences.len());
    } else {
        title = article.title;
        // What is not article: the headline and the boilerplate, in order.
        let mut outside: Vec<Span> =
            article.boilerplate.iter().map(|b| Span { start: b.start, end: b.end }).collect();
        if let Some(t) = article.title {
            outside.insert(outside.partition_point(|s| s.start < t.start), t);
        }
        // Sentences, paragraphs and the rest are all in order: one pass over the three. A
        // sentence that touches no chrome stays whole even when it runs over two paragraphs;
        // one that does is cut to its parts inside paragraphs.
        let (mut p, mut o) = (0, 0);
        for (i, s) in sentences.iter().enumerate() {
            while p < article.paragraphs.len() && article.paragraphs[p].end <= s.start {
                p += 1;
            }
            while o < outside.len() && outside[o].end <= s.start {
                o += 1;
            }
            let touches_chrome = outside.get(o).is_some_and(|x| x.start < s.end);
            if !touches_chrome {
                if article.paragraphs.get(p).is_some_and(|par| par.start < s.end) {
                    units.push(*s);
                    source.push(i);
                }
                continue;
            }
            let mut q = p;
            while q < article.paragraphs.len() && article.paragraphs[q].start < s.end {
                let par = article.paragraphs[q];
                let (start, end) = (s.start.max(par.start), s.end.min(par.end));
                let piece = &text[start..end];
                let trimmed = piece.trim_start();
                let start = start + (piece.len() - trimmed.len());
                let end = start + trimmed.trim_end().len();
                if end > start {
                    units.push(Sentence { start, end });
                    source.push(i);
                }
                q += 1;
            }
        }
    }
    // The headline is a unit of its own, in its place in the text (usually first).
    if let (true, Some(t)) = (with_title, title) {
        let at = units.partition_point(|u| u.start < t.start);
        units.insert(at, Sentence { start: t.start, end: t.end });
        source.insert(at, TITLE_UNIT);
    }
    // Drop repeats (the first of equal units stays; the headline usually comes first).
    let mut seen: HashSet<String> = HashSet::new();
    let mut keep = Vec::with_capacity(units.len());
    let search = NormalizeOptions::search();
    let mut folded = String::new();
    for u in &units {
        folded.clear();
        normalize_into(&text[u.start..u.end], &search, &mut folded);
        let key: String = folded.chars().filter(|&c| is_letter_or_digit(c)).collect();
        keep.push(key.is_empty() || seen.insert(key));
    }
    let mut k = keep.iter();
    source.retain(|_| *k.next().unwrap_or(&true));
    let mut k = keep.iter();
    units.retain(|_| *k.next().unwrap_or(&true));
    PageUnits { units, source, title }
}

/// The analysis of every sentence of `text`.
#[cfg(test)]
pub(crate) fn analyze(text: &str) -> Analysis {
    analyze_units(text, split(text))
}

/// The analysis of `units`: byte spans of `text` in order and disjoint (sentences, or the
/// parts of sentences that lie in an article's paragraphs), each tokenized on its own.
pub(crate) fn analyze_units(text: &str, units: Vec<Sentence>) -> Analysis {
    let mut words = vec![0usize; units.len()];
    let mut occurrences = Vec::new();
    let opts = NormalizeOptions::search();
    let mut memo: HashMap<&str, WordInfo> = HashMap::new();
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut short_forms: Vec<String> = Vec::new();
    for (s, unit) in units.iter().enumerate() {
        let Some(unit_text) = text.get(unit.start..unit.end) else { continue };
        let mut prev_was_term = false;
        for tok in tokens(unit_text) {
            let (start, end) = (unit.start + tok.start, unit.start + tok.end);
            if tok.kind.is_wordlike() {
                words[s] += 1;
            }
            let mut is_term = false;
            if tok.kind == TokenKind::Word
                && let Some(surface) = text.get(start..end)
            {
                // ولي before a definite noun is the noun "guardian" (ولي العهد، ولي الأمر), not
                // و + the stop word لي ("and to me").
                let info = if surface == "ولي" && text[end..].trim_start().starts_with("ال") {
                    let next = ids.len() as u32;
                    Some((*ids.entry(surface.to_string()).or_insert(next), NO_SHORT_FORM))
                } else {
                    *memo.entry(surface).or_insert_with(|| {
                        word_term(surface, &opts).map(|(key, short)| {
                            let next = ids.len() as u32;
                            let short_id = short.map_or(NO_SHORT_FORM, |f| {
                                short_forms.push(f);
                                (short_forms.len() - 1) as u32
                            });
                            (*ids.entry(key).or_insert(next), short_id)
                        })
                    })
                };
                if let Some((term, short)) = info {
                    occurrences.push(Occurrence {
                        term,
                        sentence: s as u32,
                        start,
                        end,
                        short,
                        adjacent: prev_was_term,
                    });
                    is_term = true;
                }
            }
            prev_was_term = is_term;
        }
    }
    let mut not_keyword = vec![false; ids.len()];
    for (key, &id) in &ids {
        not_keyword[id as usize] = is_not_keyword(key);
    }
    Analysis { sentences: units, words, occurrences, n_terms: ids.len(), short_forms, not_keyword }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_share_a_term_and_stop_words_are_skipped() {
        let text = "قال الحكومة إن والحكومة في حكومتها.";
        let a = analyze(text);
        let terms: Vec<u32> = a.occurrences.iter().map(|o| o.term).collect();
        assert_eq!(terms, vec![0, 0, 0]);
        assert_eq!(a.n_terms, 1);
        assert_eq!(a.sentences.len(), 1);
        assert_eq!(a.words, vec![6]);
    }

    #[test]
    fn adjacency_breaks_at_stop_words() {
        let a = analyze("الأمم المتحدة في نيويورك");
        let adj: Vec<bool> = a.occurrences.iter().map(|o| o.adjacent).collect();
        assert_eq!(adj, vec![false, true, false]);
    }
}
