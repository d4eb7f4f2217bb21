//! Splitting text into tokens: words, numbers, punctuation, symbols, URLs, e-mail addresses,
//! hashtags, mentions and emoji.
//!
//! Rules, in the order the scanner tries them at each position:
//! - Whitespace, bidi controls (ALM, LRM, RLM, embeddings, isolates), zero-width space, BOM and
//!   stand-alone joiners separate tokens and are never part of one.
//! - **emoji**: a pictograph or a character followed by U+FE0F, with everything its grapheme
//!   cluster holds (skin tones, ZWJ sequences, flags, keycaps such as 1️⃣).
//! - **url**: `http://`, `https://`, `ftp://` or `www.` up to the next space or delimiter
//!   (« » " < > ، ؛), or a bare domain with a common top-level domain (`example.com/path`);
//!   trailing sentence punctuation and unbalanced closing brackets are left out.
//! - **email**: `local@domain.tld`.
//! - **hashtag** `#` and **mention** `@`, not glued to a preceding letter, followed by letters
//!   (any script), digits, `_`, marks (#مصر, #يوم_الأرض, @user_1).
//! - **number**: digits (ASCII, Arabic-Indic ٠-٩, Persian ۰-۹) with decimal and thousands
//!   separators between digits (`3.5`, `1,000`, `٣٫٥`, `١٬٠٠٠`, `12.5.2020`), and a sign
//!   when it stands before the digits (`-5`). `%` and `٪` are separate tokens. Proclitics
//!   glued to digits stay on the number, as the treebanks write them (`ب15000`, `و2020`,
//!   `ال3`, `والـ96`); their segments are the clitics and the number.
//! - **word**: a run of Arabic letters with their diacritics, tatweel and inner ZWNJ; or a run
//!   of letters of another script with ASCII digits, combining marks and inner apostrophes
//!   (`don't`, `mp3`, `4G`). A hyphen joins Latin parts (`COVID-19`, `e-mail`) but not Arabic
//!   ones (`هارلي-ديفيدسون` is three tokens, as in the treebanks). Arabic letters glued to
//!   Latin letters or to digits split at the change of script (`الـiPhone` → `الـ` `iPhone`;
//!   `2020م` → `2020` `م`). A tatweel that starts a token, or ends a word that is not a clitic
//!   written alone (`بـ`, `الـ`), is a dash: punct (`ـ كما قال ـ`).
//! - **punct**: one character of punctuation (، ؛ ؟ « » ( ) …); runs of the same `.` `!` `?`
//!   `؟` or `-` are one token (`...`, `!!`).
//! - **symbol**: anything else (currency, math, ©), one character with its combining marks.
//!
//! Invariants (tested as properties): tokens are in order, disjoint, non-empty, on char
//! boundaries, never start or end with whitespace, and each is an exact slice of the input.
//! The scanner is linear in the input: look-aheads that fail remember how far they read.
//!
//! ```
//! use tahlil::tokenize::{tokens, TokenKind};
//! let text = "زار د. أحمد https://example.com يوم ١٦ فبراير 😀";
//! let kinds: Vec<_> = tokens(text).map(|t| (&text[t.start..t.end], t.kind)).collect();
//! assert_eq!(kinds[1], ("د", TokenKind::Word));
//! assert_eq!(kinds[2], (".", TokenKind::Punct));
//! assert_eq!(kinds[4], ("https://example.com", TokenKind::Url));
//! assert_eq!(kinds[6], ("١٦", TokenKind::Number));
//! assert_eq!(kinds[8], ("😀", TokenKind::Emoji));
//! ```

use crate::chars::{
    TATWEEL, ZWJ, ZWNJ, arabic_block_word_end, is_arabic_diacritic, is_arabic_letter, is_arabic_word_char,
    is_digit, is_emoji_start, is_invisible_separator, is_punctuation,
};
use crate::clitics::{CliticScheme, Segment, Spelling, segment_word_with};
use crate::normalize::{NormalizeOptions, normalize_into};
use unicode_segmentation::GraphemeCursor;

/// What a token is (the module docs give the rules).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TokenKind {
    /// Arabic letters with their marks, or letters of another script with digits (`mp3`).
    Word,
    /// Digits (ASCII, Arabic-Indic, Persian) with inner separators and a leading sign.
    Number,
    /// One punctuation character, or a run of `.` `!` `?` `؟` `-`.
    Punct,
    /// Any other character: `$ € + ©`.
    Symbol,
    /// `https://…`, `www.…` or a bare domain with a common TLD.
    Url,
    /// An e-mail address.
    Email,
    /// `#` and a word, `#مصر`, `#يوم_الأرض`.
    Hashtag,
    /// `@` and a user name, `@user_1`.
    Mention,
    /// A whole emoji sequence (ZWJ families, skin tones, flags, keycaps).
    Emoji,
}

impl TokenKind {
    /// Every kind, in declaration order: `ALL[k as usize] == k`, so the binding sends a kind as
    /// its index and pkg/index.js names it from this list (a unit test checks the order).
    pub const ALL: [TokenKind; 9] = {
        use TokenKind::*;
        [Word, Number, Punct, Symbol, Url, Email, Hashtag, Mention, Emoji]
    };

    /// Whether the token carries words (a summary's length and terms count these): words,
    /// numbers, URLs, e-mail addresses, hashtags and mentions, not punctuation, symbols or emoji.
    pub fn is_wordlike(self) -> bool {
        matches!(
            self,
            TokenKind::Word
                | TokenKind::Number
                | TokenKind::Url
                | TokenKind::Email
                | TokenKind::Hashtag
                | TokenKind::Mention
        )
    }

    /// The name used in the JavaScript API.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "symbol",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
            TokenKind::Emoji => "emoji",
        }
    }
}

/// A token: a byte span of the input and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the token's first character.
    pub start: usize,
    /// Byte offset just past its last character.
    pub end: usize,
    /// What the token is.
    pub kind: TokenKind,
}

/// The tokens of `text`, lazily, without allocating.
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens { text, pos: 0, no_email_before: 0, no_domain_before: 0 }
}

/// Iterator returned by [`tokens`].
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
    /// An e-mail look-ahead that failed read up to here: no e-mail can start before it.
    no_email_before: usize,
    /// Same for bare domains.
    no_domain_before: usize,
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let text = self.text;
        let bytes = text.as_bytes();
        // Skip separators (ASCII fast path first).
        while self.pos < bytes.len() {
            let b = bytes[self.pos];
            if b.is_ascii() {
                if !b.is_ascii_whitespace() && b != 0x0B {
                    break;
                }
                self.pos += 1;
            } else {
                let c = char_at(text, self.pos);
                if !(c.is_whitespace() || is_invisible_separator(c)) {
                    break;
                }
                self.pos += c.len_utf8();
            }
        }
        if self.pos >= bytes.len() {
            return None;
        }
        let start = self.pos;
        let (end, kind) = self.scan(start);
        debug_assert!(end > start);
        self.pos = end;
        Some(Token { start, end, kind })
    }
}

impl Tokens<'_> {
    /// Where the next token will be looked for.
    pub(crate) fn position(&self) -> usize {
        self.pos
    }

    /// Continues the scan at `pos`, at or after the current position, which must follow a
    /// space or tab or come before a space, tab or line break: tokens never span whitespace,
    /// so the tokens from there are the ones a scan from the start would give.
    pub(crate) fn resume_at(&mut self, pos: usize) {
        let bytes = self.text.as_bytes();
        debug_assert!(
            pos >= self.pos
                && (matches!(bytes[pos - 1], b' ' | b'\t')
                    || matches!(bytes.get(pos), Some(b' ' | b'\t' | b'\n' | b'\r')))
        );
        self.pos = pos;
    }

    fn scan(&mut self, start: usize) -> (usize, TokenKind) {
        let text = self.text;
        let c = char_at(text, start);
        let after = start + c.len_utf8();
        // Most tokens of Arabic text are words that start with a letter, and no rule below
        // claims a letter before the word rule does: try it first.
        if is_arabic_letter(c) {
            return self.arabic_word(start, after);
        }
        let next = text[after..].chars().next();

        if is_emoji_start(c)
            || (next == Some('\u{FE0F}') && !c.is_alphanumeric())
            || (matches!(c, '0'..='9' | '#' | '*') && matches!(next, Some('\u{FE0F}' | '\u{20E3}')))
        {
            return (emoji_end(text, start), TokenKind::Emoji);
        }
        if c.is_ascii_alphanumeric() {
            if let Some(end) = url_end(text, start) {
                return (end, TokenKind::Url);
            }
            if start >= self.no_email_before {
                match email_end(text, start) {
                    Ok(end) => return (end, TokenKind::Email),
                    Err(read_to) => self.no_email_before = read_to,
                }
            }
            if start >= self.no_domain_before {
                match bare_domain_end(text, start) {
                    Ok(end) => return (end, TokenKind::Url),
                    Err(read_to) => self.no_domain_before = read_to,
                }
            }
        }
        if is_digit(c)
            || (matches!(c, '-' | '+' | '\u{2212}')
                && next.is_some_and(is_digit)
                && !glued_to_word(text, start))
        {
            return (number_end(text, after), TokenKind::Number);
        }
        if c == TATWEEL {
            // A tatweel that starts a token is used as a dash (ـ كما قال ـ): punctuation.
            let end = start + text[start..].len() - text[start..].trim_start_matches(TATWEEL).len();
            return (end, TokenKind::Punct);
        }
        if is_arabic_word_char(c) {
            return self.arabic_word(start, after);
        }
        // Arabic punctuation (، ؛ ؟ ٪), never a letter, skips the look-up of other scripts' letters.
        let arabic_punctuation = ('\u{0600}'..='\u{06FF}').contains(&c) && is_punctuation(c);
        if !arabic_punctuation && c.is_alphabetic() {
            return (other_word_end(text, after), TokenKind::Word);
        }
        if (c == '#' || c == '@') && !glued_to_word(text, start) {
            let end = tag_end(text, after);
            if text[after..end].chars().any(char::is_alphabetic) {
                return (end, if c == '#' { TokenKind::Hashtag } else { TokenKind::Mention });
            }
        }
        if is_punctuation(c) {
            let mut end = after;
            if matches!(c, '.' | '!' | '?' | '؟' | '-') {
                while text[end..].starts_with(c) {
                    end += c.len_utf8();
                }
            }
            return (end, TokenKind::Punct);
        }
        (grapheme_end(text, start), TokenKind::Symbol)
    }
}

impl Tokens<'_> {
    /// An Arabic word from `start` (its first character ends at `after`), or a number with
    /// proclitics glued to it (`ب15000`).
    fn arabic_word(&self, start: usize, after: usize) -> (usize, TokenKind) {
        let text = self.text;
        let end = arabic_word_end(text, after);
        if starts_with_digit(text.as_bytes(), end) {
            let number = number_end(text, end);
            if crate::clitics::split_before_number(&text[start..number]).is_some() {
                return (number, TokenKind::Number);
            }
        }
        (word_without_trailing_dash(text, start, end), TokenKind::Word)
    }
}

/// Whether a decimal digit ([`is_digit`]) starts at byte `pos`, read from the bytes: ASCII,
/// `D9 A0`–`D9 A9` (٠-٩) or `DB B0`–`DB B9` (۰-۹).
#[inline(always)]
fn starts_with_digit(bytes: &[u8], pos: usize) -> bool {
    matches!(
        bytes.get(pos..).unwrap_or_default(),
        [b'0'..=b'9', ..] | [0xD9, 0xA0..=0xA9, ..] | [0xDB, 0xB0..=0xB9, ..]
    )
}

#[inline(always)]
fn char_at(text: &str, pos: usize) -> char {
    // One- and two-byte characters (ASCII, Arabic) decoded inline; the rest by `chars`.
    match text.as_bytes().get(pos..) {
        Some(&[b, ..]) if b.is_ascii() => char::from(b),
        Some(&[lead @ 0xC2..=0xDF, next, ..]) => {
            char::from_u32((u32::from(lead & 0x1F) << 6) | u32::from(next & 0x3F)).unwrap_or('\u{FFFD}')
        }
        _ => text.get(pos..).and_then(|rest| rest.chars().next()).unwrap_or('\u{FFFD}'),
    }
}

#[inline(always)]
fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

/// Whether the character before `pos` is a letter or digit (so `#`/`@`/`-` there is not a prefix).
fn glued_to_word(text: &str, pos: usize) -> bool {
    char_before(text, pos).is_some_and(|p| p.is_alphanumeric() || is_arabic_diacritic(p) || p == '_')
}

/// End of the grapheme cluster that starts at `start` (never less than one char), cut before
/// any whitespace or separator it holds: the "prepend" characters (U+0600–U+0605 number signs,
/// ۝ end of ayah) join whatever follows, a space included, and a token never holds a space.
fn grapheme_end(text: &str, start: usize) -> usize {
    let first = char_at(text, start);
    // Regional indicators pair up (🇸🇦); the grapheme rules would count all the indicators
    // before `start` to find the pair, which makes a run of flags quadratic.
    if is_regional_indicator(first) {
        let after = start + first.len_utf8();
        let second = text[after..].chars().next().filter(|&c| is_regional_indicator(c));
        let mut end = after + second.map_or(0, char::len_utf8);
        // What extends the flag (U+FE0F, marks) stays with it. (Never ask the grapheme rules
        // about an indicator that follows: they would count back over the whole run.)
        while !text[end..].starts_with(is_regional_indicator) && continues_cluster(text, end) {
            end = grapheme_end(text, end);
        }
        return end;
    }
    let mut cursor = GraphemeCursor::new(start, text.len(), true);
    let end = match cursor.next_boundary(text, 0) {
        Ok(Some(end)) if end > start => end,
        _ => return start + first.len_utf8(),
    };
    let first_end = start + first.len_utf8();
    match text[first_end..end].find(|c: char| c.is_whitespace() || is_invisible_separator(c)) {
        Some(i) if !matches!(text[first_end + i..].chars().next(), Some(ZWJ | ZWNJ)) => first_end + i,
        _ => end,
    }
}

fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}

/// Whether a grapheme cluster continues at `pos` (a combining mark of any script).
fn continues_cluster(text: &str, pos: usize) -> bool {
    if pos >= text.len() || text.as_bytes()[pos].is_ascii() {
        return false;
    }
    let mut cursor = GraphemeCursor::new(pos, text.len(), true);
    matches!(cursor.is_boundary(text, 0), Ok(false))
}

/// An emoji: grapheme clusters joined by ZWJ (the grapheme rules already join most sequences).
fn emoji_end(text: &str, start: usize) -> usize {
    let mut end = grapheme_end(text, start);
    while text[end..].starts_with(ZWJ) {
        match text[end + ZWJ.len_utf8()..].chars().next() {
            Some(n) if is_emoji_start(n) => end = grapheme_end(text, end + ZWJ.len_utf8()),
            _ => break,
        }
    }
    // A joiner that joins nothing (`😀\u{200D} x`) is not part of the emoji.
    trim_trailing_joiners(text, end)
}

/// Digits with separators between them, from `pos` (just after the first digit or sign).
fn number_end(text: &str, mut pos: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        while let Some(c) = text[pos..].chars().next().filter(|&c| is_digit(c)) {
            pos += c.len_utf8();
        }
        let Some(sep) = text[pos..].chars().next() else {
            break;
        };
        if matches!(sep, '.' | ',' | '\u{066B}' | '\u{066C}')
            && text[pos + sep.len_utf8()..].chars().next().is_some_and(is_digit)
            && char_before(text, pos).is_some_and(is_digit)
        {
            pos += sep.len_utf8();
            continue;
        }
        break;
    }
    // Digits glued to Latin letters are one word-like token: 4G, 3D, 5km.
    if pos < bytes.len() && bytes[pos].is_ascii_alphabetic() {
        return other_word_end(text, pos);
    }
    pos
}

fn arabic_word_end(text: &str, pos: usize) -> usize {
    let fast = arabic_block_word_end(text.as_bytes(), pos);
    // What ends the fast path ends the word when it is ASCII (a space, most often) or another
    // character of the Arabic block (، ؟ digits): none is a mark or a joiner, and every mark
    // of the block is a word character.
    if matches!(text.as_bytes().get(fast), None | Some(0..=0x7F | 0xD8..=0xDB)) {
        return fast;
    }
    run_end(text, fast, is_arabic_word_char, false)
}

/// Letters of any script but Arabic, ASCII digits, combining marks, inner apostrophes and hyphens.
fn other_word_end(text: &str, pos: usize) -> usize {
    run_end(text, pos, |c| (c.is_alphabetic() && !is_arabic_letter(c)) || c.is_ascii_digit(), true)
}

/// The end of a run of `is_part` characters from `pos`, with the combining marks of any script
/// that follow them and, when `inner_joiners`, an apostrophe or hyphen between two parts
/// (`don't`, `COVID-19`). Trailing ZWNJ/ZWJ are left out.
fn run_end(text: &str, mut pos: usize, is_part: impl Fn(char) -> bool, inner_joiners: bool) -> usize {
    while let Some(c) = text[pos..].chars().next() {
        let joins = || {
            inner_joiners
                && matches!(c, '\'' | '\u{2019}' | '-' | '\u{2011}')
                && text[pos + c.len_utf8()..].chars().next().is_some_and(&is_part)
        };
        if is_part(c) || joins() {
            pos += c.len_utf8();
        } else if continues_cluster(text, pos) {
            pos = grapheme_end(text, pos);
        } else {
            break;
        }
    }
    trim_trailing_joiners(text, pos)
}

fn trim_trailing_joiners(text: &str, mut end: usize) -> usize {
    while let Some(c) = char_before(text, end).filter(|&c| c == ZWNJ || c == ZWJ) {
        end -= c.len_utf8();
    }
    end
}

/// A word that ends in tatweel keeps it only when it is a clitic written alone (بـ الـ والـ
/// لـ), where the tatweel marks the join; elsewhere a trailing tatweel is a dash.
fn word_without_trailing_dash(text: &str, start: usize, end: usize) -> usize {
    // Tatweel is `D9 80` in UTF-8; most words do not end in one.
    if !text.as_bytes()[..end].ends_with(&[0xD9, 0x80]) {
        return end;
    }
    let word = &text[start..end];
    let stem = word.trim_end_matches(TATWEEL);
    if stem.len() == word.len() || stem.is_empty() {
        return end;
    }
    let letters: String = stem.chars().filter(|&c| is_arabic_letter(c)).collect();
    let prefix = letters.strip_prefix(['و', 'ف']).unwrap_or(&letters);
    let prefix = prefix.strip_prefix(['ب', 'ك', 'ل']).unwrap_or(prefix);
    if matches!(prefix, "" | "ال" | "ل") { end } else { start + stem.len() }
}

/// Hashtag or mention body: letters of any script, digits, `_`, marks, tatweel, inner ZWNJ.
fn tag_end(text: &str, pos: usize) -> usize {
    run_end(text, pos, |c| c.is_alphanumeric() || c == '_' || is_arabic_word_char(c) || is_digit(c), false)
}

fn starts_with_ignore_ascii_case(text: &str, prefix: &str) -> bool {
    text.len() >= prefix.len() && text.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// A URL with an explicit scheme or `www.` prefix.
fn url_end(text: &str, start: usize) -> Option<usize> {
    let rest = &text[start..];
    let prefix = ["https://", "http://", "ftp://", "www."]
        .into_iter()
        .find(|p| starts_with_ignore_ascii_case(rest, p))?;
    let body = url_body_end(text, start + prefix.len());
    (body > start + prefix.len() + 1
        && text[start + prefix.len()..body].contains(|c: char| c.is_alphanumeric()))
    .then_some(body)
}

fn is_url_delimiter(c: char) -> bool {
    c.is_whitespace()
        || is_invisible_separator(c)
        || matches!(
            c,
            '«' | '»' | '"' | '<' | '>' | '`' | '{' | '}' | '|' | '\\' | '^' | '،' | '؛' | '“' | '”'
        )
}

/// Reads to the next delimiter, then gives back trailing punctuation and unbalanced brackets.
fn url_body_end(text: &str, pos: usize) -> usize {
    let mut end = text[pos..].find(is_url_delimiter).map_or(text.len(), |i| pos + i);
    let body = &text[pos..end];
    // Bracket balance of the body, updated as characters are given back (stays linear).
    let mut parens = body.matches('(').count() as isize - body.matches(')').count() as isize;
    let mut brackets = body.matches('[').count() as isize - body.matches(']').count() as isize;
    while let Some(c) = char_before(text, end) {
        let give_back = match c {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '؟' | '…' => true,
            ')' if parens < 0 => {
                parens += 1;
                true
            }
            ']' if brackets < 0 => {
                brackets += 1;
                true
            }
            _ => false,
        };
        if !give_back {
            break;
        }
        end -= c.len_utf8();
    }
    end
}

/// `local@domain.tld`. On failure returns how far it read (no e-mail starts before there).
fn email_end(text: &str, start: usize) -> Result<usize, usize> {
    let bytes = text.as_bytes();
    let is_local = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-');
    let mut pos = start;
    while pos < bytes.len() && is_local(bytes[pos]) {
        pos += 1;
    }
    if pos >= bytes.len() || bytes[pos] != b'@' || bytes[pos - 1] == b'.' {
        return Err(pos);
    }
    let domain_start = pos + 1;
    match domain_end(text, domain_start) {
        Some(end) => Ok(end),
        None => Err(domain_start),
    }
}

/// `label(.label)+` whose last label is letters only, at least two. Returns the end.
fn domain_end(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut pos = start;
    let mut labels = 0;
    let mut last_label = start..start;
    loop {
        let label_start = pos;
        while pos < bytes.len() && (bytes[pos].is_ascii_alphanumeric() || bytes[pos] == b'-') {
            pos += 1;
        }
        if pos == label_start {
            // A dot not followed by a label ends the domain before the dot.
            if labels > 0 {
                pos = label_start - 1;
            }
            break;
        }
        labels += 1;
        last_label = label_start..pos;
        if pos + 1 < bytes.len() && bytes[pos] == b'.' && bytes[pos + 1].is_ascii_alphanumeric() {
            pos += 1;
        } else {
            break;
        }
    }
    let tld = &text[last_label];
    (labels >= 2 && tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())).then_some(pos)
}

/// Top-level domains recognised without a scheme: the generic ones and those of Arabic-speaking
/// countries, so that `google.com` or `sis.gov.eg` is a URL but `Node.js` stays a word.
const BARE_TLDS: &[&str] = &[
    "ae", "app", "bh", "biz", "co", "com", "dev", "dz", "edu", "eg", "gov", "info", "int", "io", "iq", "jo",
    "kw", "lb", "ly", "ma", "me", "mr", "net", "news", "om", "org", "ps", "qa", "sa", "sd", "so", "sy", "tn",
    "tv", "uk", "us", "ye",
];

fn bare_domain_end(text: &str, start: usize) -> Result<usize, usize> {
    let bytes = text.as_bytes();
    let mut scan = start;
    while scan < bytes.len() && (bytes[scan].is_ascii_alphanumeric() || matches!(bytes[scan], b'.' | b'-')) {
        scan += 1;
    }
    let Some(end) = domain_end(text, start) else {
        return Err(scan);
    };
    let tld_start = text[..end].rfind('.').map_or(start, |i| i + 1);
    if !BARE_TLDS.iter().any(|t| text[tld_start..end].eq_ignore_ascii_case(t)) {
        return Err(scan);
    }
    if text[end..].starts_with('/') {
        return Ok(url_body_end(text, end));
    }
    if bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'@') {
        return Err(scan);
    }
    Ok(end)
}

// ---------------------------------------------------------------------------------------------
// Tokens with normalized forms and clitic segments.

/// Options of [`tokenize`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TokenizeOptions {
    /// Which clitics to split off into [`AnalyzedToken::segments`]. Default: none.
    pub clitics: CliticScheme,
    /// How [`AnalyzedToken::norm`] is computed. Default: [`NormalizeOptions::default`].
    pub normalize: NormalizeOptions,
}

/// A token with its normalized form and, when it splits, its clitic segments (absolute byte
/// offsets into the input).
#[derive(Clone, Debug, PartialEq)]
pub struct AnalyzedToken {
    /// Byte offset of the token's first character.
    pub start: usize,
    /// Byte offset just past its last character.
    pub end: usize,
    /// What the token is.
    pub kind: TokenKind,
    /// The token normalized with [`TokenizeOptions::normalize`].
    pub norm: String,
    /// The clitic segments (offsets into the text), when [`TokenizeOptions::clitics`] is not
    /// [`CliticScheme::None`] and the token splits.
    pub segments: Option<Vec<Segment>>,
}

/// Tokens with `norm` (the token normalized by `options.normalize`) and clitic segments.
///
/// ```
/// use tahlil::clitics::CliticScheme;
/// use tahlil::tokenize::{tokenize, TokenizeOptions};
/// let text = "وَالكتابُ";
/// let options = TokenizeOptions { clitics: CliticScheme::Ud, ..Default::default() };
/// let tokens = tokenize(text, &options);
/// assert_eq!(tokens[0].norm, "والكتاب");
/// let segments = tokens[0].segments.as_ref().unwrap();
/// assert_eq!(segments[0].form, "و");
/// assert_eq!(&text[segments[1].start..segments[1].end], "الكتابُ");
/// ```
pub fn tokenize(text: &str, options: &TokenizeOptions) -> Vec<AnalyzedToken> {
    let mut memo = SegmentationMemo::for_text(options.clitics, text);
    tokens(text)
        .map(|t| {
            let surface = &text[t.start..t.end];
            let mut norm = String::with_capacity(surface.len());
            normalize_into(surface, &options.normalize, &mut norm);
            let segments = memo.segments(surface, t.kind).map(|segs| {
                segs.iter()
                    .map(|s| Segment { start: s.start + t.start, end: s.end + t.start, ..s.clone() })
                    .collect()
            });
            AnalyzedToken { start: t.start, end: t.end, kind: t.kind, norm, segments }
        })
        .collect()
}

/// Clitic segments of one token, relative to it (the word read as carefully spelled).
pub fn segments_of(surface: &str, kind: TokenKind, scheme: CliticScheme) -> Option<Vec<Segment>> {
    segments_with(surface, kind, scheme, Spelling::CAREFUL)
}

/// [`segments_of`] for a word of a text spelled as `spelling` says ([`Spelling::of`]).
pub fn segments_with(
    surface: &str,
    kind: TokenKind,
    scheme: CliticScheme,
    spelling: Spelling,
) -> Option<Vec<Segment>> {
    match kind {
        _ if scheme == CliticScheme::None => None,
        TokenKind::Word | TokenKind::Number => segment_word_with(surface, scheme, spelling),
        _ => None,
    }
}

/// [`segments_of`] with a memo of the words seen so far in one text: words repeat (a news
/// article uses each frequent word many times), and segmenting is the costly step.
pub struct SegmentationMemo<'a> {
    scheme: CliticScheme,
    spelling: Spelling,
    seen: std::collections::HashMap<&'a str, Option<Vec<Segment>>>,
}

impl<'a> SegmentationMemo<'a> {
    /// A memo for `scheme`, empty.
    pub fn new(scheme: CliticScheme) -> Self {
        Self { scheme, spelling: Spelling::CAREFUL, seen: std::collections::HashMap::new() }
    }

    /// A memo for the words of `text`, read as [`Spelling::of`] the text says: in a text
    /// typed without ة, ى or hamzas, دوله stays whole (دولة) rather than دول + ه. What
    /// [`tokenize`] uses.
    pub fn for_text(scheme: CliticScheme, text: &str) -> Self {
        let spelling = if scheme == CliticScheme::None { Spelling::CAREFUL } else { Spelling::of(text) };
        Self { scheme, spelling, seen: std::collections::HashMap::new() }
    }

    /// The segments of a token (relative to it), or `None` when it does not split.
    pub fn segments(&mut self, surface: &'a str, kind: TokenKind) -> Option<&[Segment]> {
        if self.scheme == CliticScheme::None || !matches!(kind, TokenKind::Word | TokenKind::Number) {
            return None;
        }
        let (scheme, spelling) = (self.scheme, self.spelling);
        self.seen.entry(surface).or_insert_with(|| segments_with(surface, kind, scheme, spelling)).as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clitics::SegmentRole;

    /// The fast paths assume this of the Arabic block (U+0600–U+06FF): every character that
    /// can extend a grapheme cluster is a word character, and no punctuation is a letter.
    #[test]
    fn arabic_block_facts_the_fast_paths_rely_on() {
        for c in ('\u{0600}'..='\u{06FF}').filter(|&c| !is_arabic_word_char(c)) {
            let text = format!("ب{c}");
            assert!(!continues_cluster(&text, 'ب'.len_utf8()), "U+{:04X} extends a cluster", c as u32);
            assert!(!(is_punctuation(c) && c.is_alphabetic()), "U+{:04X}", c as u32);
        }
    }

    fn toks(text: &str) -> Vec<(&str, TokenKind)> {
        tokens(text).map(|t| (&text[t.start..t.end], t.kind)).collect()
    }
    fn texts(text: &str) -> Vec<&str> {
        toks(text).into_iter().map(|(s, _)| s).collect()
    }
    fn kind_of(text: &str) -> TokenKind {
        let t = toks(text);
        assert_eq!(t.len(), 1, "{text:?} → {t:?}");
        t[0].1
    }
    use TokenKind::*;

    #[test]
    fn arabic_words_and_punctuation() {
        assert_eq!(
            texts("قال الوزير، إن الاجتماع ناجح؛ هل توافق؟"),
            ["قال", "الوزير", "،", "إن", "الاجتماع", "ناجح", "؛", "هل", "توافق", "؟"]
        );
        assert_eq!(toks("«مرحبا»"), [("«", Punct), ("مرحبا", Word), ("»", Punct)]);
        assert_eq!(texts("\"نعم\""), ["\"", "نعم", "\""]);
    }

    #[test]
    fn words_keep_diacritics_tatweel_and_zwnj() {
        assert_eq!(texts("وَكَتَبَ الطّالبُ"), ["وَكَتَبَ", "الطّالبُ"]);
        assert_eq!(texts("جمـــيل جدًّا"), ["جمـــيل", "جدًّا"]);
        assert_eq!(texts("می\u{200C}خواهم"), ["می\u{200C}خواهم"]);
        assert_eq!(texts("\u{200C}كتب\u{200C} x"), ["كتب", "x"]);
        assert_eq!(texts("ﻻ ﷲ"), ["ﻻ", "ﷲ"]);
        assert_eq!(texts("گچپژک"), ["گچپژک"]);
        assert_eq!(texts("الـ"), ["الـ"]);
    }

    #[test]
    fn numbers() {
        for n in ["3.5", "1,000,000", "٣٫٥", "١٬٠٠٠", "12.5.2020", "۱۲۳", "-5", "+20", "2024", "1,5"]
        {
            assert_eq!(kind_of(n), Number, "{n}");
        }
        assert_eq!(toks("50%"), [("50", Number), ("%", Punct)]);
        assert_eq!(toks("٥٠٪"), [("٥٠", Number), ("٪", Punct)]);
        assert_eq!(texts("10-5"), ["10", "-", "5"]);
        assert_eq!(texts("عام 2020."), ["عام", "2020", "."]);
        assert_eq!(texts("3.5."), ["3.5", "."]);
        assert_eq!(texts("16 فبراير/شباط"), ["16", "فبراير", "/", "شباط"]);
        assert_eq!(texts("2020م"), ["2020", "م"]);
    }

    #[test]
    fn proclitic_glued_to_number() {
        assert_eq!(toks("ب15000"), [("ب15000", Number)]);
        assert_eq!(toks("وب2020"), [("وب2020", Number)]);
        assert_eq!(toks("ال3%"), [("ال3", Number), ("%", Punct)]);
        assert_eq!(toks("والـ96"), [("والـ96", Number)]);
        assert_eq!(texts("مقابل15"), ["مقابل", "15"]);
        let parts = |s: &'static str| -> Vec<(&'static str, SegmentRole)> {
            let segs = segments_of(s, Number, CliticScheme::Ud).unwrap();
            segs.iter().map(|g| (&s[g.start..g.end], g.role)).collect()
        };
        use SegmentRole::*;
        assert_eq!(parts("وبـ15"), [("و", Conjunction), ("بـ", Preposition), ("15", Stem)]);
        assert_eq!(parts("ال3"), [("ال", Article), ("3", Stem)]);
    }

    #[test]
    fn tatweel_as_dash_and_as_join() {
        assert_eq!(
            toks("الحية ـلا فقطـ تنقرض"),
            [("الحية", Word), ("ـ", Punct), ("لا", Word), ("فقط", Word), ("ـ", Punct), ("تنقرض", Word)]
        );
        assert_eq!(texts("الـ iPhone بـ 50 والـ"), ["الـ", "iPhone", "بـ", "50", "والـ"]);
        assert_eq!(toks("ـــ"), [("ـــ", Punct)]);
        assert_eq!(texts("جمـــيل"), ["جمـــيل"]);
    }

    #[test]
    fn latin_words() {
        assert_eq!(texts("don't stop"), ["don't", "stop"]);
        assert_eq!(texts("COVID-19 mp3 4G"), ["COVID-19", "mp3", "4G"]);
        assert_eq!(texts("الـiPhone"), ["الـ", "iPhone"]);
        // Hyphenated Arabic names split, as the treebanks write them.
        assert_eq!(texts("هارلي-ديفيدسون"), ["هارلي", "-", "ديفيدسون"]);
        assert_eq!(texts("café naïve"), ["café", "naïve"]);
        assert_eq!(texts("cafe\u{301}"), ["cafe\u{301}"]);
        assert_eq!(texts("e.g. etc."), ["e", ".", "g", ".", "etc", "."]);
        assert_eq!(texts("Node.js"), ["Node", ".", "js"]);
    }

    #[test]
    fn urls() {
        for u in [
            "https://example.com",
            "http://a.b/c?d=1&e=2#f",
            "www.aljazeera.net",
            "https://ar.wikipedia.org/wiki/مصر",
            "google.com",
            "sis.gov.eg/ar",
        ] {
            assert_eq!(toks(u), [(u, Url)], "{u}");
        }
        assert_eq!(
            toks("(https://x.com/a_(b))."),
            [("(", Punct), ("https://x.com/a_(b)", Url), (")", Punct), (".", Punct)]
        );
        assert_eq!(
            texts("زوروا https://example.com/news، شكرا"),
            ["زوروا", "https://example.com/news", "،", "شكرا"]
        );
        assert_eq!(texts("«www.bbc.co.uk»"), ["«", "www.bbc.co.uk", "»"]);
        assert_eq!(texts("https://"), ["https", ":", "/", "/"]);
    }

    #[test]
    fn emails_mentions_hashtags() {
        assert_eq!(toks("info@news.com.sa"), [("info@news.com.sa", Email)]);
        assert_eq!(
            texts("راسلونا على first.last+x@mail.example.org."),
            ["راسلونا", "على", "first.last+x@mail.example.org", "."]
        );
        assert_eq!(toks("@user_1"), [("@user_1", Mention)]);
        assert_eq!(toks("#مصر"), [("#مصر", Hashtag)]);
        assert_eq!(toks("#يوم_الأرض"), [("#يوم_الأرض", Hashtag)]);
        assert_eq!(toks("#2024"), [("#", Punct), ("2024", Number)]);
        assert_eq!(toks("C#"), [("C", Word), ("#", Punct)]);
        assert_eq!(toks("a@b"), [("a", Word), ("@", Punct), ("b", Word)]);
    }

    #[test]
    fn emoji_sequences() {
        for e in [
            "😀",
            "👍🏽",
            "👨\u{200D}👩\u{200D}👧",
            "🇸🇦",
            "1\u{FE0F}\u{20E3}",
            "❤\u{FE0F}",
            "©\u{FE0F}",
            "🏳\u{FE0F}\u{200D}🌈",
        ] {
            assert_eq!(toks(e), [(e, Emoji)], "{e:?}");
        }
        assert_eq!(toks("🇸🇦🇪🇬"), [("🇸🇦", Emoji), ("🇪🇬", Emoji)]);
        assert_eq!(toks("🇸🇦\u{FE0F} 🇪"), [("🇸🇦\u{FE0F}", Emoji), ("🇪", Emoji)]);
        assert_eq!(toks("😀\u{200D} x"), [("😀", Emoji), ("x", Word)]);
        assert_eq!(texts("رائع😀!"), ["رائع", "😀", "!"]);
        assert_eq!(toks("©"), [("©", Symbol)]);
    }

    #[test]
    fn punct_runs_and_symbols() {
        assert_eq!(texts("انتظر... حقا؟! لا!!"), ["انتظر", "...", "حقا", "؟", "!", "لا", "!!"]);
        assert_eq!(
            toks("$ € + = …"),
            [("$", Symbol), ("€", Symbol), ("+", Symbol), ("=", Symbol), ("…", Punct)]
        );
    }

    #[test]
    fn separators_are_not_tokens() {
        assert_eq!(texts("\u{200F}مرحبا\u{200E} \u{FEFF}x\u{200B}y"), ["مرحبا", "x", "y"]);
        assert!(tokens(" \t\n\u{00A0}\u{3000}\u{200F}").next().is_none());
    }

    #[test]
    fn linear_on_pathological_input() {
        let parens = format!("http://x.com/{}", ")".repeat(200_000));
        assert_eq!(tokens(&parens).count(), 200_001);
        let long = "a.".repeat(200_000);
        assert_eq!(tokens(&long).count(), 400_000);
        let marks = format!("ب{}", "\u{064E}".repeat(1_000_000));
        assert_eq!(tokens(&marks).count(), 1);
        let at = "a@".repeat(100_000);
        assert_eq!(tokens(&at).count(), 200_000);
    }

    #[test]
    fn tokenize_norm_and_segments() {
        let text = "أَهْلًا ب15000";
        let options = TokenizeOptions { clitics: CliticScheme::Ud, ..Default::default() };
        let t = tokenize(text, &options);
        assert_eq!(t[0].norm, "اهلا");
        let segs = t[1].segments.as_ref().unwrap();
        assert_eq!(&text[segs[0].start..segs[0].end], "ب");
        assert_eq!(&text[segs[1].start..segs[1].end], "15000");
    }
}
