//! Invariants of the tokenizer and the normalizer, checked on random input.

use proptest::prelude::*;
use tahlil::clitics::CliticScheme;
use tahlil::normalize::{NormalizeOptions, normalize};
use tahlil::tokenize::{TokenizeOptions, tokenize, tokens};

/// Arabic-heavy text: letters, diacritics, tatweel, digits of three systems, punctuation of
/// both scripts, joiners, bidi marks, emoji parts, Latin, URL and e-mail pieces, spaces.
fn arabic_heavy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "ا", "أ", "ب", "ت", "ة", "ل", "ال", "و", "ف", "ك", "س", "ي", "ى", "ه", "ها", "نا", "ﻻ", "ﷲ", "پ",
        "گ", "\u{064E}", "\u{0651}", "\u{0670}", "ـ", "\u{200C}", "\u{200D}", "\u{200F}", "\u{061C}", "1",
        "٣", "۴", ".", ",", "٫", "٬", "،", "؛", "؟", "!", "«", "»", "\"", "(", ")", "-", "/", ":", "%", "٪",
        "…", "#", "@", "_", "http://", "www.", ".com", "a", "Z", "é", "\u{0301}", "😀", "🏽", "🇸",
        "\u{FE0F}", "\u{20E3}", " ", "\n", "\t", "\u{00A0}", "\u{FFFD}",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![arabic_heavy(), any::<String>()]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn tokens_are_ordered_disjoint_trimmed_slices(text in any_text()) {
        let mut last = 0;
        for t in tokens(&text) {
            prop_assert!(t.start >= last && t.end > t.start && t.end <= text.len());
            prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            let s = &text[t.start..t.end];
            prop_assert!(!s.starts_with(char::is_whitespace) && !s.ends_with(char::is_whitespace), "{:?}", s);
            last = t.end;
        }
    }

    #[test]
    fn only_separators_are_left_out(text in any_text()) {
        let mut last = 0;
        for t in tokens(&text) {
            let gap = &text[last..t.start];
            prop_assert!(gap.chars().all(|c| c.is_whitespace() || matches!(c,
                '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')), "{:?}", gap);
            last = t.end;
        }
    }

    #[test]
    fn segments_concatenate_to_their_token(text in arabic_heavy(), all in any::<bool>()) {
        let clitics = if all { CliticScheme::All } else { CliticScheme::Ud };
        let analyzed = tokenize(&text, &TokenizeOptions { clitics, ..Default::default() });
        let spans: Vec<_> = tokens(&text).map(|t| (t.start, t.end, t.kind)).collect();
        prop_assert_eq!(analyzed.iter().map(|t| (t.start, t.end, t.kind)).collect::<Vec<_>>(), spans);
        for t in &analyzed {
            prop_assert_eq!(&t.norm, &normalize(&text[t.start..t.end], &NormalizeOptions::default()));
            if let Some(segments) = &t.segments {
                prop_assert!(segments.len() >= 2);
                let mut at = t.start;
                for s in segments {
                    prop_assert!(s.start == at && s.end > s.start);
                    at = s.end;
                }
                prop_assert_eq!(at, t.end);
            }
        }
    }

    #[test]
    fn normalize_never_grows_arabic_and_none_is_identity(text in any_text()) {
        prop_assert_eq!(normalize(&text, &NormalizeOptions::none()), text.clone());
        let once = normalize(&text, &NormalizeOptions::search());
        // Idempotent: folding twice changes nothing more.
        prop_assert_eq!(normalize(&once, &NormalizeOptions::search()), once.clone());
    }
}

#[test]
fn linear_time_on_long_inputs() {
    // 10 MB of one letter, a million diacritics in a row, no spaces at all: each must be one
    // pass (a quadratic scanner would not finish).
    let letters = "ب".repeat(5_000_000);
    assert_eq!(tokens(&letters).count(), 1);
    let marks = format!("ب{}", "\u{064B}".repeat(1_000_000));
    assert_eq!(tokens(&marks).count(), 1);
    let dots = "a.b@".repeat(500_000);
    assert!(tokens(&dots).count() > 1_000_000);
    let urlish = "www.".repeat(300_000);
    assert!(tokens(&urlish).count() >= 1);
}
