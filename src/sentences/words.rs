//! The word lists the rules consult, embedded from `data/sentences/` at build time and parsed
//! at compile time into constant tables, and how a word of the text is compared with them.
//!
//! A list file holds one entry per line; empty lines and lines starting with `#` are left out.
//! Entries are written without diacritics and tatweel, Latin in lower case (checked by the tests); a word
//! of the text matches an entry ignoring its diacritics and tatweel, Latin case-insensitively.

use crate::chars::{TATWEEL, is_arabic_diacritic};
use crate::clitics::{CliticScheme, SegmentRole, segment_word};
use crate::word_lists::{count, entries, split_tab};

/// Verbs of saying that continue a sentence after a quotation (`«نعم!» قال الوزير.`):
/// `data/sentences/speech-verbs.txt`.
pub const SPEECH_VERBS: &[&str] = &entries::<{ count(SPEECH_VERBS_TXT) }>(SPEECH_VERBS_TXT);
const SPEECH_VERBS_TXT: &str = word_list!("../../data/sentences/speech-verbs.txt");

/// Words that go on with the clause before an ellipsis rather than start a sentence
/// (`يتوجهون إلى الائتمان... فيما قد يكون`): relative pronouns and clause-joining particles,
/// `data/sentences/continues-after-ellipsis.txt`.
pub const CONTINUES_AFTER_ELLIPSIS: &[&str] =
    &entries::<{ count(CONTINUES_AFTER_ELLIPSIS_TXT) }>(CONTINUES_AFTER_ELLIPSIS_TXT);
const CONTINUES_AFTER_ELLIPSIS_TXT: &str = word_list!("../../data/sentences/continues-after-ellipsis.txt");

/// Words that cannot end a sentence: a line that ends in one continues on the next line.
/// Prepositions, conjunctions, relative pronouns and particles that need a complement,
/// `data/sentences/continuation-words.txt`.
pub const CONTINUATION_WORDS: &[&str] = &entries::<{ count(CONTINUATION_WORDS_TXT) }>(CONTINUATION_WORDS_TXT);
const CONTINUATION_WORDS_TXT: &str = word_list!("../../data/sentences/continuation-words.txt");

/// Words after which an era abbreviation does not end its sentence (`300 ق.م. في أثينا`):
/// prepositions and time conjunctions, `data/sentences/after-era.txt`.
pub const CONTINUES_AFTER_ERA: &[&str] =
    &entries::<{ count(CONTINUES_AFTER_ERA_TXT) }>(CONTINUES_AFTER_ERA_TXT);
const CONTINUES_AFTER_ERA_TXT: &str = word_list!("../../data/sentences/after-era.txt");

/// Words that open a byline line: `data/sentences/bylines.txt`, `KIND<TAB>WORD`; kind `label`
/// needs a `:` or a dash after it (`كتب: محمد`), kind `by` opens a byline alone (`بقلم محمد`).
pub const BYLINE_WORDS: &[(&str, bool)] = &bylines::<{ count(BYLINES_TXT) }>(BYLINES_TXT);
const BYLINES_TXT: &str = word_list!("../../data/sentences/bylines.txt");

const fn bylines<const N: usize>(src: &'static str) -> [(&'static str, bool); N] {
    let lines = entries::<N>(src);
    let mut out = [("", false); N];
    let mut i = 0;
    while i < N {
        let (kind, word) = split_tab(lines[i]);
        let alone = match kind.as_bytes() {
            b"label" => false,
            b"by" => true,
            _ => panic!("bylines.txt: the kind is not label or by"),
        };
        out[i] = (word, alone);
        i += 1;
    }
    out
}

/// Whether `word` is a verb of saying ([`SPEECH_VERBS`]), also with a conjunction or a pronoun
/// ([`without_clitics`]).
pub(super) fn is_speech_verb(word: &str) -> bool {
    in_list(word, SPEECH_VERBS) || {
        let (_, stem) = without_clitics(word);
        stem.len() < word.len() && in_list(stem, SPEECH_VERBS)
    }
}

/// Words that open a second alternative of the same question after its `؟` (أو, أم):
/// `data/sentences/same-question.txt`.
pub const SAME_QUESTION: &[&str] = &entries::<{ count(SAME_QUESTION_TXT) }>(SAME_QUESTION_TXT);
const SAME_QUESTION_TXT: &str = word_list!("../../data/sentences/same-question.txt");

/// The word without a leading conjunction (و ف) and a trailing pronoun, as the clitic
/// segmenter reads it (`فأجاب` → `أجاب`, `وقالت` → `قالت`, `سألته` → `سألت`), and whether it had
/// the conjunction. A word that does not split is itself.
pub(super) fn without_clitics(word: &str) -> (bool, &str) {
    let Some(segments) = segment_word(word, CliticScheme::Ud) else {
        return (false, word);
    };
    let conjunction = segments.first().is_some_and(|s| s.role == SegmentRole::Conjunction);
    match segments.iter().find(|s| s.role == SegmentRole::Stem) {
        Some(stem) => (conjunction, &word[stem.start..stem.end]),
        None => (conjunction, word),
    }
}

/// Whether a word has at most three letters ([`letter_count`]), reading no further than the
/// fourth letter.
pub(super) fn is_short(s: &str) -> bool {
    s.len() <= 3 || letters(s).nth(3).is_none()
}

/// The characters of a word but its diacritics and tatweel.
pub(super) fn letters(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().filter(|&c| !is_arabic_diacritic(c) && c != TATWEEL)
}

/// Letters of a word, ignoring diacritics and tatweel.
pub(super) fn letter_count(s: &str) -> usize {
    letters(s).count()
}

/// Compares a span with a table entry, ignoring diacritics and tatweel, ASCII case-insensitively.
fn same_key(span: &str, key: &str) -> bool {
    let mut a = letters(span);
    let mut b = key.chars().filter(|&c| c != TATWEEL);
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.to_ascii_lowercase() == y => {}
            _ => return false,
        }
    }
}

/// Whether `span` is a word of `list` ([`same_key`]).
pub(super) fn in_list(span: &str, list: &[&str]) -> bool {
    find_key(span, list.iter().copied()).is_some()
}

/// The index of the first of `keys` that `span` matches ([`same_key`]).
pub(super) fn find_key<'k>(span: &str, mut keys: impl Iterator<Item = &'k str>) -> Option<usize> {
    if span.len() > 24 {
        return None;
    }
    // Most spans are plain (no diacritic, tatweel or capital letter): comparing bytes then
    // decides, since the keys are written without any (checked by the tests).
    if span.chars().any(|c| is_arabic_diacritic(c) || c == TATWEEL || c.is_ascii_uppercase()) {
        keys.position(|k| same_key(span, k))
    } else {
        keys.position(|k| k == span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_files_parse_at_compile_time() {
        const SRC: &str = "# a comment\n\n  one \r\ntwo\n#three\n\tfour";
        const LIST: [&str; count(SRC)] = entries::<{ count(SRC) }>(SRC);
        assert_eq!(LIST, ["one", "two", "four"]);
        assert_eq!(split_tab("era\tق.م"), ("era", "ق.م"));
        assert!(
            in_list("قَالَ", SPEECH_VERBS) && in_list("Said", SPEECH_VERBS) && !in_list("قالوا", SPEECH_VERBS)
        );
    }
}
