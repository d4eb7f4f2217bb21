//! The public API's invariants, as checks that panic with a short message when one fails.
//!
//! Shared by the fuzz targets (`fuzz/fuzz_targets/*.rs` include this file by path), the
//! pathological-input tests (`tests/pathological.rs`) and the fuzz findings kept as regression
//! tests (`tests/fuzz_regressions.rs`), so a finding replays exactly the check that caught it.
//! Every check is linear in the input (plus sorting), so it also runs on 10 MB inputs.
#![allow(dead_code)]

use tahlil::article::{Article, extract_article};
use tahlil::keywords::{Keyword, KeywordOptions, keywords, keywords_with};
use tahlil::normalize::{NormalizeOptions, normalize, normalize_into};
use tahlil::sentences::{Sentence, sentences, split, split_without_fast_path};
use tahlil::summarize::{
    ScoredSentence, Summary, SummaryLength, SummaryOptions, candidate_scores, ratio_count, sentence_scores,
    summarize,
};
use tahlil::tokenize::{AnalyzedToken, Token, TokenKind, TokenizeOptions, tokenize, tokens};
use tahlil::utf16::{Utf16Cursor, to_utf16_many};

/// At most 200 characters of `text`, for messages (inputs can be 10 MB).
pub fn show(text: &str) -> String {
    let head: String = text.chars().take(200).collect();
    if head.len() < text.len() { format!("{head:?}… ({} bytes)", text.len()) } else { format!("{head:?}") }
}

/// What the tokenizer skips between tokens: whitespace, bidi controls (ALM, LRM, RLM,
/// embeddings, overrides, isolates), ZWSP, word joiner, BOM and stand-alone ZWNJ/ZWJ.
pub fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(c,
            '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}' | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}')
}

fn is_arabic_indic_digit(c: char) -> bool {
    matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// The longest expansion of a presentation form, in bytes per input byte: ﷺ (3 bytes) →
/// "صلى الله عليه وسلم" (33 bytes).
pub const MAX_NORMALIZE_GROWTH: usize = 11;

// ---------------------------------------------------------------------------------------------
// Tokens

/// `tokens()`: ordered, disjoint, non-empty, in bounds, on char boundaries; a token never
/// starts or ends with whitespace nor starts with a separator; what lies between tokens is
/// separators only. Returns the tokens.
pub fn check_tokens(text: &str) -> Vec<Token> {
    let toks: Vec<Token> = tokens(text).collect();
    let mut last = 0;
    for t in &toks {
        assert!(t.start >= last, "tokens overlap or go back at {} in {}", t.start, show(text));
        assert!(
            t.start < t.end && t.end <= text.len(),
            "empty or out-of-bounds token {t:?} in {}",
            show(text)
        );
        assert!(
            text.is_char_boundary(t.start) && text.is_char_boundary(t.end),
            "token {t:?} not on char boundaries in {}",
            show(text)
        );
        let s = &text[t.start..t.end];
        assert!(!s.starts_with(is_separator), "token {s:?} starts with a separator in {}", show(text));
        assert!(!s.ends_with(char::is_whitespace), "token {s:?} ends with whitespace in {}", show(text));
        let gap = &text[last..t.start];
        assert!(
            gap.chars().all(is_separator),
            "gap {gap:?} before {s:?} is not only separators in {}",
            show(text)
        );
        last = t.end;
    }
    let tail = &text[last..];
    assert!(tail.chars().all(is_separator), "tail {tail:?} is not only separators in {}", show(text));
    toks
}

/// `tokenize()`: the same spans and kinds as `tokens()`; `norm` is the token normalized;
/// segments only for words and numbers when the scheme splits, at least two, non-empty,
/// contiguous, from the token's start to its end; and the UTF-16 offsets of every boundary.
pub fn check_tokenize(text: &str, options: &TokenizeOptions, toks: &[Token]) -> Vec<AnalyzedToken> {
    let analyzed = tokenize(text, options);
    assert_eq!(analyzed.len(), toks.len(), "tokenize and tokens disagree on the count in {}", show(text));
    let mut offsets = Vec::with_capacity(toks.len() * 2);
    // The spelling of the whole text, read once (per token it made this check quadratic).
    let spelling = tahlil::clitics::Spelling::of(text);
    for (a, t) in analyzed.iter().zip(toks) {
        assert_eq!((a.start, a.end, a.kind), (t.start, t.end, t.kind), "tokenize ≠ tokens in {}", show(text));
        let surface = &text[a.start..a.end];
        assert_eq!(a.norm, normalize(surface, &options.normalize), "norm of {surface:?}");
        offsets.push(a.start);
        // The memoized segments are those of `segments_with` on the token alone, read with
        // the spelling of the whole text.
        let alone = tahlil::tokenize::segments_with(surface, a.kind, options.clitics, spelling);
        let shifted = a.segments.as_ref().map(|segs| {
            segs.iter()
                .map(|g| {
                    (g.start.wrapping_sub(a.start), g.end.wrapping_sub(a.start), g.role, g.form.as_str())
                })
                .collect::<Vec<_>>()
        });
        let alone = alone
            .as_ref()
            .map(|segs| segs.iter().map(|g| (g.start, g.end, g.role, g.form.as_str())).collect::<Vec<_>>());
        assert_eq!(shifted, alone, "tokenize's segments of {surface:?} ≠ segments_of");
        let Some(segments) = &a.segments else {
            offsets.push(a.end);
            continue;
        };
        assert!(
            options.clitics != tahlil::clitics::CliticScheme::None
                && matches!(a.kind, TokenKind::Word | TokenKind::Number),
            "segments on {surface:?} ({:?}) with {:?}",
            a.kind,
            options.clitics
        );
        assert!(segments.len() >= 2, "a split into one segment: {surface:?} → {segments:?}");
        let mut at = a.start;
        for s in segments {
            assert!(s.start == at && s.start < s.end, "segments of {surface:?} not contiguous: {segments:?}");
            assert!(text.is_char_boundary(s.end), "segment of {surface:?} ends inside a char: {segments:?}");
            at = s.end;
            offsets.push(at);
        }
        assert_eq!(at, a.end, "segments of {surface:?} stop before its end: {segments:?}");
    }
    check_utf16(text, &offsets);
    analyzed
}

/// `Utf16Cursor` on non-decreasing offsets and `to_utf16_many` on unordered ones agree with
/// `text[..i].encode_utf16().count()` (summed gap by gap, so the check stays linear).
pub fn check_utf16(text: &str, offsets: &[usize]) {
    let mut expected = Vec::with_capacity(offsets.len());
    let (mut byte, mut units) = (0, 0);
    let mut cursor = Utf16Cursor::new(text);
    for &i in offsets {
        assert!(i >= byte && text.is_char_boundary(i), "offsets must be non-decreasing char boundaries");
        units += text[byte..i].encode_utf16().count();
        byte = i;
        expected.push(units);
        assert_eq!(cursor.to_utf16(i), units, "Utf16Cursor at byte {i} of {}", show(text));
    }
    let mut reversed: Vec<usize> = offsets.iter().rev().copied().collect();
    to_utf16_many(text, &mut reversed);
    reversed.reverse();
    assert_eq!(reversed, expected, "to_utf16_many on reversed offsets of {}", show(text));
    // Going back restarts the cursor; still correct.
    if let (Some(&first), Some(&last)) = (offsets.first(), offsets.last()) {
        let mut cursor = Utf16Cursor::new(text);
        assert_eq!(cursor.to_utf16(last), expected[expected.len() - 1]);
        assert_eq!(cursor.to_utf16(first), expected[0]);
    }
}

// ---------------------------------------------------------------------------------------------
// Sentences

/// Whether `pos` is the join of a line that is exactly one string written twice, glued
/// (`حرب فيتنام كانت نزاعحرب فيتنام كانت نزاع`): the line, trimmed, is `X` then `X`, and `pos`
/// is where the second starts.
pub fn is_doubled_join(text: &str, pos: usize) -> bool {
    let is_break =
        |c: char| matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}');
    let after_break = |i: usize| i + text[i..].chars().next().map_or(1, char::len_utf8);
    let line_start = text[..pos].rfind(is_break).map_or(0, after_break);
    let line_end = text[pos..].find(is_break).map_or(text.len(), |i| pos + i);
    let (a, b) = (text[line_start..pos].trim_start(), text[pos..line_end].trim_end());
    !a.is_empty() && a == b
}

/// `split()`, `sentences()` and `split` without its fast path: the same spans; ordered, disjoint, non-empty, on char
/// boundaries, starting at a token's start and ending at a token's end, trimmed; between
/// sentences only separators, so every other character is in exactly one sentence.
pub fn check_sentences(text: &str, toks: &[Token]) -> Vec<Sentence> {
    let spans = split(text);
    assert!(sentences(text).eq(spans.iter().copied()), "split ≠ sentences() in {}", show(text));
    assert!(split_without_fast_path(text) == spans, "the fast path changes the spans of {}", show(text));
    let mut last = 0;
    let mut k = 0; // tokens before k are in an earlier sentence
    for s in &spans {
        assert!(s.start >= last, "sentences overlap at {} in {}", s.start, show(text));
        assert!(
            s.start < s.end && s.end <= text.len(),
            "empty or out-of-bounds sentence {s:?} in {}",
            show(text)
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "sentence {s:?} not on char boundaries in {}",
            show(text)
        );
        let body = &text[s.start..s.end];
        assert!(
            !body.starts_with(char::is_whitespace) && !body.ends_with(char::is_whitespace),
            "sentence {} is not trimmed in {}",
            show(body),
            show(text)
        );
        let gap = &text[last..s.start];
        assert!(gap.chars().all(is_separator), "{} between sentences in {}", show(gap), show(text));
        // The sentence is a run of whole tokens, but at the join of a line that is one string
        // written twice (a headline glued to its repeat), which may fall inside a token.
        let starts_in_token = k > 0 && toks[k - 1].end > s.start;
        assert!(
            (k < toks.len() && toks[k].start == s.start)
                || (starts_in_token && is_doubled_join(text, s.start)),
            "sentence {s:?} does not start at a token in {}",
            show(text)
        );
        while k < toks.len() && toks[k].end <= s.end {
            k += 1;
        }
        if k < toks.len() && toks[k].start < s.end {
            assert!(is_doubled_join(text, s.end), "a token straddles the end of {s:?} in {}", show(text));
            k += 1; // the token's second half starts the next sentence
        } else {
            assert_eq!(
                toks[k - 1].end,
                s.end,
                "sentence {s:?} does not end at a token's end in {}",
                show(text)
            );
        }
        last = s.end;
    }
    assert_eq!(k, toks.len(), "tokens after the last sentence in {}", show(text));
    let tail = &text[last..];
    assert!(tail.chars().all(is_separator), "{} after the last sentence in {}", show(tail), show(text));
    spans
}

// ---------------------------------------------------------------------------------------------
// Normalization

/// `normalize()`: bounded growth, idempotent, `normalize_into` appends the same text, and
/// nothing that an enabled rule removes or folds is left in the output.
pub fn check_normalize(text: &str, o: &NormalizeOptions) -> String {
    let out = normalize(text, o);
    assert!(
        out.len() <= MAX_NORMALIZE_GROWTH * text.len(),
        "normalize grew {} bytes to {}",
        text.len(),
        out.len()
    );
    let mut appended = String::from("x");
    normalize_into(text, o, &mut appended);
    assert_eq!(&appended[1..], out, "normalize_into ≠ normalize");
    if *o == NormalizeOptions::none() {
        assert_eq!(out, text, "none() must be the identity");
    }
    let twice = normalize(&out, o);
    assert_eq!(twice, out, "not idempotent with {o:?} on {}", show(text));
    let mut prev = None;
    for c in out.chars() {
        let bad = (o.diacritics && is_arabic_diacritic_like(c))
            || (o.tatweel && c == '\u{0640}')
            || (o.alef && matches!(c, 'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}'))
            || (o.alef && prev == Some('ا') && matches!(c, '\u{0653}'..='\u{0655}'))
            || (o.alef_maqsura && c == 'ى')
            || (o.teh_marbuta && c == 'ة')
            || (o.hamza && matches!(c, 'ؤ' | 'ئ'))
            || (o.digits && is_arabic_indic_digit(c))
            || (o.bidi_marks
                && matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
            || (o.ligatures && is_presentation_form(c));
        assert!(!bad, "{c:?} (U+{:04X}) left by {o:?} in the output of {}", c as u32, show(text));
        prev = Some(c);
    }
    out
}

/// The diacritics the `diacritics` rule removes (the module docs' list: harakat, tanween,
/// shadda, sukun, dagger alef, Quranic marks, combining hamza and madda).
fn is_arabic_diacritic_like(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}' | '\u{06E7}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}'
        | '\u{08CA}'..='\u{08E1}' | '\u{08E3}'..='\u{08FF}')
}

/// Whether the ligatures rule expands `c` (it only knows U+FB50–U+FEFF).
fn is_presentation_form(c: char) -> bool {
    if !('\u{FB50}'..='\u{FEFF}').contains(&c) {
        return false;
    }
    let only = NormalizeOptions { ligatures: true, ..NormalizeOptions::none() };
    let mut buf = [0u8; 4];
    let s = c.encode_utf8(&mut buf);
    normalize(s, &only) != *s
}

// ---------------------------------------------------------------------------------------------
// Summaries and keywords

/// Words of each sentence as `summarize` counts them (word-like tokens inside it).
pub fn words_per_sentence(toks: &[Token], spans: &[Sentence]) -> Vec<usize> {
    let mut words = vec![0; spans.len()];
    let mut s = 0;
    for t in toks {
        while s < spans.len() && spans[s].end <= t.start {
            s += 1;
        }
        if s < spans.len() && t.kind.is_wordlike() {
            words[s] += 1;
        }
    }
    words
}

/// `summarize()` and `sentence_scores()`, checked by [`check_summary_result`]; then
/// deterministic (a second run, with other hash seeds, gives the same summary) and the
/// keywords are those of `keywords(text, keyword_limit)`.
pub fn check_summary(text: &str, o: &SummaryOptions, toks: &[Token], spans: &[Sentence]) -> Summary {
    let sum = summarize(text, o);
    let scores = candidate_scores(text, o.extract);
    check_summary_result(text, o, &sum, Some(&scores), toks, spans);
    assert_eq!(sum, summarize(text, o), "summarize is not deterministic on {}", show(text));
    let kw_options = KeywordOptions { limit: o.keyword_limit, extract: o.extract };
    assert_eq!(sum.keywords, keywords_with(text, &kw_options), "summary keywords ≠ keywords()");
    if o.extract {
        assert_eq!(sentence_scores(text), scores, "sentence_scores ≠ candidate_scores(text, true)");
    }
    sum
}

/// A summary: candidates (sentences of `split`, or their parts inside the article's
/// paragraphs) in document order, scores in `[0, 1]` (equal to the candidates' scores when
/// given, whose best is 1), no two with the same folded text, the length option respected,
/// valid keywords.
pub fn check_summary_result(
    text: &str,
    o: &SummaryOptions,
    sum: &Summary,
    scores: Option<&[ScoredSentence]>,
    toks: &[Token],
    spans: &[Sentence],
) {
    let n = spans.len();
    let within = |s: &ScoredSentence| {
        s.index < n && spans[s.index].start <= s.start && s.end <= spans[s.index].end && s.start < s.end
    };
    if let Some(scores) = scores {
        assert!(scores.len() <= n || o.extract, "more candidates than sentences without extraction");
        let mut prev: Option<&ScoredSentence> = None;
        for s in scores {
            assert!(within(s), "candidate {s:?} not inside sentence {} of {n}", s.index);
            assert!(prev.is_none_or(|p| p.end <= s.start && p.index <= s.index), "candidates out of order");
            assert!((0.0..=1.0).contains(&s.score), "score {} out of [0, 1]", s.score);
            prev = Some(s);
        }
        if scores.iter().any(|s| s.score > 0.0) {
            assert_eq!(scores.iter().map(|s| s.score).fold(0.0, f64::max), 1.0, "the best sentence scores 1");
        }
    }
    let mut prev: Option<&ScoredSentence> = None;
    let mut folded = std::collections::HashSet::new();
    for s in &sum.sentences {
        assert!(within(s), "summary sentence {s:?} not inside sentence {} of {n}", s.index);
        assert!(prev.is_none_or(|p| p.end <= s.start && p.index <= s.index), "summary not in document order");
        prev = Some(s);
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!((0.0..=1.0).contains(&s.score), "score {} out of [0, 1]", s.score);
        if let Some(scores) = scores {
            assert!(scores.contains(s), "summary sentence {s:?} is not a candidate");
        }
        let key = normalize(&text[s.start..s.end], &NormalizeOptions::search());
        let key: String = key.chars().filter(|c| c.is_alphanumeric()).collect();
        assert!(key.is_empty() || folded.insert(key), "two summary sentences with the same folded text");
    }
    if let Some(scores) = scores {
        let m = scores.len();
        match o.length {
            SummaryLength::Sentences(k) => assert_eq!(sum.sentences.len(), k.min(m), "Sentences({k}) of {m}"),
            SummaryLength::Ratio(r) => {
                let k = ratio_count(r, m);
                assert!(k <= m && (k > 0 || m == 0 || r.is_nan() || r <= 0.0), "ratio_count({r}, {m}) = {k}");
                assert_eq!(sum.sentences.len(), k, "Ratio({r}) of {m}");
            }
            SummaryLength::MaxWords(_) => {}
        }
    }
    if let SummaryLength::MaxWords(m) = o.length {
        let used: usize = sum
            .sentences
            .iter()
            .map(|s| {
                toks.iter().filter(|t| t.kind.is_wordlike() && s.start <= t.start && t.end <= s.end).count()
            })
            .sum();
        assert!(used <= m, "MaxWords({m}) took {used} words");
    }
    check_keywords(text, &sum.keywords, o.keyword_limit, toks, spans);
}

/// Keywords: at most `limit`, distinct texts, scores in `(0, 1]` best first (the first 1),
/// `count == spans.len() ≥ 1`, spans in text order, on token boundaries inside one sentence,
/// and `text` comes from its spans (their text, or their words without leading clitics).
pub fn check_keywords(text: &str, kws: &[Keyword], limit: usize, toks: &[Token], spans: &[Sentence]) {
    assert!(kws.len() <= limit, "{} keywords for limit {limit}", kws.len());
    let starts: Vec<usize> = toks.iter().map(|t| t.start).collect();
    let ends: Vec<usize> = toks.iter().map(|t| t.end).collect();
    let mut texts: Vec<&str> = Vec::with_capacity(kws.len());
    let title = extract_article(text).title;
    for (i, k) in kws.iter().enumerate() {
        assert!(k.score > 0.0 && k.score <= 1.0, "keyword score {}", k.score);
        assert!(i > 0 || k.score == 1.0, "the first keyword scores 1");
        assert!(i == 0 || kws[i - 1].score >= k.score, "keywords not best first");
        assert_eq!(k.count, k.spans.len(), "count ≠ spans.len()");
        assert!(k.count >= 1 && !k.text.is_empty(), "empty keyword {k:?}");
        let mut prev_start = None;
        for &(s, e) in &k.spans {
            assert!(s < e && e <= text.len(), "keyword span {s}..{e}");
            assert!(
                text.is_char_boundary(s) && text.is_char_boundary(e),
                "keyword span {s}..{e} inside a char"
            );
            assert!(prev_start.is_none_or(|p| p < s), "keyword spans not in text order: {:?}", k.spans);
            prev_start = Some(s);
            // On token boundaries; a headline cut from its glued copy (…الصعيدالحكومة…) ends
            // inside a token of the whole text, and its words end there too, as do the words
            // of any line written twice, which the sentences split at the join.
            let title_end = title.is_some_and(|t| t.end == e);
            assert!(
                (starts.binary_search(&s).is_ok() || is_doubled_join(text, s))
                    && (ends.binary_search(&e).is_ok() || title_end || is_doubled_join(text, e)),
                "keyword span {s}..{e} not on token boundaries"
            );
            let in_one = spans.partition_point(|x| x.end <= s);
            assert!(
                in_one < spans.len() && spans[in_one].start <= s && e <= spans[in_one].end,
                "keyword span crosses sentences"
            );
        }
        // The readable form is a span's text, or its words without leading clitics
        // (للتعليم → التعليم): each word, without a leading ال, lies inside a span.
        let from_spans = k.text.split(' ').all(|w| {
            let core = w.strip_prefix("ال").filter(|c| !c.is_empty()).unwrap_or(w);
            k.spans.iter().any(|&(s, e)| text[s..e].contains(core))
        });
        assert!(from_spans, "keyword text {:?} does not come from its spans", k.text);
        texts.push(&k.text);
    }
    texts.sort_unstable();
    assert!(texts.windows(2).all(|w| w[0] != w[1]), "duplicate keyword texts: {texts:?}");
}

/// `keywords()`: the keyword checks, and a smaller limit returns a prefix of a larger one.
pub fn check_keywords_api(text: &str, limit: usize, toks: &[Token], spans: &[Sentence]) -> Vec<Keyword> {
    let kws = keywords(text, limit);
    check_keywords(text, &kws, limit, toks, spans);
    let more = keywords(text, limit.saturating_add(3));
    assert!(
        more.len() >= kws.len() && more[..kws.len()] == kws[..],
        "keywords({limit}) is not a prefix of a longer list"
    );
    kws
}

/// Every analysis on `text` with the given options, every check.
pub fn check_all(text: &str, tokenize_options: &TokenizeOptions, summary: &SummaryOptions) {
    let toks = check_tokens(text);
    check_tokenize(text, tokenize_options, &toks);
    let spans = check_sentences(text, &toks);
    check_normalize(text, &tokenize_options.normalize);
    check_summary(text, summary, &toks, &spans);
    check_keywords_api(text, summary.keyword_limit, &toks, &spans);
    check_article(text);
}

/// `extract_article()`: title, paragraphs and boilerplate are trimmed non-empty spans on char
/// boundaries, in order and disjoint, and together cover every non-whitespace character exactly
/// once; no paragraph without a good reason (a text of one line has one); deterministic.
pub fn check_article(text: &str) -> Article {
    let a = extract_article(text);
    let mut parts: Vec<(usize, usize)> = a.title.iter().map(|t| (t.start, t.end)).collect();
    parts.extend(a.paragraphs.iter().map(|p| (p.start, p.end)));
    parts.extend(a.boilerplate.iter().map(|b| (b.start, b.end)));
    for w in a.paragraphs.windows(2) {
        assert!(w[0].end <= w[1].start, "paragraphs out of order in {}", show(text));
    }
    for w in a.boilerplate.windows(2) {
        assert!(w[0].end <= w[1].start, "boilerplate out of order in {}", show(text));
    }
    parts.sort_unstable();
    let mut covered = 0;
    for &(s, e) in &parts {
        assert!(s < e && e <= text.len(), "empty or out-of-range part {s}..{e} in {}", show(text));
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "part {s}..{e} inside a char");
        assert!(covered <= s, "parts overlap at {s} in {}", show(text));
        let part = &text[s..e];
        assert!(part.trim() == part, "part {s}..{e} not trimmed in {}", show(text));
        assert!(text[covered..s].trim().is_empty(), "text {covered}..{s} not covered in {}", show(text));
        covered = e;
    }
    assert!(text[covered..].trim().is_empty(), "the end of the text is not covered in {}", show(text));
    assert_eq!(a, extract_article(text), "extract_article is not deterministic on {}", show(text));
    a
}

// ---------------------------------------------------------------------------------------------
// Fuzz inputs: option bits, then the text (`String::from_utf8_lossy` of the rest). The fuzz
// targets are these functions; `tests/fuzz_regressions.rs` replays saved inputs through them.

/// Runs the fuzz target `target` on one input.
pub fn fuzz_one(target: &str, data: &[u8]) {
    match target {
        "tokenize" => fuzz_tokenize(data),
        "sentences" => fuzz_sentences(data),
        "normalize" => fuzz_normalize(data),
        "summarize" => fuzz_summarize(data),
        "keywords" => fuzz_keywords(data),
        "article" => fuzz_article(data),
        _ => panic!("no fuzz target {target:?}"),
    }
}

/// First byte: bits 0-1 the clitic scheme (none, ud, all, ud), bits 2-3 the normalization
/// preset (default, search, none, search without diacritics and ligatures).
pub fn fuzz_tokenize(data: &[u8]) {
    use tahlil::clitics::CliticScheme;
    let Some((&flags, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let clitics =
        [CliticScheme::None, CliticScheme::Ud, CliticScheme::All, CliticScheme::Ud][usize::from(flags & 3)];
    let normalize = match (flags >> 2) & 3 {
        0 => NormalizeOptions::default(),
        1 => NormalizeOptions::search(),
        2 => NormalizeOptions::none(),
        _ => NormalizeOptions { diacritics: false, ligatures: false, ..NormalizeOptions::search() },
    };
    let toks = check_tokens(&text);
    check_tokenize(&text, &TokenizeOptions { clitics, normalize }, &toks);
}

/// First byte: ignored (the same layout as the other targets, so inputs can be shared).
pub fn fuzz_sentences(data: &[u8]) {
    let Some((_, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let toks = check_tokens(&text);
    check_sentences(&text, &toks);
}

/// First two bytes, little-endian: the nine switches, bit 0 `diacritics` … bit 8 `bidi_marks`
/// in the order of the struct.
pub fn fuzz_normalize(data: &[u8]) {
    let [a, b, rest @ ..] = data else { return };
    let bits = u16::from_le_bytes([*a, *b]);
    let on = |i: u16| bits & (1 << i) != 0;
    let options = NormalizeOptions {
        diacritics: on(0),
        tatweel: on(1),
        alef: on(2),
        alef_maqsura: on(3),
        teh_marbuta: on(4),
        hamza: on(5),
        digits: on(6),
        ligatures: on(7),
        bidi_marks: on(8),
    };
    check_normalize(&String::from_utf8_lossy(rest), &options);
}

/// Odd ratios the `summarize` target also tries: NaN, negative, zero, infinite, above 1, tiny.
const ODD_RATIOS: [f64; 8] = [f64::NAN, -1.0, 0.0, f64::INFINITY, 1.0, 7.5, 1e-12, f64::NEG_INFINITY];

/// First byte: bits 6-7 the length kind (ratio v/63, v sentences, 2v words, an odd ratio),
/// bits 0-5 its value v; second byte: the keyword limit (bits 0-4).
pub fn fuzz_summarize(data: &[u8]) {
    let [length, limit, rest @ ..] = data else { return };
    let value = length & 0x3F;
    let length = match length >> 6 {
        0 => SummaryLength::Ratio(f64::from(value) / 63.0),
        1 => SummaryLength::Sentences(usize::from(value)),
        2 => SummaryLength::MaxWords(usize::from(value) * 2),
        _ => SummaryLength::Ratio(ODD_RATIOS[usize::from(value & 7)]),
    };
    let options = SummaryOptions { length, keyword_limit: usize::from(limit & 31), extract: limit & 32 == 0 };
    let text = String::from_utf8_lossy(rest);
    let toks = check_tokens(&text);
    let spans = check_sentences(&text, &toks);
    check_summary(&text, &options, &toks, &spans);
}

/// First byte: the limit (bits 0-5; 255 means `usize::MAX`).
pub fn fuzz_keywords(data: &[u8]) {
    let Some((&limit, rest)) = data.split_first() else { return };
    let limit = if limit == 255 { usize::MAX } else { usize::from(limit & 63) };
    let text = String::from_utf8_lossy(rest);
    let toks = check_tokens(&text);
    let spans = check_sentences(&text, &toks);
    check_keywords_api(&text, limit, &toks, &spans);
}

/// The whole input is the text.
pub fn fuzz_article(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    check_article(&text);
    // Summaries read the article: their invariants hold with extraction on and off.
    let toks = check_tokens(&text);
    let spans = check_sentences(&text, &toks);
    for extract in [true, false] {
        let o = SummaryOptions { length: SummaryLength::Sentences(3), keyword_limit: 5, extract };
        check_summary(&text, &o, &toks, &spans);
    }
}
