//! Writes the TERMS.json that `../shared/eval/search/score.py` reads: `tahlil::search::analyze`
//! of every ARCD paragraph and question (careful and plain-typed) and of every PUD word.
//!
//! ```text
//! cargo run --release --example search_terms -- ../shared/data target/accuracy/search-terms.json
//! python3 ../shared/eval/search/score.py target/accuracy/search-terms.json --data ../shared/data
//! ```
//! (`scripts/accuracy/search.sh` runs both.) Flags after the paths turn parts off, for the
//! comparisons in the README: `--no-stem`, `--no-roots`, `--no-stop-words`, and
//! `--query-stop-words-only` / `--doc-stop-words-only` (stop words dropped on one side only).
//!
//! The scorer's BM25 takes bags of terms, no weights: a query's stem terms are written twice,
//! so that a word's own term weighs twice its root term, as the adapters weight them
//! (`tahlil/minisearch`'s `boostTerm`; README, "Search"). `--unweighted` writes each once.
mod jsonl;

use std::io::Write;
use tahlil::search::{SearchOptions, TermKind, analyze};

fn rows(path: &str) -> Vec<serde_json::Value> {
    jsonl::values(path).collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data, output, flags @ ..] = args.as_slice() else {
        return Err("usage: search_terms DATA_DIR OUT.json [--no-stem] [--no-roots] [--no-stop-words] [--query-stop-words-only | --doc-stop-words-only] [--unweighted] [--kinds]".into());
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
    // `--kinds`: each term written "kind:term" (for scripts that weight the two kinds).
    let kinds = has("--kinds");
    let stem_weight = if has("--unweighted") || kinds { 1 } else { 2 };
    let terms =
        |rows: &[serde_json::Value], key: &str, o: &SearchOptions, weight: usize| -> Vec<Vec<String>> {
            rows.iter()
                .map(|r| {
                    let mut out = Vec::new();
                    for t in analyze(r[key].as_str().unwrap_or_default(), o) {
                        let n = if t.kind == TermKind::Stem { weight } else { 1 };
                        let term = if kinds { format!("{}:{}", t.kind.as_str(), t.term) } else { t.term };
                        out.extend(std::iter::repeat_n(term, n));
                    }
                    out
                })
                .collect()
        };
    let dir = |f: &str| format!("{data}/{f}");
    let json = serde_json::json!({
        "docs": terms(&rows(&dir("arcd-dev-docs.jsonl")), "text", &docs_options, 1),
        "queries": terms(&rows(&dir("arcd-dev-queries.jsonl")), "text", &query_options, stem_weight),
        "plain": terms(&rows(&dir("arcd-dev-queries-plain.jsonl")), "text", &query_options, stem_weight),
        "words": terms(&rows(&dir("pud-lemmas-dev.jsonl")), "form", &options, 1),
    });
    std::fs::File::create(output)?.write_all(json.to_string().as_bytes())?;
    Ok(())
}
