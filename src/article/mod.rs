//! The article in the text of a whole web page: its headline, its paragraphs, and the page
//! chrome around them (menus, bylines, share buttons, tag lines, "read also" lists, footers,
//! repeats of the headline).
//!
//! Users paste a whole news page or take `document.body.innerText`; the summary and the
//! keywords should see only the article. The page is read line by line, as jusText reads
//! HTML blocks, and decided by how pages are built, not by any one site:
//!
//! 1. **Lines.** Each non-blank line is trimmed and measured: its words, the share of Arabic
//!    function words among them ([`crate::stopwords`]), its final punctuation, digits, links
//!    (URLs, e-mails, @handles), and its folded key (search normalization, letters and digits
//!    only) for comparing lines.
//! 2. **Cues.** A line that starts with a cue phrase of `data/page-cues/ar.txt` is chrome:
//!    *headlines* cues ("اقرأ أيضاً", "الأكثر قراءة") open a list of other articles' headlines,
//!    *footer* cues ("التعليقات", "جميع الحقوق محفوظة") open the footer, *meta* cues ("كتب:",
//!    "نشر في", "سمات", "رابط الخبر") mark one line, *end* marks ("// انتهى //") close a wire
//!    story. A line made only of menu and sharing words is a menu; a short line that is mostly
//!    digits (a date, a time) or two parts around a dash (`القاهرة - …`) is a dateline; a line
//!    that is mostly links is contact information. A one-word cue counts only on a short line
//!    without a final period, and such "weak" lines stay article when article surrounds them.
//! 3. **Wrapped lines.** Hard-wrapped text (a newspaper column broken every ~70 characters)
//!    joins into one block: a long line that does not end a sentence continues on the next
//!    line unless a blank line or a list marker intervenes. Blocks, not lines, are classed:
//!    *good* (8+ words ending a sentence, or 16+ words with function words or commas),
//!    *near-good* (5+ words) or *short*.
//! 4. **Headline.** Among the lines up to the first good block, the headline is the first
//!    headline-like line (1–20 words, no final period, not chrome) that the page points to: it
//!    is repeated, or contained in another short line (a breadcrumb, "site | headline",
//!    "رابط الخبر: headline"), or doubled on one line, or the article's first block starts with
//!    it; failing that, the first line of the page when the article follows within three lines.
//!    Its repeats — equal lines, lines holding it with a few more words, the line glued to its
//!    own copy — and lines contained in it are boilerplate `Repeat`, and so is a line equal to
//!    an earlier line of four words or more.
//! 5. **Main block and context.** The article runs from the first to the last good block. Inside
//!    it, near-good and short lines are article (poetry, lists, questions of an interview), weak
//!    chrome is article when good blocks surround it, and after a headlines cue the lines are
//!    headlines until a block that is clearly a paragraph. A footer cue after the article has
//!    started ends it. Above the first good block, the near-good lines that lead straight into
//!    it are article (a dateline sentence); below the last, the lines up to the first chrome
//!    line are article (a list, a signature); the rest is chrome.
//! 6. **No good block.** A text of one line, or of lines that end sentences with no chrome at
//!    all, is all article; anything else (a menu, a list of headlines) has no paragraphs.
//!
//! A text with no chrome at all — no cue, menu, dateline, link line or repeat — comes back
//! whole: its lines are paragraphs (the first may be the title). Cost is linear in the text:
//! one pass to measure lines and hashing for repeats; containment of the headline is tested
//! only in lines at most a few words longer than it.

mod cues;

use crate::chars::{is_digit, is_letter_or_digit};
use crate::sentences::written_twice;
use crate::stem::stem;
use crate::stopwords::is_stop_word_folded;
use crate::tokenize::{TokenKind, tokens};
pub use cues::PAGE_CUES;
pub(crate) use cues::fold_key;
use cues::{CueKind, cue_at_start, is_menu_only};
use std::collections::HashSet;

/// A byte span of the input, trimmed of whitespace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// Start (inclusive), in bytes.
    pub start: usize,
    /// End (exclusive), in bytes.
    pub end: usize,
}

/// Why a part of the page is not the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// A repeat of the headline or of an earlier line, or a line holding the headline.
    Repeat,
    /// Navigation: menus, breadcrumbs, share buttons.
    Menu,
    /// About the article: byline, dateline, date, tags, contact, source credit.
    Meta,
    /// A list of other articles' headlines ("read also", "most read").
    Headlines,
    /// The page footer: comments, copyright, site links, a wire end mark and what follows.
    Footer,
    /// Anything else outside the article (the site name above the headline…).
    Other,
}

impl Reason {
    /// Every reason, in declaration order: `ALL[r as usize] == r` (the binding sends indices).
    pub const ALL: [Reason; 6] = {
        use Reason::*;
        [Repeat, Menu, Meta, Headlines, Footer, Other]
    };

    /// The name used in the JavaScript API.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Repeat => "repeat",
            Reason::Menu => "menu",
            Reason::Meta => "meta",
            Reason::Headlines => "headlines",
            Reason::Footer => "footer",
            Reason::Other => "other",
        }
    }
}

/// A stretch of page chrome and why it is not the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Boilerplate {
    /// Start (inclusive), in bytes.
    pub start: usize,
    /// End (exclusive), in bytes.
    pub end: usize,
    /// Why it is not the article.
    pub reason: Reason,
}

/// The article found in a page. Title, paragraphs and boilerplate are in order, disjoint,
/// trimmed, and together cover every non-whitespace character of the text exactly once.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Article {
    /// The headline at its first occurrence, if the page has one.
    pub title: Option<Span>,
    /// The article's paragraphs, in order; a paragraph may span wrapped lines.
    pub paragraphs: Vec<Span>,
    /// Everything else, in order; consecutive lines with the same reason form one span.
    pub boilerplate: Vec<Boilerplate>,
}

/// Whether the chrome mark of a line can be overruled by the article around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Strength {
    Weak,
    Strong,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Good,
    NearGood,
    Short,
}

/// One trimmed, non-blank line and what the decisions need of it.
struct Line {
    start: usize,
    end: usize,
    blank_before: bool,
    /// The folded words, joined by single spaces ([`fold_key`]): for cues and repeats.
    key: String,
    n_words: usize,
    chars: usize,
    /// Function words, counted only on lines without commas and sentence marks.
    stop: usize,
    /// Sentence-final punctuation at the end (closing quotes and brackets skipped).
    ends_sentence: bool,
    /// Ends with a period (not `!` or `؟`): a headline never does.
    ends_period: bool,
    inner_marks: usize,
    commas: usize,
    list_marker: bool,
    chrome: Option<(Reason, Strength)>,
    /// A cue that opens a trailing block (headlines or footer).
    opens: Option<Reason>,
}

impl Line {
    fn words(&self) -> impl Iterator<Item = &str> {
        self.key.split(' ').filter(|w| !w.is_empty())
    }
}

const CLOSERS: &[char] = &['»', '”', '"', '\'', ')', ']', '}', '’', '›', '*'];
const SENTENCE_END: &[char] = &['.', '!', '?', '؟', '…', ':', '؛', '۔'];

fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}' | '\u{000B}' | '\u{000C}')
}

/// The trimmed non-blank lines of `text`, as byte spans, with whether a blank line (or the
/// start of the text) comes before each.
fn line_spans(text: &str) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let mut blank_before = true;
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut push = |s: usize, e: usize, out: &mut Vec<(usize, usize, bool)>| {
        let raw = &text[s..e];
        let trimmed = raw.trim_start();
        let ts = s + (raw.len() - trimmed.len());
        let te = ts + trimmed.trim_end().len();
        if te > ts {
            out.push((ts, te, blank_before));
            blank_before = false;
        } else {
            blank_before = true;
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Line breaks: ASCII ones, NEL (C2 85) and the Unicode separators (E2 80 A8/A9).
        let width = match b {
            b'\n' | b'\r' | 0x0B | 0x0C => 1,
            0xC2 if bytes.get(i + 1) == Some(&0x85) => 2,
            0xE2 if bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) => 3,
            _ => 0,
        };
        if width > 0 {
            push(start, i, &mut out);
            // \r\n is one break.
            let skip = if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') { 2 } else { width };
            i += skip;
            start = i;
        } else {
            i += 1;
        }
    }
    push(start, bytes.len(), &mut out);
    debug_assert!(out.iter().all(|&(s, e, _)| !text[s..e].contains(is_break)));
    out
}

fn measure(text: &str, start: usize, end: usize, blank_before: bool) -> Line {
    let key = fold_key(&text[start..end]);
    // The decisions read a line's first words (cues, menus) and its word count; a long
    // paragraph's other words are not split out.
    let n_words = if key.is_empty() { 0 } else { key.bytes().filter(|&b| b == b' ').count() + 1 };
    let head: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).take(HEAD_WORDS).collect();
    let mut line = measure_words(text, start, end, blank_before, &key, n_words, &head);
    line.key = key;
    line
}

/// How many of a line's first words [`measure`] splits out: more than any cue or menu line has.
const HEAD_WORDS: usize = 16;

/// [`measure`] given the line's folded key, its word count and its first words (`words`, at
/// most [`HEAD_WORDS`]).
#[inline(never)] // called more than once or per line: one copy keeps the wasm small
fn measure_words(
    text: &str,
    start: usize,
    end: usize,
    blank_before: bool,
    key: &str,
    n_words: usize,
    words: &[&str],
) -> Line {
    let s = &text[start..end];
    let mut chars = 0;
    let (mut letters, mut digits, mut inner_marks, mut commas) = (0usize, 0usize, 0usize, 0usize);
    let mut prev_mark = false;
    let mut prev_pause = false;
    let mut spaced_dash = false;
    let mut prev_space = false;
    // Letters since the last non-letter: a `.` after a one-letter word is an initial or an
    // abbreviation (د. الربيعة), not the end of a sentence.
    let mut run = 0usize;
    let mut iter = s.chars().peekable();
    while let Some(c) = iter.next() {
        chars += 1;
        if is_digit(c) {
            digits += 1;
        } else if is_letter_or_digit(c) {
            letters += 1;
        } else if c == '،' || c == ',' {
            commas += 1;
        }
        // A sentence mark inside the line; `..` and `…` are pauses (headlines use them), not ends.
        if c.is_whitespace() && prev_mark && !prev_pause {
            inner_marks += 1;
        }
        if matches!(c, '-' | '–' | '—' | 'ـ' | '|')
            && prev_space
            && iter.peek().is_some_and(|n| n.is_whitespace())
        {
            spaced_dash = true;
        }
        prev_pause = (prev_mark && c == '.') || c == '…';
        prev_mark = matches!(c, '!' | '?' | '؟') || (c == '.' && run != 1);
        prev_space = c.is_whitespace();
        run = if is_letter_or_digit(c) && !is_digit(c) { run + 1 } else { 0 };
    }
    // The line without its closing quotes and brackets: its last mark decides.
    let trimmed_end = s.trim_end_matches(|c: char| CLOSERS.contains(&c) || c.is_whitespace());
    let last = trimmed_end.chars().next_back();
    let ends_sentence = last.is_some_and(|c| SENTENCE_END.contains(&c));
    // A period, not a pause (`..`, `…`): headlines end with pauses, never with periods.
    let ends_period =
        trimmed_end.ends_with('۔') || (trimmed_end.ends_with('.') && !trimmed_end.ends_with(".."));
    let first = s.chars().next().unwrap_or(' ');
    let list_marker = matches!(first, '*' | '•' | '-' | '–' | '—' | '·' | '●' | '■' | '◄' | '►' | 'ـ')
        || (is_digit(first)
            && s.chars().find(|c| !is_digit(*c)).is_some_and(|c| matches!(c, '-' | ')' | '.' | '/')));
    let mut line = Line {
        start,
        end,
        blank_before,
        key: String::new(),
        n_words,
        chars,
        // The function-word share decides a block's class only when the block has no comma,
        // no sentence mark and no final mark (see `classify`): only such lines count them.
        stop: if commas == 0 && inner_marks == 0 && !ends_sentence {
            key.split(' ').filter(|w| is_function_word(w)).count()
        } else {
            0
        },
        ends_sentence,
        ends_period,
        inner_marks,
        commas,
        list_marker,
        chrome: None,
        opens: None,
    };
    let n = n_words;
    if letters == 0 && digits == 0 {
        return line; // a separator such as *** — neutral
    }
    // Only short lines or lines with an @ or a scheme can be contact lines: the tokenizer
    // runs on those alone.
    let links = if s.contains('@') || (s.contains('.') && (n <= 10 || (s.contains(':') && s.contains("://"))))
    {
        tokens(s).filter(|t| matches!(t.kind, TokenKind::Url | TokenKind::Email | TokenKind::Mention)).count()
    } else {
        0
    };
    // A cue may follow a glued e-mail or handle (name@site.comللتواصل مع الكاتب…).
    let latin_lead = words.iter().take(6).take_while(|w| w.is_ascii()).count();
    let cue = cue_at_start(words)
        .or_else(|| (latin_lead > 0 && links > 0).then(|| cue_at_start(&words[latin_lead..])).flatten());
    if let Some(cue) = cue {
        let colon = s.contains([':', '：']);
        let applies = match cue.kind {
            CueKind::End => n == 1,
            CueKind::Headlines | CueKind::Footer => n <= cue.words + 5 || (cue.words >= 2 && !ends_sentence),
            CueKind::Meta if cue.words >= 2 => n <= 60 && (!ends_period || colon),
            CueKind::Meta => n <= 12 && (!ends_period || n <= 6),
        };
        if applies {
            let strength = if cue.words >= 2 || colon || cue.kind == CueKind::End {
                Strength::Strong
            } else {
                Strength::Weak
            };
            let reason = match cue.kind {
                CueKind::Headlines => Reason::Headlines,
                CueKind::Footer | CueKind::End => Reason::Footer,
                CueKind::Meta => Reason::Meta,
            };
            line.chrome = Some((reason, strength));
            if matches!(cue.kind, CueKind::Headlines | CueKind::Footer | CueKind::End) {
                line.opens = Some(reason);
            }
            return line;
        }
    }
    if links > 0 && n <= 2 * links + 4 && !ends_period {
        line.chrome = Some((Reason::Meta, Strength::Weak));
    } else if (n <= HEAD_WORDS && is_menu_only(words)) || is_breadcrumb(s, words) {
        line.chrome = Some((Reason::Menu, Strength::Weak));
    } else if !ends_period && ((n <= 8 && (digits * 2 >= letters || has_time(s))) || (spaced_dash && n <= 5))
    {
        line.chrome = Some((Reason::Meta, Strength::Weak));
    }
    line
}

/// A clock time (`10:30`, `٣:١٥`): digits on both sides of a colon.
fn has_time(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    chars.windows(3).any(|w| is_digit(w[0]) && w[1] == ':' && is_digit(w[2]))
}

/// A breadcrumb: parts of at most three words each between two or more separators
/// (`الرئيسية » أخبار مصر » تعليم`, `أخبار | اقتصاد`), or starting at a menu word.
fn is_breadcrumb(s: &str, words: &[&str]) -> bool {
    if words.len() >= HEAD_WORDS || !s.contains(['»', '›', '>', '|', '/']) {
        return false;
    }
    // Separators stand between spaces (« » are also quotes, / a fraction); `|` may be glued.
    let parts: Vec<&str> = s
        .split(" » ")
        .flat_map(|p| p.split(" › "))
        .flat_map(|p| p.split(" > "))
        .flat_map(|p| p.split(" / "))
        .flat_map(|p| p.split('|'))
        .map(str::trim)
        .collect();
    parts.len() >= 2
        && parts.iter().all(|p| !p.is_empty() && p.split_whitespace().count() <= 3)
        && (parts.len() >= 3 || words.first().is_some_and(|w| is_menu_only(&[w])))
}

/// An Arabic function word (a folded word of the stop-word list), alone or after و/ف.
fn is_function_word(w: &str) -> bool {
    is_stop_word_folded(w)
        || w.strip_prefix(['و', 'ف'])
            .is_some_and(|rest| rest.chars().count() >= 2 && is_stop_word_folded(rest))
}

/// Wrapped-line blocks: `block[i]` is the index of the first line of line `i`'s block. A
/// run of lines with no punctuation at all is a list (of headlines, menu items), not wrapped
/// text: its lines stay blocks of their own.
#[inline(never)] // called more than once or per line: one copy keeps the wasm small
fn wrap_blocks(lines: &[Line]) -> Vec<usize> {
    let mut block = Vec::with_capacity(lines.len());
    for i in 0..lines.len() {
        let joined = i > 0 && {
            let (p, l) = (&lines[i - 1], &lines[i]);
            p.chrome.is_none()
                && l.chrome.is_none()
                && !l.blank_before
                && !p.ends_sentence
                && p.chars >= 30
                && !l.list_marker
                && l.n_words > 0
        };
        block.push(if joined { block[i - 1] } else { i });
    }
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while j + 1 < lines.len() && block[j + 1] == i {
            j += 1;
        }
        let punctuated = lines[i..=j].iter().any(|l| l.commas > 0 || l.inner_marks > 0 || l.ends_sentence);
        if !punctuated {
            for (k, b) in block.iter_mut().enumerate().take(j + 1).skip(i) {
                *b = k;
            }
        }
        i = j + 1;
    }
    block
}

/// The class of each block (indexed by its first line).
#[inline(never)] // called more than once or per line: one copy keeps the wasm small
fn classify(lines: &[Line], block: &[usize]) -> Vec<Class> {
    let mut class = vec![Class::Short; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let b = block[i];
        let mut j = i;
        while j + 1 < lines.len() && block[j + 1] == b {
            j += 1;
        }
        let group = &lines[i..=j];
        let words: usize = group.iter().map(|l| l.n_words).sum();
        let stop: usize = group.iter().map(|l| l.stop).sum();
        let marks: usize = group.iter().map(|l| l.inner_marks).sum();
        let commas: usize = group.iter().map(|l| l.commas).sum();
        let last = &lines[j];
        let density = if words > 0 { stop as f64 / words as f64 } else { 0.0 };
        let c = if (words >= 8 && last.ends_sentence)
            || (words >= 16 && (commas > 0 || marks > 0))
            || (words >= 30 && density >= 0.2)
        {
            Class::Good
        } else if words >= 5 {
            Class::NearGood
        } else {
            Class::Short
        };
        class[i..=j].fill(c);
        i = j + 1;
    }
    class
}

/// A block that is clearly a paragraph: after a headlines cue, only such a block resumes the
/// article (a related headline may end with `!` or `؟`, rarely with a period or two sentences).
fn is_paragraph(lines: &[Line], block: &[usize], i: usize) -> bool {
    let b = block[i];
    let group: Vec<&Line> =
        lines[i..].iter().zip(&block[i..]).take_while(|(_, k)| **k == b).map(|(l, _)| l).collect();
    let words: usize = group.iter().map(|l| l.n_words).sum();
    let marks: usize = group.iter().map(|l| l.inner_marks).sum();
    let commas: usize = group.iter().map(|l| l.commas).sum();
    let period = group.last().is_some_and(|l| l.ends_period);
    (words >= 25 && commas + marks > 0) || (words >= 8 && (period || marks > 0))
}

/// 1–20 words, no chrome mark, no sentence inside, and not ending with a period or a comma
/// (a sentence that goes on in the next line).
fn is_headline_like(text: &str, l: &Line) -> bool {
    (1..=20).contains(&l.n_words)
        && !l.ends_period
        && l.chrome.is_none()
        && l.inner_marks == 0
        && !text[l.start..l.end].trim_end().ends_with(['،', ','])
}

/// Where a line holds the headline key `h`: equal, doubled (`hh`, glued or spaced), or
/// holding it among at most six more words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Holds {
    Equal,
    Doubled,
    Contains,
}

fn holds(key: &str, h: &str, extra_words: usize) -> Option<Holds> {
    if key == h {
        return Some(Holds::Equal);
    }
    if key.len() >= 2 * h.len() && key.len() <= 2 * h.len() + 1 && key.starts_with(h) && key.ends_with(h) {
        return Some(Holds::Doubled);
    }
    (extra_words <= 6 && key.len() > h.len() && key.contains(h)).then_some(Holds::Contains)
}

/// Extracts the article of `text`. Total: any input gives a valid [`Article`].
pub fn extract_article(text: &str) -> Article {
    let spans = line_spans(text);
    let mut lines: Vec<Line> = spans.iter().map(|&(s, e, b)| measure(text, s, e, b)).collect();
    if lines.is_empty() {
        return Article::default();
    }
    // The line right after a headlines cue ("عاجل", "اقرأ أيضاً") is another story's headline.
    for i in 1..lines.len() {
        if lines[i - 1].opens == Some(Reason::Headlines)
            && lines[i].chrome.is_none()
            && is_headline_like(text, &lines[i])
        {
            lines[i].chrome = Some((Reason::Headlines, Strength::Strong));
        }
    }
    // The headline is looked for before wrapped lines are joined (a headline and its
    // repeats would join into one block): each line is its own block here.
    let singles: Vec<usize> = (0..lines.len()).collect();
    let single_class = classify(&lines, &singles);
    // A headline may end with `!` or `؟` and read as a sentence: the article's first good
    // line is the first good line that is not headline-like.
    let first_good =
        (0..lines.len()).find(|&i| single_class[i] == Class::Good && !is_headline_like(text, &lines[i]));

    // The headline (step 4).
    let limit = first_good.unwrap_or(lines.len().min(12));
    let mut title: Option<usize> = None;
    let mut candidates = 0;
    for i in 0..=limit.min(lines.len() - 1) {
        if !is_headline_like(text, &lines[i]) {
            continue;
        }
        candidates += 1;
        if candidates > 12 {
            break;
        }
        let h = &lines[i].key;
        let n = lines[i].n_words;
        let supported = lines.iter().enumerate().any(|(j, l)| {
            if j == i {
                return written_twice(&text[l.start..l.end]).is_some() && n >= 2;
            }
            let extra = l.n_words.saturating_sub(n);
            match holds(&l.key, h, extra) {
                Some(Holds::Equal | Holds::Doubled) => n >= 2 || j > i,
                // Held by a longer line above the article (a breadcrumb, a tab title) or by a
                // "رابط الخبر:" line; a footer holding the site name is no support.
                Some(Holds::Contains) => {
                    n >= 3
                        && (first_good.is_none_or(|g| j < g)
                            || l.chrome.is_some_and(|(r, _)| r == Reason::Meta))
                }
                None => false,
            }
        }) || first_good
            .is_some_and(|g| g > i && n >= 2 && lines[g].key.starts_with(h.as_str()));
        if supported {
            title = Some(i);
            break;
        }
    }
    if title.is_none()
        && let Some(g) = first_good
    {
        // Else the headline-like line above the article that the article's first paragraphs
        // speak of most: a site name, a ticker of other news or a dateline share few of their
        // words. It must be followed by the article within three lines (chrome aside) and not
        // go on in the next line (hard-wrapped text has lines of one width).
        // Compared by light stem (المعرض and معرض are one word here).
        let lead: HashSet<String> = lines[g..]
            .iter()
            .filter(|l| l.chrome.is_none())
            .take(3)
            .flat_map(|l| l.words())
            .filter(|w| !is_function_word(w))
            .map(stem)
            .collect();
        let overlap = |l: &Line| {
            let content: Vec<String> = l.words().filter(|w| !is_function_word(w)).map(stem).collect();
            let shared = content.iter().filter(|w| lead.contains(w.as_str())).count();
            if content.is_empty() { 0.0 } else { shared as f64 / content.len() as f64 }
        };
        let first_content = (0..g).find(|&i| lines[i].chrome.is_none());
        let mut valid: Vec<(usize, f64)> = Vec::new();
        for c in (0..g).filter(|&i| lines[i].chrome.is_none() && is_headline_like(text, &lines[i])) {
            // Up to two lines of other text (a standfirst, a caption) may stand between the
            // headline and the article, or up to five subtitles (headline-like lines).
            let others: Vec<&Line> = lines[c + 1..g].iter().filter(|l| l.chrome.is_none()).collect();
            let between = if others.iter().all(|l| is_headline_like(text, l)) && others.len() <= 5 {
                0
            } else {
                others.len()
            };
            let stands_alone = lines[c + 1].blank_before
                || lines[c + 1..]
                    .iter()
                    .filter(|l| l.chrome.is_none())
                    .take(3)
                    .any(|l| l.chars * 10 >= lines[c].chars * 13);
            if between > 2 || !stands_alone {
                continue;
            }
            valid.push((c, overlap(&lines[c])));
        }
        // The page's first line of text is its headline (news pages start with it; a column
        // name over a subtitle too) unless it looks like a site name: three words or fewer
        // followed by chrome. Else the first candidate that speaks of the article nearly as
        // much as the best one does (a standfirst under the headline may share more words with
        // the lead), or the only candidate.
        let best = valid.iter().map(|&(_, s)| s).fold(0.0, f64::max);
        let site_name =
            |c: usize| lines[c].n_words <= 3 && lines.get(c + 1).is_some_and(|l| l.chrome.is_some());
        title = valid
            .iter()
            .find(|&&(c, _)| Some(c) == first_content && !site_name(c))
            .or_else(|| valid.iter().find(|&&(_, s)| s >= 0.25 && s >= 0.6 * best))
            .or(if valid.len() == 1 { valid.first() } else { None })
            .map(|&(c, _)| c);
    }
    let mut title_span = None;
    let mut glued_repeat = None;
    if let Some(t) = title {
        let l = &lines[t];
        let s = &text[l.start..l.end];
        // Lines are trimmed, as `written_twice` wants them.
        match written_twice(s) {
            Some((first_end, second_start)) => {
                title_span = Some(Span { start: l.start, end: l.start + first_end });
                glued_repeat = Some(Span { start: l.start + second_start, end: l.end });
            }
            None => title_span = Some(Span { start: l.start, end: l.end }),
        }
        // Its repeats, and lines contained in it.
        let h = if glued_repeat.is_some() {
            fold_key(&text[title_span.map_or(l.start, |s| s.start)..title_span.map_or(l.end, |s| s.end)])
        } else {
            l.key.clone()
        };
        let n = h.split(' ').count();
        for (j, line) in lines.iter_mut().enumerate() {
            if j == t || line.n_words == 0 {
                continue;
            }
            let extra = line.n_words.saturating_sub(n);
            let repeat = match holds(&line.key, &h, extra) {
                Some(Holds::Equal | Holds::Doubled) => true,
                Some(Holds::Contains) => {
                    // The article's first sentence often starts with the headline: a line that
                    // starts with it is a repeat only when a separator sets the rest apart
                    // ("headline | site"); one that ends with it is a breadcrumb, a "site |
                    // headline" or a "رابط الخبر: headline".
                    let raw = &text[line.start..line.end];
                    let set_apart = !line.key.starts_with(h.as_str())
                        || [" | ", " - ", " – ", " — ", " :: "].iter().any(|sep| raw.contains(sep));
                    set_apart
                        && !line.ends_period
                        && line.inner_marks == 0
                        && (extra <= 4 || line.chrome.is_some())
                }
                None => {
                    line.n_words >= 3
                        && line.key.len() < h.len()
                        && h.contains(line.key.as_str())
                        && !line.ends_period
                }
            };
            if repeat && line.chrome.is_none_or(|(r, _)| r != Reason::Footer) {
                let breadcrumb = text[line.start..line.end].contains(['/', '»', '>', '|', '›'])
                    && line.words().next().is_some_and(|w| is_menu_only(&[w]));
                let reason = if breadcrumb { Reason::Menu } else { Reason::Repeat };
                line.chrome = Some((reason, Strength::Strong));
                line.opens = None;
            }
        }
        lines[t].chrome = Some((Reason::Other, Strength::Strong)); // placeholder: the title
    }
    // Exact repeats of an earlier line of four words or more.
    let mut seen: HashSet<&str> = HashSet::new();
    let repeats: Vec<usize> = (0..lines.len())
        .filter(|&j| {
            lines[j].n_words >= 4 && !seen.insert(lines[j].key.as_str()) && lines[j].chrome.is_none()
        })
        .collect();
    for j in repeats {
        lines[j].chrome = Some((Reason::Repeat, Strength::Strong));
    }
    let block = wrap_blocks(&lines);
    let class = classify(&lines, &block);

    let decision = decide(&lines, &block, &class, title);
    assemble(text, &lines, &block, &decision, title, title_span, glued_repeat)
}

/// What each line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Decision {
    Title,
    Body,
    Chrome(Reason),
}

#[inline(never)] // called more than once or per line: one copy keeps the wasm small
fn decide(lines: &[Line], block: &[usize], class: &[Class], title: Option<usize>) -> Vec<Decision> {
    let n = lines.len();
    let mut d: Vec<Decision> =
        lines.iter().map(|l| Decision::Chrome(l.chrome.map_or(Reason::Other, |(r, _)| r))).collect();
    if let Some(t) = title {
        d[t] = Decision::Title;
    }
    let content = |i: usize| lines[i].chrome.is_none() && Some(i) != title;
    let any_chrome = lines.iter().enumerate().any(|(i, l)| l.chrome.is_some() && Some(i) != title);
    if !any_chrome {
        // A clean text: all of it is article (step 6 and the module's promise).
        let sentences = lines.iter().any(|l| l.ends_sentence || l.inner_marks > 0);
        let contents = (0..n).filter(|&i| content(i)).count();
        if sentences || contents == 1 || class.contains(&Class::Good) {
            for (i, decision) in d.iter_mut().enumerate() {
                if content(i) {
                    *decision = Decision::Body;
                }
            }
        }
        return d;
    }
    let goods: Vec<usize> = (0..n).filter(|&i| class[i] == Class::Good && content(i)).collect();
    let Some(&first) = goods.first() else {
        // No good block: one line of text is article; a menu or a list of headlines is not.
        let contents: Vec<usize> = (0..n).filter(|&i| content(i)).collect();
        let strong = lines
            .iter()
            .enumerate()
            .any(|(i, l)| Some(i) != title && matches!(l.chrome, Some((_, Strength::Strong))));
        if contents.len() == 1 && !strong {
            d[contents[0]] = Decision::Body;
        }
        return d;
    };
    // The footer starts at the first footer cue after the article has started.
    let footer = (first + 1..n).find(|&i| lines[i].opens == Some(Reason::Footer) && !is_weak(&lines[i]));
    let end = footer.unwrap_or(n);
    let last = *goods.iter().rev().find(|&&g| g < end).unwrap_or(&first);

    // Inside the main block. For each line, whether the nearest line before it and the
    // nearest after it that settle the context (neither short nor weak chrome) are good:
    // two passes, so that long runs of short lines stay linear.
    let settles = |k: usize| !(class[k] == Class::Short || is_weak(&lines[k]));
    let good = |k: usize| class[k] == Class::Good && lines[k].chrome.is_none();
    let mut good_before = vec![false; n];
    let mut seen = false;
    for (i, before) in good_before.iter_mut().enumerate().take(last + 1).skip(first) {
        *before = seen;
        if settles(i) {
            seen = good(i);
        }
    }
    let mut good_after = vec![false; n];
    let mut seen = false;
    for i in (first..=last).rev() {
        good_after[i] = seen;
        if settles(i) {
            seen = good(i);
        }
    }
    let mut in_headlines = false;
    for i in first..=last {
        if lines[i].opens == Some(Reason::Headlines) {
            in_headlines = true;
            continue;
        }
        if Some(i) == title {
            continue;
        }
        if in_headlines {
            if class[i] == Class::Good && content(i) && block[i] == i && is_paragraph(lines, block, i) {
                in_headlines = false;
            } else {
                if content(i) {
                    d[i] = Decision::Chrome(Reason::Headlines);
                }
                continue;
            }
        }
        match lines[i].chrome {
            None => d[i] = Decision::Body,
            Some((_, Strength::Weak)) if good_before[i] && good_after[i] => d[i] = Decision::Body,
            _ => {}
        }
    }
    // Above: the lines leading straight into the first good block (a dateline sentence,
    // a subtitle), up to the first chrome line or the headline.
    let mut i = first;
    while i > 0 {
        i -= 1;
        if !content(i) {
            break;
        }
        d[i] = Decision::Body;
    }
    // Below: the lines up to the first chrome line.
    for (i, decision) in d.iter_mut().enumerate().take(end).skip(last + 1) {
        if !content(i) {
            break;
        }
        *decision = Decision::Body;
    }
    // Reasons of the chrome: lines after a trailing cue take the cue's reason.
    let mut trailing: Option<Reason> = None;
    for i in 0..n {
        if let Some(r) = lines[i].opens
            && (i > last || r == Reason::Headlines)
        {
            trailing = Some(if footer.is_some_and(|f| i >= f) { Reason::Footer } else { r });
        }
        if d[i] == Decision::Body || d[i] == Decision::Title {
            if i <= last {
                trailing = None;
            }
            continue;
        }
        if footer.is_some_and(|f| i >= f) {
            d[i] = Decision::Chrome(Reason::Footer);
        } else if let Some(r) = trailing
            && lines[i].chrome.is_none_or(|(c, _)| c == Reason::Other || i > last)
            && !matches!(lines[i].chrome, Some((Reason::Repeat | Reason::Meta, _)))
        {
            d[i] = Decision::Chrome(r);
        } else if lines[i].chrome.is_none() && i < first {
            d[i] = Decision::Chrome(if title.is_none_or(|t| i < t) && short_run(lines, i) {
                Reason::Menu
            } else if title.is_some_and(|t| i > t) {
                Reason::Meta
            } else {
                Reason::Other
            });
        }
    }
    d
}

fn is_weak(l: &Line) -> bool {
    matches!(l.chrome, Some((_, Strength::Weak)))
}

/// A line in a run of three or more short lines (a menu of one-word items).
fn short_run(lines: &[Line], i: usize) -> bool {
    let short = |k: usize| lines.get(k).is_some_and(|l| l.n_words <= 3 && !l.ends_sentence);
    if !short(i) {
        return false;
    }
    let mut a = i;
    while a > 0 && short(a - 1) {
        a -= 1;
    }
    let mut b = i;
    while short(b + 1) {
        b += 1;
    }
    b - a >= 2
}

#[inline(never)] // called more than once or per line: one copy keeps the wasm small
fn assemble(
    text: &str,
    lines: &[Line],
    block: &[usize],
    d: &[Decision],
    title: Option<usize>,
    title_span: Option<Span>,
    glued_repeat: Option<Span>,
) -> Article {
    let _ = text;
    let mut article = Article { title: title_span, ..Article::default() };
    let mut i = 0;
    while i < lines.len() {
        match d[i] {
            Decision::Title => {
                if let Some(g) = glued_repeat {
                    push_boilerplate(&mut article.boilerplate, g.start, g.end, Reason::Repeat, false);
                }
                i += 1;
            }
            Decision::Body => {
                let start = lines[i].start;
                let mut j = i;
                while j + 1 < lines.len() && d[j + 1] == Decision::Body && block[j + 1] == block[j] {
                    j += 1;
                }
                article.paragraphs.push(Span { start, end: lines[j].end });
                i = j + 1;
            }
            Decision::Chrome(r) => {
                let adjacent = i > 0 && matches!(d[i - 1], Decision::Chrome(_)) && Some(i - 1) != title;
                push_boilerplate(&mut article.boilerplate, lines[i].start, lines[i].end, r, adjacent);
                i += 1;
            }
        }
    }
    article
}

fn push_boilerplate(out: &mut Vec<Boilerplate>, start: usize, end: usize, reason: Reason, adjacent: bool) {
    if adjacent
        && let Some(last) = out.last_mut()
        && last.reason == reason
    {
        last.end = end;
        return;
    }
    out.push(Boilerplate { start, end, reason });
}

#[cfg(test)]
mod tests;
