//! Abbreviations and initials: the table (`data/sentences/abbreviations.txt`), the chain of
//! dot-glued words before a `.`, and how that chain reads.

use super::Sentences;
use super::scan::Scanner;
use super::words::{find_key, is_short, letter_count, letters};
use crate::tokenize::{Token, TokenKind};
use crate::word_lists::{count, entries, split_tab};

/// How an abbreviation behaves before a `.`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abbreviation {
    /// Stands before a name or a word: the `.` never ends a sentence.
    Title,
    /// Stands before a number (`ص. 45`, `No. 5`): no break before a number.
    Reference,
    /// Follows a number (`300 ق.م.`): can end a sentence; no break before a number, a word of
    /// [`CONTINUES_AFTER_ERA`](super::CONTINUES_AFTER_ERA) or a lower-case word.
    Era,
}

/// Abbreviations compared without diacritics and tatweel (`هـ` = `ه`), Latin case-insensitively,
/// and with inner dots (`أ.د`). The final `.` is not part of the entry.
///
/// The one table of abbreviations: `data/sentences/abbreviations.txt`, embedded and parsed at
/// compile time (its header and `data/sentences/README.md` give the sources). Single letters
/// are initials anyway; they are listed when they mean something else too.
pub const ABBREVIATIONS: &[(&str, Abbreviation)] = &parse::<{ count(ABBREVIATIONS_TXT) }>(ABBREVIATIONS_TXT);
const ABBREVIATIONS_TXT: &str = word_list!("../../data/sentences/abbreviations.txt");

const fn parse<const N: usize>(src: &'static str) -> [(&'static str, Abbreviation); N] {
    let lines = entries::<N>(src);
    let mut out = [("", Abbreviation::Title); N];
    let mut i = 0;
    while i < N {
        let (kind, entry) = split_tab(lines[i]);
        let kind = match kind.as_bytes() {
            b"title" => Abbreviation::Title,
            b"reference" => Abbreviation::Reference,
            b"era" => Abbreviation::Era,
            _ => panic!("abbreviations.txt: the kind is not title, reference or era"),
        };
        out[i] = (entry, kind);
        i += 1;
    }
    out
}

/// Single letters that are era marks after a number: م (ميلادي), ه/هـ (هجري).
pub(super) const ERA_LETTERS: &[char] = &['م', 'ه'];

/// A run of words glued by single dots (`U.S`, `ق.م`, `سي.آي`), ending at the last word read.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Chain {
    start: usize,
    /// Where the last word of the chain ends.
    pub end: usize,
    parts: usize,
    /// Where the first word ends: whether it is short is asked only before a dot.
    first_end: usize,
    /// Whether the words after the first are all short.
    rest_short: bool,
    /// The kind of the token just before the chain, if glued or not.
    before: Option<TokenKind>,
}

impl Chain {
    /// Takes the word `t`, about to be consumed from `scan`: it extends the chain when the last
    /// two tokens were the chain's last word and a glued single dot, else starts a new chain.
    pub(super) fn add_word(&mut self, scan: &Scanner<'_>, t: Token) {
        let continues = matches!((scan.before_last, scan.last), (Some(_), Some(d))
            if scan.is_single_dot(d) && d.end == t.start && self.end == d.start);
        if continues {
            self.end = t.end;
            self.parts += 1;
            self.rest_short &= is_short(scan.str(t));
        } else {
            *self = Chain {
                start: t.start,
                end: t.end,
                parts: 1,
                first_end: t.end,
                rest_short: true,
                before: scan.last.map(|l| l.kind),
            };
        }
    }

    /// Whether every word of the chain is short ([`is_short`]).
    fn all_short(&self, text: &str) -> bool {
        self.rest_short && is_short(&text[self.start..self.first_end])
    }
}

impl Sentences<'_> {
    /// How the chain of words before the dot reads as an abbreviation.
    #[inline(never)]
    pub(super) fn abbreviation(&mut self, glued_after: bool, next: Token) -> Option<Abbreviation> {
        let chain = self.chain;
        let span = &self.scan.text[chain.start..chain.end];
        // One letter: an initial, or an era letter after a number (`عام 1990 م.`).
        if chain.parts == 1 && letter_count(span) == 1 {
            let era = letters(span).next().is_some_and(|l| ERA_LETTERS.contains(&l));
            if era && chain.before == Some(TokenKind::Number) {
                return Some(Abbreviation::Era);
            }
            return Some(Abbreviation::Title);
        }
        if chain.parts <= 4
            && span.len() <= 24
            && let Some(i) = find_key(span, ABBREVIATIONS.iter().map(|(k, _)| *k))
        {
            return Some(ABBREVIATIONS[i].1);
        }
        if chain.parts >= 2 && chain.all_short(self.scan.text) {
            return Some(Abbreviation::Title);
        }
        // `سي.آي.إيه`: a short part, then a short glued word followed by a glued dot.
        if glued_after && next.kind == TokenKind::Word && chain.all_short(self.scan.text) {
            let short = is_short(self.scan.str(next));
            if short && self.scan.peek(1).is_some_and(|d| d.start == next.end && self.scan.is_single_dot(d)) {
                return Some(Abbreviation::Title);
            }
        }
        None
    }
}
