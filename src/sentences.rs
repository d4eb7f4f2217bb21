//! Sentence boundaries, built on the token scanner ([`crate::tokenize::tokens`]).
//!
//! Because URLs, e-mail addresses and numbers (`3.5`, `٣٫٥`, `12.5.2020`) are single tokens,
//! their dots are never candidates; the splitter only looks at punctuation tokens and at the
//! line structure between tokens.
//!
//! # What ends a sentence
//! - `!` `?` `؟` `۔` (and `‼` `⁉` `。` and full-width forms), alone or in runs such as `؟!`.
//! - `.` — unless it belongs to an abbreviation or initial (below), or the next token is a
//!   comma, `؛`, `:` or a lower-case Latin word (`etc. and`). A `.` glued to the next word
//!   (`نوح.وتعني`, `الأوكتاف.الأدبيات`, `عام 1965.قدم`) still ends the sentence when the next
//!   word is Arabic: real Arabic text often omits the space. Glued to a Latin letter or a
//!   digit it does not (`Node.js`).
//! - An ellipsis (`..`, `...`, `…`), unless the next word carries on the clause: a comma, a
//!   lower-case Latin word, or a relative pronoun or joining particle from
//!   [`CONTINUES_AFTER_ELLIPSIS`] (`يتوجهون إلى الائتمان... فيما قد يكون` is one sentence in the
//!   PUD treebank, `لا أدري لم اخترتها... بعد سنتين` two).
//! - Closing quotes and brackets right after the mark stay in the sentence they close
//!   (`«هل هذا صحيح؟»`, `"…".`, `(… .)`), as does a glued footnote mark (`الدماغ.[1]`).
//!   `»` `)` `]` `”` are always closing; the ambiguous `"` and `'` only when glued to the mark
//!   and not followed by a letter.
//! - A mark inside brackets (`(؟)`, `(!)`) ends nothing, nor one inside a quotation that a
//!   verb of saying follows (`«نعم!» قال.`, [`SPEECH_VERBS`]).
//!
//! # What does not
//! - `،` `,` `؛` `;` `:`. In the UD Arabic-PUD treebank and the EASC articles `:` always
//!   introduces a quotation or list inside the sentence (`قال يوم الإثنين: "…"`), and `؛`
//!   joins clauses of one sentence (`الفيزياء هو علم الطبيعة، تفصيلاً؛ هو فرع …`).
//! - Abbreviations: the table [`ABBREVIATIONS`] (Arabic titles د. م. أ. أ.د., references
//!   ص. ج. ط., eras ق.م. ه., Latin Dr. Mr. e.g. …). Whatever the table says, any single
//!   letter followed by `.` is an initial (`ج. ك. رولينغ`, `J. K.`), and a glued chain of short
//!   parts is an acronym (`U.S.A.`, `سي.آي.إيه`, `ق.ب`): an Arabic sentence practically never
//!   ends in a one-letter word, since the one-letter words (و ف ب ل ك) are proclitics. The
//!   exception is the era letters م and ه after a number (`عام 1990 م.`, `1445 هـ.`): they can
//!   end a sentence, so the `.` ends it unless a number, a preposition (`في`, `من` …) or a
//!   lower-case word follows; the same holds for `ق.م.`.
//! - A number that opens a sentence and has at most three digits, followed by `. `: a list
//!   ordinal (`1. الاقتصاد`).
//!
//! # Lines
//! - A blank line (or U+2029, form feed) always ends a sentence.
//! - A line that ends without a sentence mark ends its sentence at the line break when it
//!   reads as a headline, title, byline or list item rather than as wrapped running text:
//!   1. the next line starts a list item (`*`, `•`, `-`, `ـ`, `1.`, `2)`, `(3)`, `أ)`) → break;
//!   2. the next line starts with closing or continuing punctuation (`»`, `،`, `.`) → no break;
//!   3. a bracket or `«` opened in the sentence is still open, or the line ends with `،` `,`
//!      `؛` `-` `/`, an opening bracket, or a word that cannot end a sentence (في، من، إلى، على، أن، التي، الذي … see [`CONTINUATION_WORDS`]) → no break;
//!   4. the line is longer than 100 characters (one paragraph per line, not hard-wrapped) → break;
//!   5. otherwise the *greedy-wrap test*: with the block's width `W` (longest line between
//!      blank lines), the line was wrapped iff `W ≥ 40` and its length plus one space plus the
//!      first word of the next line exceeds `W` — that word would not have fitted, which is
//!      why a wrapping editor moved it down. A headline is short and leaves room, so it breaks.
//! - Lengths count characters (diacritics included, as wrapping editors count them), not bytes.
//!
//! # Invariants
//! Sentences are in order, disjoint, non-empty, start at a token's start and end at a
//! token's end, so they are trimmed of whitespace; the invisible controls the tokenizer skips
//! (bidi marks, ZWSP, BOM) belong to no sentence when they stand between sentences. Every
//! other character is in exactly one sentence (tested as properties). One pass over the
//! tokens, plus one pass over each block of lines for its width: linear time.
//!
//! ```
//! use tahlil::sentences::split;
//! let text = "قال د. أحمد إن النمو بلغ 3.5% عام 2020. هل هذا صحيح؟ «نعم!» قال.";
//! let parts: Vec<&str> = split(text).iter().map(|s| &text[s.start..s.end]).collect();
//! assert_eq!(parts, [
//!     "قال د. أحمد إن النمو بلغ 3.5% عام 2020.",
//!     "هل هذا صحيح؟",
//!     "«نعم!» قال.",
//! ]);
//! ```

use crate::chars::{TATWEEL, is_arabic_diacritic, is_arabic_letter, is_invisible_separator};
use crate::tokenize::{Token, TokenKind, Tokens, tokens};
use std::collections::VecDeque;

/// A sentence: a byte span of the input, trimmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the sentence's first character.
    pub start: usize,
    /// Byte offset just past its last character.
    pub end: usize,
}

/// The sentences of `text`, in order.
pub fn split(text: &str) -> Vec<Sentence> {
    sentences(text).collect()
}

/// The sentences of `text`, lazily (the same spans as [`split`]).
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences {
        text,
        tokens: tokens(text),
        ahead: VecDeque::new(),
        last_end: 0,
        line_start: 0,
        block_start: 0,
        block_width: None,
        last: None,
        before_last: None,
        chain: Chain::default(),
        open: 0,
        quiet: 0..0,
        quiet_brackets: Vec::new(),
        skip_quiet: true,
    }
}

/// How an abbreviation behaves before a `.`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abbreviation {
    /// Stands before a name or a word: the `.` never ends a sentence.
    Title,
    /// Stands before a number (`ص. 45`, `No. 5`): no break before a number.
    Reference,
    /// Follows a number (`300 ق.م.`): can end a sentence; no break before a number, a
    /// preposition or a lower-case word.
    Era,
}

/// Abbreviations compared without diacritics and tatweel (`هـ` = `ه`), Latin case-insensitively,
/// and with inner dots (`أ.د`). The final `.` is not part of the entry.
///
/// Sources: the titles and references are the ones Arabic news and Wikipedia use (Arabic
/// Wikipedia's citation templates, style guides of Al Jazeera and BBC Arabic); the Latin ones
/// are the common English titles, months and Latin phrases. Single letters are initials
/// anyway; they are listed when they mean something else too.
pub const ABBREVIATIONS: &[(&str, Abbreviation)] = &[
    // Arabic titles before names: دكتور، مهندس، أستاذ، أستاذ دكتور، شيخ.
    ("د", Abbreviation::Title),
    ("م", Abbreviation::Title), // مهندس; after a number it is ميلادي (an era, see below)
    ("أ", Abbreviation::Title),
    ("ا", Abbreviation::Title),
    ("أ.د", Abbreviation::Title),
    ("ا.د", Abbreviation::Title),
    ("م.م", Abbreviation::Title),
    ("ش", Abbreviation::Title),
    // Arabic references: صفحة، جزء، مجلد، طبعة، عدد، رقم، صندوق بريد، توفي، هاتف.
    ("ص", Abbreviation::Reference),
    ("ج", Abbreviation::Reference),
    ("مج", Abbreviation::Reference),
    ("ط", Abbreviation::Reference),
    ("ع", Abbreviation::Reference),
    ("ر", Abbreviation::Reference),
    ("ص.ب", Abbreviation::Reference),
    ("ت", Abbreviation::Reference),
    ("هـ.ت", Abbreviation::Reference),
    // Arabic eras: قبل الميلاد، بعد الميلاد، قبل الهجرة، (ميلادي and هجري are single letters).
    ("ق.م", Abbreviation::Era),
    ("ب.م", Abbreviation::Era),
    ("ق.ه", Abbreviation::Era),
    // Latin titles.
    ("mr", Abbreviation::Title),
    ("mrs", Abbreviation::Title),
    ("ms", Abbreviation::Title),
    ("dr", Abbreviation::Title),
    ("prof", Abbreviation::Title),
    ("sr", Abbreviation::Title),
    ("st", Abbreviation::Title),
    ("mt", Abbreviation::Title),
    ("gen", Abbreviation::Title),
    ("col", Abbreviation::Title),
    ("lt", Abbreviation::Title),
    ("sgt", Abbreviation::Title),
    ("capt", Abbreviation::Title),
    ("gov", Abbreviation::Title),
    ("sen", Abbreviation::Title),
    ("rep", Abbreviation::Title),
    ("rev", Abbreviation::Title),
    ("hon", Abbreviation::Title),
    ("sheikh", Abbreviation::Title),
    // Latin phrases that are followed by more of the sentence.
    ("e.g", Abbreviation::Title),
    ("i.e", Abbreviation::Title),
    ("cf", Abbreviation::Title),
    ("vs", Abbreviation::Title),
    ("al", Abbreviation::Title), // et al.
    ("approx", Abbreviation::Title),
    // Latin references and months.
    ("no", Abbreviation::Reference),
    ("nos", Abbreviation::Reference),
    ("vol", Abbreviation::Reference),
    ("pp", Abbreviation::Reference),
    ("fig", Abbreviation::Reference),
    ("ch", Abbreviation::Reference),
    ("art", Abbreviation::Reference),
    ("jan", Abbreviation::Reference),
    ("feb", Abbreviation::Reference),
    ("mar", Abbreviation::Reference),
    ("apr", Abbreviation::Reference),
    ("jun", Abbreviation::Reference),
    ("jul", Abbreviation::Reference),
    ("aug", Abbreviation::Reference),
    ("sep", Abbreviation::Reference),
    ("sept", Abbreviation::Reference),
    ("oct", Abbreviation::Reference),
    ("nov", Abbreviation::Reference),
    ("dec", Abbreviation::Reference),
    // Latin eras.
    ("b.c", Abbreviation::Era),
    ("a.d", Abbreviation::Era),
];

/// Single letters that are era marks after a number: م (ميلادي), ه/هـ (هجري).
const ERA_LETTERS: &[char] = &['م', 'ه'];

/// Prepositions that continue a sentence after an era abbreviation (`300 ق.م. في أثينا`).
const PREPOSITIONS: &[&str] =
    &["في", "من", "إلى", "الى", "على", "عن", "حتى", "منذ", "مع", "بين", "حين", "عندما"];

/// Verbs of saying that continue a sentence after a quotation (`«نعم!» قال الوزير.`).
pub const SPEECH_VERBS: &[&str] = &[
    "قال",
    "قالت",
    "يقول",
    "تقول",
    "أضاف",
    "أضافت",
    "اضاف",
    "اضافت",
    "تابع",
    "تابعت",
    "سأل",
    "سألت",
    "تساءل",
    "تساءلت",
    "صاح",
    "صرخ",
    "أجاب",
    "أجابت",
    "ردّ",
    "رد",
    "ردت",
    "said",
    "asked",
    "says",
];

/// Words that go on with the clause before an ellipsis rather than start a sentence
/// (`يتوجهون إلى الائتمان... فيما قد يكون`): relative pronouns and clause-joining particles.
pub const CONTINUES_AFTER_ELLIPSIS: &[&str] = &[
    "فيما",
    "بينما",
    "حيث",
    "التي",
    "الذي",
    "الذين",
    "اللذان",
    "اللتان",
    "اللواتي",
    "اللاتي",
    "أو",
    "او",
    "أي",
    "إلا",
    "الا",
    "بل",
    "لكن",
    "ولكن",
];

/// Words that cannot end a sentence: a line that ends in one continues on the next line.
/// Prepositions, conjunctions, relative pronouns and particles that need a complement.
pub const CONTINUATION_WORDS: &[&str] = &[
    "في",
    "من",
    "إلى",
    "الى",
    "على",
    "عن",
    "أن",
    "ان",
    "إن",
    "التي",
    "الذي",
    "الذين",
    "اللذان",
    "اللتان",
    "اللواتي",
    "اللاتي",
    "و",
    "أو",
    "او",
    "ثم",
    "حتى",
    "مع",
    "بين",
    "لدى",
    "منذ",
    "لم",
    "لن",
    "قد",
    "كما",
    "لكن",
    "بل",
    "أي",
    "أما",
    "اما",
    "إذا",
    "اذا",
    "لأن",
    "لان",
    "عند",
    "نحو",
    "حول",
    "ضد",
    "خلال",
    "لا",
    "وفي",
    "ومن",
    "وإلى",
    "وعلى",
    "بأن",
    "وأن",
    "فإن",
    "أنه",
    "انه",
    "بأنه",
];

/// Lines longer than this are paragraphs on one line, not hard-wrapped text.
const MAX_WRAP_WIDTH: usize = 100;
/// Blocks narrower than this are lists or headlines, not hard-wrapped text.
const MIN_WRAP_WIDTH: usize = 40;

fn is_terminator_char(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '۔' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '。' | '！' | '？' | '．')
}

fn is_strong_char(c: char) -> bool {
    is_terminator_char(c) && !matches!(c, '.' | '…' | '．')
}

/// Always closing: a sentence never starts with one.
fn is_closer(c: char) -> bool {
    matches!(c, '»' | ')' | ']' | '}' | '”' | '›' | '）' | '」' | '』' | '〉' | '》')
}

fn is_opener(c: char) -> bool {
    matches!(c, '«' | '(' | '[' | '{' | '“' | '‹' | '（' | '「' | '『')
}

/// Punctuation after which a sentence goes on.
fn is_continuing(c: char) -> bool {
    matches!(c, '،' | ',' | '؛' | ';' | ':' | '-' | '–' | '—' | '/')
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
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

/// Whether a word has at most three letters ([`letter_count`]), reading no further than the
/// fourth letter.
fn is_short(s: &str) -> bool {
    s.len() <= 3 || letters(s).nth(3).is_none()
}

/// The characters of a word but its diacritics and tatweel.
fn letters(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().filter(|&c| !is_arabic_diacritic(c) && c != TATWEEL)
}

/// Letters of a word, ignoring diacritics and tatweel.
fn letter_count(s: &str) -> usize {
    letters(s).count()
}

/// Compares a span with a table entry, ignoring diacritics and tatweel, ASCII case-insensitively.
fn same_key(span: &str, key: &str) -> bool {
    let mut a = letters(span);
    let mut b = key.chars().filter(|&c| c != TATWEEL);
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.to_ascii_lowercase() == y => {}
            _ => return false,
        }
    }
}

fn in_list(span: &str, list: &[&str]) -> bool {
    find_key(span, list.iter().copied()).is_some()
}

/// The index of the first of `keys` that `span` matches ([`same_key`]).
fn find_key<'k>(span: &str, mut keys: impl Iterator<Item = &'k str>) -> Option<usize> {
    if span.len() > 24 {
        return None;
    }
    // Most spans are plain (no diacritic, tatweel or capital letter): comparing bytes then
    // decides, except against the few keys written with a tatweel.
    if span.chars().any(|c| is_arabic_diacritic(c) || c == TATWEEL || c.is_ascii_uppercase()) {
        keys.position(|k| same_key(span, k))
    } else {
        keys.position(|k| k == span || (k.len() > span.len() && k.contains(TATWEEL) && same_key(span, k)))
    }
}

/// What the whitespace between two tokens holds.
#[derive(Clone, Copy, Debug, Default)]
struct Gap {
    breaks: usize,
    paragraph: bool,
    /// Where the last line in the gap starts.
    line_start: usize,
}

impl Gap {
    fn blank(&self) -> bool {
        self.breaks >= 2 || self.paragraph
    }
}

fn gap(text: &str, from: usize, to: usize) -> Gap {
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

/// A run of words glued by single dots (`U.S`, `ق.م`, `سي.آي`), ending at the last word read.
#[derive(Clone, Copy, Debug, Default)]
struct Chain {
    start: usize,
    end: usize,
    parts: usize,
    all_short: bool,
    /// The kind of the token just before the chain, if glued or not.
    before: Option<TokenKind>,
}

/// How a cluster of sentence marks reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Dot,
    Ellipsis,
    Strong,
}

/// Iterator returned by [`sentences`].
pub struct Sentences<'a> {
    text: &'a str,
    tokens: Tokens<'a>,
    ahead: VecDeque<Token>,
    /// End of the last token consumed.
    last_end: usize,
    /// Start of the line holding the last token consumed.
    line_start: usize,
    /// Start of the block (lines between blank lines) holding the last token consumed.
    block_start: usize,
    /// Width of the block at `block_start`, once computed.
    block_width: Option<usize>,
    last: Option<Token>,
    before_last: Option<Token>,
    chain: Chain,
    /// Brackets and quotes opened and not yet closed in the current sentence.
    open: usize,
    /// The last quiet stretch found by [`Self::skip_quiet_text`]: from where the tokens are
    /// read again to the next byte that may matter.
    quiet: std::ops::Range<usize>,
    /// The brackets and quotes in the last quiet stretch found, with their positions.
    quiet_brackets: Vec<(usize, char)>,
    /// Off only in tests, to check that skipping changes no boundary.
    skip_quiet: bool,
}

impl Iterator for Sentences<'_> {
    type Item = Sentence;

    fn next(&mut self) -> Option<Sentence> {
        self.open = 0;
        let first = self.pull()?;
        let start = first.start;
        let mut cur = first;
        let mut count = 0usize;
        let mut has_content = false;
        loop {
            count += 1;
            has_content |= cur.kind != TokenKind::Punct;
            let (end, boundary) = if self.is_terminator(cur) {
                self.after_marks(cur, count, has_content)
            } else {
                (cur.end, self.after_token(cur))
            };
            if boundary {
                return Some(Sentence { start, end });
            }
            if has_content && self.skip_quiet && self.skip_quiet_text() {
                count += 1;
            }
            match self.pull() {
                Some(t) => cur = t,
                None => return Some(Sentence { start, end }),
            }
        }
    }
}

/// How [`Sentences::skip_quiet_text`] reads a byte: most bytes are quiet.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    Quiet,
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

impl<'a> Sentences<'a> {
    /// Skips the tokens of a quiet stretch: text, after a sentence has content, that holds no
    /// sentence mark, line break or URL (see [`ByteClass`]). Tokenizing every word between two
    /// sentence marks is most of the cost of splitting, yet the rules only look at the marks,
    /// the line breaks, the brackets and a few tokens before them. So the scan resumes two
    /// space-separated chunks before the next byte that stops the stretch (`عام 1990 م.` needs
    /// the number before the era letter), with the tokenizer restarted there: tokens never
    /// span a space, so it reads the same tokens from there as from the start. The brackets
    /// and quotes skipped are counted as the tokens would have been (outside URLs each is a
    /// token of its own). Returns whether it skipped.
    fn skip_quiet_text(&mut self) -> bool {
        // At most the token peeked to look at the gap after the current one is waiting; the
        // gap before it is read too (it may hold a line break).
        if self.ahead.len() > 1 {
            return false;
        }
        let text = self.text;
        let bytes = text.as_bytes();
        let from = self.last_end;
        if from >= self.quiet.start {
            if from < self.quiet.end {
                return false; // inside the stretch read again before the last byte found
            }
            self.quiet_brackets.clear();
            let mut next = from;
            while next < bytes.len() {
                match BYTE_CLASSES[bytes[next] as usize] {
                    ByteClass::Quiet => next += 1,
                    ByteClass::Stop => break,
                    ByteClass::Look => match bracket_at(text, next) {
                        Some((c, len)) => {
                            self.quiet_brackets.push((next, c));
                            next += len;
                        }
                        None if bytes[next].is_ascii() => next += 1,
                        None => break,
                    },
                }
            }
            let mut resume = next;
            while resume > from && !is_space_byte(bytes[resume - 1]) {
                resume -= 1;
            }
            for _ in 0..2 {
                while resume > from && is_space_byte(bytes[resume - 1]) {
                    resume -= 1;
                }
                while resume > from && !is_space_byte(bytes[resume - 1]) {
                    resume -= 1;
                }
            }
            self.quiet = resume..next.max(resume + 1);
        }
        let resume = self.quiet.start;
        if resume <= self.tokens.position() {
            return false;
        }
        for i in 0..self.quiet_brackets.len() {
            let (at, c) = self.quiet_brackets[i];
            if (from..resume).contains(&at) {
                self.count_bracket(c);
            }
        }
        self.ahead.clear();
        self.tokens.resume_at(resume);
        self.last_end = resume;
        self.last = None;
        self.before_last = None;
        true
    }

    fn count_bracket(&mut self, c: char) {
        if is_opener(c) {
            self.open += 1;
        } else if is_closer(c) {
            self.open = self.open.saturating_sub(1);
        }
    }

    fn peek(&mut self, n: usize) -> Option<Token> {
        while self.ahead.len() <= n {
            let t = self.tokens.next()?;
            self.ahead.push_back(t);
        }
        self.ahead.get(n).copied()
    }

    /// Consumes the next token, updating the line state and the abbreviation chain.
    fn pull(&mut self) -> Option<Token> {
        let t = match self.ahead.pop_front() {
            Some(t) => t,
            None => self.tokens.next()?,
        };
        let g = gap(self.text, self.last_end, t.start);
        if g.breaks > 0 {
            self.line_start = g.line_start;
        }
        if g.blank() {
            self.block_start = g.line_start;
            self.block_width = None;
        }
        if t.kind == TokenKind::Word {
            let short = is_short(self.str(t));
            let continues = matches!((self.before_last, self.last), (Some(_), Some(d))
                if self.is_single_dot(d) && d.end == t.start && self.chain.end == d.start);
            if continues {
                self.chain.end = t.end;
                self.chain.parts += 1;
                self.chain.all_short &= short;
            } else {
                self.chain = Chain {
                    start: t.start,
                    end: t.end,
                    parts: 1,
                    all_short: short,
                    before: self.last.map(|l| l.kind),
                };
            }
        }
        if t.kind == TokenKind::Punct {
            self.count_bracket(self.first_char(t));
        }
        self.before_last = self.last;
        self.last = Some(t);
        self.last_end = t.end;
        Some(t)
    }

    fn str(&self, t: Token) -> &'a str {
        &self.text[t.start..t.end]
    }

    fn first_char(&self, t: Token) -> char {
        self.str(t).chars().next().unwrap_or(' ')
    }

    fn is_terminator(&self, t: Token) -> bool {
        t.kind == TokenKind::Punct && is_terminator_char(self.first_char(t))
    }

    fn is_single_dot(&self, t: Token) -> bool {
        t.kind == TokenKind::Punct && self.str(t) == "."
    }

    fn is_lower_latin(&self, t: Token) -> bool {
        t.kind == TokenKind::Word && self.first_char(t).is_lowercase()
    }

    /// After a sentence mark at `first`: takes the marks, closing quotes and brackets that
    /// follow, then decides. Returns the sentence end so far and whether it ends here.
    fn after_marks(&mut self, first: Token, count: usize, has_content: bool) -> (usize, bool) {
        let before = self.before_last; // the token before the first mark
        let mut end = first.end;
        let mut mark = self.mark_of(first);
        let mut closed_bracket = false;
        let mut closed_quote = false;
        while let Some(n) = self.peek(0) {
            let glued = n.start == end;
            let c = self.first_char(n);
            if glued && self.is_terminator(n) {
                mark = match (mark, self.mark_of(n)) {
                    (Mark::Strong, _) | (_, Mark::Strong) => Mark::Strong,
                    _ => Mark::Ellipsis,
                };
            } else if n.kind == TokenKind::Punct && is_closer(c) && gap(self.text, end, n.start).breaks == 0 {
                closed_bracket |= c == ')' || c == ']';
                closed_quote |= matches!(c, '»' | '”');
            } else if glued && c == '[' && self.is_footnote() {
                self.pull();
                self.pull();
            } else if glued
                && matches!(c, '"' | '\'' | '’')
                && !self.text[n.end..].chars().next().is_some_and(char::is_alphanumeric)
            {
                closed_quote = true;
            } else {
                break;
            }
            self.pull();
            end = self.last_end;
        }
        let next = self.peek(0);
        let Some(next) = next else {
            return (end, true);
        };
        let g = gap(self.text, end, next.start);
        if g.blank() {
            return (end, true);
        }
        let in_brackets = closed_bracket
            && before.is_some_and(|b| b.end == first.start && matches!(self.first_char(b), '(' | '['));
        let reported = closed_quote && in_list(self.str(next), SPEECH_VERBS);
        let boundary = has_content
            && !in_brackets
            && !reported
            && match mark {
                Mark::Strong => !self.continues_after_mark(next),
                Mark::Ellipsis => {
                    g.breaks > 0
                        || !(self.continues_after_mark(next)
                            || in_list(self.str(next), CONTINUES_AFTER_ELLIPSIS))
                }
                Mark::Dot => self.dot_ends(first, before, count, end, next),
            };
        if boundary {
            return (end, true);
        }
        (end, g.breaks > 0 && self.line_ends(end, next))
    }

    fn mark_of(&self, t: Token) -> Mark {
        let s = self.str(t);
        if s.chars().any(is_strong_char) {
            Mark::Strong
        } else if s.len() > 1 || s == "…" {
            Mark::Ellipsis
        } else {
            Mark::Dot
        }
    }

    /// `[12]` glued after the mark, at the front of the look-ahead.
    fn is_footnote(&mut self) -> bool {
        let (Some(a), Some(b), Some(c)) = (self.peek(0), self.peek(1), self.peek(2)) else {
            return false;
        };
        b.kind == TokenKind::Number
            && a.end == b.start
            && b.end == c.start
            && self.str(c) == "]"
            && self.str(b).len() <= 4
    }

    fn continues_after_mark(&self, next: Token) -> bool {
        self.is_lower_latin(next) || (next.kind == TokenKind::Punct && is_continuing(self.first_char(next)))
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
                    if next.kind == TokenKind::Number || in_list(self.str(next), PREPOSITIONS) =>
                {
                    return false;
                }
                _ => {}
            },
            // A list ordinal: `1. ` opening the sentence.
            TokenKind::Number if count == 2 && !glued_after && letter_count(self.str(before)) <= 3 => {
                return false;
            }
            _ => {}
        }
        if glued_after {
            // `نوح.وتعني` ends; `Node.js`, `v2.0` do not.
            let c = self.first_char(next);
            return !c.is_alphanumeric() || is_arabic_letter(c);
        }
        true
    }

    /// How the chain of words before the dot reads as an abbreviation.
    fn abbreviation(&mut self, glued_after: bool, next: Token) -> Option<Abbreviation> {
        let chain = self.chain;
        let span = &self.text[chain.start..chain.end];
        if chain.parts == 1 && letter_count(span) == 1 {
            let letter = letters(span).next()?;
            if ERA_LETTERS.contains(&letter) && chain.before == Some(TokenKind::Number) {
                return Some(Abbreviation::Era);
            }
        }
        if chain.parts == 1 && letter_count(span) == 1 {
            return Some(Abbreviation::Title);
        }
        if chain.parts <= 4
            && span.len() <= 24
            && let Some(i) = find_key(span, ABBREVIATIONS.iter().map(|(k, _)| *k))
        {
            return Some(ABBREVIATIONS[i].1);
        }
        if chain.all_short && chain.parts >= 2 {
            return Some(Abbreviation::Title);
        }
        // `سي.آي.إيه`: a short part, then a short glued word followed by a glued dot.
        if chain.all_short && glued_after && next.kind == TokenKind::Word {
            let short = is_short(self.str(next));
            if short && self.peek(1).is_some_and(|d| d.start == next.end && self.is_single_dot(d)) {
                return Some(Abbreviation::Title);
            }
        }
        None
    }

    /// After a token that is not a sentence mark.
    fn after_token(&mut self, cur: Token) -> bool {
        let Some(next) = self.peek(0) else {
            return true;
        };
        let g = gap(self.text, cur.end, next.start);
        g.blank() || (g.breaks > 0 && self.line_ends(cur.end, next))
    }

    /// At a single line break between the line ending at `end` and the line starting with
    /// `next`: whether the line was a unit of its own (headline, list item) rather than
    /// wrapped running text. See the module documentation.
    fn line_ends(&mut self, end: usize, next: Token) -> bool {
        if self.starts_list_item(next) {
            return true;
        }
        let c = self.first_char(next);
        if next.kind == TokenKind::Punct && (is_closer(c) || is_continuing(c) || is_terminator_char(c)) {
            return false;
        }
        if self.open > 0 {
            return false;
        }
        if let Some(last) = self.last {
            let lc = self.first_char(last);
            if (last.kind == TokenKind::Punct && (is_continuing(lc) || is_opener(lc)))
                || (last.kind == TokenKind::Word && in_list(self.str(last), CONTINUATION_WORDS))
            {
                return false;
            }
        }
        let len = display_len(&self.text[self.line_start..end]);
        if len > MAX_WRAP_WIDTH {
            return true;
        }
        let width = self.block_width();
        if width < MIN_WRAP_WIDTH {
            return true;
        }
        let rest = &self.text[next.start..];
        let word_end = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
        len + 1 + display_len(&rest[..word_end]) <= width
    }

    /// The longest line of the current block, computed once per block.
    fn block_width(&mut self) -> usize {
        if let Some(w) = self.block_width {
            return w;
        }
        let text = self.text;
        let mut width = 0;
        let mut pos = self.block_start;
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
        self.block_width = Some(width);
        width
    }

    /// Whether the line starting with `t` opens a list item.
    fn starts_list_item(&self, t: Token) -> bool {
        let rest = &self.text[t.start..];
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
        let word = self.str(t);
        let after = &self.text[t.end..];
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
    use proptest::prelude::*;

    fn parts(text: &str) -> Vec<&str> {
        split(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    /// Checks the invariants of the module documentation.
    fn check_invariants(text: &str) {
        let sentences = split(text);
        let mut covered = 0;
        for s in &sentences {
            assert!(s.start < s.end, "empty {s:?} in {text:?}");
            assert!(s.start >= covered, "overlap {s:?} in {text:?}");
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            let outside = &text[covered..s.start];
            assert!(
                outside.chars().all(|c| c.is_whitespace() || is_invisible_separator(c)),
                "uncovered {outside:?} in {text:?}"
            );
            let inside = &text[s.start..s.end];
            assert!(!inside.starts_with(char::is_whitespace));
            assert!(!inside.ends_with(char::is_whitespace));
            covered = s.end;
        }
        assert!(text[covered..].chars().all(|c| c.is_whitespace() || is_invisible_separator(c)));
        assert_eq!(sentences, sentences_iter(text));
    }

    fn sentences_iter(text: &str) -> Vec<Sentence> {
        sentences(text).collect()
    }

    /// Wraps `text` greedily at `width` characters, as an editor or a news wire does.
    fn wrap(text: &str, width: usize) -> String {
        let mut out = String::new();
        let mut line = 0;
        for word in text.split(' ') {
            let n = word.chars().count();
            if line > 0 && line + 1 + n > width {
                out.push('\n');
                line = 0;
            } else if line > 0 {
                out.push(' ');
                line += 1;
            }
            out.push_str(word);
            line += n;
        }
        out
    }

    #[test]
    fn sentence_marks() {
        assert_eq!(
            parts("ذهب إلى السوق. عاد مبكرا! هل رأيته؟ نعم۔ انتهى"),
            ["ذهب إلى السوق.", "عاد مبكرا!", "هل رأيته؟", "نعم۔", "انتهى"]
        );
        assert_eq!(parts("He left. She stayed?"), ["He left.", "She stayed?"]);
    }

    #[test]
    fn runs_of_marks() {
        assert_eq!(parts("حقا؟! نعم!!! طيب؟؟"), ["حقا؟!", "نعم!!!", "طيب؟؟"]);
        assert_eq!(parts("ماذا؟!. لا شيء."), ["ماذا؟!.", "لا شيء."]);
    }

    #[test]
    fn closing_quotes_and_brackets_stay() {
        assert_eq!(parts("قال: «هل هذا صحيح؟» ثم ذهب."), ["قال: «هل هذا صحيح؟»", "ثم ذهب."]);
        assert_eq!(parts("قال \"انتهى الأمر.\" ثم غادر."), ["قال \"انتهى الأمر.\"", "ثم غادر."]);
        assert_eq!(parts("(هذا مثال .) وهذا آخر."), ["(هذا مثال .)", "وهذا آخر."]);
        assert_eq!(parts("«نعم!» قال."), ["«نعم!» قال."]);
        assert_eq!(parts("قال “لن أعود.” وغادر."), ["قال “لن أعود.”", "وغادر."]);
    }

    #[test]
    fn mark_after_closing_quote() {
        assert_eq!(
            parts("إن الانتقال سبق أن حدث\". بالنسبة إلى ذلك، سيختلف الأمر."),
            ["إن الانتقال سبق أن حدث\".", "بالنسبة إلى ذلك، سيختلف الأمر."]
        );
    }

    #[test]
    fn opening_quote_glued_after_mark_starts_next() {
        assert_eq!(parts("انتهى.\"ثم بدأ\" غيره."), ["انتهى.", "\"ثم بدأ\" غيره."]);
    }

    #[test]
    fn numbers_and_dates() {
        assert_eq!(
            parts("بلغ النمو 3.5 في المئة و٣٫٥ في 12.5.2020 والمبلغ 1,000.50 دولار."),
            ["بلغ النمو 3.5 في المئة و٣٫٥ في 12.5.2020 والمبلغ 1,000.50 دولار."]
        );
        assert_eq!(parts("ولد عام 1965. ثم سافر."), ["ولد عام 1965.", "ثم سافر."]);
        assert_eq!(parts("ريما عام 1965.قدم الأخوان المئات."), ["ريما عام 1965.", "قدم الأخوان المئات."]);
        assert_eq!(parts("بلغ ١٢٫٥٪. وارتفع."), ["بلغ ١٢٫٥٪.", "وارتفع."]);
    }

    #[test]
    fn urls_and_emails() {
        assert_eq!(
            parts("زوروا www.example.com. أو https://a.org/b.html?x=1 للمزيد."),
            ["زوروا www.example.com.", "أو https://a.org/b.html?x=1 للمزيد."]
        );
        assert_eq!(
            parts("راسلونا على first.last@news.com.sa. شكرا لكم."),
            ["راسلونا على first.last@news.com.sa.", "شكرا لكم."]
        );
        assert_eq!(parts("مكتبة Node.js سريعة."), ["مكتبة Node.js سريعة."]);
    }

    #[test]
    fn arabic_titles() {
        assert_eq!(
            parts("قال د. أحمد والمهندس م. خالد إن أ.د. سمير حضر. وانتهى."),
            ["قال د. أحمد والمهندس م. خالد إن أ.د. سمير حضر.", "وانتهى."]
        );
        assert_eq!(parts("حضر أ. محمود."), ["حضر أ. محمود."]);
        assert_eq!(parts("تحرير: م. خالد يوسف"), ["تحرير: م. خالد يوسف"]);
    }

    #[test]
    fn references() {
        assert_eq!(
            parts("انظر ص. 45 والجزء ج. 2 من الكتاب، ط. 3. ثم راجع."),
            ["انظر ص. 45 والجزء ج. 2 من الكتاب، ط. 3.", "ثم راجع."]
        );
        assert_eq!(parts("ص.ب. 1234 الرياض."), ["ص.ب. 1234 الرياض."]);
        assert_eq!(parts("See vol. 2 and No. 5 here."), ["See vol. 2 and No. 5 here."]);
    }

    #[test]
    fn eras() {
        assert_eq!(parts("بنيت عام 300 ق.م. في عهد الملك."), ["بنيت عام 300 ق.م. في عهد الملك."]);
        assert_eq!(
            parts("توفي عام 399 ق.م. وكان عمره 70 عاما."),
            ["توفي عام 399 ق.م.", "وكان عمره 70 عاما."]
        );
        assert_eq!(
            parts("وبين عامي 512 و511 ق.م, أقر الملك القانون."),
            ["وبين عامي 512 و511 ق.م, أقر الملك القانون."]
        );
        assert_eq!(parts("بدأت عام 1000 ق.ب تقريبا. ثم انتهت."), ["بدأت عام 1000 ق.ب تقريبا.", "ثم انتهت."]);
    }

    #[test]
    fn era_letters_after_numbers() {
        assert_eq!(parts("ولد عام 1952م. وبدأ الغناء."), ["ولد عام 1952م.", "وبدأ الغناء."]);
        assert_eq!(parts("هاجر سنة 622 م. ثم عاد."), ["هاجر سنة 622 م.", "ثم عاد."]);
        assert_eq!(parts("في عام 1445 هـ. بدأ المشروع."), ["في عام 1445 هـ.", "بدأ المشروع."]);
        assert_eq!(parts("في سنة 1445 ه. من الهجرة."), ["في سنة 1445 ه. من الهجرة."]);
    }

    #[test]
    fn initials() {
        assert_eq!(parts("كتبها ج. ك. رولينغ عام 1997."), ["كتبها ج. ك. رولينغ عام 1997."]);
        assert_eq!(parts("J. K. Rowling wrote it."), ["J. K. Rowling wrote it."]);
        assert_eq!(parts("قال ع. الحسن كلاما."), ["قال ع. الحسن كلاما."]);
    }

    #[test]
    fn latin_abbreviations() {
        assert_eq!(
            parts("Fruit, e.g. apples, and Dr. Smith met Mr. Brown. Then they left."),
            ["Fruit, e.g. apples, and Dr. Smith met Mr. Brown.", "Then they left."]
        );
        assert_eq!(parts("U.S. officials said so."), ["U.S. officials said so."]);
        assert_eq!(parts("Smith et al. (2020) wrote."), ["Smith et al. (2020) wrote."]);
        assert_eq!(parts("apples, pears, etc. and more."), ["apples, pears, etc. and more."]);
    }

    #[test]
    fn acronyms_with_dots() {
        assert_eq!(
            parts("قالت إن وكالة المخابرات المركزية الأمريكية(سي.آي.إيه) شاركت."),
            ["قالت إن وكالة المخابرات المركزية الأمريكية(سي.آي.إيه) شاركت."]
        );
    }

    #[test]
    fn commas_colons_semicolons_do_not_break() {
        assert_eq!(
            parts("أولا، ثانيا, ثالثا؛ ورابعا: خامسا; سادسا."),
            ["أولا، ثانيا, ثالثا؛ ورابعا: خامسا; سادسا."]
        );
        assert_eq!(
            parts("كتبت يوم الإثنين: \"فيما الكثير غير مسبوق, فإن الانتقال حدث\". وانتهى."),
            ["كتبت يوم الإثنين: \"فيما الكثير غير مسبوق, فإن الانتقال حدث\".", "وانتهى."]
        );
    }

    #[test]
    fn glued_sentences() {
        assert_eq!(
            parts("يرجعه البعض إلى نوح.و تعني كلمة العود الخشب .فالعود آلة."),
            ["يرجعه البعض إلى نوح.", "و تعني كلمة العود الخشب .", "فالعود آلة."]
        );
        assert_eq!(
            parts("نصف الأوكتاف.الأدبيات الشرقية كلها تظهر ذلك."),
            ["نصف الأوكتاف.", "الأدبيات الشرقية كلها تظهر ذلك."]
        );
        assert_eq!(parts("المرشح ال46.صوت الناخبون."), ["المرشح ال46.", "صوت الناخبون."]);
    }

    #[test]
    fn ellipsis() {
        assert_eq!(
            parts("يتوجهون إلى الائتمان... فيما قد يكون ممكنا."),
            ["يتوجهون إلى الائتمان... فيما قد يكون ممكنا."]
        );
        assert_eq!(parts("لا أدري لم اخترتها... بعد سنتين عاد."), ["لا أدري لم اخترتها...", "بعد سنتين عاد."]);
        assert_eq!(parts("انتظرت… ثم رحلت."), ["انتظرت…", "ثم رحلت."]);
        assert_eq!(parts("كان متوقعا... لكن توقيته مفاجئ."), ["كان متوقعا... لكن توقيته مفاجئ."]);
        assert_eq!(parts("حقا...؟ نعم."), ["حقا...؟", "نعم."]);
        assert_eq!(parts("wait... and see."), ["wait... and see."]);
    }

    #[test]
    fn marks_inside_brackets() {
        assert_eq!(
            parts("ولد عام 1950 (؟) في القاهرة (!) وعاش فيها."),
            ["ولد عام 1950 (؟) في القاهرة (!) وعاش فيها."]
        );
    }

    #[test]
    fn marks_before_commas_or_lowercase() {
        assert_eq!(parts("من أنت؟، سأل الرجل."), ["من أنت؟، سأل الرجل."]);
        assert_eq!(parts("Yahoo! is a company."), ["Yahoo! is a company."]);
    }

    #[test]
    fn footnotes_stay() {
        assert_eq!(
            parts("مراكزها في جذع الدماغ.[1] ويقع المخ فوقه."),
            ["مراكزها في جذع الدماغ.[1]", "ويقع المخ فوقه."]
        );
    }

    #[test]
    fn list_ordinals() {
        assert_eq!(parts("1. الاقتصاد"), ["1. الاقتصاد"]);
        assert_eq!(parts("١. السياسة\n٢. الرياضة"), ["١. السياسة", "٢. الرياضة"]);
    }

    #[test]
    fn blank_lines_always_break() {
        assert_eq!(parts("عنوان\n\nنص المقال."), ["عنوان", "نص المقال."]);
        assert_eq!(parts("ذهب إلى\n\nالسوق"), ["ذهب إلى", "السوق"]);
        assert_eq!(parts("د.\n \nأحمد"), ["د.", "أحمد"]);
        assert_eq!(parts("أ\r\n\r\nب"), ["أ", "ب"]);
        assert_eq!(parts("أ\u{2029}ب"), ["أ", "ب"]);
    }

    #[test]
    fn headline_lines_break() {
        assert_eq!(
            parts("مصر ترفع أسعار الفائدة\nرفع البنك المركزي المصري أسعار الفائدة يوم الخميس."),
            ["مصر ترفع أسعار الفائدة", "رفع البنك المركزي المصري أسعار الفائدة يوم الخميس."]
        );
        assert_eq!(parts("الأضرار البدنية\nيجب أن يتابع الأبوان."), ["الأضرار البدنية", "يجب أن يتابع الأبوان."]);
    }

    #[test]
    fn wrapped_lines_continue() {
        let paragraph = "ارتفع الدولار أمس بعد أن أظهر تقرير انخفاضا غير متوقع في العجز التجاري \
            الأمريكي في شهر مارس، وتقلص العجز إلى 54.99 مليار دولار في مارس من الرقم المعدل في \
            فبراير وهو 60.57 مليار دولار وجاء أقل بكثير من توقعات الاقتصاديين بعجز حجمه 61.5 \
            مليار دولار. وعلى مدى السنوات الثلاث الماضية تقريبا ظل العجز التجاري مصدر ضغط كبير \
            على الدولار الذي تراجع أمام اليورو والين والجنيه الإسترليني في معاملات متقلبة.";
        let expected = parts(paragraph).len();
        assert_eq!(expected, 2);
        for width in [50, 60, 72, 78, 90] {
            let wrapped = wrap(paragraph, width);
            assert!(wrapped.contains('\n'));
            let got = parts(&wrapped);
            assert_eq!(got.len(), expected, "width {width}: {got:#?}");
        }
    }

    #[test]
    fn line_ending_mid_clause_continues() {
        assert_eq!(parts("قال الوزير،\nإن الاجتماع ناجح."), ["قال الوزير،\nإن الاجتماع ناجح."]);
        assert_eq!(parts("ذهب إلى\nالسوق."), ["ذهب إلى\nالسوق."]);
        assert_eq!(parts("القاهرة -\nقال الوزير."), ["القاهرة -\nقال الوزير."]);
        assert_eq!(parts("في إطار تطوير «الخدمات\nالأمنية»."), ["في إطار تطوير «الخدمات\nالأمنية»."]);
    }

    #[test]
    fn bullet_lists() {
        assert_eq!(
            parts("الأسباب:\n- الفقر\n- البطالة\n• الأمية\n* الفساد"),
            ["الأسباب:", "- الفقر", "- البطالة", "• الأمية", "* الفساد"]
        );
        assert_eq!(
            parts("الخطوات\n1) التسجيل\n2) الدفع\n(3) الاستلام\nأ) ملاحظة"),
            ["الخطوات", "1) التسجيل", "2) الدفع", "(3) الاستلام", "أ) ملاحظة"]
        );
    }

    #[test]
    fn interview_dialog() {
        let text = " * كيف كان عرضك الأخير في روما وما المجموعة التي قدمتها؟\n ـ قدمت في عرض روما مجموعة من 40 قطعة\n * وما رأيك بالموضة؟\n ـ جيدة جدا";
        assert_eq!(
            parts(text),
            [
                "* كيف كان عرضك الأخير في روما وما المجموعة التي قدمتها؟",
                "ـ قدمت في عرض روما مجموعة من 40 قطعة",
                "* وما رأيك بالموضة؟",
                "ـ جيدة جدا"
            ]
        );
    }

    #[test]
    fn paragraph_per_line_without_final_mark() {
        let long = "كانت أغلب أغانيها آنذاك للأخوين عاصي ومنصور الرحباني الذين يشار لهما دائما بالأخوين رحباني في كل مكان";
        let text = format!("{long}\nوفي عام 1955 تزوجت فيروز من عاصي الرحباني.");
        assert_eq!(parts(&text).len(), 2);
    }

    #[test]
    fn carriage_returns_and_line_separators() {
        assert_eq!(parts("عنوان قصير\r\nنص المقال."), ["عنوان قصير", "نص المقال."]);
        assert_eq!(parts("عنوان قصير\rنص."), ["عنوان قصير", "نص."]);
        assert_eq!(parts("عنوان قصير\u{2028}نص."), ["عنوان قصير", "نص."]);
    }

    #[test]
    fn invisible_controls_are_trimmed() {
        let text = "\u{FEFF}\u{200F}مرحبا.\u{200F} أهلا\u{200E}";
        assert_eq!(parts(text), ["مرحبا.", "أهلا"]);
        check_invariants(text);
    }

    #[test]
    fn empty_and_blank() {
        assert!(split("").is_empty());
        assert!(split(" \n\t\u{200F} \r\n").is_empty());
    }

    #[test]
    fn punctuation_only() {
        assert_eq!(parts("..."), ["..."]);
        assert_eq!(parts("!!! مرحبا. نعم"), ["!!! مرحبا.", "نعم"]);
        assert_eq!(parts(". ."), [". ."]);
    }

    #[test]
    fn emoji_hashtags_mentions() {
        assert_eq!(parts("رائع 😀! شكرا @user_1. #مصر تفوز."), ["رائع 😀!", "شكرا @user_1.", "#مصر تفوز."]);
        assert_eq!(parts("فزنا 🎉🎉 مبروك"), ["فزنا 🎉🎉 مبروك"]);
    }

    #[test]
    fn diacritics_and_tatweel() {
        assert_eq!(
            parts("قَالَ الرَّجُلُ: نَعَمْ. ذَهَبَ د. أَحمد. جمـــيل!"),
            ["قَالَ الرَّجُلُ: نَعَمْ.", "ذَهَبَ د. أَحمد.", "جمـــيل!"]
        );
    }

    #[test]
    fn urdu_and_persian_marks() {
        assert_eq!(parts("یہ کتاب ہے۔ وہ قلم ہے۔"), ["یہ کتاب ہے۔", "وہ قلم ہے۔"]);
        assert_eq!(parts("چطوری؟ خوبم."), ["چطوری؟", "خوبم."]);
    }

    #[test]
    fn dateline() {
        assert_eq!(
            parts("القاهرة - 16 فبراير/شباط (رويترز) - قال وزير المالية إن العجز تراجع. وأضاف أنه متفائل."),
            ["القاهرة - 16 فبراير/شباط (رويترز) - قال وزير المالية إن العجز تراجع.", "وأضاف أنه متفائل."]
        );
        assert_eq!(
            parts("الدوحة - (اف ب) - أعلن مصدر رسمي القرار."),
            ["الدوحة - (اف ب) - أعلن مصدر رسمي القرار."]
        );
    }

    #[test]
    fn news_page() {
        let page = "\
مصر ترفع أسعار الفائدة لمواجهة التضخم

القاهرة - 16 فبراير/شباط (رويترز) - رفع البنك المركزي المصري أسعار الفائدة الرئيسية بمقدار 200 نقطة أساس يوم الخميس، في خطوة قال محللون إنها تهدف إلى كبح التضخم الذي بلغ 25.8% في يناير/كانون الثاني. وقال البنك في بيان: «نتوقع أن يتراجع التضخم تدريجيا خلال عام 2024.»
وقال د. أحمد سالم، أستاذ الاقتصاد في جامعة القاهرة: \"القرار كان متوقعا... لكن توقيته مفاجئ\". هل تكفي هذه الخطوة؟ يرى بعض المحللين أنها لا تكفي!
بقلم: سارة محمود
تحرير: م. خالد يوسف

الأكثر قراءة
1. الذهب يقفز إلى مستوى قياسي جديد
2. ارتفاع أسعار النفط بعد قرار أوبك
3. منتخب مصر يتأهل إلى نهائي كأس أفريقيا

اقرأ أيضا
البورصة المصرية تربح 12 مليار جنيه
الجنيه يستقر أمام الدولار
© 2024 رويترز. جميع الحقوق محفوظة.
";
        assert_eq!(
            parts(page),
            [
                "مصر ترفع أسعار الفائدة لمواجهة التضخم",
                "القاهرة - 16 فبراير/شباط (رويترز) - رفع البنك المركزي المصري أسعار الفائدة الرئيسية بمقدار 200 نقطة أساس يوم الخميس، في خطوة قال محللون إنها تهدف إلى كبح التضخم الذي بلغ 25.8% في يناير/كانون الثاني.",
                "وقال البنك في بيان: «نتوقع أن يتراجع التضخم تدريجيا خلال عام 2024.»",
                "وقال د. أحمد سالم، أستاذ الاقتصاد في جامعة القاهرة: \"القرار كان متوقعا... لكن توقيته مفاجئ\".",
                "هل تكفي هذه الخطوة؟",
                "يرى بعض المحللين أنها لا تكفي!",
                "بقلم: سارة محمود",
                "تحرير: م. خالد يوسف",
                "الأكثر قراءة",
                "1. الذهب يقفز إلى مستوى قياسي جديد",
                "2. ارتفاع أسعار النفط بعد قرار أوبك",
                "3. منتخب مصر يتأهل إلى نهائي كأس أفريقيا",
                "اقرأ أيضا",
                "البورصة المصرية تربح 12 مليار جنيه",
                "الجنيه يستقر أمام الدولار",
                "© 2024 رويترز.",
                "جميع الحقوق محفوظة.",
            ]
        );
        check_invariants(page);
    }

    #[test]
    fn hard_wrapped_news_article() {
        let text = "\
الدوحة - (اف ب) - اعلن مصدر رسمي ان وزير الدولة القطري للشؤون الداخلية الشيخ
عبدالله بن ناصر قرر الثلاثاء اعادة تشكيل اللجنة الدائمة لشؤون الجنسية في اطار
تطوير «الخدمات الامنية» في البلاد.
وذكرت وكالة الانباء القطرية ان الشيخ عبد الله «اصدر قرارا وزاريا تم بموجبه
اعادة تشكيل اللجنة الدائمة لشؤون الجنسية في اطار الجهود المبذولة لتطوير
الخدمات الامنية».";
        assert_eq!(parts(text).len(), 2);
    }

    #[test]
    fn pathological_inputs_are_linear() {
        for text in [
            ".".repeat(1_000_000),
            "ب".repeat(500_000),
            "a.".repeat(300_000),
            "ب.".repeat(300_000),
            "\n".repeat(1_000_000),
            "ب\n".repeat(300_000),
            "؟!".repeat(300_000),
            "«».".repeat(200_000),
            "د. ".repeat(200_000),
        ] {
            let sentences = split(&text);
            assert!(sentences.len() <= text.len());
        }
        assert_eq!(split(&"ب ".repeat(100_000)).len(), 1);
        assert_eq!(split(&"ب.".repeat(1000)).len(), 1);
    }

    #[test]
    fn iterator_matches_split() {
        let text = "أ. ب؟ ج!\n\nد";
        assert_eq!(sentences(text).collect::<Vec<_>>(), split(text));
    }

    fn arabic_heavy() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "ب",
            "كتاب",
            "الأوكتاف",
            "د",
            "م",
            "ق",
            "ه",
            "هـ",
            "ال",
            "و",
            "سي",
            "a",
            "Dr",
            "U",
            "e",
            "1",
            "٣",
            "12",
            "3.5",
            "2020",
            ".",
            ".",
            ".",
            "..",
            "…",
            "!",
            "?",
            "؟",
            "؟!",
            "۔",
            "،",
            ",",
            "؛",
            ":",
            "«",
            "»",
            "\"",
            "'",
            "(",
            ")",
            "[",
            "]",
            "-",
            "ـ",
            "*",
            "•",
            " ",
            " ",
            " ",
            "\n",
            "\n\n",
            "\r\n",
            "\r",
            "\u{2029}",
            "\t",
            "\u{200F}",
            "\u{FEFF}",
            "\u{200C}",
            "\u{064E}",
            "😀",
            "www.a.com",
            "x@y.org",
            "#مصر",
            "@u",
            "[1]",
        ]);
        prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
    }

    /// Mostly plain words, so that quiet stretches occur, with every piece that matters.
    fn word_heavy() -> impl Strategy<Value = String> {
        let words = prop::sample::select(vec![
            "قال",
            "الوزير",
            "إن",
            "1990",
            "م",
            "ق",
            "د",
            "3.5",
            "٢٠٢٤",
            "في",
            "من",
            "و",
            "Dr",
            "U",
            "S",
            "e",
            "،",
            "%",
            "ـ",
            "1",
            "2",
            "(",
            ")",
            "«",
            "»",
            "“",
            "”",
            "‹",
            "[",
            "]",
            "}",
            "(قال)",
            "«نعم»",
            "a/b",
            "http://x(y)",
            "\u{85}",
            "\u{A0}",
        ]);
        let piece = prop_oneof![
            4 => words.prop_map(|w| format!("{w} ")),
            1 => arabic_heavy(),
        ];
        prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
    }

    fn split_without_skipping(text: &str) -> Vec<Sentence> {
        Sentences { skip_quiet: false, ..sentences(text) }.collect()
    }

    #[test]
    fn skipping_quiet_text_changes_nothing_on_the_examples() {
        let text = "عام 1990 م. في البيت\nقال د. أحمد إن النمو بلغ 3.5% عام 2020. هل هذا صحيح؟ «نعم!» قال.\n\n\
                    مصر ترفع أسعار الفائدة\nبقلم سارة محمود\n1. الذهب يقفز إلى مستوى قياسي جديد بعد قرار";
        assert_eq!(split(text), split_without_skipping(text));
    }

    proptest! {
        #[test]
        fn skipping_quiet_text_changes_nothing(text in word_heavy()) {
            prop_assert_eq!(split(&text), split_without_skipping(&text));
        }

        #[test]
        fn invariants_on_arabic_heavy_text(text in arabic_heavy()) {
            check_invariants(&text);
        }

        #[test]
        fn invariants_on_any_unicode(text in any::<String>()) {
            check_invariants(&text);
        }

        #[test]
        fn invariants_on_pattern_text(text in "[ \\.\\n!؟a-cب-دم0-9«»\"()\\[\\]،:\u{200F}]{0,80}") {
            check_invariants(&text);
        }
    }
}
