//! Writes the system JSONL that `../shared/eval/seg/score.py` reads: for each gold document,
//! tahlil's tokens, their "ud" clitic words and its sentences, all as UTF-16 spans.
//!
//! ```text
//! cargo run --release --example seg_eval -- tests/data/ud-pud-dev.jsonl out.jsonl
//! python3 ../shared/eval/seg/score.py tests/data/ud-pud-dev.jsonl out.jsonl
//! ```
//! (`scripts/accuracy.sh` runs both.) With `--print` instead of an output file it prints each
//! document's sentences, one per line, for reading the splits of texts without gold.
mod jsonl;

use std::io::{BufWriter, Write};
use tahlil::clitics::CliticScheme;
use tahlil::tokenize::{TokenizeOptions, tokenize};
use tahlil::utf16::Utf16Cursor;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        return Err("usage: seg_eval GOLD.jsonl (OUT.jsonl | --print)".into());
    };
    let print = output == "--print";
    let mut out: Box<dyn Write> = if print {
        Box::new(BufWriter::new(std::io::stdout()))
    } else {
        Box::new(BufWriter::new(std::fs::File::create(output)?))
    };
    let options = TokenizeOptions { clitics: CliticScheme::Ud, ..Default::default() };
    for doc in jsonl::values(input) {
        let text = doc["text"].as_str().ok_or("document without text")?;
        let sentences = tahlil::sentences::split(text);
        if print {
            writeln!(out, "=== {}", doc["id"])?;
            for s in &sentences {
                writeln!(out, "{}", text[s.start..s.end].replace('\n', "⏎"))?;
            }
            continue;
        }
        let mut cursor = Utf16Cursor::new(text);
        let (mut spans, mut words) = (Vec::new(), Vec::new());
        for t in tokenize(text, &options) {
            spans.push([cursor.to_utf16(t.start), cursor.to_utf16(t.end)]);
            words.push(match &t.segments {
                Some(segs) => segs.iter().map(|s| &text[s.start..s.end]).collect(),
                None => vec![&text[t.start..t.end]],
            });
        }
        let mut cursor = Utf16Cursor::new(text);
        let sentence_spans: Vec<[usize; 2]> =
            sentences.iter().map(|s| [cursor.to_utf16(s.start), cursor.to_utf16(s.end)]).collect();
        let record = serde_json::json!({ "id": doc["id"], "tokens": spans, "words": words, "sentences": sentence_spans });
        writeln!(out, "{record}")?;
    }
    Ok(())
}
