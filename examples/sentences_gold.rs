//! Splits the documents of a gold JSONL file into sentences and writes the system JSONL the
//! scorer reads (`id`, `sentences` as UTF-16 spans):
//!
//! ```text
//! cargo run --release --example sentences_gold -- /work/shared/data/ud-pud-dev.jsonl out.jsonl
//! python3 /work/shared/eval/seg/score.py /work/shared/data/ud-pud-dev.jsonl out.jsonl
//! ```
//!
//! With `--print` instead of an output file, prints each document's sentences, one per line
//! (for reading the splits of texts without gold sentences, such as EASC).
use std::io::{BufRead, BufReader, BufWriter, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        return Err("usage: sentences_gold GOLD.jsonl (OUT.jsonl | --print)".into());
    };
    let reader = BufReader::new(std::fs::File::open(input)?);
    let print = output == "--print";
    let mut out: Box<dyn Write> = if print {
        Box::new(BufWriter::new(std::io::stdout()))
    } else {
        Box::new(BufWriter::new(std::fs::File::create(output)?))
    };
    for line in reader.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: serde_json::Value = serde_json::from_str(&line)?;
        let text = doc["text"].as_str().ok_or("document without text")?;
        let sentences = tahlil::sentences::split(text);
        if print {
            writeln!(out, "=== {}", doc["id"])?;
            for s in &sentences {
                writeln!(out, "{}", text[s.start..s.end].replace('\n', "⏎"))?;
            }
            continue;
        }
        let mut cursor = tahlil::utf16::Utf16Cursor::new(text);
        let spans: Vec<[usize; 2]> = sentences
            .iter()
            .map(|s| [cursor.to_utf16(s.start), cursor.to_utf16(s.end)])
            .collect();
        let record = serde_json::json!({ "id": doc["id"], "sentences": spans });
        writeln!(out, "{record}")?;
    }
    Ok(())
}
