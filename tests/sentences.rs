//! Sentence boundaries: the hand-checked cases of `tests/sentences/cases.txt` (format in its
//! header), properties checked with the shared invariants, the word lists' form, and linear
//! time on pathological inputs.

mod invariants;
mod pieces;

use proptest::prelude::*;
use tahlil::sentences::{
    ABBREVIATIONS, BYLINE_WORDS, CONTINUATION_WORDS, CONTINUES_AFTER_ELLIPSIS, CONTINUES_AFTER_ERA,
    SAME_QUESTION, SPEECH_VERBS, split, split_without_fast_path,
};
use tahlil::tokenize::tokens;

const MARK: char = '¦';

/// `\n` `\r` `\t` `\\` and `\u{…}` in a case.
fn unescape(s: &str, line: usize) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                let rest: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let hex = rest.strip_prefix('{').unwrap_or_else(|| panic!("line {line}: bad \\u escape"));
                let code =
                    u32::from_str_radix(hex, 16).unwrap_or_else(|_| panic!("line {line}: bad \\u escape"));
                out.push(char::from_u32(code).unwrap_or_else(|| panic!("line {line}: not a code point")));
            }
            other => panic!("line {line}: unknown escape \\{other:?}"),
        }
    }
    out
}

/// The cases of the file: (line number, marked text).
fn cases(file: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut block: Option<(usize, Vec<&str>)> = None;
    for (i, line) in file.lines().enumerate() {
        let n = i + 1;
        if let Some((start, lines)) = &mut block {
            if line == ">>>" {
                out.push((*start, unescape(&lines.join("\n"), *start)));
                block = None;
            } else {
                lines.push(line);
            }
        } else if line == "<<<" {
            block = Some((n, Vec::new()));
        } else if !line.trim().is_empty() && !line.starts_with('#') {
            out.push((n, unescape(line, n)));
        }
    }
    assert!(block.is_none(), "a <<< block is not closed");
    out
}

fn trimmed(s: &str) -> &str {
    s.trim_matches(invariants::is_separator)
}

#[test]
fn hand_checked_cases() {
    let file = include_str!("sentences/cases.txt");
    let all = cases(file);
    assert!(all.len() >= 90, "{} cases", all.len());
    let mut failures = Vec::new();
    for (line, marked) in &all {
        let text: String = marked.chars().filter(|&c| c != MARK).collect();
        let expected: Vec<&str> = marked.split(MARK).map(trimmed).filter(|s| !s.is_empty()).collect();
        let toks: Vec<_> = tokens(&text).collect();
        let spans = invariants::check_sentences(&text, &toks);
        let got: Vec<&str> = spans.iter().map(|s| &text[s.start..s.end]).collect();
        if got != expected {
            failures.push(format!("line {line}:\n  expected {expected:?}\n  got      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases fail:\n{}", failures.len(), all.len(), failures.join("\n"));
}

#[test]
fn word_lists_are_written_as_they_are_compared() {
    let lists = [
        ("speech-verbs", SPEECH_VERBS),
        ("continues-after-ellipsis", CONTINUES_AFTER_ELLIPSIS),
        ("continuation-words", CONTINUATION_WORDS),
        ("after-era", CONTINUES_AFTER_ERA),
        ("same-question", SAME_QUESTION),
    ];
    let abbreviations: Vec<&str> = ABBREVIATIONS.iter().map(|(k, _)| *k).collect();
    let bylines: Vec<&str> = BYLINE_WORDS.iter().map(|(k, _)| *k).collect();
    let tables = [("abbreviations", &abbreviations[..]), ("bylines", &bylines[..])];
    for (name, list) in lists.iter().copied().chain(tables) {
        assert!(!list.is_empty(), "{name} is empty");
        for (i, w) in list.iter().enumerate() {
            // Compared without diacritics and Latin in lower case: an entry written otherwise
            // would never match.
            let canonical = w.chars().all(|c| !c.is_uppercase() && !c.is_whitespace())
                && !w.chars().any(|c| ('\u{064B}'..='\u{065F}').contains(&c) || c == '\u{0670}' || c == 'ـ');
            assert!(canonical, "{name}: {w:?} has a diacritic, a tatweel, a space or a capital letter");
            assert!(!list[..i].contains(w), "{name}: {w:?} twice");
        }
    }
}

#[test]
fn pathological_inputs_are_linear() {
    for text in [
        ".".repeat(1_000_000),
        "ب".repeat(500_000),
        "a.".repeat(300_000),
        "ب.".repeat(300_000),
        "\n".repeat(1_000_000),
        "ب\n".repeat(300_000),
        "؟!".repeat(300_000),
        "«».".repeat(200_000),
        "د. ".repeat(200_000),
    ] {
        let sentences = split(&text);
        assert!(sentences.len() <= text.len());
    }
    assert_eq!(split(&"ب ".repeat(100_000)).len(), 1);
    assert_eq!(split(&"ب.".repeat(1000)).len(), 1);
}

fn arabic_heavy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(pieces::ARABIC_HEAVY), 0..60).prop_map(|v| v.concat())
}

/// Mostly plain words, so that quiet stretches occur, with every piece that matters.
fn word_heavy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(pieces::WORDS).prop_map(|w| format!("{w} ")),
        1 => arabic_heavy(),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let toks: Vec<_> = tokens(text).collect();
    invariants::check_sentences(text, &toks);
}

#[test]
fn the_fast_path_changes_nothing_on_the_examples() {
    let text = "عام 1990 م. في البيت\nقال د. أحمد إن النمو بلغ 3.5% عام 2020. هل هذا صحيح؟ «نعم!» قال.\n\n\
                مصر ترفع أسعار الفائدة\nبقلم سارة محمود\n1. الذهب يقفز إلى مستوى قياسي جديد بعد قرار";
    assert_eq!(split(text), split_without_fast_path(text));
    // Before a blank line (quiet.rs ends the sentence there), and a line written twice before
    // one (spaced and with a final mark, which the line rules leave whole).
    let text =
        "وقال إنه انتهى.\n\nوزير يزور القاهرة وزير يزور القاهرة.\n\nهل هذا صحيح؟ أو لا؟ نعم! «تم».\r\n\r\nثم";
    assert_eq!(split(text), split_without_fast_path(text));
    assert_eq!(split(text).len(), 6, "{:?}", split(text));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_fast_path_changes_nothing(text in word_heavy()) {
        prop_assert_eq!(split(&text), split_without_fast_path(&text));
    }

    #[test]
    fn invariants_on_word_heavy_text(text in word_heavy()) {
        check(&text);
    }

    #[test]
    fn invariants_on_arabic_heavy_text(text in arabic_heavy()) {
        check(&text);
    }

    #[test]
    fn invariants_on_any_unicode(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn invariants_on_pattern_text(text in "[ \\.\\n!؟a-cب-دم0-9«»\"()\\[\\]،:\u{200F}]{0,80}") {
        check(&text);
    }
}
