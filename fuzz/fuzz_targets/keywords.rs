//! `keywords` keeps its invariants on any input and limit: at most `limit`, distinct, scores
//! in (0, 1] best first, spans on token boundaries, a smaller limit gives a prefix.
//!
//! The checks and the input layout (option bits, then the text) are in
//! `tests/invariants/mod.rs` (`fuzz_keywords`), shared with the regression tests. See fuzz/README.md.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::fuzz_keywords(data));
