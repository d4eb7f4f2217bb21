//! Tokens (`tokens`, and `tokenize` with every clitic scheme and normalization preset) and
//! their UTF-16 offsets keep their invariants on any input.
//!
//! The checks and the input layout (option bits, then the text) are in
//! `tests/invariants/mod.rs` (`fuzz_tokenize`), shared with the regression tests. See fuzz/README.md.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::fuzz_tokenize(data));
