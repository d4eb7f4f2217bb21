//! Writes the TERMS.json that `../shared/eval/search/score.py` reads: `tahlil::search::analyze`
//! of every ARCD paragraph and question (careful and plain-typed) and of every PUD word.
//!
//! ```text
//! cargo run --release --example search_terms -- ../shared/data target/accuracy/search-terms.json
//! python3 ../shared/eval/search/score.py target/accuracy/search-terms.json --data ../shared/data
//! ```
//! (`scripts/accuracy-search.sh` runs both.) Flags after the paths turn parts off, for the
//! comparisons in the README: `--no-stem`, `--no-roots`, `--no-stop-words`, and
//! `--query-stop-words-only` / `--doc-stop-words-only` (stop words dropped on one side only).
use std::io::{BufRead, BufReader, Write};
use tahlil::search::{SearchOptions, analyze};

fn rows(path: &str) -> Result<Vec<serde_json::Value>, Box<dyn std::error::Error>> {
    let mut out = Vec::new();
    for line in BufReader::new(std::fs::File::open(path)?).lines() {
        let line = line?;
        if !line.trim().is_empty() {
            out.push(serde_json::from_str(&line)?);
        }
    }
    Ok(out)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data, output, flags @ ..] = args.as_slice() else {
        return Err("usage: search_terms DATA_DIR OUT.json [--no-stem] [--no-roots] [--no-stop-words] [--query-stop-words-only | --doc-stop-words-only]".into());
    };
    let has = |f: &str| flags.iter().any(|x| x == f);
    let options = SearchOptions {
        stem: !has("--no-stem"),
        roots: !has("--no-roots"),
        stop_words: !has("--no-stop-words"),
        ..SearchOptions::default()
    };
    let mut docs_options = options;
    let mut query_options = options;
    if has("--query-stop-words-only") {
        docs_options.stop_words = false;
    }
    if has("--doc-stop-words-only") {
        query_options.stop_words = false;
    }
    let terms = |rows: &[serde_json::Value], key: &str, o: &SearchOptions| -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| analyze(r[key].as_str().unwrap_or_default(), o).into_iter().map(|t| t.term).collect())
            .collect()
    };
    let dir = |f: &str| format!("{data}/{f}");
    let json = serde_json::json!({
        "docs": terms(&rows(&dir("arcd-dev-docs.jsonl"))?, "text", &docs_options),
        "queries": terms(&rows(&dir("arcd-dev-queries.jsonl"))?, "text", &query_options),
        "plain": terms(&rows(&dir("arcd-dev-queries-plain.jsonl"))?, "text", &query_options),
        "words": terms(&rows(&dir("pud-lemmas-dev.jsonl"))?, "form", &options),
    });
    std::fs::File::create(output)?.write_all(json.to_string().as_bytes())?;
    Ok(())
}
