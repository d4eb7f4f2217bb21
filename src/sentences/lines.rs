//! The line rules: whether a line without a final mark ends its sentence at its line break
//! (a headline, a title, a list item) or goes on (wrapped running text). See the module
//! documentation of [`super`].

use super::Sentences;
use super::scan::{Gap, gap, is_closer, is_continuing, is_line_break, is_opener, is_terminator_char};
use super::words::{BYLINE_WORDS, CONTINUATION_WORDS, find_key, in_list, letter_count};
use crate::chars::is_invisible_separator;
use crate::tokenize::{Token, TokenKind};

/// Lines longer than this are paragraphs on one line, not hard-wrapped text.
const MAX_WRAP_WIDTH: usize = 100;
/// Blocks narrower than this are lists or headlines, not hard-wrapped text.
const MIN_WRAP_WIDTH: usize = 40;

/// Where the current line and block (lines between blank lines) start.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct LineState {
    /// Start of the line holding the last token consumed.
    line_start: usize,
    /// Start of the block holding the last token consumed.
    block_start: usize,
    /// Width of the block at `block_start`, once computed.
    block_width: Option<usize>,
    /// The last run of wrapped lines read ahead ([`Sentences::run_reaches_mark`]): where the
    /// line that decided it ends, and whether the run reached a sentence mark.
    run: Option<(usize, bool)>,
}

impl LineState {
    /// Crosses the gap before the next token.
    pub fn cross(&mut self, g: &Gap) {
        if g.breaks > 0 {
            self.line_start = g.line_start;
        }
        if g.blank() {
            self.block_start = g.line_start;
            self.block_width = None;
        }
    }

    /// Start of the line holding the last token consumed.
    pub fn line_start(&self) -> usize {
        self.line_start
    }
}

/// The longest headline that [`doubled_join`] looks for, in bytes (some 50 Arabic words).
const MAX_HEADLINE: usize = 600;

/// When the line `text[start..end]` (`end` at its last token's end) is one string written
/// twice — `حرب فيتنام كانت نزاعحرب فيتنام كانت نزاع`, or with spaces between the copies, a
/// headline glued to its repeat as page text often has it —, where the first copy ends and the
/// second starts. The string must hold at least three words, and at most [`MAX_HEADLINE`] bytes. Constant time for most lines:
/// the halves are compared only when their lengths match.
#[inline(never)]
pub(super) fn doubled_join(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    if end - start > 2 * MAX_HEADLINE + 8 {
        return None;
    }
    let line = &text[start..end];
    let start = start + (line.len() - line.trim_start().len());
    let line = line.trim_start();
    let (first_end, second) = written_twice(line)?;
    let copy = &line[..first_end];
    (copy.len() >= 8 && copy.split_whitespace().nth(2).is_some())
        .then_some((start + first_end, start + second))
}

/// When `s` (trimmed) is one string written twice, glued or with whitespace between the
/// copies: where the first copy ends and the second starts. `article` cuts a headline glued
/// to its own copy with it.
pub(crate) fn written_twice(s: &str) -> Option<(usize, usize)> {
    let bytes = s.as_bytes();
    let half = s.len() / 2;
    for mid in [half, half + 1, half.saturating_sub(1)] {
        if !s.is_char_boundary(mid) {
            continue;
        }
        // Most lines fail at once: with no whitespace at `mid`, the second copy starts there,
        // so it starts with the line's first bytes.
        if mid + 4 <= bytes.len() && !may_start_whitespace(bytes[mid]) && bytes[mid..mid + 4] != bytes[..4] {
            continue;
        }
        let (a, b) = s.split_at(mid);
        let (a, b_trim) = (a.trim_end(), b.trim_start());
        if !a.is_empty() && a == b_trim {
            return Some((a.len(), mid + (b.len() - b_trim.len())));
        }
    }
    None
}

/// Whether `b` may be the first byte of a character that is whitespace (`char::is_whitespace`:
/// ASCII, U+0085 and U+00A0 (`C2`), U+1680 (`E1`), U+2000–U+205F (`E2`), U+3000 (`E3`)).
fn may_start_whitespace(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ' | 0xC2 | 0xE1 | 0xE2 | 0xE3)
}

/// The byte index of the first line break ([`is_line_break`]) in `s`: bytes that cannot start
/// one are passed over without decoding.
fn line_break_at(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' | b'\r' | 0x0B | 0x0C => return Some(i),
            0xC2 | 0xE2 if s[i..].starts_with(is_line_break) => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// The display length of the first word of `s`.
fn first_word_len(s: &str) -> usize {
    display_len(&s[..s.find(char::is_whitespace).unwrap_or(s.len())])
}

/// Where the line after the line break at `at` starts, unless the block ends there (the end of
/// the text, a blank line, a paragraph or page separator).
fn next_line(text: &str, at: usize) -> Option<usize> {
    let brk = text[at..].chars().next()?;
    if matches!(brk, '\u{0C}' | '\u{2029}') {
        return None;
    }
    let mut pos = at + brk.len_utf8();
    if brk == '\r' && text[pos..].starts_with('\n') {
        pos += 1;
    }
    for (i, c) in text[pos..].char_indices() {
        if is_line_break(c) {
            return None; // a blank line
        }
        if !(c.is_whitespace() || is_invisible_separator(c)) {
            return Some(pos + i);
        }
    }
    None
}

/// A line's length as a wrapping editor counts it: characters, diacritics included (EASC's
/// hard-wrapped articles only fit their width when the harakat count), controls excluded.
fn display_len(s: &str) -> usize {
    // The invisible separators are the only characters left out; they all have a byte `9C`
    // (ALM) or a lead byte `E2`/`EF`. Without those, counting characters is counting the
    // bytes that start one.
    if !s.bytes().any(|b| matches!(b, 0x9C | 0xE2 | 0xEF)) {
        return s.bytes().filter(|&b| (b & 0xC0) != 0x80).count();
    }
    s.chars().filter(|&c| !is_invisible_separator(c)).count()
}

impl Sentences<'_> {
    /// At a single line break between the line ending at `end` and the line starting with
    /// `next`: whether the line was a unit of its own (headline, list item) rather than
    /// wrapped running text. See the module documentation.
    pub(super) fn line_ends(&mut self, end: usize, next: Token) -> bool {
        if self.starts_list_item(next) {
            return true;
        }
        let c = self.scan.first_char(next);
        if next.kind == TokenKind::Punct && (is_closer(c) || is_continuing(c) || is_terminator_char(c)) {
            return false;
        }
        if self.open > 0 {
            return false;
        }
        if let Some(last) = self.scan.last {
            let lc = self.scan.first_char(last);
            if (last.kind == TokenKind::Punct && (is_continuing(lc) || is_opener(lc)))
                || (last.kind == TokenKind::Word && in_list(self.scan.str(last), CONTINUATION_WORDS))
            {
                return false;
            }
        }
        if self.opens_byline_or_dateline(next) {
            return true;
        }
        let text = self.scan.text;
        let len = display_len(&text[self.lines.line_start..end]);
        if len > MAX_WRAP_WIDTH {
            return true;
        }
        let width = self.block_width();
        if width < MIN_WRAP_WIDTH {
            return true;
        }
        if len + 1 + first_word_len(&text[next.start..]) <= width {
            return true;
        }
        // The next line's first word did not fit: wrapped, if the lines that follow make a
        // sentence. A run of lines that never reaches a sentence mark is a list of headlines
        // of about the block's width, not a wrapped paragraph.
        !self.run_reaches_mark(next.start, width)
    }

    /// From the line starting at `from`, in the current block: whether the lines read as
    /// wrapped (each ends where the next one's first word would not fit, or mid-clause) reach a
    /// sentence mark before a line that ends as a unit or the block's end. Each line is read
    /// once: the verdict holds for every line up to the one that decided it.
    #[inline(never)]
    fn run_reaches_mark(&mut self, from: usize, width: usize) -> bool {
        if let Some((until, verdict)) = self.lines.run
            && from < until
        {
            return verdict;
        }
        let text = self.scan.text;
        let mut pos = from;
        let (until, verdict) = loop {
            let rest = &text[pos..];
            let line_len = line_break_at(rest).unwrap_or(rest.len());
            let line = rest[..line_len].trim_end();
            let line_end = pos + line_len;
            if line.contains(is_terminator_char) {
                break (line_end, true);
            }
            let Some(next_start) = next_line(text, line_end) else {
                break (line_end, false); // the block ends
            };
            let goes_on = line.ends_with(|c: char| is_continuing(c) || is_opener(c))
                || line.rsplit(char::is_whitespace).next().is_some_and(|w| in_list(w, CONTINUATION_WORDS));
            if !goes_on && display_len(line) + 1 + first_word_len(&text[next_start..]) <= width {
                break (line_end, false); // a line that ends as a unit
            }
            pos = next_start;
        };
        self.lines.run = Some((until, verdict));
        verdict
    }

    /// Whether the line starting with `next` is a byline (`كتب: محمد الخطيب`, `بقلم سارة`,
    /// [`BYLINE_WORDS`]) or a dateline (`القاهرة - …`: one to four words, then a dash).
    #[inline(never)]
    fn opens_byline_or_dateline(&mut self, next: Token) -> bool {
        let text = self.scan.text;
        if next.kind == TokenKind::Word
            && let Some(i) = find_key(self.scan.str(next), BYLINE_WORDS.iter().map(|(w, _)| *w))
        {
            let after = text[next.end..].trim_start_matches([' ', '\t']);
            if BYLINE_WORDS[i].1 || after.starts_with([':', '-', '–', '—']) {
                return true;
            }
        }
        // A dateline: one to four words or numbers, then a dash between spaces, on one line.
        let mut prev = next;
        for n in 0..=4 {
            let t = if n == 0 {
                next
            } else {
                match self.scan.peek(n) {
                    Some(t) => t,
                    None => return false,
                }
            };
            if n > 0 {
                let g = gap(text, prev.end, t.start);
                if g.breaks > 0 || t.start == prev.end {
                    return false;
                }
            }
            match t.kind {
                TokenKind::Word | TokenKind::Number if n < 4 => {}
                TokenKind::Punct if n > 0 && matches!(self.scan.str(t), "-" | "–" | "—") => {
                    return text[t.end..].starts_with(char::is_whitespace);
                }
                _ => return false,
            }
            prev = t;
        }
        false
    }

    /// The longest line of the current block, computed once per block.
    #[inline(never)]
    fn block_width(&mut self) -> usize {
        if let Some(w) = self.lines.block_width {
            return w;
        }
        let text = self.scan.text;
        let mut width = 0;
        let mut pos = self.lines.block_start;
        loop {
            let rest = &text[pos..];
            let line_len = line_break_at(rest).unwrap_or(rest.len());
            let line = &rest[..line_len];
            if line.chars().all(|c| c.is_whitespace() || is_invisible_separator(c)) {
                break;
            }
            width = width.max(display_len(line.trim_end()));
            let Some(brk) = rest[line_len..].chars().next() else {
                break;
            };
            if matches!(brk, '\u{0C}' | '\u{2029}') {
                break;
            }
            pos += line_len + brk.len_utf8();
            if brk == '\r' && text[pos..].starts_with('\n') {
                pos += 1;
            }
        }
        self.lines.block_width = Some(width);
        width
    }

    /// Whether the line starting with `t` opens a list item.
    #[inline(never)]
    fn starts_list_item(&self, t: Token) -> bool {
        let text = self.scan.text;
        let rest = &text[t.start..];
        let mut chars = rest.chars();
        let c = chars.next().unwrap_or(' ');
        if matches!(
            c,
            '*' | '•'
                | '·'
                | '●'
                | '○'
                | '◦'
                | '▪'
                | '■'
                | '□'
                | '◆'
                | '◇'
                | '►'
                | '▶'
                | '➢'
                | '✓'
                | '✔'
                | '-'
                | '–'
                | '—'
                | 'ـ'
                | '_'
                | '+'
                | '>'
        ) {
            return true;
        }
        let marker_then_space = |after: &str, marks: &[char]| {
            let mut it = after.chars();
            it.next().is_some_and(|m| marks.contains(&m)) && it.next().is_none_or(char::is_whitespace)
        };
        let word = self.scan.str(t);
        let after = &text[t.end..];
        match t.kind {
            TokenKind::Number => word.chars().count() <= 3 && marker_then_space(after, &['.', ')', '-', '–']),
            TokenKind::Word => letter_count(word) == 1 && marker_then_space(after, &[')', '-']),
            TokenKind::Punct if c == '(' => {
                let inner = &rest[1..];
                let digits = inner.find(|c: char| !c.is_numeric()).unwrap_or(inner.len());
                (1..=9).contains(&digits) && inner[digits..].starts_with(')')
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_whitespace_character_starts_with_a_byte_of_may_start_whitespace() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|c| c.is_whitespace()) {
            let mut utf8 = [0; 4];
            assert!(may_start_whitespace(c.encode_utf8(&mut utf8).as_bytes()[0]), "{c:?}");
        }
    }

    #[test]
    fn written_twice_finds_the_copies_glued_or_spaced() {
        let glued = "حرب فيتنام كانت نزاعحرب فيتنام كانت نزاع";
        assert_eq!(written_twice(glued), Some((glued.len() / 2, glued.len() / 2)));
        let spaced = "حرب فيتنام كانت نزاع\u{00A0} حرب فيتنام كانت نزاع";
        let first = "حرب فيتنام كانت نزاع".len();
        assert_eq!(written_twice(spaced), Some((first, spaced.len() - first)));
        assert_eq!(written_twice("حرب فيتنام كانت نزاع طويل"), None);
    }
}
