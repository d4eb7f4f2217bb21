//! The cue phrases of page chrome (`data/page-cues/ar.txt`, embedded at build time), folded and
//! indexed by their first word on first use.

use crate::chars::is_letter_or_digit;
use crate::normalize::{NormalizeOptions, normalize_into};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// The raw cue list, as shipped in `data/page-cues/ar.txt`.
pub const PAGE_CUES: &str = include_str!("../../data/page-cues/ar.txt");

/// What a cue at the start of a line says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// Opens a list of other articles' headlines.
    Headlines,
    /// Opens the page footer.
    Footer,
    /// A line about the article: byline, dateline, tags, contact.
    Meta,
    /// A wire service's end mark.
    End,
}

/// A cue found at the start of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cue {
    pub kind: CueKind,
    /// Number of words of the phrase.
    pub words: usize,
}

struct Table {
    /// First word of a phrase → (the phrase's words, kind).
    starts: HashMap<String, Vec<(Vec<String>, CueKind)>>,
    /// Menu and sharing phrases (1–3 words), space-joined.
    menu: HashSet<String>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut starts: HashMap<String, Vec<(Vec<String>, CueKind)>> = HashMap::new();
        let mut menu = HashSet::new();
        for line in PAGE_CUES.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((kind, phrase)) = line.split_once('\t') else { continue };
            let words = fold_words(phrase);
            if words.is_empty() {
                continue;
            }
            let kind = match kind {
                "headlines" => CueKind::Headlines,
                "footer" => CueKind::Footer,
                "meta" => CueKind::Meta,
                "end" => CueKind::End,
                "menu" => {
                    menu.insert(words.join(" "));
                    continue;
                }
                _ => continue,
            };
            starts.entry(words[0].clone()).or_default().push((words, kind));
        }
        // Longest phrase first, so that "اقرأ أيضا" wins over a shorter one of the same start.
        for list in starts.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        }
        Table { starts, menu }
    })
}

/// The words of `text` folded for matching: search normalization, lowercase, and every
/// character that is not a letter or digit taken as a space.
pub(crate) fn fold_words(text: &str) -> Vec<String> {
    let mut folded = String::with_capacity(text.len());
    normalize_into(text, &NormalizeOptions::search(), &mut folded);
    // Words also end where Latin meets another script (a glued e-mail: x@y.comللتواصل).
    let mut words = Vec::new();
    let mut word = String::new();
    for c in folded.chars() {
        if !is_letter_or_digit(c) {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            continue;
        }
        if let Some(p) = word.chars().next_back()
            && p.is_ascii() != c.is_ascii()
        {
            words.push(std::mem::take(&mut word));
        }
        word.push(c.to_ascii_lowercase());
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// The cue that `words` (a line's folded words) start with, if any. The last word of a
/// phrase of two or more words may be glued to the next word (مقالات أخرى للكاتبحدد…), as
/// scraped pages glue link texts.
pub(crate) fn cue_at_start(words: &[String]) -> Option<Cue> {
    let first = words.first()?;
    let list = table().starts.get(first)?;
    list.iter().find_map(|(phrase, kind)| {
        let n = phrase.len();
        if words.len() < n {
            return None;
        }
        let whole = words[..n] == phrase[..];
        let glued = n >= 2 && words[..n - 1] == phrase[..n - 1] && words[n - 1].starts_with(&phrase[n - 1]);
        (whole || glued).then_some(Cue { kind: *kind, words: n })
    })
}

/// Whether every word of `words` belongs to a menu or sharing phrase (`menu` entries of the
/// cue list; phrases of up to three words).
pub(crate) fn is_menu_only(words: &[String]) -> bool {
    let menu = &table().menu;
    let mut i = 0;
    while i < words.len() {
        let step = (1..=3.min(words.len() - i)).rev().find(|&n| menu.contains(&words[i..i + n].join(" ")));
        match step {
            Some(n) => i += n,
            None => return false,
        }
    }
    !words.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_match_at_the_start_after_folding() {
        let w = fold_words("إقرأ أيضاً:");
        assert_eq!(cue_at_start(&w).map(|c| c.kind), Some(CueKind::Headlines));
        let w = fold_words("الأكثر قراءة");
        assert_eq!(cue_at_start(&w).map(|c| c.kind), Some(CueKind::Headlines));
        let w = fold_words("جميع الحقوق محفوظة © 2010");
        assert_eq!(cue_at_start(&w).map(|c| c.kind), Some(CueKind::Footer));
        let w = fold_words("// انتهى //");
        assert_eq!(cue_at_start(&w).map(|c| c.kind), Some(CueKind::End));
        let w = fold_words("مقالات أخرى للكاتبحدد سعرك");
        assert_eq!(cue_at_start(&w).map(|c| c.kind), Some(CueKind::Headlines));
        assert_eq!(cue_at_start(&fold_words("الحكومة تعلن")), None);
    }

    #[test]
    fn menu_lines() {
        assert!(is_menu_only(&fold_words("شارك فيسبوك تويتر واتساب طباعة")));
        assert!(is_menu_only(&fold_words("الرئيسية تكنولوجيا فيديو صحة رياضة")));
        assert!(!is_menu_only(&fold_words("الرياضة في المدارس")));
        assert!(!is_menu_only(&[]));
    }
}
