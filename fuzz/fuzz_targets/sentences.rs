//! Sentences (`split`, `sentences`) keep their invariants on any input: ordered, disjoint,
//! trimmed runs of whole tokens that cover every character but separators.
//!
//! The checks and the input layout (option bits, then the text) are in
//! `tests/invariants/mod.rs` (`fuzz_sentences`), shared with the regression tests. See fuzz/README.md.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::fuzz_sentences(data));
