//! `normalize` with every combination of options keeps its invariants on any input: bounded
//! growth, idempotence, nothing left that an enabled rule folds.
//!
//! The checks and the input layout (option bits, then the text) are in
//! `tests/invariants/mod.rs` (`fuzz_normalize`), shared with the regression tests. See fuzz/README.md.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::fuzz_normalize(data));
