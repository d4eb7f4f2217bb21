//! The wasm SIMD paths against the scalar rules they stand for, run in wasm (Node) by
//! `scripts/test.sh`: `cargo test --release --target wasm32-unknown-unknown --features simd
//! --test wasm_simd` with wasm-bindgen-test-runner. Natively (and on wasm32 without the `simd`
//! feature) these paths are not compiled (the scalar ones are,
//! and `tests/sentences.rs` checks them): here the fast path over quiet text
//! (`first_not_quiet` in src/sentences/quiet.rs) must give the spans of the token-by-token
//! rules, and the UTF-16 count (`units_of_long` in src/utf16.rs) that of `encode_utf16`.
#![cfg(target_arch = "wasm32")]

mod pieces;

use tahlil::sentences::{split, split_without_fast_path};
use tahlil::utf16::{Utf16Cursor, utf16_len};
use wasm_bindgen_test::wasm_bindgen_test;

/// A small deterministic generator (xorshift64*): the texts are the same on every run.
struct Random(u64);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    }

    /// Mostly plain words and a space, with the other pieces between them (as `word_heavy` in
    /// tests/sentences.rs).
    fn text(&mut self) -> String {
        let mut text = String::new();
        for _ in 0..self.below(120) {
            if self.below(5) == 0 {
                text += pieces::ARABIC_HEAVY[self.below(pieces::ARABIC_HEAVY.len())];
            } else {
                text += pieces::WORDS[self.below(pieces::WORDS.len())];
                text.push(' ');
            }
        }
        text
    }
}

#[wasm_bindgen_test]
fn the_fast_path_changes_nothing() {
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let text = random.text();
        assert_eq!(split(&text), split_without_fast_path(&text), "{text:?}");
    }
}

#[wasm_bindgen_test]
fn utf16_offsets_count_as_encode_utf16() {
    let mut random = Random(7);
    for _ in 0..1000 {
        let text = random.text();
        assert_eq!(utf16_len(&text), text.encode_utf16().count(), "{text:?}");
        // Every prefix through the cursor, as the binding maps a sentence's start and end.
        let mut cursor = Utf16Cursor::new(&text);
        let mut units = 0;
        for (at, c) in text.char_indices() {
            assert_eq!(cursor.to_utf16(at), units);
            units += c.len_utf16();
        }
    }
    // Long runs of four-byte characters: every lane counts two a block (the sums must not wrap).
    for n in [15, 16, 17, 1000, 4096, 5000] {
        let text = "😀".repeat(n) + "ب";
        assert_eq!(utf16_len(&text), 2 * n + 1);
    }
}
