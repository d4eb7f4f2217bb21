//! The stop words of search: [`crate::stopwords`]' list (stopwords-iso 1.1.0, MIT; see
//! `data/stopwords/README.md`), less the entries in [`KEPT`].
//!
//! Search folds words (أ إ آ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي) before it looks them up, and some
//! entries of the list then fall together with content words: أمام (in front of) with إمام
//! (imam), حيّ with حي (district), سنة with سنه, إطار with اطار, آية with إيه. Dropping those
//! would make the content word unsearchable, so they are kept as terms. Each was found by
//! folding every entry and every word of the embedded word list ([`crate::lexicon`]) and
//! reading the pairs, and kept where the scorer (`scripts/accuracy/search.sh`) did not say
//! otherwise (see the README's search section for the figures).
//!
//! The list also holds numerals and ordinals (واحد، ثلاثة، مليون، الأول، الثانية): function
//! words for summaries, but what a search is about in "الحرب العالمية الثانية" or "أول
//! ألبوم", so they are kept as well.

/// Folded entries of the stop-word list that search keeps as terms (each with the content
/// word it folds onto, or what the numeral means).
pub const KEPT: [&str; 31] = [
    "اثر",   // أثر (effect)
    "اطار",  // إطار (frame)
    "الف",   // ألف (thousand)
    "امام",  // إمام (imam)
    "امين",  // أمين (secretary, a name)
    "ايه",   // آية (verse)
    "حي",    // حيّ (district)
    "سنه",   // سنة (year)
    "لين",   // لين (soft, a name)
    "كاين",  // كائن (being)
    "بيس",   // بئس
    "بله",   // بلة
    "ايام",  // أيام (days)
    "اكد",   // أكد (confirmed)
    "اخذ",   // أخذ (took)
    "نهايه", // نهاية (end)
    "كاي",   // كأيّ
    // Numerals and ordinals.
    "صفر",     // صفر (zero)
    "احد",     // أحد (one)
    "واحد",    // واحد (one)
    "ثلاثه",    // ثلاثة (three)
    "اربعه",   // أربعة (four)
    "عشر",     // عشر (ten)
    "عشره",    // عشرة (ten)
    "مليون",   // مليون (million)
    "مليار",   // مليار (billion)
    "اول",     // أول (first)
    "الاول",    // الأول (the first)
    "الاولي",   // الأولى (the first)
    "الثاني",  // الثاني (the second)
    "الثانيه", // الثانية (the second)
];

/// Is `folded` (a word folded as search folds it) a stop word for search?
pub fn is_stop_word_folded(folded: &str) -> bool {
    crate::stopwords::is_stop_word_folded(folded) && !KEPT.contains(&folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_entries_are_in_the_list_but_not_stop_words() {
        for k in KEPT {
            assert!(crate::stopwords::is_stop_word_folded(k), "{k} is not in the list: drop it from KEPT");
            assert!(!is_stop_word_folded(k), "{k}");
        }
        for w in ["في", "من", "الي", "علي", "التي", "هذا"] {
            assert!(is_stop_word_folded(w), "{w}");
        }
    }
}
