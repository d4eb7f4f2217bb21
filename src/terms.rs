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

use crate::clitics::{CliticScheme, SegmentRole, segment_word};
use crate::normalize::{NormalizeOptions, normalize};
use crate::sentences::{Sentence, split};
use crate::stem::stem;
use crate::stopwords::is_stop_word_folded;
use crate::tokenize::{TokenKind, tokens};
use std::collections::HashMap;

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
    /// Readable forms of words without their leading clitics (والحكومة → الحكومة,
    /// للموضة → الموضة: the article's alef, elided after ل, is restored).
    pub short_forms: Vec<String>,
}

pub(crate) const NO_SHORT_FORM: u32 = u32::MAX;

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
            let base = segs
                .iter()
                .find(|s| s.role == SegmentRole::Stem)
                .map_or_else(|| word.to_string(), |s| s.form.clone());
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

pub(crate) fn analyze(text: &str) -> Analysis {
    let sentences = split(text);
    let mut words = vec![0usize; sentences.len()];
    let mut occurrences = Vec::new();
    let opts = NormalizeOptions::search();
    let mut memo: HashMap<&str, WordInfo> = HashMap::new();
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut short_forms: Vec<String> = Vec::new();
    let mut s = 0usize;
    let mut prev_was_term_in = usize::MAX; // sentence of the previous token if it was a term
    for tok in tokens(text) {
        while s < sentences.len() && sentences[s].end <= tok.start {
            s += 1;
        }
        if s >= sentences.len() || tok.end > text.len() || tok.start >= tok.end {
            break;
        }
        if tok.kind.is_wordlike() {
            words[s] += 1;
        }
        let mut is_term = false;
        if tok.kind == TokenKind::Word
            && let Some(surface) = text.get(tok.start..tok.end)
        {
            let info = *memo.entry(surface).or_insert_with(|| {
                word_term(surface, &opts).map(|(key, short)| {
                    let next = ids.len() as u32;
                    let short_id = short.map_or(NO_SHORT_FORM, |f| {
                        short_forms.push(f);
                        (short_forms.len() - 1) as u32
                    });
                    (*ids.entry(key).or_insert(next), short_id)
                })
            });
            if let Some((term, short)) = info {
                occurrences.push(Occurrence {
                    term,
                    sentence: s as u32,
                    start: tok.start,
                    end: tok.end,
                    short,
                    adjacent: prev_was_term_in == s,
                });
                is_term = true;
            }
        }
        prev_was_term_in = if is_term { s } else { usize::MAX };
    }
    Analysis { sentences, words, occurrences, n_terms: ids.len(), short_forms }
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
