//! Edge cases and properties of `summarize` and `keywords`.

mod invariants;

use proptest::prelude::*;
use tahlil::keywords::{Keyword, keywords};
use tahlil::sentences;
use tahlil::summarize::{
    Summary, SummaryLength, SummaryOptions, candidate_scores, ratio_count, sentence_scores, summarize,
};
use tahlil::tokenize::tokens;

fn opts(length: SummaryLength) -> SummaryOptions {
    SummaryOptions { length, keyword_limit: 10, extract: true }
}

/// The shared invariants of a summary (`tests/invariants`): candidates in document order with
/// scores in `[0, 1]`, no repeated text, the length option respected, valid keywords.
fn check(text: &str, o: &SummaryOptions, sum: &Summary) {
    let toks: Vec<_> = tokens(text).collect();
    let spans = sentences::split(text);
    let scores = candidate_scores(text, o.extract);
    invariants::check_summary_result(text, o, sum, Some(&scores), &toks, &spans);
}

/// The shared invariants of keywords (`tests/invariants`).
fn check_keywords(text: &str, kws: &[Keyword], limit: usize) {
    let toks: Vec<_> = tokens(text).collect();
    invariants::check_keywords(text, kws, limit, &toks, &sentences::split(text));
}

const ARTICLE: &str = "العود آلة موسيقية شرقية وترية تاريخها موغل في القدم.و تعني كلمة العود في اللغة \
العربية الخشب. فالعود من الآلات الوترية العربية له خمسة أوتار. يعتبر العود آلة رئيسية في التخت \
الموسيقي الشرقي. وصناعة الأعواد في بغداد لها تاريخ طويل. وكان الجو جميلا.";

#[test]
fn empty_text() {
    for length in [SummaryLength::default(), SummaryLength::Sentences(3), SummaryLength::MaxWords(10)] {
        let o = opts(length);
        let s = summarize("", &o);
        assert!(s.sentences.is_empty() && s.keywords.is_empty());
        let s = summarize("  \n\t ", &o);
        assert!(s.sentences.is_empty() && s.keywords.is_empty());
    }
    assert!(keywords("", 10).is_empty());
}

#[test]
fn one_sentence() {
    let text = "تعمل الحكومة على خطة جديدة للتعليم";
    let s = summarize(text, &SummaryOptions::default());
    assert_eq!(s.sentences.len(), 1);
    assert_eq!(s.sentences[0].index, 0);
    assert_eq!(s.sentences[0].score, 1.0);
    assert_eq!(&text[s.sentences[0].start..s.sentences[0].end], text);
    check(text, &SummaryOptions::default(), &s);
    // The keyword of للتعليم is shown without its preposition, the article restored.
    assert!(s.keywords.iter().any(|k| k.text == "التعليم"), "{:?}", s.keywords);
}

#[test]
fn default_is_a_third_rounded_up() {
    assert_eq!(SummaryOptions::default().length, SummaryLength::Ratio(0.33));
    assert_eq!(ratio_count(0.33, 6), 2);
    assert_eq!(ratio_count(0.33, 7), 3);
    assert_eq!(ratio_count(0.33, 100), 33);
    assert_eq!(ratio_count(0.33, 1), 1);
    assert_eq!(ratio_count(1e-12, 5), 1);
    assert_eq!(ratio_count(0.0, 5), 0);
    assert_eq!(ratio_count(f64::NAN, 5), 0);
    assert_eq!(ratio_count(7.0, 5), 5);
    assert_eq!(ratio_count(0.5, 0), 0);
}

#[test]
fn article_picks_central_sentences() {
    let o = opts(SummaryLength::Sentences(2));
    let s = summarize(ARTICLE, &o);
    check(ARTICLE, &o, &s);
    let idx: Vec<usize> = s.sentences.iter().map(|x| x.index).collect();
    assert_eq!(idx[0], 0, "the lead sentence about العود");
    assert!(!idx.contains(&6), "the off-topic last sentence is not picked");
    assert_eq!(s.keywords[0].text, "العود");
    // العود، والعود، فالعود are one keyword.
    assert!(s.keywords[0].count >= 4);
}

#[test]
fn glued_sentences_are_split() {
    let text = "يرجعه البعض إلى نوح.و تعني كلمة العود الخشب.";
    assert_eq!(sentence_scores(text).len(), 2);
}

#[test]
fn max_words_is_a_hard_budget() {
    for m in [0, 1, 5, 12, 20, 1000] {
        let o = opts(SummaryLength::MaxWords(m));
        let s = summarize(ARTICLE, &o);
        check(ARTICLE, &o, &s);
    }
    let all = summarize(ARTICLE, &opts(SummaryLength::MaxWords(1000)));
    assert_eq!(all.sentences.len(), sentence_scores(ARTICLE).len());
}

#[test]
fn text_without_arabic() {
    let text = "Hello world. This is plain English text! Numbers 1.5 and 2.";
    for length in [SummaryLength::Ratio(0.5), SummaryLength::Sentences(1), SummaryLength::MaxWords(3)] {
        let o = opts(length);
        check(text, &o, &summarize(text, &o));
    }
    let o = opts(SummaryLength::Sentences(10));
    check("!!! ؟؟ ... 123 ٤٥٦ 😀", &o, &summarize("!!! ؟؟ ... 123 ٤٥٦ 😀", &o));
}

#[test]
fn list_of_headlines() {
    let text = "الحكومة تقر ميزانية جديدة\nارتفاع أسعار النفط في الأسواق العالمية\n\
                منتخب مصر يفوز في كأس أفريقيا\nالحكومة تعلن خطة للتعليم\nأمطار غزيرة في عمان";
    let o = opts(SummaryLength::Sentences(2));
    let s = summarize(text, &o);
    check(text, &o, &s);
    assert_eq!(sentence_scores(text).len(), 5);
    assert_eq!(s.sentences.len(), 2);
}

fn long_text(n: usize) -> String {
    let topics = ["الحكومة", "الاقتصاد", "التعليم", "الصحة", "النفط", "المدارس", "الطلاب"];
    let mut t = String::new();
    for i in 0..n {
        let a = topics[i % topics.len()];
        let b = topics[(i / 7 + 3) % topics.len()];
        t.push_str(&format!("ناقش المجلس {a} و{b} في الجلسة رقم {i} مع الوزراء. "));
    }
    t
}

#[test]
fn ten_thousand_sentences() {
    let text = long_text(10_000);
    let o = SummaryOptions::default();
    let s = summarize(&text, &o);
    assert_eq!(s.sentences.len(), 3300);
    check(&text, &o, &s);
    let o = opts(SummaryLength::Sentences(5));
    let s = summarize(&text, &o);
    check(&text, &o, &s);
    assert_eq!(s.sentences.len(), 5);
}

#[test]
fn deterministic() {
    let text = long_text(300);
    let a = summarize(&text, &SummaryOptions::default());
    for _ in 0..3 {
        assert_eq!(summarize(&text, &SummaryOptions::default()), a);
    }
    assert_eq!(keywords(&text, 20), keywords(&text, 20));
}

fn arb_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(" ".to_string()),
        Just(".".to_string()),
        Just("\n".to_string()),
        Just("؟".to_string()),
        Just("و".to_string()),
        Just("ال".to_string()),
        Just("الحكومة".to_string()),
        Just("حكومتها".to_string()),
        Just("في".to_string()),
        Just("\u{064E}".to_string()),
        Just("\u{0640}".to_string()),
        "[\u{0600}-\u{06FF}]{1,6}",
        "\\PC{0,4}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn arb_length() -> impl Strategy<Value = SummaryLength> {
    prop_oneof![
        (0usize..40).prop_map(SummaryLength::Sentences),
        any::<usize>().prop_map(SummaryLength::Sentences),
        any::<f64>().prop_map(SummaryLength::Ratio),
        (0.0f64..=1.0).prop_map(SummaryLength::Ratio),
        (0usize..60).prop_map(SummaryLength::MaxWords),
        any::<usize>().prop_map(SummaryLength::MaxWords),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_and_keeps_invariants(text in arb_text(), length in arb_length(), limit in 0usize..15, extract in any::<bool>()) {
        let o = SummaryOptions { length, keyword_limit: limit, extract };
        let s = summarize(&text, &o);
        check(&text, &o, &s);
        check_keywords(&text, &keywords(&text, limit), limit);
    }

    #[test]
    fn arbitrary_strings(text in any::<String>(), length in arb_length()) {
        let o = SummaryOptions { length, keyword_limit: 5, extract: true };
        check(&text, &o, &summarize(&text, &o));
    }
}
