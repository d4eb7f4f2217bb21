//! Invariants of the tokenizer and the normalizer, checked on random input.

mod invariants;

use proptest::prelude::*;
use tahlil::clitics::CliticScheme;
use tahlil::normalize::NormalizeOptions;
use tahlil::tokenize::{TokenizeOptions, tokens};

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

    /// Tokens: ordered, disjoint, trimmed slices on char boundaries, with only separators
    /// between them (`invariants::check_tokens`).
    #[test]
    fn tokens_keep_their_invariants(text in any_text()) {
        invariants::check_tokens(&text);
    }

    /// `tokenize` agrees with `tokens`; norms are the tokens normalized; segments are
    /// contiguous and cover their token (`invariants::check_tokenize`).
    #[test]
    fn tokenize_keeps_its_invariants(text in arabic_heavy(), all in any::<bool>()) {
        let clitics = if all { CliticScheme::All } else { CliticScheme::Ud };
        let toks = invariants::check_tokens(&text);
        invariants::check_tokenize(&text, &TokenizeOptions { clitics, ..Default::default() }, &toks);
    }

    /// Normalization: `none()` is the identity, every preset is idempotent and removes what
    /// it says (`invariants::check_normalize`).
    #[test]
    fn normalize_keeps_its_invariants(text in any_text()) {
        for o in [NormalizeOptions::none(), NormalizeOptions::default(), NormalizeOptions::search()] {
            invariants::check_normalize(&text, &o);
        }
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
