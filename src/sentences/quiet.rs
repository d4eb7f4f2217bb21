//! The quiet-text fast path: stretches of text that hold no sentence mark, line break or URL
//! are passed over without tokenizing them.
//!
//! Tokenizing every word between two sentence marks is most of the cost of splitting, yet the
//! rules only look at the marks, the line breaks, the brackets and a few tokens before them.
//! So after a sentence has content, [`Sentences::skip_quiet_text`] finds the next byte that may
//! matter ([`ByteClass::Stop`]) and restarts the tokenizer two space-separated chunks before it
//! (`عام 1990 م.` needs the number before the era letter). Tokens never span a space, so the
//! tokenizer reads the same tokens from there as from the start. What the skipped tokens would
//! have changed is carried over explicitly:
//! - the brackets and quotes skipped are counted into [`Sentences::open`] as their tokens
//!   would have been (outside URLs each is a token of its own, and a URL stops the stretch);
//! - the line state is unchanged: a stretch holds no line break;
//! - the scanner forgets its last two tokens ([`Scanner::resume_at`](super::scan::Scanner::resume_at)),
//!   so the next word starts a new abbreviation chain; the rules only look back at tokens
//!   inside the two chunks read again.
//!
//! The unit tests check that splitting with and without the fast path gives the same spans.

use super::Sentences;
use super::scan::{is_closer, is_opener};
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
}

impl Quiet {
    pub fn new() -> Self {
        Quiet { enabled: true, stretch: 0..0, brackets: Vec::new() }
    }

    /// Finds the stretch that starts at `from`: the next byte that may matter, and where to
    /// read again before it.
    fn find(&mut self, text: &str, from: usize) {
        let bytes = text.as_bytes();
        self.brackets.clear();
        let mut next = from;
        while next < bytes.len() {
            // Four quiet bytes at a time: one branch for most of the text.
            while next + 4 <= bytes.len()
                && (BYTE_CLASSES[bytes[next] as usize] as u8
                    | BYTE_CLASSES[bytes[next + 1] as usize] as u8
                    | BYTE_CLASSES[bytes[next + 2] as usize] as u8
                    | BYTE_CLASSES[bytes[next + 3] as usize] as u8)
                    == 0
            {
                next += 4;
            }
            let Some(&b) = bytes.get(next) else { break };
            match BYTE_CLASSES[b as usize] {
                ByteClass::Quiet => next += 1,
                // A URL that may hold brackets has a `.` (a stop) or `://`: a `/` elsewhere
                // (`فبراير/شباط`) is quiet.
                ByteClass::Stop if b == b'/' && (next == 0 || bytes[next - 1] != b':') => next += 1,
                ByteClass::Stop => break,
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
    /// Skips the tokens of a quiet stretch (see the module documentation). Returns whether
    /// it skipped.
    pub(super) fn skip_quiet_text(&mut self) -> bool {
        // At most the token peeked to look at the gap after the current one is waiting; the
        // gap before it is read too (it may hold a line break).
        if self.scan.peeked() > 1 {
            return false;
        }
        let from = self.scan.last_end;
        if from >= self.quiet.stretch.start {
            if from < self.quiet.stretch.end {
                return false; // inside the stretch read again before the last byte found
            }
            self.quiet.find(self.scan.text, from);
        }
        let resume = self.quiet.stretch.start;
        if resume <= self.scan.position() {
            return false;
        }
        // The resets: brackets counted, line state unchanged, the last tokens forgotten.
        for &(at, c) in &self.quiet.brackets {
            if (from..resume).contains(&at) {
                self.open = count_bracket(self.open, c);
            }
        }
        self.scan.resume_at(resume);
        true
    }
}
