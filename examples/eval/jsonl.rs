//! The JSONL files the evaluation examples read: one JSON value a line, blank lines skipped.

use std::io::{BufRead, BufReader};

/// The values of the JSONL file at `path`, in order. A file that cannot be read or a line
/// that is not JSON stops the program with a message that names the file (and the line).
pub fn values(path: &str) -> impl Iterator<Item = serde_json::Value> {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("open {path}: {e}"));
    let path = path.to_string();
    BufReader::new(file).lines().enumerate().filter_map(move |(i, line)| {
        let line = line.unwrap_or_else(|e| panic!("read {path}: {e}"));
        (!line.trim().is_empty())
            .then(|| serde_json::from_str(&line).unwrap_or_else(|e| panic!("{path}:{}: {e}", i + 1)))
    })
}
