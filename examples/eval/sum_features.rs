//! Dumps what the summarizer reads of each article of an EASC-style JSONL file, for the
//! cross-validation experiments of `scripts/accuracy/sum_variants.py`.
//!
//! ```text
//! cargo run --release --example sum_features -- GOLD.jsonl OUT.jsonl [--no-extract]
//! ```
//! Each output line: `{"id", "units": [{"text", "source", "words", "terms", "gap"}],
//! "title_terms", "saying"}`; `gap` is the text between the previous unit (or the start) and
//! this one, so a reader can tell paragraph starts. Nothing of the data is kept.

mod jsonl;

use serde_json::{Value, json};
use std::io::Write;
use tahlil::summarize::unit_features;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let extract = !args.iter().any(|a| a == "--no-extract");
    let pos: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    assert!(pos.len() == 2, "usage: sum_features GOLD.jsonl OUT.jsonl [--no-extract]");
    let mut out = std::io::BufWriter::new(std::fs::File::create(pos[1]).expect("create"));
    for v in jsonl::values(pos[0]) {
        let text = v["text"].as_str().unwrap_or("");
        let f = unit_features(text, extract);
        let mut prev = 0;
        let units: Vec<Value> = (0..f.spans.len())
            .map(|i| {
                let (s, e) = f.spans[i];
                let gap = &text[prev.min(s)..s];
                prev = e;
                json!({"text": &text[s..e], "source": f.source[i], "words": f.words[i],
                       "terms": f.terms[i], "gap": gap})
            })
            .collect();
        writeln!(
            out,
            "{}",
            json!({"id": v["id"], "units": units, "title_terms": f.title_terms,
                                   "saying": f.saying})
        )
        .unwrap();
    }
}
