//! The scanner: the tokens the rules read, with a look-ahead and the two tokens consumed last;
//! what the whitespace between two tokens holds; the classes of punctuation.

use crate::chars::is_arabic_letter;
use crate::tokenize::{Token, TokenKind, Tokens, tokens};
use std::collections::VecDeque;

pub(super) fn is_terminator_char(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '۔' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '。' | '！' | '？' | '．')
}

pub(super) fn is_strong_char(c: char) -> bool {
    is_terminator_char(c) && !matches!(c, '.' | '…' | '．')
}

/// Always closing: a sentence never starts with one.
pub(super) fn is_closer(c: char) -> bool {
    matches!(c, '»' | ')' | ']' | '}' | '”' | '›' | '）' | '」' | '』' | '〉' | '》')
}

pub(super) fn is_opener(c: char) -> bool {
    matches!(c, '«' | '(' | '[' | '{' | '“' | '‹' | '（' | '「' | '『')
}

/// Punctuation after which a sentence goes on.
pub(super) fn is_continuing(c: char) -> bool {
    matches!(c, '،' | ',' | '؛' | ';' | ':' | '-' | '–' | '—' | '/')
}

pub(super) fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// What the whitespace between two tokens holds.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Gap {
    pub breaks: usize,
    pub paragraph: bool,
    /// Where the last line in the gap starts.
    pub line_start: usize,
}

impl Gap {
    /// A blank line, or a paragraph or page separator: always the end of a sentence.
    pub fn blank(&self) -> bool {
        self.breaks >= 2 || self.paragraph
    }
}

/// The gap `text[from..to]`.
pub(super) fn gap(text: &str, from: usize, to: usize) -> Gap {
    let mut g = Gap::default();
    // Most gaps are one space: no line break to look for.
    if text.as_bytes()[from..to].iter().all(|&b| b == b' ' || b == b'\t') {
        return g;
    }
    let mut prev_cr = false;
    for (i, c) in text[from..to].char_indices() {
        if is_line_break(c) {
            if !(c == '\n' && prev_cr) {
                g.breaks += 1;
            }
            g.paragraph |= matches!(c, '\u{0C}' | '\u{2029}');
            g.line_start = from + i + c.len_utf8();
        }
        prev_cr = c == '\r';
    }
    g
}

/// The tokens of the text, read once, with a look-ahead.
pub(super) struct Scanner<'a> {
    pub text: &'a str,
    tokens: Tokens<'a>,
    ahead: VecDeque<Token>,
    /// End of the last token consumed.
    pub last_end: usize,
    /// The last token consumed (`None` at the start and after [`Scanner::resume_at`]).
    pub last: Option<Token>,
    /// The token consumed before [`Scanner::last`].
    pub before_last: Option<Token>,
}

impl<'a> Scanner<'a> {
    pub fn new(text: &'a str) -> Self {
        Scanner {
            text,
            tokens: tokens(text),
            ahead: VecDeque::new(),
            last_end: 0,
            last: None,
            before_last: None,
        }
    }

    /// The `n`-th token not yet consumed.
    pub fn peek(&mut self, n: usize) -> Option<Token> {
        while self.ahead.len() <= n {
            let t = self.tokens.next()?;
            self.ahead.push_back(t);
        }
        self.ahead.get(n).copied()
    }

    /// The next token, not yet recorded as consumed ([`Scanner::record`]).
    #[inline]
    pub fn take(&mut self) -> Option<Token> {
        match self.ahead.pop_front() {
            Some(t) => Some(t),
            None => self.tokens.next(),
        }
    }

    /// Records `t`, just taken, as the last token consumed.
    #[inline]
    pub fn record(&mut self, t: Token) {
        self.before_last = self.last;
        self.last = Some(t);
        self.last_end = t.end;
    }

    /// How many tokens were peeked and not consumed.
    pub fn peeked(&self) -> usize {
        self.ahead.len()
    }

    /// Where the tokenizer reads next.
    pub fn position(&self) -> usize {
        self.tokens.position()
    }

    /// Goes on reading at `pos`, a byte after a space (no token spans it), as if the tokens
    /// before it had been consumed: the look-ahead is dropped, and the last two tokens are
    /// forgotten (`None`), so that no rule looks back across the text passed over.
    pub fn resume_at(&mut self, pos: usize) {
        self.ahead.clear();
        self.tokens.resume_at(pos);
        self.last_end = pos;
        self.last = None;
        self.before_last = None;
    }

    pub fn str(&self, t: Token) -> &'a str {
        &self.text[t.start..t.end]
    }

    pub fn first_char(&self, t: Token) -> char {
        self.str(t).chars().next().unwrap_or(' ')
    }

    pub fn is_terminator(&self, t: Token) -> bool {
        t.kind == TokenKind::Punct && is_terminator_char(self.first_char(t))
    }

    pub fn is_single_dot(&self, t: Token) -> bool {
        t.kind == TokenKind::Punct && self.str(t) == "."
    }

    pub fn is_arabic_word(&self, t: Token) -> bool {
        t.kind == TokenKind::Word && is_arabic_letter(self.first_char(t))
    }

    pub fn is_lower_latin(&self, t: Token) -> bool {
        // Arabic letters, most words here, have no case: the Unicode table is not looked up.
        t.kind == TokenKind::Word && {
            let c = self.first_char(t);
            c.is_ascii_lowercase() || (!c.is_ascii() && !is_arabic_letter(c) && c.is_lowercase())
        }
    }
}
