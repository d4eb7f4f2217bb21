//! Arabic stop words.
//!
//! The list is `data/stopwords/ar.txt`: the Arabic list of the npm package `stopwords-iso`
//! 1.1.0 (MIT), minus 19 entries that are not stop words (see `data/stopwords/README.md`,
//! which names each removed entry and why). It is embedded at compile time.
//!
//! Matching is done on folded text: every entry, and every word looked up, is normalized
//! with [`NormalizeOptions::search`] (diacritics and tatweel removed; alef forms, alef maqsura,
//! teh marbuta and hamza carriers folded), so `على`/`علي` or `إلى`/`الى` match the same entry.
//! A lookup is a binary search in a sorted table built once, on first use.

use crate::normalize::{NormalizeOptions, normalize};
use std::sync::OnceLock;

/// The raw list, one entry per line, as shipped in `data/stopwords/ar.txt`.
pub const ARABIC_STOP_WORDS: &str = include_str!("../data/stopwords/ar.txt");

fn table() -> &'static [String] {
    static TABLE: OnceLock<Vec<String>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let opts = NormalizeOptions::search();
        let mut v: Vec<String> =
            ARABIC_STOP_WORDS.lines().map(|l| normalize(l.trim(), &opts)).filter(|w| !w.is_empty()).collect();
        v.sort_unstable();
        v.dedup();
        v
    })
}

/// Is `word` (already folded with [`NormalizeOptions::search`]) an Arabic stop word?
pub fn is_stop_word_folded(word: &str) -> bool {
    table().binary_search_by(|e| e.as_str().cmp(word)).is_ok()
}

/// Is `word` an Arabic stop word? The word is folded with [`NormalizeOptions::search`] first.
pub fn is_stop_word(word: &str) -> bool {
    is_stop_word_folded(&normalize(word, &NormalizeOptions::search()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_function_words_are_stop_words() {
        for w in ["في", "من", "على", "علي", "إلى", "الى", "التي", "هذه", "وقد", "أيضا", "ايضا"]
        {
            assert!(is_stop_word(w), "{w}");
        }
    }

    #[test]
    fn removed_and_content_words_are_not() {
        for w in ["زيارة", "قوة", "الحكومة", "العود", "،", "", "the"] {
            assert!(!is_stop_word(w), "{w}");
        }
    }

    #[test]
    fn table_is_sorted_and_sizeable() {
        let t = table();
        assert!(t.len() > 400);
        assert!(t.windows(2).all(|w| w[0] < w[1]));
    }
}
