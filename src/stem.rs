//! A light Arabic stemmer: strips a few unambiguous affixes so that inflected and
//! clitic-bearing forms of a word share one key (الحكومة، والحكومة، حكومتها، الحكومات → حكوم).
//! It is not a root extractor and does not try to be linguistically exact: the key is for
//! counting and matching only, never shown to users.
//!
//! Rules, applied in this order to a word:
//! 1. Spell alef madda out as hamza + alef (آمنة "safe" keeps apart from الأمنية "security"),
//!    then fold with [`NormalizeOptions::search`] (diacritics and tatweel removed; alef forms
//!    → ا, ى → ي, ة → ه, ؤ → و, ئ → ي) and lowercase. A word that is not made only of Arabic
//!    letters is returned folded and lowercased, unchanged otherwise.
//! 2. Article prefix: the first of `وال فال بال كال لل ال` that the word starts with is
//!    removed. Single-letter proclitics (و ف ب ل ك س) are left alone, because they are often
//!    root letters (وزير، بلد، كتب); the clitic segmenter removes them where it is sure.
//! 3. Pronoun suffix: the first of `هما كما كم كن هم هن ها نا` that the word ends with is
//!    removed; if the word then ends in ت, that ت (a teh marbuta before a suffix, as in
//!    حكومتها) is removed too.
//! 4. Inflection suffixes: the first of `ات ون ين يه ه ي ا` that the word ends with is
//!    removed, and this step is applied at most twice (المصريين → مصري → مصر). `ه` here is
//!    mostly a folded ة (feminine ending) or the pronoun "his"; `ا` is mostly the accusative
//!    ending (عاما، كبيرا). `ان` is not removed: it ends too many names (لبنان، إيران).
//!
//! Every removal must leave at least three letters; otherwise that rule is skipped.

use crate::chars::is_arabic_letter;
use crate::normalize::{NormalizeOptions, normalize};

const ARTICLES: [&str; 6] = ["وال", "فال", "بال", "كال", "لل", "ال"];
const PRONOUNS: [&str; 8] = ["هما", "كما", "كم", "كن", "هم", "هن", "ها", "نا"];
const INFLECTIONS: [&str; 7] = ["ات", "ون", "ين", "يه", "ه", "ي", "ا"];
const MIN_LETTERS: usize = 3;

/// Removes `prefix` from the start of `w` when at least [`MIN_LETTERS`] letters remain.
fn strip_prefix<'a>(w: &'a str, prefix: &str) -> Option<&'a str> {
    w.strip_prefix(prefix).filter(|r| r.chars().count() >= MIN_LETTERS)
}

/// Removes `suffix` from the end of `w` when at least [`MIN_LETTERS`] letters remain.
fn strip_suffix<'a>(w: &'a str, suffix: &str) -> Option<&'a str> {
    w.strip_suffix(suffix).filter(|r| r.chars().count() >= MIN_LETTERS)
}

/// The light stem of `word` (see the module docs for the rules). Total: any input gives a
/// string, possibly empty.
pub fn stem(word: &str) -> String {
    // Alef madda is hamza + alef: آمنة ("safe") must not fold into the stem of الأمنية
    // ("security"), so it is spelled out before the alef forms fold.
    let spelled;
    let word = if word.contains('آ') {
        spelled = word.replace('آ', "ءا");
        spelled.as_str()
    } else {
        word
    };
    // ASCII case folding only: full Unicode lowercasing would add its tables to the wasm.
    let mut folded = normalize(word, &NormalizeOptions::search());
    folded.make_ascii_lowercase();
    if folded.is_empty() || !folded.chars().all(is_arabic_letter) {
        return folded;
    }
    stem_folded(&folded).to_string()
}

/// Steps 2–4 on an already folded, all-Arabic-letter word.
fn stem_folded(word: &str) -> &str {
    let mut w = word;
    if let Some(r) = ARTICLES.iter().find_map(|p| strip_prefix(w, p)) {
        w = r;
    }
    strip_suffixes(w)
}

/// Steps 3–4 (pronoun and inflection suffixes) on an already folded, all-Arabic-letter word.
pub(crate) fn strip_suffixes(word: &str) -> &str {
    let mut w = word;
    if let Some(r) = PRONOUNS.iter().find_map(|s| strip_suffix(w, s)) {
        w = strip_suffix(r, "ت").unwrap_or(r);
    }
    for _ in 0..2 {
        match INFLECTIONS.iter().find_map(|s| strip_suffix(w, s)) {
            Some(r) => w = r,
            None => break,
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::stem;

    fn same(words: &[&str]) {
        let k = stem(words[0]);
        for w in words {
            assert_eq!(stem(w), k, "{w} vs {}", words[0]);
        }
    }

    #[test]
    fn merges_clitic_and_inflection_variants() {
        same(&["الحكومة", "والحكومة", "حكومتها", "الحكومات", "حكومة", "للحكومة", "بالحكومة"]);
        same(&["المصريين", "مصري", "مصر", "المصرية"]);
        same(&["الانتخابات", "انتخابية", "الانتخاب"]);
        same(&["العود", "والعود", "بالعود"]);
        assert_eq!(stem("الحكومة"), "حكوم");
    }

    #[test]
    fn alef_madda_keeps_its_word_apart() {
        assert_ne!(stem("آمنة"), stem("الأمنية"));
        same(&["آمنة", "الآمنة", "آمنه"]);
    }

    #[test]
    fn folds_spelling_variants() {
        same(&["أحمد", "احمد", "أَحْمَد"]);
        same(&["الأمم", "الامم"]);
    }

    #[test]
    fn keeps_short_words_and_root_letters() {
        assert_eq!(stem("الله"), "الل");
        assert_eq!(stem("وزير"), "وزير");
        assert_eq!(stem("بلد"), "بلد");
        assert_eq!(stem("لبنان"), "لبنان");
        assert_eq!(stem("دم"), "دم");
    }

    #[test]
    fn non_arabic_is_folded_and_lowercased_only() {
        assert_eq!(stem("Hello"), "hello");
        assert_eq!(stem("٢٠٢٤"), "2024");
        assert_eq!(stem(""), "");
        assert_eq!(stem("ــ"), "");
    }
}
