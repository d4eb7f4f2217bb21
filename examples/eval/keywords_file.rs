//! Writes the keywords of each text of a JSONL file, for the keyword measure of
//! `scripts/accuracy/keywords_dev.py`.
//!
//! ```text
//! cargo run --release --example keywords_file -- IN.jsonl OUT.jsonl [--limit K] [--field text]
//! ```
//! Each output line: `{"id", "keywords": [{"text", "count", "spans"}]}`, spans in UTF-16 code
//! units of the input text. Nothing of the data is kept.

mod jsonl;

use serde_json::{Value, json};
use std::io::Write;
use tahlil::keywords::keywords;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut limit = 10;
    let mut field = "text".to_string();
    let mut pos = Vec::new();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--limit" => {
                limit = args[i + 1].parse().expect("--limit");
                i += 1;
            }
            "--field" => {
                field = args[i + 1].clone();
                i += 1;
            }
            a => pos.push(a.to_string()),
        }
        i += 1;
    }
    assert!(pos.len() == 2, "usage: keywords_file IN.jsonl OUT.jsonl [--limit K] [--field F]");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&pos[1]).expect("create"));
    let utf16 = |text: &str, b: usize| text[..b].encode_utf16().count();
    for v in jsonl::values(&pos[0]) {
        let text = v[field.as_str()].as_str().unwrap_or("");
        let k: Vec<Value> = keywords(text, limit)
            .into_iter()
            .map(|k| {
                let spans: Vec<[usize; 2]> =
                    k.spans.iter().map(|&(s, e)| [utf16(text, s), utf16(text, e)]).collect();
                json!({"text": k.text, "count": k.count, "spans": spans})
            })
            .collect();
        writeln!(out, "{}", json!({"id": v["id"], "keywords": k})).unwrap();
    }
}
