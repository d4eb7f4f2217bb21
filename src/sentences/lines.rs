//! The line rules: whether a line without a final mark ends its sentence at its line break
//! (a headline, a title, a list item) or goes on (wrapped running text). See the module
//! documentation of [`super`].

use super::Sentences;
use super::scan::{Gap, is_closer, is_continuing, is_line_break, is_opener, is_terminator_char};
use super::words::{CONTINUATION_WORDS, in_list, letter_count};
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
        let text = self.scan.text;
        let len = display_len(&text[self.lines.line_start..end]);
        if len > MAX_WRAP_WIDTH {
            return true;
        }
        let width = self.block_width();
        if width < MIN_WRAP_WIDTH {
            return true;
        }
        let rest = &text[next.start..];
        let word_end = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
        len + 1 + display_len(&rest[..word_end]) <= width
    }

    /// The longest line of the current block, computed once per block.
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
