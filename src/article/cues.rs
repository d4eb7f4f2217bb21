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
            let words: Vec<String> = key_words(&fold_key(phrase)).into_iter().map(str::to_string).collect();
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
        Table { starts, menu }
    })
}

/// The words of `text` folded for matching, joined by single spaces: search normalization,
/// ASCII lowercase, and every character that is not a letter or digit taken as a space. Words
/// also end where Latin meets another script (a glued e-mail: x@y.comللتواصل). One string per
/// call: lines are measured by their key, without a string per word.
pub(crate) fn fold_key(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    normalize_into(text, &NormalizeOptions::search(), &mut folded);
    let mut key = String::with_capacity(folded.len());
    let mut prev: Option<char> = None; // last char of the current word
    for c in folded.chars() {
        if !is_letter_or_digit(c) {
            prev = None;
            continue;
        }
        match prev {
            None if !key.is_empty() => key.push(' '),
            Some(p) if p.is_ascii() != c.is_ascii() => key.push(' '),
            _ => {}
        }
        key.push(c.to_ascii_lowercase());
        prev = Some(c);
    }
    key
}

/// The words of a key made by [`fold_key`].
pub(crate) fn key_words(key: &str) -> Vec<&str> {
    key.split(' ').filter(|w| !w.is_empty()).collect()
}

/// The cue that `words` (a line's folded words) start with, if any. The last word of a
/// phrase of two or more words may be glued to the next word (مقالات أخرى للكاتبحدد…), as
/// scraped pages glue link texts.
pub(crate) fn cue_at_start(words: &[&str]) -> Option<Cue> {
    let first = words.first()?;
    let list = table().starts.get(*first)?;
    // The longest phrase that matches, so that "اقرأ أيضا" wins over a shorter one.
    list.iter()
        .filter_map(|(phrase, kind)| {
            let n = phrase.len();
            if words.len() < n {
                return None;
            }
            let same = |k: usize| words[k] == phrase[k];
            let whole = (0..n).all(same);
            let glued = n >= 2 && (0..n - 1).all(same) && words[n - 1].starts_with(phrase[n - 1].as_str());
            (whole || glued).then_some(Cue { kind: *kind, words: n })
        })
        .max_by_key(|c| c.words)
}

/// Whether every word of `words` belongs to a menu or sharing phrase (`menu` entries of the
/// cue list; phrases of up to three words).
pub(crate) fn is_menu_only(words: &[&str]) -> bool {
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
        let k = fold_key("إقرأ أيضاً:");
        assert_eq!(cue_at_start(&key_words(&k)).map(|c| c.kind), Some(CueKind::Headlines));
        let k = fold_key("الأكثر قراءة");
        assert_eq!(cue_at_start(&key_words(&k)).map(|c| c.kind), Some(CueKind::Headlines));
        let k = fold_key("جميع الحقوق محفوظة © 2010");
        assert_eq!(cue_at_start(&key_words(&k)).map(|c| c.kind), Some(CueKind::Footer));
        let k = fold_key("// انتهى //");
        assert_eq!(cue_at_start(&key_words(&k)).map(|c| c.kind), Some(CueKind::End));
        let k = fold_key("مقالات أخرى للكاتبحدد سعرك");
        assert_eq!(cue_at_start(&key_words(&k)).map(|c| c.kind), Some(CueKind::Headlines));
        assert_eq!(cue_at_start(&key_words(&fold_key("الحكومة تعلن"))), None);
    }

    #[test]
    fn menu_lines() {
        assert!(is_menu_only(&key_words(&fold_key("شارك فيسبوك تويتر واتساب طباعة"))));
        assert!(is_menu_only(&key_words(&fold_key("الرئيسية تكنولوجيا فيديو صحة رياضة"))));
        assert!(!is_menu_only(&key_words(&fold_key("الرياضة في المدارس"))));
        assert!(!is_menu_only(&[]));
    }
}
