//! `summarize` and `sentence_scores` keep their invariants on any input and options: sentences
//! of `split` in document order, scores in [0, 1], the length respected, valid keywords, the
//! same result twice.
//!
//! The checks and the input layout (option bits, then the text) are in
//! `tests/invariants/mod.rs` (`fuzz_summarize`), shared with the regression tests. See fuzz/README.md.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::fuzz_summarize(data));
