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
//! - An ellipsis (`..`, `...`, `…`), decided by what follows it. It ends the thought before a
//!   new subject, a new quote or a line break (`لا أدري لم اخترتها... بعد سنتين`: two sentences
//!   in the PUD treebank); the sentence goes on before a comma, a lower-case Latin word, a word
//!   of [`CONTINUES_AFTER_ELLIPSIS`] (ثم، لكن، بل، أو، فيما، التي، في، من …: `انتظرنا طويلاً... ثم
//!   عدنا`), a word with the conjunction و or ف after `...`/`…` (`هائلة... ورائعة`; after `..`,
//!   which is as often a period typed twice, it ends), and inside a quotation that closes
//!   before the next mark (`"أنا... لا أعرف" ثم سكت`).
//! - Closing quotes and brackets right after the mark stay in the sentence they close
//!   (`«هل هذا صحيح؟»`, `"…".`, `(… .)`), as does a glued footnote mark (`الدماغ.[1]`).
//!   `»` `)` `]` `”` are always closing; the ambiguous `"` and `'` only when glued to the mark
//!   and not followed by a letter.
//! - A mark inside brackets (`(؟)`, `(!)`) ends nothing. Nor does one that ends a quotation
//!   (no mark of the narration after the closing quote) when the quotation's attribution or
//!   reply follows on the same line: a verb of saying of [`SPEECH_VERBS`], with its clitics
//!   as the clitic segmenter reads them (`«نعم!» قال`, `"هل انتهت؟" فأجاب الوزير`, `سألته`),
//!   or `ثم` and one (`ثم أضاف`); with و the verb opens new speech as often as it replies, so
//!   `وقال`/`وقالت` count only when no `:` or opening quote follows before the next mark
//!   (`«…!» وقال المدرب: «…»` is two sentences). Nor one that ends a quotation in another script
//!   inside Arabic narration, when an Arabic word follows (`كتب على لافتته: "Stop the war!" ثم
//!   رفعها`): the quotation holds letters and no Arabic letter, and an Arabic word stands
//!   before it. Quotes are read from the text around the mark, at most 600 bytes each way.
//! - A `؟` followed by a second alternative of the same question, [`SAME_QUESTION`] (`هل يصل
//!   القطار اليوم؟ أو غداً؟`) is not a boundary. The PUD dev half has no such case; EASC dev has one
//!   and the real news pages three, each a continuation of its question when read.
//!
//! # What does not
//! - `،` `,` `؛` `;` `:`. In the UD Arabic-PUD treebank and the EASC articles `:` always
//!   introduces a quotation or list inside the sentence (`قال يوم الإثنين: "…"`), and `؛`
//!   joins clauses of one sentence (`الفيزياء هو علم الطبيعة، تفصيلاً؛ هو فرع …`).
//! - Abbreviations: the table [`ABBREVIATIONS`] (Arabic titles د. م. أ. أ.د., references
//!   ص. ج. ط., eras ق.م. ه., company forms ش.م.م. ذ.م.م., Latin Dr. Mr. Jr. Co. Inc. Ltd.
//!   Corp. e.g. …). Whatever the table says, any single
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
//!   4. the next line is a byline (`كتب: محمد الخطيب`, `بقلم سارة`, [`BYLINE_WORDS`]) or a
//!      dateline (`القاهرة - …`: one to four words, then a dash) → break;
//!   5. the line is longer than 100 characters (one paragraph per line, not hard-wrapped) → break;
//!   6. otherwise the *greedy-wrap test*: with the block's width `W` (longest line between
//!      blank lines), the line was wrapped iff `W ≥ 40` and its length plus one space plus the
//!      first word of the next line exceeds `W` — that word would not have fitted, which is
//!      why a wrapping editor moved it down. A headline is short and leaves room, so it breaks;
//!   7. and a wrapped paragraph reaches a sentence: the lines from the next one on, each
//!      wrapped in the same sense or ending mid-clause, must reach a sentence mark before a
//!      line that ends as a unit or the block's end. A list of unpunctuated headlines about
//!      as long as each other passes the greedy test by chance, never this one → break.
//! - A line that is one string written twice — a headline glued to its repeat, as copied page
//!   text has it: `حرب فيتنام كانت نزاعحرب فيتنام كانت نزاع`, `…للإرهابيين"اتفاق مصري أممي…`, or
//!   with a space between the copies — ends a sentence at the join, decided by the repeat
//!   alone (at least three words, at most 600 bytes a copy), never by a glued quote
//!   (`شركة "زيمبريوم"قد كشف` is one sentence).
//! - Lengths count characters (diacritics included, as wrapping editors count them), not bytes.
//!
//! # Invariants
//! Sentences are in order, disjoint, non-empty, and trimmed of whitespace; the invisible
//! controls the tokenizer skips (bidi marks, ZWSP, BOM) belong to no sentence when they stand
//! between sentences. Every other character is in exactly one sentence. A sentence starts at
//! a token's start and ends at a token's end, with one exception: the join of a line that is
//! one string written twice, glued (`…نزاعحرب…`), falls inside a token, and the sentences
//! end and start there. `tests/invariants/mod.rs` (`check_sentences`) checks all of it, the
//! exception only where the line is exactly a string written twice; [`split`] and
//! [`sentences`] give the same spans, with and without the fast path. One pass over the
//! tokens, plus one pass over each block of lines for its width and one over the lines a
//! wrapped run reads ahead; every look around a mark is bounded: linear time.
//!
//! # Parts
//! - `scan.rs`: the scanner — tokens with a look-ahead, the gaps between them, punctuation classes;
//! - `decide.rs`: the boundary decision after a token or a cluster of marks;
//! - `abbreviations.rs`: the abbreviation table and the chain of dot-glued words before a `.`;
//! - `lines.rs`: the line rules (headlines, bylines, list items, wrapped text, doubled lines);
//! - `quiet.rs`: the fast path that passes over text holding nothing the rules look at;
//! - `quotes.rs`: the quotations around a mark, read from the text;
//! - `words.rs`: the word lists, embedded from `data/sentences/` (one file each, with its source;
//!   the comments are left out at compile time).
//!
//! The rules met at a few places only (bylines, quotations, doubled lines, wrapped runs, …)
//! are `#[inline(never)]`: inlined into the per-token loop they made the wasm larger, not faster.
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

mod abbreviations;
mod decide;
mod lines;
mod quiet;
mod quotes;
mod scan;
mod words;

pub use abbreviations::{ABBREVIATIONS, Abbreviation};
pub use words::{
    BYLINE_WORDS, CONTINUATION_WORDS, CONTINUES_AFTER_ELLIPSIS, CONTINUES_AFTER_ERA, SAME_QUESTION,
    SPEECH_VERBS,
};

use crate::tokenize::{Token, TokenKind};
use abbreviations::Chain;
use lines::LineState;
/// Where a line written twice splits: shared with the article extraction (its headline glued
/// to its own copy).
pub(crate) use lines::written_twice;
use quiet::{Quiet, Skip, count_bracket};
use scan::Scanner;

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

/// [`split`] without the fast path over quiet text (`quiet.rs`): the same spans, slower. For
/// tests, which check that the fast path changes nothing.
#[doc(hidden)]
pub fn split_without_fast_path(text: &str) -> Vec<Sentence> {
    let mut all = sentences(text);
    all.quiet.enabled = false;
    all.collect()
}

/// The sentences of `text`, lazily (the same spans as [`split`]).
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences {
        scan: Scanner::new(text),
        lines: LineState::default(),
        chain: Chain::default(),
        open: 0,
        start: 0,
        carry: None,
        quiet: Quiet::new(),
    }
}

/// Where the next sentence starts when the last call decided it already.
#[derive(Clone, Copy, Debug)]
enum Carry {
    /// The second copy of a doubled line, a sentence of its own.
    Copy(Sentence),
    /// The second copy of a doubled line (from here), going on in the next line.
    CopyGoesOn(usize),
    /// A sentence whose first word starts here, after a certain full stop (`quiet.rs`): the
    /// scanner restarts here, and the fast path may pass over all of it.
    Fresh(usize),
}

/// Iterator returned by [`sentences`].
pub struct Sentences<'a> {
    /// The tokens, with a look-ahead and the last two consumed.
    scan: Scanner<'a>,
    /// Where the current line and block start.
    lines: LineState,
    /// The words glued by dots before the last token, for abbreviations.
    chain: Chain,
    /// Brackets and quotes opened and not yet closed in the current sentence.
    open: usize,
    /// Where the current sentence starts.
    start: usize,
    /// Where the next sentence starts, when the last call decided it.
    carry: Option<Carry>,
    /// The fast path over quiet text.
    quiet: Quiet,
}

impl Iterator for Sentences<'_> {
    type Item = Sentence;

    fn next(&mut self) -> Option<Sentence> {
        let (start, mut cur, mut count) = match self.carry.take() {
            Some(Carry::Copy(s)) => return Some(s),
            Some(Carry::CopyGoesOn(start)) => {
                let end = self.scan.last_end;
                match self.pull() {
                    Some(t) => (start, t, 1),
                    None => return Some(Sentence { start, end }),
                }
            }
            Some(Carry::Fresh(start)) => {
                self.open = 0;
                self.start = start;
                // As the first word would be followed by: the fast path, before reading it.
                match self.skip_quiet_text() {
                    Skip::Ended(end) => {
                        self.carry = Some(Carry::Fresh(end + 1));
                        return Some(Sentence { start, end });
                    }
                    Skip::EndedBeforeBlankLine(end) => return Some(Sentence { start, end }),
                    Skip::Skipped => (start, self.pull()?, 2),
                    Skip::No => (start, self.pull()?, 0),
                }
            }
            None => {
                self.open = 0;
                let first = self.pull()?;
                (first.start, first, 0)
            }
        };
        self.start = start;
        let mut has_content = count > 0;
        loop {
            count += 1;
            has_content |= cur.kind != TokenKind::Punct;
            let (end, boundary) = if self.scan.is_terminator(cur) {
                self.after_marks(cur, count, has_content)
            } else {
                (cur.end, self.after_token(cur))
            };
            if let Some(first_copy) = self.doubled_line(start, end, boundary) {
                return Some(first_copy);
            }
            if boundary {
                return Some(Sentence { start, end });
            }
            if has_content && self.quiet.enabled {
                match self.skip_quiet_text() {
                    Skip::No => {}
                    Skip::Skipped => count += 1,
                    Skip::Ended(end) => {
                        self.carry = Some(Carry::Fresh(end + 1));
                        return Some(Sentence { start, end });
                    }
                    Skip::EndedBeforeBlankLine(end) => return Some(Sentence { start, end }),
                }
            }
            match self.pull() {
                Some(t) => cur = t,
                None => return Some(Sentence { start, end }),
            }
        }
    }
}

impl Sentences<'_> {
    /// At the end of a line that is one string written twice (a headline glued to its
    /// repeat, [`lines::doubled_join`]), with the join inside the sentence that ends at `end`:
    /// the sentence up to the first copy's end, the second copy being carried to the next call
    /// (a sentence of its own when the line ends one, `boundary`, else the start of the next).
    fn doubled_line(&mut self, start: usize, end: usize, boundary: bool) -> Option<Sentence> {
        let line_ends = match self.scan.peek(0) {
            Some(n) => scan::gap(self.scan.text, end, n.start).breaks > 0,
            None => true,
        };
        if !line_ends {
            return None;
        }
        let (first_end, join) = lines::doubled_join(self.scan.text, self.lines.line_start(), end)?;
        if join <= start {
            return None;
        }
        self.carry =
            Some(if boundary { Carry::Copy(Sentence { start: join, end }) } else { Carry::CopyGoesOn(join) });
        Some(Sentence { start, end: first_end })
    }

    /// Consumes the next token, updating the line state, the abbreviation chain and the
    /// count of open brackets.
    fn pull(&mut self) -> Option<Token> {
        let t = self.scan.take()?;
        self.lines.cross(&scan::gap(self.scan.text, self.scan.last_end, t.start));
        match t.kind {
            TokenKind::Word => self.chain.add_word(&self.scan, t),
            TokenKind::Punct => self.open = count_bracket(self.open, self.scan.first_char(t)),
            _ => {}
        }
        self.scan.record(t);
        Some(t)
    }
}
