//! Fuzz findings, kept as regression tests.
//!
//! * Every file in `tests/fuzz-regressions/<target>/` is an input of the fuzz target `<target>`
//!   (option bits, then the text; see `tests/invariants/mod.rs`) and replays through exactly
//!   the checks the fuzzer ran. To keep a new finding: copy `fuzz/artifacts/<target>/crash-…`
//!   there (a short descriptive name after the hash helps), fix, and see it pass.
//! * Each finding also has a named test below with its minimal input, so that the failure
//!   reads as a sentence.

mod invariants;

use tahlil::normalize::{NormalizeOptions, normalize, normalize_into};

#[test]
fn saved_inputs_replay_through_their_targets() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut replayed = 0;
    for target in std::fs::read_dir(&root).expect("tests/fuzz-regressions") {
        let target = target.expect("entry").path();
        let name = target.file_name().and_then(|n| n.to_str()).expect("target name").to_string();
        for input in std::fs::read_dir(&target).expect("target dir") {
            let input = input.expect("entry").path();
            let data = std::fs::read(&input).expect("input");
            let result = std::panic::catch_unwind(|| invariants::fuzz_one(&name, &data));
            assert!(result.is_ok(), "{} fails its checks", input.display());
            replayed += 1;
        }
    }
    assert!(replayed > 0, "no saved inputs under {}", root.display());
}

fn without_diacritics() -> NormalizeOptions {
    NormalizeOptions { diacritics: false, ..NormalizeOptions::default() }
}

/// Found by the `normalize` target: with `alef` on and `diacritics` off, أ/إ + combining
/// hamza became ا + hamza, which the next pass folded to ا (not idempotent). The rule now
/// looks at the output, where the alef is already folded.
#[test]
fn alef_with_hamza_then_a_combining_hamza() {
    let o = without_diacritics();
    assert_eq!(normalize("إ\u{0654}", &o), "ا");
    assert_eq!(normalize("ﺃ\u{0655}", &o), "ا"); // presentation form of أ
    // A removed tatweel between them is gone from the output too.
    assert_eq!(normalize("اـ\u{0654}", &o), "ا");
    invariants::check_normalize("إ\u{0654} اـ\u{0653} ﺃ\u{0655}", &o);
}

/// Found by the `normalize` target: `normalize_into` judged a leading ZWNJ by the text already
/// in `out`, so appending gave something else than `normalize` ("Appends the normalized text").
#[test]
fn normalize_into_appends_what_normalize_returns() {
    let mut out = String::from("ب");
    normalize_into("\u{200C}ت", &NormalizeOptions::default(), &mut out);
    assert_eq!(out, "بت");
    invariants::check_normalize("\u{200C}ت", &NormalizeOptions::default());
}

/// Found while writing the `normalize` invariants: a ZWNJ before a presentation form that
/// expands to a mark (ﹰ → fathatan, ﱞ → dammatan + shadda) was kept as if a letter followed,
/// and the next pass removed it.
#[test]
fn zwnj_before_the_presentation_form_of_a_mark() {
    let o = without_diacritics();
    assert_eq!(normalize("ب\u{200C}ﹰ", &o), "ب\u{064B}");
    assert_eq!(normalize("ب\u{200C}ﱞت", &o), "ب\u{064C}\u{0651}ت");
    // Still kept between two letters, also when the next one is a presentation form.
    assert_eq!(normalize("ب\u{200C}ﻻ", &o), "ب\u{200C}لا");
    for text in ["ب\u{200C}ﹰ", "ب\u{200C}ﱞت", "ب\u{200C}ﻻ"] {
        invariants::check_normalize(text, &o);
        invariants::check_normalize(text, &NormalizeOptions::default());
    }
}

/// Found by tests/pathological.rs: with `bidi_marks` on (the default) the joiner look-ahead ran
/// for every character and scanned the whole run of removed characters after it, so a run of
/// diacritics was quadratic (40,000 marks: 3.8 s; a million: about 40 minutes). Linear now;
/// tests/pathological.rs times it.
#[test]
fn a_long_run_of_diacritics_is_normalized() {
    let text = format!("ب{}\u{200C}ت", "\u{064E}".repeat(200_000));
    assert_eq!(normalize(&text, &NormalizeOptions::default()), "ب\u{200C}ت");
}

/// Finding (fixed in tokenize.rs): a grapheme-cluster "prepend" character (U+0600–U+0605 number
/// signs, U+06DD end of ayah, U+08E2) is a symbol token made of its grapheme cluster, and the
/// grapheme rules (GB9b) glued a following space or no-break space to it: the token "\u{6DD} "
/// ended with whitespace, and a sentence ending with it was not trimmed.
#[test]
fn a_prepend_character_does_not_take_the_following_space() {
    let text = "\u{06DD} ١";
    let tokens: Vec<&str> = tahlil::tokenize::tokens(text).map(|t| &text[t.start..t.end]).collect();
    assert_eq!(tokens, ["\u{06DD}", "١"]);
    let text = "نهاية الآية \u{06DD}\u{00A0}";
    let toks = invariants::check_tokens(text);
    invariants::check_sentences(text, &toks);
}

/// Found by the `article` target: when the headline is only found glued to its own copy
/// (`…في الصعيدالحكومة تطلق…`), keywords count the headline's words once, and the last
/// word's span ends where the headline ends, inside a token of the whole text. The keyword
/// checks accept exactly that boundary.
#[test]
fn keywords_of_a_headline_glued_to_its_copy() {
    let text = "الحكومة تطلق برنامجاً في الصعيدالحكومة تطلق برنامجاً في الصعيد\n\
                أعلنت الحكومة اليوم إطلاق برنامج جديد لدعم المزارعين في الصعيد، يشمل قروضاً ميسرة.\n\
                وقال الوزير إن البرنامج يستهدف مئة ألف مزارع في الصعيد.";
    invariants::fuzz_article(text.as_bytes());
    let k = tahlil::keywords::keywords(text, 10);
    let title_end = text.find("الصعيدالحكومة").unwrap() + "الصعيد".len();
    assert!(k.iter().any(|k| k.spans.iter().any(|&(_, e)| e == title_end)), "{k:?}");
}

/// Found by the `article` target: the headline can come after a paragraph (a wrapped block
/// above it reads as article); its unit for the keywords takes its place in text order, so
/// keyword spans stay in order.
#[test]
fn a_headline_after_a_paragraph_keeps_keyword_spans_in_order() {
    let data = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fuzz-regressions/article/860b5ea0-headline-after-a-paragraph"),
    )
    .expect("saved input");
    invariants::fuzz_article(&data);
}
