//! The quiet-text fast path: stretches of text that hold no sentence mark, line break or URL
//! are passed over without tokenizing them.
//!
//! Tokenizing every word between two sentence marks is most of the cost of splitting, yet the
//! rules only look at the marks, the line breaks, the brackets and a few tokens before them.
//! So after a sentence has content, [`Sentences::skip_quiet_text`] finds the next byte that may
//! matter ([`ByteClass::Stop`]: a sentence mark, a line break, the `://` of a URL) and restarts
//! the tokenizer at the space-separated chunk before the one holding it (`عام 1990 م.` needs the
//! number before the era letter). Tokens never span a space, so the
//! tokenizer reads the same tokens from there as from the start. What the skipped tokens would
//! have changed is carried over explicitly:
//! - the brackets and quotes skipped are counted into [`Sentences::open`] as their tokens
//!   would have been (outside URLs each is a token of its own, and a URL stops the stretch);
//! - the line state is unchanged: a stretch holds no line break;
//! - the scanner forgets its last two tokens ([`Scanner::resume_at`](super::scan::Scanner::resume_at)),
//!   so the next word starts a new abbreviation chain; the rules only look back at tokens
//!   inside the chunks read again;
//! - a stretch that stops at a mark which certainly ends the sentence ([`certain_end`]: any
//!   mark before a blank line; with one space and an Arabic letter after, a `.` after a word
//!   of Arabic letters (diacritics aside) that is no abbreviation, a number of four digits or
//!   a closing quote or bracket, and a `؟` `?` `!` before any word but one opening a second
//!   alternative of the question) ends the sentence there without reading its tokens; the
//!   next sentence is read from its first word (after a space: the tokenizer restarts there as
//!   above; after a blank line, the tokenizer restarts at the mark's end, so that the line
//!   state crosses the blank line as it would have);
//! - a `.` that certainly does not end it ([`after_title`]: after an initial, before a name,
//!   `د. أحمد`) is passed over like a quiet byte.
//!
//! The scan for the next byte that may matter ([`first_not_quiet`]) classes 16 bytes at once
//! with WebAssembly SIMD (`simd128`, on wasm32 with the `simd` feature, which the npm package
//! is built with: every browser of the last years runs it), and eight at a time elsewhere.
//!
//! `tests/sentences.rs` checks that splitting with and without the fast path gives the same
//! spans, on random text made mostly of plain words, and so does every invariant check
//! (`tests/invariants/mod.rs`, the fuzz targets included); `tests/wasm_simd.rs` checks the
//! same in wasm, where the SIMD scan runs.

use super::Sentences;
use super::abbreviations::{ABBREVIATIONS, ERA_LETTERS};
use super::lines::doubled_join;
use super::scan::{is_closer, is_opener};
use super::words::{SAME_QUESTION, find_key, in_list};
use crate::chars::{ARABIC_BLOCK_LETTERS, ARABIC_BLOCK_MARKS, is_arabic_letter};
use std::ops::Range;

/// How [`Sentences::skip_quiet_text`] reads a byte: most bytes are quiet.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum ByteClass {
    Quiet = 0,
    /// A sentence mark, a line break, `/` (URLs may hold brackets: they are read as tokens),
    /// or a byte of one: `…` `‼` `。`, the full-width forms and the line separators have lead
    /// bytes `E2` `E3` `EF`; ؟ `D8 9F` and ۔ `DB 94` have the last byte `9F` or `94`.
    Stop,
    /// ASCII brackets, and the lead bytes `C2` `E2` of « » “ ” ‹ › (which are quiet but
    /// counted) and of NEL (which stops).
    Look,
}

const BYTE_CLASSES: [ByteClass; 256] = {
    let mut table = [ByteClass::Quiet; 256];
    let stops = b"\n\x0B\x0C\r!./?\xE3\xEF\x9F\x94";
    let mut i = 0;
    while i < stops.len() {
        table[stops[i] as usize] = ByteClass::Stop;
        i += 1;
    }
    let looks = b"()[]{}\xC2\xE2";
    let mut i = 0;
    while i < looks.len() {
        table[looks[i] as usize] = ByteClass::Look;
        i += 1;
    }
    table
};

/// The first byte from `from` on that is not [`ByteClass::Quiet`], or the text's end.
/// With wasm SIMD 16 bytes are classed at once, by their two nibbles ([`NIBBLE_CLASSES`]).
#[cfg(all(target_arch = "wasm32", feature = "simd"))]
#[target_feature(enable = "simd128")]
fn first_not_quiet(bytes: &[u8], from: usize) -> usize {
    use core::arch::wasm32::*;
    let (low_bits, high_bits) = NIBBLE_CLASSES;
    // SAFETY: both tables are 16 bytes; v128_load allows any alignment.
    let (low_table, high_table) =
        unsafe { (v128_load(low_bits.as_ptr().cast()), v128_load(high_bits.as_ptr().cast())) };
    let low_nibble = u8x16_splat(0x0F);
    let mut at = from;
    while let Some(block) = bytes.get(at..at + 16) {
        // SAFETY: `block` is 16 readable bytes.
        let v = unsafe { v128_load(block.as_ptr().cast()) };
        let low = i8x16_swizzle(low_table, v128_and(v, low_nibble));
        let high = i8x16_swizzle(high_table, u8x16_shr(v, 4));
        let not_quiet = i8x16_bitmask(u8x16_ne(v128_and(low, high), u8x16_splat(0)));
        if not_quiet != 0 {
            return at + not_quiet.trailing_zeros() as usize;
        }
        at += 16;
    }
    at + bytes[at..].iter().take_while(|&&b| BYTE_CLASSES[b as usize] == ByteClass::Quiet).count()
}

/// The first byte from `from` on that is not [`ByteClass::Quiet`], or the text's end.
#[cfg(not(all(target_arch = "wasm32", feature = "simd")))]
fn first_not_quiet(bytes: &[u8], from: usize) -> usize {
    // Eight quiet bytes at a time: one branch for most of the text, no bounds checks.
    let quiet_words = bytes[from..]
        .as_chunks::<8>()
        .0
        .iter()
        .take_while(|word| word.iter().fold(0, |any, &b| any | BYTE_CLASSES[b as usize] as u8) == 0)
        .count();
    let at = from + 8 * quiet_words;
    at + bytes[at..].iter().take_while(|&&b| BYTE_CLASSES[b as usize] == ByteClass::Quiet).count()
}

/// [`BYTE_CLASSES`] as two 16-entry tables of bits, indexed by a byte's low and high nibble:
/// the byte is not quiet exactly when its two entries share a bit (a bit per high nibble that
/// has bytes that are not quiet; at most eight such high nibbles, checked at compile time).
#[cfg_attr(not(all(target_arch = "wasm32", feature = "simd")), allow(dead_code))] // read by the SIMD scan; tested
const NIBBLE_CLASSES: ([u8; 16], [u8; 16]) = {
    let mut low = [0u8; 16];
    let mut high = [0u8; 16];
    let mut bit = 0;
    let mut h = 0;
    while h < 16 {
        let mut l = 0;
        let mut used = false;
        while l < 16 {
            if !matches!(BYTE_CLASSES[h * 16 + l], ByteClass::Quiet) {
                assert!(bit < 8, "more than eight high nibbles with bytes that are not quiet");
                low[l] |= 1 << bit;
                used = true;
            }
            l += 1;
        }
        if used {
            high[h] = 1 << bit;
            bit += 1;
        }
        h += 1;
    }
    (low, high)
};

fn is_space_byte(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// Whether the character at byte `i` (of class `Look`) is a bracket or quote that opens or
/// closes, and its length.
fn bracket_at(text: &str, i: usize) -> Option<(char, usize)> {
    let c = text[i..].chars().next()?;
    (is_opener(c) || is_closer(c)).then_some((c, c.len_utf8()))
}

/// Whether the bracket or mark at `i` is a token of its own as far as the character before it
/// goes: a space, an ASCII character, an Arabic letter or harakah ends its own token there.
/// Anything else is left to the tokens, for a character of the grapheme class Prepend (the
/// Arabic number signs U+0600–U+0605, U+06DD, U+08E2…) joins the character after it into one
/// cluster, and so one token (`؄(` is not an opening bracket, `؅؟` no question mark).
fn stands_alone(text: &str, i: usize) -> bool {
    text[..i].chars().next_back().is_none_or(|c| {
        c.is_ascii() || c.is_whitespace() || is_arabic_letter(c) || matches!(c, '\u{064B}'..='\u{0652}')
    })
}

/// `open` after the bracket or quote `c`.
pub(super) fn count_bracket(open: usize, c: char) -> usize {
    if is_opener(c) {
        open + 1
    } else if is_closer(c) {
        open.saturating_sub(1)
    } else {
        open
    }
}

/// The fast path's state.
pub(super) struct Quiet {
    /// Off only in tests, to check that skipping changes no boundary.
    pub enabled: bool,
    /// The last stretch found: from where the tokens are read again to the next byte that
    /// may matter.
    stretch: Range<usize>,
    /// The brackets and quotes of the last stretch found, with their positions.
    brackets: Vec<(usize, char)>,
    /// Where the sentence ends when the last stretch found stops at a mark that certainly
    /// ends it ([`certain_end`]).
    certain_end: Option<Ending>,
}

/// A sentence end the fast path is certain of.
#[derive(Clone, Copy, Debug)]
struct Ending {
    /// Just after the mark.
    end: usize,
    /// A blank line follows the mark (else one space and the next sentence's first word).
    blank_line: bool,
}

/// What [`Sentences::skip_quiet_text`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Skip {
    /// Nothing: the tokens are read one by one.
    No,
    /// Passed over a stretch; the tokens are read again before its stop.
    Skipped,
    /// Passed over the rest of the sentence, which ends here (at a mark that certainly ends
    /// it); the tokens are read again at the next sentence's first word.
    Ended(usize),
    /// The same before a blank line: the tokens are read again from the end (the line state
    /// then crosses the blank line as it would have).
    EndedBeforeBlankLine(usize),
}

/// Whether the stop byte at `stop` is a single sentence mark that certainly ends the
/// sentence, as the rules (`decide.rs`) would decide on its tokens, and where.
/// - A mark followed by a blank line (two line breaks, only spaces between) ends it, whatever
///   stands before it (unless the line is written twice: [`Sentences::skip_quiet_text`]
///   leaves that to the line rules).
///
/// Otherwise one space and an Arabic letter must follow the mark (the next sentence's first
/// word: no comma, list or Latin word that would carry the sentence on; not glued, no more
/// marks, no closing quote or bracket after the mark, no line break), and
/// - a `؟` `?` or `!` ends the sentence unless the next word opens a second alternative of
///   the same question ([`SAME_QUESTION`]);
/// - a `.` ends it when glued before it stands a closing quote or bracket (`»` `”` `"` `)`),
///   or ([`certain_full_stop`]) a plain word or a number of four digits.
fn certain_end(text: &str, stop: usize) -> Option<Ending> {
    let bytes = text.as_bytes();
    let (mark, end) = match bytes[stop] {
        b'.' | b'!' | b'?' => (stop, stop + 1),
        0x9F if ends_arabic_mark(bytes, stop) => (stop - 1, stop + 1), // ؟
        _ => return None,
    };
    if blank_line_at(bytes, end) {
        return Some(Ending { end, blank_line: true });
    }
    if bytes.get(end) != Some(&b' ') || !text[end + 1..].starts_with(is_arabic_letter) {
        return None;
    }
    let certain = if bytes[stop] == b'.' {
        // » is C2 BB and ” E2 80 9D in UTF-8.
        let closer = matches!(bytes[..mark], [.., b'"' | b')'] | [.., 0xC2, 0xBB] | [.., 0xE2, 0x80, 0x9D]);
        closer || certain_full_stop(text, mark)
    } else if !stands_alone(text, mark) {
        false
    } else {
        let next = crate::tokenize::tokens(&text[end + 1..])
            .next()
            .map_or("", |t| &text[end + 1 + t.start..end + 1 + t.end]);
        !in_list(next, SAME_QUESTION)
    };
    certain.then_some(Ending { end, blank_line: false })
}

/// Whether the byte at `i` ends ؟ (`D8 9F`) or ۔ (`DB 94`), the two-byte sentence marks.
fn ends_arabic_mark(bytes: &[u8], i: usize) -> bool {
    i > 0 && matches!((bytes[i - 1], bytes[i]), (0xD8, 0x9F) | (0xDB, 0x94))
}

/// Whether the `.` at `p` follows a title, so that the rules never end the sentence there
/// (`dot_ends`): glued before it one Arabic letter with a space before it, an initial
/// ([`Abbreviation::Title`](super::abbreviations::Abbreviation::Title); not an era letter,
/// م or ه, which after a number may end it: [`ERA_LETTERS`]), and after it one space and an
/// Arabic letter.
fn after_title(text: &str, p: usize) -> bool {
    let bytes = text.as_bytes();
    p >= 3
        && is_space_byte(bytes[p - 3])
        && ARABIC_BLOCK_LETTERS.starts(bytes, p - 2)
        && !text[p - 2..p].starts_with(ERA_LETTERS)
        && bytes.get(p + 1) == Some(&b' ')
        && ARABIC_BLOCK_LETTERS.starts(bytes, p + 2)
}

/// Whether `bytes[at..]` opens with a blank line: two line breaks (`\r\n` counting once, as
/// [`gap`](super::scan::gap) counts them) with nothing but spaces and tabs around them. Other
/// separators (bidi marks, other line breaks) make it answer no, which is only slower.
fn blank_line_at(bytes: &[u8], at: usize) -> bool {
    let mut breaks = 0;
    let mut i = at;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\n' => breaks += 1,
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => breaks += 1,
            b'\r' | b' ' | b'\t' => {}
            _ => break,
        }
        if breaks == 2 {
            return true;
        }
        i += 1;
    }
    false
}

/// Whether the `.` at `p`, with one space and an Arabic letter after it, certainly ends the
/// sentence: glued before it, from a space (or a slash, for words), stands nothing but
/// - a word of two Arabic letters or more (diacritics and tatweel aside: `عامًا`), starting
///   with a letter, that is not in [`ABBREVIATIONS`] (one letter is an initial; no dot in it,
///   so it is not a chain like `أ.د`), or
/// - a number of four ASCII digits or more (not a list ordinal, which has at most three).
fn certain_full_stop(text: &str, p: usize) -> bool {
    let bytes = text.as_bytes();
    let mut i = p;
    while i > 0 && bytes[i - 1].is_ascii_digit() && p - i < 32 {
        i -= 1;
    }
    if i < p {
        return p - i >= 4 && i > 0 && matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r');
    }
    // Two-byte characters of the Arabic block (`D8`–`DB` only ever lead one).
    let mut letters = 0;
    while i >= 2 && p - i < 64 && matches!(bytes[i - 2], 0xD8..=0xDB) {
        if ARABIC_BLOCK_LETTERS.starts(bytes, i - 2) {
            letters += 1;
        } else if !ARABIC_BLOCK_MARKS.starts(bytes, i - 2) {
            return false;
        }
        i -= 2;
    }
    // From a space, or from a slash between words (`يونيو/حزيران`: two tokens).
    letters >= 2
        && i > 0
        && matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r' | b'/')
        && ARABIC_BLOCK_LETTERS.starts(bytes, i)
        && (letters > LONGEST_ARABIC_WORD_ABBREVIATION
            || find_key(&text[i..p], ABBREVIATIONS.iter().map(|(k, _)| *k)).is_none())
}

/// The longest entry of [`ABBREVIATIONS`] written in Arabic letters without inner dots, in
/// letters: a word of more letters is none of them (they are compared without diacritics).
const LONGEST_ARABIC_WORD_ABBREVIATION: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        let key = ABBREVIATIONS[i].0.as_bytes();
        let mut dotted = false;
        let mut j = 0;
        while j < key.len() {
            dotted |= key[j] == b'.';
            j += 1;
        }
        // Two bytes a letter.
        if !dotted && !key.is_empty() && key[0] >= 0x80 && key.len() / 2 > longest {
            longest = key.len() / 2;
        }
        i += 1;
    }
    longest
};

impl Quiet {
    pub fn new() -> Self {
        Quiet { enabled: true, stretch: 0..0, brackets: Vec::new(), certain_end: None }
    }

    /// Finds the next byte from `from` on that may matter (the stretch's stop), the brackets
    /// before it and whether it certainly ends the sentence.
    fn find(&mut self, text: &str, from: usize) -> usize {
        let bytes = text.as_bytes();
        self.brackets.clear();
        self.certain_end = None;
        let mut next = from;
        while next < bytes.len() {
            next = first_not_quiet(bytes, next);
            let Some(&b) = bytes.get(next) else { break };
            match BYTE_CLASSES[b as usize] {
                ByteClass::Quiet => next += 1, // never: first_not_quiet stops at no quiet byte
                // `9F` and `94` are the last bytes of ؟ (`D8 9F`) and ۔ (`DB 94`) but also of
                // other characters (the emoji, `F0 9F …`), which are quiet.
                ByteClass::Stop if matches!(b, 0x9F | 0x94) && !ends_arabic_mark(bytes, next) => next += 1,
                // A URL that may hold brackets has a `.` (a stop) or `://`: a `/` elsewhere
                // (`فبراير/شباط`) is quiet.
                ByteClass::Stop if b == b'/' && (next == 0 || bytes[next - 1] != b':') => next += 1,
                // A `.` between digits is inside a number (`3.5`, `192.168.1.1`): no mark.
                ByteClass::Stop
                    if b == b'.'
                        && next > 0
                        && bytes[next - 1].is_ascii_digit()
                        && bytes.get(next + 1).is_some_and(u8::is_ascii_digit) =>
                {
                    next += 1
                }
                // After a title (`د. أحمد`): no end (`dot_ends`), and nothing to read.
                ByteClass::Stop if b == b'.' && after_title(text, next) => next += 1,
                ByteClass::Stop => {
                    self.certain_end = certain_end(text, next);
                    break;
                }
                ByteClass::Look => match bracket_at(text, next) {
                    Some((c, len)) if stands_alone(text, next) => {
                        self.brackets.push((next, c));
                        next += len;
                    }
                    // Glued into the token of the character before it: read the tokens.
                    Some(_) => break,
                    None if b.is_ascii() => next += 1,
                    None => break,
                },
            }
        }
        next
    }
}

/// The stretch from `from` to the byte `stop` that may matter: it is read again from the
/// space-separated chunk before the one holding the stop (the number before an era letter,
/// `عام 1990 م.`, or the word at a line's end).
fn stretch_before(bytes: &[u8], from: usize, stop: usize) -> Range<usize> {
    let mut resume = stop;
    while resume > from && !is_space_byte(bytes[resume - 1]) {
        resume -= 1;
    }
    while resume > from && is_space_byte(bytes[resume - 1]) {
        resume -= 1;
    }
    while resume > from && !is_space_byte(bytes[resume - 1]) {
        resume -= 1;
    }
    resume..stop.max(resume + 1)
}

impl Sentences<'_> {
    /// Skips the tokens of a quiet stretch (see the module documentation).
    pub(super) fn skip_quiet_text(&mut self) -> Skip {
        // At most the token peeked to look at the gap after the current one is waiting; the
        // gap before it is read too (it may hold a line break).
        if self.scan.peeked() > 1 {
            return Skip::No;
        }
        let from = self.scan.last_end;
        // Where the stretch is read again is found only when needed: not at a certain end.
        let mut stop = None;
        if from >= self.quiet.stretch.start {
            if from < self.quiet.stretch.end {
                return Skip::No; // inside the stretch read again before the last byte found
            }
            stop = Some(self.quiet.find(self.scan.text, from));
        }
        // A mark that certainly ends the sentence: the next one is read from its first word.
        if let Some(Ending { end, blank_line }) = self.quiet.certain_end
            && end > from
            && end + usize::from(!blank_line) >= self.scan.position()
        {
            self.quiet.certain_end = None;
            // At a line's end, a line written twice is split by the line rules
            // (`Sentences::doubled_line`): those are read token by token.
            let doubled = blank_line
                && doubled_join(self.scan.text, self.lines.line_start(), end)
                    .is_some_and(|(_, join)| join > self.start);
            if !doubled {
                self.quiet.stretch = 0..0;
                if blank_line {
                    self.scan.resume_at(end);
                    return Skip::EndedBeforeBlankLine(end);
                }
                self.scan.resume_at(end + 1);
                return Skip::Ended(end);
            }
        }
        if let Some(stop) = stop {
            self.quiet.stretch = stretch_before(self.scan.text.as_bytes(), from, stop);
        }
        let resume = self.quiet.stretch.start;
        if resume <= self.scan.position() {
            return Skip::No;
        }
        // The resets: brackets counted, line state unchanged, the last tokens forgotten.
        for &(at, c) in &self.quiet.brackets {
            if (from..resume).contains(&at) {
                self.open = count_bracket(self.open, c);
            }
        }
        self.scan.resume_at(resume);
        Skip::Skipped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nibble_classes_single_out_the_bytes_that_are_not_quiet() {
        let (low, high) = NIBBLE_CLASSES;
        for b in 0..=255u8 {
            let not_quiet = low[usize::from(b & 0x0F)] & high[usize::from(b >> 4)] != 0;
            assert_eq!(not_quiet, BYTE_CLASSES[usize::from(b)] != ByteClass::Quiet, "byte {b:#04x}");
        }
    }

    #[test]
    fn only_short_arabic_words_are_looked_up() {
        assert_eq!(LONGEST_ARABIC_WORD_ABBREVIATION, "مج".chars().count());
    }

    #[test]
    fn first_not_quiet_stops_at_the_first_byte_that_may_matter() {
        let text = "كلمات هادئة طويلة بلا علامة حتى هنا. ثم";
        let dot = text.find('.').unwrap();
        for from in (0..=dot).filter(|&i| text.is_char_boundary(i)) {
            assert_eq!(first_not_quiet(text.as_bytes(), from), dot);
        }
        assert_eq!(first_not_quiet(text.as_bytes(), dot + 1), text.len());
    }

    #[test]
    fn the_stretch_is_read_again_from_the_chunk_before_the_stop() {
        let text = "قبل عام 1990 م. بعد";
        let stop = text.find('.').unwrap();
        assert_eq!(&text[stretch_before(text.as_bytes(), 0, stop)], "1990 م");
        assert_eq!(stretch_before(text.as_bytes(), stop, stop), stop..stop + 1);
    }
}
