//! Byte offsets (Rust) → UTF-16 code-unit offsets (JavaScript).
//!
//! JavaScript indexes strings in UTF-16 code units. wasm-bindgen hands Rust the string as
//! UTF-8, replacing each lone surrogate by U+FFFD — one code unit either way — so the UTF-16
//! length of every character is preserved and the mapping below indexes the caller's string.

/// Converts a non-decreasing sequence of byte offsets into UTF-16 offsets in one pass.
///
/// ```
/// let text = "أ😀b";
/// let mut cursor = tahlil::utf16::Utf16Cursor::new(text);
/// assert_eq!(cursor.to_utf16(2), 1); // after أ (2 bytes, 1 unit)
/// assert_eq!(cursor.to_utf16(6), 3); // after 😀 (4 bytes, 2 units)
/// assert_eq!(cursor.to_utf16(7), 4);
/// ```
pub struct Utf16Cursor<'a> {
    text: &'a str,
    byte: usize,
    unit: usize,
}

impl<'a> Utf16Cursor<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        Self { text, byte: 0, unit: 0 }
    }

    /// The UTF-16 offset of `byte`, which must be a char boundary. Offsets below the previous
    /// call restart the scan from the beginning (correct, but no longer linear).
    pub fn to_utf16(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.unit = 0;
        }
        let byte = byte.min(self.text.len());
        let gap = self.text.get(self.byte..byte).unwrap_or("");
        self.unit += utf16_len(gap);
        self.byte = byte;
        self.unit
    }
}

/// The length of `s` in UTF-16 code units, counted from the bytes: one unit per character
/// (every byte that is not a continuation byte) plus one more per four-byte character.
/// Gaps of 16 bytes or more (between sentences) are counted eight bytes at a time; on short
/// gaps (between tokens) that measured no faster.
#[inline]
pub fn utf16_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    if bytes.len() < 16 {
        return units_of(bytes);
    }
    units_of_long(bytes)
}

/// [`units_of`] sixteen bytes at a time with wasm SIMD (`bytes` holds at least 16): a
/// character starts at every byte above `0xBF` or below `0x80` (signed, above −65), and a
/// four-byte one at every byte from `0xF0`. Each lane counts in a byte (at most 2 a block, so
/// it is summed every 120 blocks); the last bytes are the last 16, less those already counted.
#[cfg(all(target_arch = "wasm32", feature = "simd"))]
#[target_feature(enable = "simd128")]
fn units_of_long(bytes: &[u8]) -> usize {
    use core::arch::wasm32::*;
    fn sum(lanes: v128) -> usize {
        let pairs = u32x4_extadd_pairwise_u16x8(u16x8_extadd_pairwise_u8x16(lanes));
        (u32x4_extract_lane::<0>(pairs)
            + u32x4_extract_lane::<1>(pairs)
            + u32x4_extract_lane::<2>(pairs)
            + u32x4_extract_lane::<3>(pairs)) as usize
    }
    // A true comparison is −1 in every bit of its lane: subtracting it adds one.
    let count = |lanes: v128, v: v128, keep: v128| {
        let starts = v128_and(i8x16_gt(v, i8x16_splat(-65)), keep);
        let four_byte_leads = v128_and(u8x16_ge(v, u8x16_splat(0xF0)), keep);
        i8x16_sub(i8x16_sub(lanes, starts), four_byte_leads)
    };
    let (blocks, rest) = bytes.as_chunks::<16>();
    let all = u8x16_splat(0xFF);
    let mut units = 0;
    let mut lanes = u8x16_splat(0);
    for (i, block) in blocks.iter().enumerate() {
        if i % 120 == 119 {
            units += sum(lanes);
            lanes = u8x16_splat(0);
        }
        // SAFETY: `block` is 16 readable bytes; v128_load allows any alignment.
        lanes = count(lanes, unsafe { v128_load(block.as_ptr().cast()) }, all);
    }
    if !rest.is_empty() {
        let last = &bytes[bytes.len() - 16..];
        let iota = u8x16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        let keep = u8x16_ge(iota, u8x16_splat((16 - rest.len()) as u8));
        // SAFETY: `last` is 16 readable bytes.
        lanes = count(lanes, unsafe { v128_load(last.as_ptr().cast()) }, keep);
    }
    units + sum(lanes)
}

/// [`units_of`] eight bytes at a time.
#[cfg(not(all(target_arch = "wasm32", feature = "simd")))]
fn units_of_long(bytes: &[u8]) -> usize {
    let (words, rest) = bytes.as_chunks::<8>();
    words.iter().map(|w| units_of_word(u64::from_le_bytes(*w))).sum::<usize>() + units_of(rest)
}

fn units_of(bytes: &[u8]) -> usize {
    bytes.iter().map(|&b| usize::from((b & 0xC0) != 0x80) + usize::from(b >= 0xF0)).sum()
}

#[cfg_attr(all(target_arch = "wasm32", feature = "simd"), allow(dead_code))] // tested natively
/// [`units_of`] of eight bytes: 8 − continuation bytes (`10xxxxxx`) + four-byte leads
/// (`11110xxx` and above). Shifting left moves each byte's bit 6 (5, 4) under its bit 7; the
/// bits that cross into the next byte land outside the `0x80` mask.
fn units_of_word(w: u64) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let continuation = w & !(w << 1) & HIGH;
    let four_byte_lead = w & (w << 1) & (w << 2) & (w << 3) & HIGH;
    8 - continuation.count_ones() as usize + four_byte_lead.count_ones() as usize
}

/// Maps arbitrary (unordered) byte offsets: sorts them once, converts in one pass.
pub fn to_utf16_many(text: &str, offsets: &mut [usize]) {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    crate::order::sort_indices(&mut order, &mut |a, b| offsets[a].cmp(&offsets[b]));
    let mut cursor = Utf16Cursor::new(text);
    for i in order {
        offsets[i] = cursor.to_utf16(offsets[i]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_encode_utf16() {
        let text = "abc مرحبا 😀👨‍👩‍👧 \u{FFFD} é";
        let mut cursor = Utf16Cursor::new(text);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(cursor.to_utf16(i), text[..i].encode_utf16().count());
        }
    }

    proptest::proptest! {
        #[test]
        fn utf16_len_counts_like_encode_utf16(s in proptest::prelude::any::<String>()) {
            proptest::prop_assert_eq!(utf16_len(&s), s.encode_utf16().count());
        }
    }

    #[test]
    fn unordered_offsets() {
        let text = "😀a😀b";
        let mut offsets = [9, 0, 4, 5];
        to_utf16_many(text, &mut offsets);
        assert_eq!(offsets, [5, 0, 2, 3]);
        let mut cursor = Utf16Cursor::new(text);
        assert_eq!(cursor.to_utf16(9), 5);
        assert_eq!(cursor.to_utf16(4), 2);
    }
}
