//! Quotations around a sentence mark, read from the text itself (quotes are not tracked as
//! tokens: the fast path passes over `"`). Each look goes at most [`WINDOW`] bytes, and never
//! before the current sentence's start, so the cost per mark is bounded: linear time.

use super::scan::{is_line_break, is_opener, is_terminator_char};
use crate::chars::is_arabic_letter;

/// How far a look goes, in bytes (a quotation of some 100 Arabic words).
const WINDOW: usize = 600;

/// The largest char boundary of `text` at or below `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A `"` at `pos` opens a quotation: at the start or after a space, an opener or a colon, and
/// followed by something other than a space.
fn opens(text: &str, pos: usize) -> bool {
    let before = text[..pos].chars().next_back();
    let after = text[pos + 1..].chars().next();
    before.is_none_or(|c| c.is_whitespace() || is_opener(c) || matches!(c, ':' | '،' | ','))
        && after.is_some_and(|c| !c.is_whitespace())
}

/// Where the quotation that the text at `at` is inside opens, if it is inside one that opened
/// after `from`: the nearest quote before `at` is an opening one (`«`, `“`, or a `"` that
/// [`opens`]). A line break ends the search.
#[inline(never)]
pub(super) fn opening_quote_before(text: &str, from: usize, at: usize) -> Option<usize> {
    let lo = floor_boundary(text, from.max(at.saturating_sub(WINDOW)));
    for (i, c) in text[lo..at].char_indices().rev() {
        match c {
            '«' | '“' => return Some(lo + i),
            '»' | '”' => return None,
            '"' => return opens(text, lo + i).then_some(lo + i),
            c if is_line_break(c) => return None,
            _ => {}
        }
    }
    None
}

/// Whether a closing quote follows `at` before any sentence mark or line break: the text
/// from `at` is the rest of a quotation (`"أنا... لا أعرف"`).
#[inline(never)]
pub(super) fn closes_before_mark(text: &str, at: usize) -> bool {
    let hi = floor_boundary(text, (at + WINDOW).min(text.len()));
    let mut prev = ' ';
    for c in text[at..hi].chars() {
        match c {
            '»' | '”' => return true,
            '"' if !prev.is_whitespace() => return true,
            c if is_terminator_char(c) || is_line_break(c) => return false,
            _ => {}
        }
        prev = c;
    }
    false
}

/// Whether the quotation that ends at `at` (a sentence mark inside it) is in another script
/// than the Arabic narration around it (`كتب على لافتته: "Stop the war!" ثم …`): it opened
/// after `from`, holds letters and no Arabic letter, and an Arabic word stands before it.
#[inline(never)]
pub(super) fn is_foreign_quote(text: &str, from: usize, at: usize) -> bool {
    let Some(open) = opening_quote_before(text, from, at) else {
        return false;
    };
    let inside = &text[open..at];
    let inside = &inside[inside.chars().next().map_or(0, char::len_utf8)..];
    if !inside.chars().any(char::is_alphabetic) || inside.chars().any(is_arabic_letter) {
        return false;
    }
    let before = text[floor_boundary(text, from.max(open.saturating_sub(WINDOW)))..open]
        .chars()
        .rev()
        .find(|&c| !(c.is_whitespace() || matches!(c, ':' | '،' | ',' | '-' | '–')));
    before.is_some_and(is_arabic_letter)
}

/// Whether the clause from `at` opens new speech before any sentence mark or line break: a
/// colon or an opening quote (`وقال المدرب: «…»`).
#[inline(never)]
pub(super) fn opens_new_speech(text: &str, at: usize) -> bool {
    let hi = floor_boundary(text, (at + WINDOW).min(text.len()));
    for (i, c) in text[at..hi].char_indices() {
        match c {
            ':' | '«' | '“' => return true,
            '"' => return opens(text, at + i),
            c if is_terminator_char(c) || is_line_break(c) => return false,
            _ => {}
        }
    }
    false
}
