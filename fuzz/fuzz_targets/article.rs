//! `extract_article` keeps its invariants on any input: title, paragraphs and boilerplate are
//! trimmed, ordered, disjoint and cover every non-whitespace character once; summaries keep
//! theirs with extraction on and off.
//!
//! The checks are in `tests/invariants/mod.rs` (`fuzz_article`), shared with the regression
//! tests. See fuzz/README.md.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::fuzz_article(data));
