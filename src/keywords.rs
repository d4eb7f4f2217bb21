//! Keywords: the text's most prominent terms and phrases of two or three words. By default
//! the text is read as a page ([`crate::article::extract_article`]): the headline counts
//! once, the article's paragraphs count, and the chrome and repeated lines do not.
//!
//! # Terms
//! Terms come from `terms.rs`: the library's tokenizer, clitic segmentation (scheme `All`),
//! the stop-word list of [`crate::stopwords`] and the light stemmer of [`crate::stem`], so
//! والحكومة، الحكومة، حكومتها count as one term.
//!
//! # Candidates and score
//! * every term but the verbs of saying and their like (قال، أكد، أضاف…) and light verbs
//!   (يتم، يقوم، يوجد…: `data/keywords/ar-not-keywords.txt`, matched by light stem); its raw
//!   score is its count; ولي before a definite noun is a term (ولي العهد), not و + لي;
//! * every phrase of two or three terms — term occurrences next to each other in one
//!   sentence, with no stop word or punctuation between them — that occurs at least twice;
//!   its raw score is 1.5 times its count (more specific than a single word, but not double: a
//!   phrase's words are already counted as terms). Phrases where two neighbouring words have
//!   the same term are ignored.
//!
//! Candidates are ranked by raw score, then by earlier first occurrence, then single terms,
//! phrases of three and phrases of two; this order is total, so results are deterministic.
//! Going down the ranking, a term or phrase is skipped when an already chosen phrase holds
//! it and accounts for at least two thirds of its occurrences (الأمم is redundant next to
//! الأمم المتحدة, خادم الحرمين next to خادم الحرمين الشريفين); so is a phrase of three that
//! overlaps a chosen one in two terms (two windows on one longer name). The reported `score`
//! is the raw score divided by the best raw score returned, so it is in `(0, 1]`.
//!
//! # Surface form
//! `text` is a clitic-free form: for each occurrence, its surface without leading conjunction,
//! preposition and future clitics (والحكومة → الحكومة; للموضة and للإرهابيين → الموضة and
//! الإرهابيين, with the article's elided alef restored, even where the text never has the
//! bare word), else the whole surface; the most frequent of these wins (ties: a form the text
//! has as a word of its own, then shorter, then smaller in code-point order: لمحطة، المحطة →
//! المحطة). `spans` are the byte spans
//! of the whole tokens (for phrases, from the first token's start to the last one's end), in
//! text order; `count` is their number.

use crate::terms::{Analysis, NO_SHORT_FORM, analyze_units, page_units};
use std::collections::HashMap;

/// A keyword of a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// A readable form of the keyword, as it occurs in the text.
    pub text: String,
    /// Prominence in `(0, 1]`; the first keyword has 1.
    pub score: f64,
    /// Number of occurrences (`spans.len()`).
    pub count: usize,
    /// Byte spans of the occurrences, in text order.
    pub spans: Vec<(usize, usize)>,
}

/// The `limit` best keywords of `text`, best first, with extraction on (see
/// [`KeywordOptions::extract`]). Total: any input gives a valid list.
pub fn keywords(text: &str, limit: usize) -> Vec<Keyword> {
    keywords_with(text, &KeywordOptions { limit, ..KeywordOptions::default() })
}

/// Options of [`keywords_with`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeywordOptions {
    /// How many keywords at most.
    pub limit: usize,
    /// Find the article first ([`crate::article::extract_article`]): its headline counts once,
    /// its paragraphs count, and the page chrome and repeats do not (nor do their occurrences
    /// appear in `count` and `spans`). `false` reads the whole text. Default `true`.
    pub extract: bool,
}

impl Default for KeywordOptions {
    fn default() -> Self {
        KeywordOptions { limit: crate::summarize::DEFAULT_KEYWORD_LIMIT, extract: true }
    }
}

/// The best keywords of `text`, best first, as `options` say. Total.
pub fn keywords_with(text: &str, options: &KeywordOptions) -> Vec<Keyword> {
    if options.limit == 0 {
        return Vec::new();
    }
    let page = page_units(text, options.extract, true);
    keywords_from(text, &analyze_units(text, page.units), options.limit)
}

const NO_TERM: u32 = u32::MAX;

struct Candidate {
    /// The terms in order, padded with `NO_TERM`: one for a single term, two or three for a
    /// phrase.
    terms: [u32; 3],
    count: usize,
    /// Byte offset of the first occurrence.
    first: usize,
}

impl Candidate {
    /// Number of terms (1, 2 or 3).
    fn len(&self) -> usize {
        self.terms.iter().filter(|&&t| t != NO_TERM).count()
    }
    fn is_phrase(&self) -> bool {
        self.len() > 1
    }
    /// Twice the raw score, as an integer: per occurrence 2 for a term, 3 for a phrase.
    fn raw2(&self) -> usize {
        self.count * if self.is_phrase() { 3 } else { 2 }
    }
    /// Order among equal scores and first occurrences: terms, then longer phrases first (a
    /// name of three terms before its own first two).
    fn tie(&self) -> usize {
        if self.is_phrase() { 4 - self.len() } else { 0 }
    }
    /// `other`'s terms are a run of this candidate's, or both are phrases of three terms that
    /// overlap in two (two windows on one longer name: اللجنة الدائمة لشؤون and الدائمة لشؤون
    /// الجنسية).
    fn holds(&self, other: &Candidate) -> bool {
        let (n, m) = (self.len(), other.len());
        (m < n && (0..=n - m).any(|i| self.terms[i..i + m] == other.terms[..m]))
            || (m == 3
                && n == 3
                && (self.terms[1..] == other.terms[..2] || other.terms[1..] == self.terms[..2]))
    }
}

/// Occurrences of a chosen keyword: whole spans and, for each, the readable form without
/// leading clitics when there is one.
#[derive(Default)]
struct Found {
    spans: Vec<(usize, usize)>,
    shorts: Vec<Option<String>>,
}

/// The phrase of `n` (2 or 3) terms that ends at occurrence `k`, if the `n` occurrences up to
/// `k` are next to each other and no two neighbours have the same term.
fn phrase_at(a: &Analysis, k: usize, n: usize) -> Option<[u32; 3]> {
    let mut terms = [NO_TERM; 3];
    let first = k.checked_sub(n - 1)?;
    for j in first..=k {
        let o = &a.occurrences[j];
        if j > first && (!o.adjacent || a.occurrences[j - 1].term == o.term) {
            return None;
        }
        terms[j - first] = o.term;
    }
    Some(terms)
}

pub(crate) fn keywords_from(text: &str, a: &Analysis, limit: usize) -> Vec<Keyword> {
    if limit == 0 || a.occurrences.is_empty() {
        return Vec::new();
    }
    // Pass 1: counts and first occurrences only.
    let mut cands: Vec<Candidate> = (0..a.n_terms as u32)
        .map(|t| Candidate { terms: [t, NO_TERM, NO_TERM], count: 0, first: usize::MAX })
        .collect();
    let mut phrase_index: HashMap<[u32; 3], usize> = HashMap::new();
    for (k, o) in a.occurrences.iter().enumerate() {
        let c = &mut cands[o.term as usize];
        c.count += 1;
        c.first = c.first.min(o.start);
        for n in 2..=3 {
            if let Some(terms) = phrase_at(a, k, n) {
                let next = cands.len();
                let idx = *phrase_index.entry(terms).or_insert(next);
                if idx == next {
                    cands.push(Candidate { terms, count: 0, first: a.occurrences[k + 1 - n].start });
                }
                cands[idx].count += 1;
            }
        }
    }
    // Verbs of saying and their like are never keywords, alone or in a phrase.
    let excluded = |c: &Candidate| {
        c.terms.iter().any(|&t| t != NO_TERM && a.not_keyword.get(t as usize).copied().unwrap_or(false))
    };
    let mut order: Vec<usize> = (0..cands.len())
        .filter(|&i| (!cands[i].is_phrase() || cands[i].count >= 2) && !excluded(&cands[i]))
        .collect();
    crate::order::sort_indices(&mut order, &mut |x, y| {
        let (cx, cy) = (&cands[x], &cands[y]);
        cy.raw2().cmp(&cx.raw2()).then(cx.first.cmp(&cy.first)).then(cx.tie().cmp(&cy.tie())).then(x.cmp(&y))
    });
    let mut chosen: Vec<usize> = Vec::new();
    for i in order {
        if chosen.len() >= limit {
            break;
        }
        // A term or phrase is redundant next to a chosen phrase that holds it and accounts for
        // at least two thirds of its occurrences (الأمم next to الأمم المتحدة).
        let c = &cands[i];
        if chosen.iter().any(|&j| cands[j].holds(c) && 3 * cands[j].count >= 2 * c.count) {
            continue;
        }
        chosen.push(i);
    }
    // Pass 2: spans of the chosen keywords only.
    let mut slot_of_term = vec![usize::MAX; a.n_terms];
    let mut slot_of_phrase: HashMap<[u32; 3], usize> = HashMap::new();
    for (slot, &i) in chosen.iter().enumerate() {
        let c = &cands[i];
        if c.is_phrase() {
            slot_of_phrase.insert(c.terms, slot);
        } else {
            slot_of_term[c.terms[0] as usize] = slot;
        }
    }
    let mut found: Vec<Found> = chosen.iter().map(|_| Found::default()).collect();
    for (k, o) in a.occurrences.iter().enumerate() {
        if let Some(&slot) = slot_of_term.get(o.term as usize)
            && slot != usize::MAX
        {
            found[slot].spans.push((o.start, o.end));
            found[slot].shorts.push(short_of(a, o.short, ""));
        }
        for n in 2..=3 {
            if !slot_of_phrase.is_empty()
                && let Some(terms) = phrase_at(a, k, n)
                && let Some(&slot) = slot_of_phrase.get(&terms)
            {
                let p = &a.occurrences[k + 1 - n];
                found[slot].spans.push((p.start, o.end));
                let rest = text.get(p.end..o.end).unwrap_or("");
                found[slot].shorts.push(short_of(a, p.short, rest));
            }
        }
    }
    let best = chosen.first().map_or(1, |&i| cands[i].raw2()).max(1) as f64;
    chosen
        .iter()
        .zip(found)
        .map(|(&i, f)| Keyword {
            text: surface_form(text, &f),
            score: (cands[i].raw2() as f64 / best).clamp(0.0, 1.0),
            count: f.spans.len(),
            spans: f.spans,
        })
        .collect()
}

/// The short form with id `id` followed by `rest` (the rest of a phrase), if there is one.
fn short_of(a: &Analysis, id: u32, rest: &str) -> Option<String> {
    if id == NO_SHORT_FORM {
        return None;
    }
    a.short_forms.get(id as usize).map(|f| format!("{f}{rest}"))
}

/// The readable form of a candidate (see the module docs). A phrase written over a line
/// break or several spaces shows with one space.
fn surface_form(text: &str, c: &Found) -> String {
    let mut full: Vec<&str> = c.spans.iter().filter_map(|&(s, e)| text.get(s..e)).collect();
    full.sort_unstable();
    // Per occurrence: the form it shows and whether the text has that form as a word of its
    // own. The form is without leading clitics, even when the text never has it bare
    // (للإرهابيين shows as الإرهابيين).
    let mut forms: Vec<(&str, bool)> = c
        .spans
        .iter()
        .zip(&c.shorts)
        .map(|(&(s, e), short)| match short {
            Some(short) => (short.as_str(), full.binary_search(&short.as_str()).is_ok()),
            None => (text.get(s..e).unwrap_or(""), true),
        })
        .collect();
    forms.sort_unstable();
    // The form shown most often; ties: one the text has bare, then shorter, then smaller.
    let mut best: Option<(usize, bool, std::cmp::Reverse<usize>, std::cmp::Reverse<&str>)> = None;
    for run in forms.chunk_by(|x, y| x.0 == y.0) {
        let form = run[0].0;
        let key =
            (run.len(), run.iter().any(|f| f.1), std::cmp::Reverse(form.len()), std::cmp::Reverse(form));
        if best.is_none_or(|b| key > b) {
            best = Some(key);
        }
    }
    best.map_or_else(String::new, |b| one_space(b.3.0))
}

/// `s` with every run of whitespace as one space.
fn one_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !c.is_whitespace() {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_merge_and_phrases_rank() {
        let text = "اجتمعت الأمم المتحدة اليوم. وقالت الأمم المتحدة إن الحكومة ستعمل. \
                    والحكومة تدرس حكومتها.";
        let k = keywords(text, 10);
        assert_eq!(k[0].text, "الأمم المتحدة");
        assert_eq!(k[0].count, 2);
        assert_eq!(k[0].score, 1.0);
        let gov = k.iter().find(|k| k.count == 3).expect("government term");
        assert_eq!(gov.text, "الحكومة");
        for &(s, e) in &gov.spans {
            assert!(text[s..e].contains("حكوم"));
        }
        // الأمم alone is covered by the phrase.
        assert!(!k.iter().any(|k| k.text == "الأمم"));
    }

    #[test]
    fn surface_form_prefers_a_form_without_clitics() {
        let text = "بدء التشغيل لمحطة الطاقة. المحطة تنتج الكهرباء. تخطط الحكومة لمحطات أخرى.";
        let k = keywords(text, 5);
        assert!(k.iter().any(|k| k.text == "المحطة" && k.count == 3), "{k:?}");
    }

    #[test]
    fn surface_form_drops_clitics_and_restores_the_article() {
        let text = "للموضة أسبوع. للموضة عالم. الموضة فن. فالموضة جميلة. للموضة مكان.";
        let k = keywords(text, 3);
        assert_eq!(k[0].count, 5);
        assert_eq!(k[0].text, "الموضة");
    }

    /// Hand-checked on news-like text: safe vs security, a verb vs a noun, names of two words,
    /// verbs of saying.
    #[test]
    fn keywords_a_reader_would_accept() {
        let text = "قالت وزارة الداخلية إن الطرق آمنة. وأكد وزير الداخلية أن الأوضاع الأمنية مستقرة. \
                    وأضاف وزير الداخلية أن المدينة آمنة. وقالت الأمم المتحدة إن الوضع الأمني تحسن. \
                    ورحبت الأمم المتحدة بالخطوة. ونقلته سيارة إسعاف إلى المستشفى. وكانت نقلة نوعية.";
        let k = keywords(text, 10);
        let texts: Vec<&str> = k.iter().map(|k| k.text.as_str()).collect();
        let find = |t: &str| k.iter().find(|k| k.text == t);
        // آمنة ("safe") is not الأمنية ("security").
        assert_eq!(find("آمنة").map(|k| k.count), Some(2), "{texts:?}");
        assert!(k.iter().any(|k| k.text.contains("الأمني")), "{texts:?}");
        // Names of two words surface as phrases.
        assert!(find("وزير الداخلية").is_some() && find("الأمم المتحدة").is_some(), "{texts:?}");
        // The verb نقلته is not the noun نقلة.
        assert!(find("نقلة").is_none_or(|k| k.count == 1), "{texts:?}");
        // Verbs of saying are never keywords.
        assert!(!texts.iter().any(|t| ["قالت", "وقالت", "أكد", "وأكد", "وأضاف"].contains(t)), "{texts:?}");
    }

    /// A phrase of a hard-wrapped column shows with a space, not the line break (EASC Topic87:
    /// شؤون / الجنسية over two lines).
    #[test]
    fn a_phrase_over_a_line_break_shows_with_a_space() {
        let text = "أعلنت اللجنة الوطنية في الدوحة بعد اجتماعها الأسبوعي أمس تشكيل اللجنة الدائمة لشؤون\n\
                    الجنسية برئاسة وزير الدولة، وقالت إن شؤون الجنسية تهم المواطنين والمقيمين جميعا.";
        let k = keywords(text, 10);
        let texts: Vec<&str> = k.iter().map(|k| k.text.as_str()).collect();
        assert!(texts.contains(&"شؤون الجنسية"), "{texts:?}");
        assert!(!texts.iter().any(|t| t.contains('\n')), "{texts:?}");
    }

    /// Light verbs (يتم، يقوم، يوجد) are frequent in encyclopedia text and never its topic
    /// (EASC Topic69, Topic84, Topic141 had them among the first ten).
    #[test]
    fn light_verbs_are_not_keywords() {
        let text = "يتم هضم الطعام في المعدة. يقوم الكبد بتحليل الطعام. يتم تحليل البروتينات في الكبد. \
                    يوجد الكبد تحت الحجاب. يقوم الكبد بتخزين السكر. يتم نقل الطعام. يوجد الطعام في المعدة.";
        let k = keywords(text, 10);
        let texts: Vec<&str> = k.iter().map(|k| k.text.as_str()).collect();
        assert!(texts.contains(&"الكبد") && texts.contains(&"الطعام"), "{texts:?}");
        assert!(
            !texts.iter().any(|t| t.contains("يتم") || t.contains("يقوم") || t.contains("يوجد")),
            "{texts:?}"
        );
    }

    /// ولي before a definite noun is a noun (ولي العهد "the crown prince"), not و + لي.
    #[test]
    fn the_crown_prince_is_a_keyword() {
        let text =
            "استقبل ولي العهد الوزير أمس. وبحث ولي العهد مع الوزير العلاقات. وقال لي الوزير إن اللقاء مثمر.";
        let k = keywords(text, 10);
        let texts: Vec<&str> = k.iter().map(|k| k.text.as_str()).collect();
        assert!(texts.contains(&"ولي العهد"), "{texts:?}");
        assert!(!texts.contains(&"لي"), "{texts:?}");
    }

    /// A name of three words is one keyword, not two overlapping pairs (خادم الحرمين +
    /// الحرمين الشريفين); its first two words alone are not a keyword.
    #[test]
    fn names_of_three_words() {
        let text = "استقبل خادم الحرمين الشريفين وفد منظمة الأمم المتحدة. وأكد خادم الحرمين الشريفين \
                    دعم منظمة الأمم المتحدة. وتعمل الأمم المتحدة في اليمن. ورحبت الأمم المتحدة بالدعم.";
        let k = keywords(text, 10);
        let texts: Vec<&str> = k.iter().map(|k| k.text.as_str()).collect();
        assert!(texts.contains(&"خادم الحرمين الشريفين"), "{texts:?}");
        assert!(!texts.contains(&"خادم الحرمين") && !texts.contains(&"الحرمين الشريفين"), "{texts:?}");
        assert!(texts.contains(&"منظمة الأمم المتحدة") && texts.contains(&"الأمم المتحدة"), "{texts:?}");
        assert!(!texts.contains(&"منظمة الأمم"), "{texts:?}");
        let name = k.iter().find(|k| k.text == "خادم الحرمين الشريفين").unwrap();
        assert_eq!(name.count, 2);
        for &(s, e) in &name.spans {
            assert_eq!(&text[s..e], "خادم الحرمين الشريفين");
        }
    }

    #[test]
    fn empty_and_zero_limit() {
        assert!(keywords("", 5).is_empty());
        assert!(keywords("الحكومة", 0).is_empty());
        assert!(keywords("في من على", 5).is_empty());
    }
}
