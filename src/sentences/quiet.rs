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
//! - a stretch that stops at a `.` which certainly ends the sentence ([`certain_full_stop`]: a
//!   word of Arabic letters that is no abbreviation, or a number of four digits, glued before it,
//!   one space and an Arabic letter after)
//!   ends the sentence there without reading its tokens; the next sentence is read from its
//!   first word (after a space: the tokenizer restarts there as above).
//!
//! `tests/sentences.rs` checks that splitting with and without the fast path gives the same
//! spans, on random text made mostly of plain words, and so does every invariant check
//! (`tests/invariants/mod.rs`, the fuzz targets included).

use super::Sentences;
use super::abbreviations::ABBREVIATIONS;
use super::scan::{is_closer, is_opener};
use super::words::find_key;
use crate::chars::is_arabic_letter;
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

fn is_space_byte(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// Whether the character at byte `i` (of class `Look`) is a bracket or quote that opens or
/// closes, and its length.
fn bracket_at(text: &str, i: usize) -> Option<(char, usize)> {
    let c = text[i..].chars().next()?;
    (is_opener(c) || is_closer(c)).then_some((c, c.len_utf8()))
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
    /// Where the last stretch found stops at a `.` that certainly ends the sentence
    /// ([`certain_full_stop`]).
    full_stop: Option<usize>,
}

/// What [`Sentences::skip_quiet_text`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Skip {
    /// Nothing: the tokens are read one by one.
    No,
    /// Passed over a stretch; the tokens are read again before its stop.
    Skipped,
    /// Passed over the rest of the sentence, which ends here (at a certain full stop); the
    /// tokens are read again at the next sentence.
    Ended(usize),
}

/// Whether the `.` at `p` certainly ends the sentence, as the rules would decide on its tokens.
/// One space and an Arabic letter follow (the next sentence's first word: no comma, list or
/// Latin word that would carry the sentence on; not glued, not an ellipsis, no closing quote
/// or bracket), and glued before it, from a space, stands nothing but
/// - a word of two Arabic letters or more that is not in [`ABBREVIATIONS`] (one letter is an
///   initial; no dot in it, so it is not a chain like `أ.د`), or
/// - a number of four ASCII digits or more (not a list ordinal, which has at most three).
fn certain_full_stop(text: &str, p: usize) -> bool {
    let bytes = text.as_bytes();
    if bytes.get(p + 1) != Some(&b' ') || !text[p + 2..].starts_with(is_arabic_letter) {
        return false;
    }
    let mut i = p;
    while i > 0 && bytes[i - 1].is_ascii_digit() && p - i < 32 {
        i -= 1;
    }
    if i < p {
        return p - i >= 4 && i > 0 && matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r');
    }
    while i >= 2 && p - i < 64 && matches!(bytes[i - 2], 0xD8..=0xDB) {
        if !text[i - 2..i].starts_with(is_arabic_letter) {
            return false;
        }
        i -= 2;
    }
    p - i >= 4
        && i > 0
        && matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r')
        && find_key(&text[i..p], ABBREVIATIONS.iter().map(|(k, _)| *k)).is_none()
}

impl Quiet {
    pub fn new() -> Self {
        Quiet { enabled: true, stretch: 0..0, brackets: Vec::new(), full_stop: None }
    }

    /// Finds the stretch that starts at `from`: the next byte that may matter, and where to
    /// read again before it.
    fn find(&mut self, text: &str, from: usize) {
        let bytes = text.as_bytes();
        self.brackets.clear();
        self.full_stop = None;
        let mut next = from;
        while next < bytes.len() {
            // Eight quiet bytes at a time: one branch for most of the text, no bounds checks.
            let quiet_words = bytes[next..]
                .as_chunks::<8>()
                .0
                .iter()
                .take_while(|word| word.iter().fold(0, |any, &b| any | BYTE_CLASSES[b as usize] as u8) == 0)
                .count();
            next += 8 * quiet_words;
            let Some(&b) = bytes.get(next) else { break };
            match BYTE_CLASSES[b as usize] {
                ByteClass::Quiet => next += 1,
                // A URL that may hold brackets has a `.` (a stop) or `://`: a `/` elsewhere
                // (`فبراير/شباط`) is quiet.
                ByteClass::Stop if b == b'/' && (next == 0 || bytes[next - 1] != b':') => next += 1,
                ByteClass::Stop => {
                    if b == b'.' && certain_full_stop(text, next) {
                        self.full_stop = Some(next);
                    }
                    break;
                }
                ByteClass::Look => match bracket_at(text, next) {
                    Some((c, len)) => {
                        self.brackets.push((next, c));
                        next += len;
                    }
                    None if b.is_ascii() => next += 1,
                    None => break,
                },
            }
        }
        let mut resume = next;
        while resume > from && !is_space_byte(bytes[resume - 1]) {
            resume -= 1;
        }
        // The chunk before the one holding the stop: the number before an era letter
        // (`عام 1990 م.`) or the word at a line's end.
        {
            while resume > from && is_space_byte(bytes[resume - 1]) {
                resume -= 1;
            }
            while resume > from && !is_space_byte(bytes[resume - 1]) {
                resume -= 1;
            }
        }
        self.stretch = resume..next.max(resume + 1);
    }
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
        if from >= self.quiet.stretch.start {
            if from < self.quiet.stretch.end {
                return Skip::No; // inside the stretch read again before the last byte found
            }
            self.quiet.find(self.scan.text, from);
        }
        // A certain full stop ends the sentence: the next one is read from its first word.
        if let Some(p) = self.quiet.full_stop
            && p >= from
            && p + 2 >= self.scan.position()
        {
            self.quiet.full_stop = None;
            self.quiet.stretch = 0..0;
            self.scan.resume_at(p + 2);
            return Skip::Ended(p + 1);
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
