//! The boundary decision: after a token, whether the sentence ends there. After a sentence
//! mark, the marks, closing quotes and brackets that follow are taken into the sentence first.

use super::Sentences;
use super::abbreviations::Abbreviation;
use super::quotes::{closes_before_mark, is_foreign_quote, opening_quote_before, opens_new_speech};
use super::scan::{gap, is_closer, is_continuing, is_strong_char};
use super::words::{
    CONTINUES_AFTER_ELLIPSIS, CONTINUES_AFTER_ERA, SAME_QUESTION, SPEECH_VERBS, in_list, is_speech_verb,
    letter_count, without_clitics,
};
use crate::chars::is_arabic_letter;
use crate::tokenize::{Token, TokenKind};

/// How a cluster of sentence marks reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    /// A single `.`.
    Dot,
    /// `..`, `...`, `…` and runs of them.
    Ellipsis,
    /// Any cluster holding `!` `?` `؟` `۔` or their kin.
    Strong,
}

impl Sentences<'_> {
    /// After a token that is not a sentence mark: whether the sentence ends after it.
    pub(super) fn after_token(&mut self, cur: Token) -> bool {
        let Some(next) = self.scan.peek(0) else {
            return true;
        };
        let g = gap(self.scan.text, cur.end, next.start);
        g.blank() || (g.breaks > 0 && self.line_ends(cur.end, next))
    }

    /// After a sentence mark at `first`: takes the marks, closing quotes and brackets that
    /// follow, then decides. Returns the sentence end so far and whether it ends here.
    pub(super) fn after_marks(&mut self, first: Token, count: usize, has_content: bool) -> (usize, bool) {
        let before = self.scan.before_last; // the token before the first mark
        let mut end = first.end;
        let mut mark = self.mark_of(first);
        let mut closed_bracket = false;
        let mut closed_quote = false;
        while let Some(n) = self.scan.peek(0) {
            let glued = n.start == end;
            let c = self.scan.first_char(n);
            if glued && self.scan.is_terminator(n) {
                // A mark after the closing quote is the narration's own: it ends there.
                closed_quote = false;
                mark = match (mark, self.mark_of(n)) {
                    (Mark::Strong, _) | (_, Mark::Strong) => Mark::Strong,
                    _ => Mark::Ellipsis,
                };
            } else if n.kind == TokenKind::Punct
                && is_closer(c)
                && gap(self.scan.text, end, n.start).breaks == 0
            {
                closed_bracket |= c == ')' || c == ']';
                closed_quote |= matches!(c, '»' | '”');
            } else if glued && c == '[' && self.is_footnote() {
                self.pull();
                self.pull();
            } else if glued
                && matches!(c, '"' | '\'' | '’')
                && !self.scan.text[n.end..].chars().next().is_some_and(char::is_alphanumeric)
            {
                closed_quote = true;
            } else {
                break;
            }
            self.pull();
            end = self.scan.last_end;
        }
        let Some(next) = self.scan.peek(0) else {
            return (end, true);
        };
        let g = gap(self.scan.text, end, next.start);
        if g.blank() {
            return (end, true);
        }
        let in_brackets = closed_bracket
            && before.is_some_and(|b| b.end == first.start && matches!(self.scan.first_char(b), '(' | '['));
        let text = self.scan.text;
        // A quotation closed by the marks goes on with its attribution or reply (`«نعم!» قال`,
        // `"هل انتهت؟" فأجاب الوزير`), or in Arabic narration after a quotation in another
        // script (`كتب: "Stop the war!" ثم رفعها`).
        let quote_goes_on = closed_quote
            && g.breaks == 0
            && (self.is_attribution(next)
                || (self.scan.is_arabic_word(next) && is_foreign_quote(text, self.start, first.start)));
        let boundary = has_content
            && !in_brackets
            && !quote_goes_on
            && match mark {
                Mark::Strong => !(self.continues_after_mark(next) || self.same_question(first, end, next)),
                Mark::Ellipsis => g.breaks > 0 || !self.goes_on_after_ellipsis(first, end, next),
                Mark::Dot => self.dot_ends(first, before, count, end, next),
            };
        if boundary {
            return (end, true);
        }
        (end, g.breaks > 0 && self.line_ends(end, next))
    }

    /// A verb of saying, with its clitics (`قال`, `فأجاب`, `وقالت`, `سألته`), or `ثم` and one.
    #[inline(never)]
    fn is_attribution(&mut self, next: Token) -> bool {
        let word = self.scan.str(next);
        if next.kind != TokenKind::Word {
            return false;
        }
        if word == "ثم" {
            return self
                .scan
                .peek(1)
                .is_some_and(|v| v.kind == TokenKind::Word && is_speech_verb(self.scan.str(v)));
        }
        // و opens new statements as often as it joins a reply: `وقال` goes on only when it
        // does not open new speech (`«…!» وقال المدرب: «…»` is two sentences).
        is_speech_verb(word)
            && !(word.starts_with('و')
                && !in_list(word, SPEECH_VERBS)
                && opens_new_speech(self.scan.text, next.end))
    }

    /// A question mark followed by a second alternative of the same question
    /// (`هل يصل القطار اليوم؟ أو غداً؟`).
    fn same_question(&self, first: Token, end: usize, next: Token) -> bool {
        in_list(self.scan.str(next), SAME_QUESTION) && self.scan.text[first.start..end].contains(['؟', '?'])
    }

    /// After an ellipsis, on the same line: whether the next word carries the clause on (a
    /// comma, a lower-case Latin word, a word of [`CONTINUES_AFTER_ELLIPSIS`], a word with the
    /// conjunction و or ف after `...` or `…` — two dots are as often a period typed twice), or the ellipsis is inside a quotation that closes before the next
    /// mark (`"أنا... لا أعرف"`).
    #[inline(never)]
    fn goes_on_after_ellipsis(&self, first: Token, end: usize, next: Token) -> bool {
        let word = self.scan.str(next);
        self.continues_after_mark(next)
            || in_list(word, CONTINUES_AFTER_ELLIPSIS)
            || (next.kind == TokenKind::Word && self.scan.str(first) != ".." && without_clitics(word).0)
            || (opening_quote_before(self.scan.text, self.start, first.start).is_some()
                && closes_before_mark(self.scan.text, end))
    }

    fn mark_of(&self, t: Token) -> Mark {
        let s = self.scan.str(t);
        if s.chars().any(is_strong_char) {
            Mark::Strong
        } else if s.len() > 1 || s == "…" {
            Mark::Ellipsis
        } else {
            Mark::Dot
        }
    }

    /// `[12]` glued after the mark, at the front of the look-ahead.
    #[inline(never)]
    fn is_footnote(&mut self) -> bool {
        let (Some(a), Some(b), Some(c)) = (self.scan.peek(0), self.scan.peek(1), self.scan.peek(2)) else {
            return false;
        };
        b.kind == TokenKind::Number
            && a.end == b.start
            && b.end == c.start
            && self.scan.str(c) == "]"
            && self.scan.str(b).len() <= 4
    }

    /// A comma, colon, dash or a lower-case Latin word: the sentence goes on after a mark.
    fn continues_after_mark(&self, next: Token) -> bool {
        self.scan.is_lower_latin(next)
            || (next.kind == TokenKind::Punct && is_continuing(self.scan.first_char(next)))
    }

    /// Whether a single `.` (at `dot`, the cluster ending at `end`) ends the sentence.
    fn dot_ends(&mut self, dot: Token, before: Option<Token>, count: usize, end: usize, next: Token) -> bool {
        if self.continues_after_mark(next) {
            return false;
        }
        let glued_after = next.start == end;
        let Some(before) = before.filter(|b| b.end == dot.start) else {
            return true;
        };
        match before.kind {
            TokenKind::Word if self.chain.end == before.end => match self.abbreviation(glued_after, next) {
                Some(Abbreviation::Title) => return false,
                Some(Abbreviation::Reference) if next.kind == TokenKind::Number => {
                    return false;
                }
                Some(Abbreviation::Era)
                    if next.kind == TokenKind::Number
                        || in_list(self.scan.str(next), CONTINUES_AFTER_ERA) =>
                {
                    return false;
                }
                _ => {}
            },
            // A list ordinal: `1. ` opening the sentence.
            TokenKind::Number if count == 2 && !glued_after && letter_count(self.scan.str(before)) <= 3 => {
                return false;
            }
            _ => {}
        }
        if glued_after {
            // `نوح.وتعني` ends; `Node.js`, `v2.0` do not.
            let c = self.scan.first_char(next);
            return is_arabic_letter(c) || !c.is_alphanumeric();
        }
        true
    }
}
