//! Runs clitic segmentation (scheme "ud") on the gold token spans of a
//! UD-style JSONL file and writes a system file for eval/seg/score.py.
//!
//!     cargo run --release --example clitics_gold -- GOLD.jsonl OUT.jsonl
mod jsonl;

use std::io::{BufWriter, Write};

use serde_json::json;
use tahlil::clitics::{CliticScheme, segment_word};

/// Byte offset of every UTF-16 offset in `s` (index = UTF-16 offset).
fn utf16_to_byte(s: &str) -> Vec<usize> {
    let mut map = Vec::with_capacity(s.len() + 1);
    for (b, c) in s.char_indices() {
        for _ in 0..c.len_utf16() {
            map.push(b);
        }
    }
    map.push(s.len());
    map
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (gold, out) = match args.as_slice() {
        [_, g, o] => (g, o),
        _ => {
            eprintln!("usage: clitics_gold GOLD.jsonl OUT.jsonl");
            std::process::exit(2);
        }
    };
    let mut writer = BufWriter::new(std::fs::File::create(out).expect("create out"));
    let (mut tokens, mut split) = (0usize, 0usize);
    for doc in jsonl::values(gold) {
        let text = doc["text"].as_str().expect("text");
        let map = utf16_to_byte(text);
        let spans = doc["tokens"].as_array().expect("tokens");
        let mut words = Vec::with_capacity(spans.len());
        for span in spans {
            let s = span[0].as_u64().unwrap() as usize;
            let e = span[1].as_u64().unwrap() as usize;
            let tok = &text[map[s]..map[e]];
            tokens += 1;
            let pieces: Vec<&str> = match segment_word(tok, CliticScheme::Ud) {
                Some(segs) => {
                    split += 1;
                    segs.iter().map(|g| &tok[g.start..g.end]).collect()
                }
                None => vec![tok],
            };
            words.push(pieces);
        }
        let obj = json!({ "id": doc["id"], "tokens": doc["tokens"], "words": words });
        writeln!(writer, "{obj}").expect("write");
    }
    eprintln!("{tokens} tokens, {split} split");
}
