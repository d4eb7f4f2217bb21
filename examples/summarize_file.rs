//! Print the summary and keywords of a UTF-8 text file.
//!
//! `cargo run --release --example summarize_file -- FILE [SENTENCES] [KEYWORDS]`

use tahlil::summarize::{SummaryLength, SummaryOptions, summarize};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: summarize_file FILE [SENTENCES] [KEYWORDS]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path).expect("read file");
    let length = match args.get(1).and_then(|n| n.parse().ok()) {
        Some(n) => SummaryLength::Sentences(n),
        None => SummaryLength::default(),
    };
    let keyword_limit = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(10);
    let summary = summarize(&text, &SummaryOptions { length, keyword_limit, extract: true });
    for s in &summary.sentences {
        println!("[{} | {:.3}] {}", s.index, s.score, &text[s.start..s.end]);
    }
    println!();
    for k in &summary.keywords {
        println!("{:.3}  ×{:<3} {}", k.score, k.count, k.text);
    }
}
