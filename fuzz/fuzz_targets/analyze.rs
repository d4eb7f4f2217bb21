//! Every analysis on arbitrary input must return (never panic) and keep its invariants.
//! `cargo +nightly fuzz run analyze -- -max_total_time=300`
#![no_main]

use libfuzzer_sys::fuzz_target;
use tahlil::clitics::CliticScheme;
use tahlil::normalize::NormalizeOptions;
use tahlil::summarize::{SummaryLength, SummaryOptions, summarize};
use tahlil::tokenize::{TokenizeOptions, tokenize};

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let clitics = [CliticScheme::None, CliticScheme::Ud, CliticScheme::All][usize::from(flags % 3)];
    let normalize = if flags & 4 != 0 { NormalizeOptions::search() } else { NormalizeOptions::default() };
    let mut last = 0;
    for t in tokenize(&text, &TokenizeOptions { clitics, normalize }) {
        assert!(t.start >= last && t.end > t.start && t.end <= text.len());
        if let Some(segments) = &t.segments {
            assert_eq!(segments.first().map(|s| s.start), Some(t.start));
            assert_eq!(segments.last().map(|s| s.end), Some(t.end));
            assert!(segments.windows(2).all(|w| w[0].end == w[1].start));
        }
        last = t.end;
    }
    let mut last = 0;
    for s in tahlil::sentences::split(&text) {
        assert!(s.start >= last && s.end > s.start && s.end <= text.len());
        last = s.end;
    }
    tahlil::normalize::normalize(&text, &normalize);
    let length = match flags >> 6 {
        0 => SummaryLength::Ratio(f64::from(flags & 0x3F) / 63.0),
        1 => SummaryLength::Sentences(usize::from(flags & 0x3F)),
        _ => SummaryLength::MaxWords(usize::from(flags) * 3),
    };
    let summary = summarize(&text, &SummaryOptions { length, keyword_limit: usize::from(flags & 15) });
    assert!(summary.sentences.windows(2).all(|w| w[0].index < w[1].index));
    assert!(summary.sentences.iter().all(|s| (0.0..=1.0).contains(&s.score) && s.end <= text.len()));
    for k in summary.keywords.iter().chain(&tahlil::keywords::keywords(&text, 5)) {
        assert!((0.0..=1.0).contains(&k.score) && k.count == k.spans.len());
        assert!(k.spans.iter().all(|&(s, e)| s < e && text.is_char_boundary(s) && text.is_char_boundary(e)));
    }
});
