//! Writes system summaries of an EASC-style JSONL file for the ROUGE scorer.
//!
//! ```text
//! cargo run --release --example eval_sum -- GOLD.jsonl OUT.jsonl [--ratio R]
//!     [--lead LEAD.jsonl] [--lead-cut LEADCUT.jsonl] [--pos-exp A] [--len-exp B] [--no-content]
//! ```
//! * `OUT.jsonl`: `tahlil::summarize::summarize` with `Ratio(R)` (default 0.33).
//! * `--lead`: the first `ceil(R · N)` sentences of the library's splitter (Lead baseline).
//! * `--lead-cut`: the text from its start, cut after as many words as the system summary of
//!   that article has (Lead at the system's own length).
//! * `--pos-exp`, `--len-exp`: override the scoring exponents (sensitivity study);
//!   `--no-content`: rank by position and length only (ablation).
//!
//! Each output line is `{"id": ..., "summary": [sentence, ...]}`. Nothing of the data is
//! kept: it is read at run time from the path given.

mod jsonl;

use serde_json::json;
use std::io::Write;
use tahlil::sentences;
use tahlil::summarize::{SummaryLength, SummaryOptions, Tuning, ratio_count, summarize_tuned};
use tahlil::tokenize;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut pos = Vec::new();
    let mut ratio = 0.33;
    let mut tuning = Tuning::default();
    let mut lead_path = None;
    let mut lead_cut_path = None;
    let mut i = 0;
    while i < args.len() {
        let next = || args.get(i + 1).cloned().expect("missing value");
        match args[i].as_str() {
            "--ratio" => ratio = next().parse().expect("--ratio"),
            "--pos-exp" => tuning.position_exponent = next().parse().expect("--pos-exp"),
            "--len-exp" => tuning.length_exponent = next().parse().expect("--len-exp"),
            "--no-content" => {
                tuning.content = false;
                i += 1;
                continue;
            }
            "--lead" => lead_path = Some(next()),
            "--lead-cut" => lead_cut_path = Some(next()),
            a => {
                pos.push(a.to_string());
                i += 1;
                continue;
            }
        }
        i += 2;
    }
    if pos.len() != 2 {
        eprintln!("usage: eval_sum GOLD.jsonl OUT.jsonl [--ratio R] [--lead P] [--lead-cut P]");
        std::process::exit(2);
    }
    let create = |p: &str| std::io::BufWriter::new(std::fs::File::create(p).expect("create"));
    let mut out = create(&pos[1]);
    let mut lead = lead_path.as_deref().map(create);
    let mut lead_cut = lead_cut_path.as_deref().map(create);
    let options = SummaryOptions { length: SummaryLength::Ratio(ratio), keyword_limit: 0, extract: true };
    let (mut n_articles, mut n_sys_words) = (0usize, 0usize);
    for v in jsonl::values(&pos[0]) {
        let id = v["id"].clone();
        let text = v["text"].as_str().unwrap_or("");
        let summary = summarize_tuned(text, &options, &tuning);
        let sys: Vec<&str> = summary.sentences.iter().map(|s| &text[s.start..s.end]).collect();
        writeln!(out, "{}", json!({"id": id, "summary": sys})).unwrap();
        let sentences = sentences::split(text);
        if let Some(f) = lead.as_mut() {
            let n = ratio_count(ratio, sentences.len());
            let l: Vec<&str> = sentences[..n].iter().map(|s| &text[s.start..s.end]).collect();
            writeln!(f, "{}", json!({"id": id, "summary": l})).unwrap();
        }
        let words = |a: usize, b: usize| tokenize::tokens(&text[a..b]).filter(|t| is_word(t.kind)).count();
        let own: usize = summary.sentences.iter().map(|s| words(s.start, s.end)).sum();
        n_sys_words += own;
        n_articles += 1;
        if let Some(f) = lead_cut.as_mut() {
            // The first `own` words of the text, kept sentence by sentence.
            let mut left = own;
            let mut parts = Vec::new();
            for s in &sentences {
                if left == 0 {
                    break;
                }
                let mut end = s.start;
                for t in tokenize::tokens(&text[s.start..s.end]) {
                    if left == 0 {
                        break;
                    }
                    end = s.start + t.end;
                    if is_word(t.kind) {
                        left -= 1;
                    }
                }
                parts.push(&text[s.start..end]);
            }
            writeln!(f, "{}", json!({"id": id, "summary": parts})).unwrap();
        }
    }
    eprintln!(
        "{n_articles} articles, mean system summary {:.1} words",
        n_sys_words as f64 / n_articles.max(1) as f64
    );
}

fn is_word(kind: tokenize::TokenKind) -> bool {
    use tokenize::TokenKind::*;
    matches!(kind, Word | Number | Url | Email | Hashtag | Mention)
}
