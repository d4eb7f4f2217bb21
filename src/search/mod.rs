//! Full-text search terms: [`analyze`] turns a document or a query into index terms with the
//! span of the text each stands for, and [`highlight`] finds where a query matches a text.
//! The same function serves documents and queries, so that they meet whatever the spelling.
//!
//! # What a word becomes
//! 1. **Folding.** The word's letters are folded the way plain typing writes them (أ إ آ ٱ → ا,
//!    ى → ي, ة → ه, ؤ → و, ئ → ي; harakat, tatweel and joiners dropped; ligatures such as ﻻ
//!    spelled out) *before* anything else, so مُدَرِّسَة، مدرسة and مدرسه are one word from
//!    here on.
//! 2. **Clitics.** The conjunction, preposition, future marker, article and pronoun suffix
//!    come off ([`crate::clitics`], the article too; the word list is consulted folded, so
//!    دوله is دولة, not دول + ه). وبالكتاب → كتاب, للمدرسة → مدرسه, مدرستها → مدرسه. A word
//!    whose ال begins a known word (المانيا, الغاء) keeps it.
//! 3. **Stop words.** A function word (من، في، التي، هذا …: the list of [`crate::stopwords`],
//!    less the entries of [`stopwords::KEPT`] that fold onto content words) gives no term, as
//!    a whole word, after a leading و or ف, or once its clitics are off.
//! 4. **Light stemming** (`stem`): plural, dual, feminine and pronoun endings come off
//!    ([`crate::stem`]'s suffix rules: الحكومات، حكومتها، الحكومة → حكوم).
//! 5. **Root key** (`roots`): a second, coarser term from the stem's derivational pattern
//!    ([`root`]: كتاب، مكتوب، مكتبة → كتب), at the same span. A document that has the query's
//!    very word matches on both terms and ranks above one that only shares its root.
//!
//! Numbers are terms (digits folded to ASCII, clitics off: و2020 → 2020), and so are words of
//! other scripts (lowercased), URLs and e-mails (whole, lowercased), and the words inside a
//! hashtag or mention. Punctuation, symbols and emoji give none.
//!
//! # Spans
//! A term's span is the part of the text it stands for: the stem without its clitics
//! (وبالكتاب → كتاب), with the diacritics and tatweel of its letters, never a letter without
//! its marks. Spans are byte offsets into the text here; the JavaScript binding gives UTF-16.
//!
//! ```
//! use tahlil::search::{SearchOptions, TermKind, analyze, highlight};
//! let text = "وَبِالْكِتَابِ";
//! let terms = analyze(text, &SearchOptions::default());
//! assert_eq!(terms[0].term, "كتاب");
//! assert_eq!(&text[terms[0].start..terms[0].end], "كِتَابِ");
//! assert_eq!((terms[1].term.as_str(), terms[1].kind), ("كتب", TermKind::Root));
//! // Plain typing gives the same terms.
//! let same = |a: &str, b: &str| {
//!     let t = |s: &str| analyze(s, &SearchOptions::default()).into_iter().map(|t| t.term).collect::<Vec<_>>();
//!     t(a) == t(b)
//! };
//! assert!(same("إلى المدرسة الأولى", "الي المدرسه الاولي"));
//! let spans = highlight("ذهبت إلى المَدْرَسَةِ", "مدرسه", &SearchOptions::default());
//! assert_eq!(&"ذهبت إلى المَدْرَسَةِ"[spans[0].start..spans[0].end], "مَدْرَسَةِ");
//! ```

mod root;
pub mod stopwords;

pub use root::root;

use crate::clitics::{letters, search_stem, split_before_number};
use crate::lexicon::fold_letter;
use crate::normalize::{NormalizeOptions, normalize_into};
use crate::stem::strip_suffixes;
use crate::tokenize::{TokenKind, tokens};
use std::collections::{HashMap, HashSet};

/// Options of [`analyze`] and [`highlight`]. `Default`: everything on, search folding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SearchOptions {
    /// Light stemming after the clitics come off. Default `true`.
    pub stem: bool,
    /// A second, root-like term per word ([`root`]). Default `true`; needs `stem`.
    pub roots: bool,
    /// Drop Arabic function words. Default `true`.
    pub stop_words: bool,
    /// How a term's letters are written. Default [`NormalizeOptions::search`]. Clitics and
    /// stems are always found on the folded word; this decides only how the term is spelled
    /// (with `tehMarbuta: false`, مدرسة gives مدرسة and مدرسه gives مدرسه).
    pub normalize: NormalizeOptions,
}

impl Default for SearchOptions {
    fn default() -> Self {
        Self { stem: true, roots: true, stop_words: true, normalize: NormalizeOptions::search() }
    }
}

/// Which of a word's terms this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TermKind {
    /// The word's own term: folded, clitics off, light-stemmed (as the options say).
    Stem,
    /// The root-like key of the stem ([`root`]), at the same span.
    Root,
}

impl TermKind {
    /// Every kind, in declaration order: `ALL[k as usize] == k` (the binding sends indices).
    pub const ALL: [TermKind; 2] = [TermKind::Stem, TermKind::Root];

    /// `"stem"` or `"root"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Stem => "stem",
            Self::Root => "root",
        }
    }
}

/// One index term and the byte span of the text it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// The term.
    pub term: String,
    /// Byte offset of the first character it stands for.
    pub start: usize,
    /// Byte offset just past the last.
    pub end: usize,
    /// Stem or root term.
    pub kind: TermKind,
}

/// A term of one word, with its span relative to the word.
type WordTerm = (String, usize, usize, TermKind);

/// The index terms of `text`, in text order (a word's root term right after its stem term).
/// See the module docs for the rules.
pub fn analyze(text: &str, options: &SearchOptions) -> Vec<Term> {
    Analyzer::new(*options).analyze(text)
}

/// [`analyze`] for many texts with the same options (the documents of an index): it keeps
/// the terms of the words it has seen, so a word that comes back in a later text is not
/// analyzed again. The memo holds at most [`Analyzer::MEMO_WORDS`] words and starts afresh
/// when full; the terms are those of [`analyze`] either way.
///
/// ```
/// use tahlil::search::{Analyzer, SearchOptions, analyze};
/// let mut analyzer = Analyzer::new(SearchOptions::default());
/// for text in ["وبالكتاب", "الكتاب والمكتبة"] {
///     assert_eq!(analyzer.analyze(text), analyze(text, &SearchOptions::default()));
/// }
/// ```
#[derive(Clone, Debug)]
pub struct Analyzer {
    options: SearchOptions,
    memo: HashMap<String, Vec<WordTerm>>,
}

impl Analyzer {
    /// Words kept in the memo before it starts afresh (some 2 MB of terms at most).
    pub const MEMO_WORDS: usize = 1 << 14;

    /// An analyzer with `options` and an empty memo.
    pub fn new(options: SearchOptions) -> Self {
        Self { options, memo: HashMap::new() }
    }

    /// Its options.
    pub fn options(&self) -> &SearchOptions {
        &self.options
    }

    /// The terms of `text`, as [`analyze`] gives them.
    pub fn analyze(&mut self, text: &str) -> Vec<Term> {
        let mut out = Vec::with_capacity(text.len() / 8);
        self.each_term(text, |term, start, end, kind| {
            out.push(Term { term: term.to_string(), start, end, kind })
        });
        out
    }

    /// Calls `f(term, start, end, kind)` for each term of `text`, in [`analyze`]'s order,
    /// without allocating a [`Term`] for each.
    pub fn each_term(&mut self, text: &str, mut f: impl FnMut(&str, usize, usize, TermKind)) {
        self.each_term_at(text, 0, &mut f);
    }

    // `dyn`: one copy of the loop in the wasm, whatever the callers.
    fn each_term_at(&mut self, text: &str, base: usize, f: &mut dyn FnMut(&str, usize, usize, TermKind)) {
        let options = self.options;
        for t in tokens(text) {
            let surface = &text[t.start..t.end];
            let at = base + t.start;
            match t.kind {
                TokenKind::Word => {
                    if !self.memo.contains_key(surface) {
                        if self.memo.len() >= Self::MEMO_WORDS {
                            self.memo.clear();
                        }
                        self.memo.insert(surface.to_string(), word_terms(surface, &options));
                    }
                    for (term, s, e, kind) in &self.memo[surface] {
                        f(term, at + s, at + e, *kind);
                    }
                }
                TokenKind::Number => {
                    // Clitics written onto a number come off: و2020 → 2020.
                    let from = split_before_number(surface)
                        .and_then(|segs| segs.last().map(|s| s.start))
                        .unwrap_or(0);
                    let term = spelled(&surface[from..], &options);
                    if !term.is_empty() {
                        f(&term, at + from, base + t.end, TermKind::Stem);
                    }
                }
                TokenKind::Url | TokenKind::Email => {
                    f(&spelled(surface, &options), at, base + t.end, TermKind::Stem);
                }
                TokenKind::Hashtag | TokenKind::Mention => {
                    // The words inside: #يوم_الأرض → يوم, ارض.
                    let sigil = surface.chars().next().map_or(0, char::len_utf8);
                    self.each_term_at(&text[t.start + sigil..t.end], at + sigil, f);
                }
                TokenKind::Punct | TokenKind::Symbol | TokenKind::Emoji => {}
            }
        }
    }
}

/// `s` normalized with the options, lowercased (ASCII and Latin-1 letters).
fn spelled(s: &str, options: &SearchOptions) -> String {
    let mut out = String::with_capacity(s.len());
    normalize_into(s, &options.normalize, &mut out);
    lowercase(out)
}

/// Lowercases ASCII and Latin-1 letters, and Greek and Cyrillic capitals (not
/// the full Unicode tables, which would add to the wasm for scripts rarely searched here).
fn lowercase(s: String) -> String {
    if !s.chars().any(|c| c.is_uppercase()) {
        return s;
    }
    s.chars()
        .map(|c| match c {
            'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(c as u32 + 32).unwrap_or(c),
            'Α'..='Ω' | 'А'..='Я' => char::from_u32(c as u32 + 32).unwrap_or(c),
            'Ѐ'..='Џ' => char::from_u32(c as u32 + 80).unwrap_or(c),
            _ => c,
        })
        .collect()
}

fn is_stop(folded: &str) -> bool {
    stopwords::is_stop_word_folded(folded)
        || folded
            .strip_prefix(['و', 'ف'])
            .is_some_and(|rest| rest.chars().count() >= 2 && stopwords::is_stop_word_folded(rest))
}

/// The terms of one word token (spans relative to it).
fn word_terms(word: &str, options: &SearchOptions) -> Vec<WordTerm> {
    let Some(letters) = letters(word, true) else {
        let term = spelled(word, options);
        return if term.is_empty() { vec![] } else { vec![(term, 0, word.len(), TermKind::Stem)] };
    };
    let folded: Vec<char> = letters.iter().map(|l| fold_letter(l.ch)).collect();
    if folded == ['ا', 'ل'] {
        return vec![]; // the article alone, cut off its word (الـ 3, "ال" after a line break)
    }
    if options.stop_words && is_stop(&folded.iter().collect::<String>()) {
        return vec![];
    }
    let st = search_stem(&folded);
    if st.start >= st.end {
        return vec![];
    }
    let restore = |i: usize, c: char| if i + 1 == st.end { st.restored.unwrap_or(c) } else { c };
    let form: String = (st.start..st.end).map(|i| fold_letter(restore(i, folded[i]))).collect();
    if options.stop_words && (is_stop(&form) || is_stop(&format!("ال{form}"))) {
        return vec![];
    }
    let written: String = (st.start..st.end).map(|i| restore(i, letters[i].ch)).collect();
    let mut term = String::with_capacity(written.len());
    normalize_into(&written, &options.normalize, &mut term);
    let mut key = form.as_str();
    let stemmed;
    if options.stem {
        stemmed = search_stem_key(strip_suffixes(&form));
        key = &stemmed;
        if options.normalize == NormalizeOptions::search() {
            term = key.to_string();
        } else {
            // The same letters come off the term as written (folding keeps one letter per
            // letter) where only suffixes came off.
            let keep = key.chars().count();
            if form.starts_with(key) {
                term = term.chars().take(keep).collect();
            } else {
                term = key.to_string();
            }
        }
    }
    if term.is_empty() {
        return vec![];
    }
    let (start, end) = (letters[st.start].start, letters[st.end - 1].end);
    let root = (options.stem && options.roots).then(|| root(key)).flatten();
    let mut out = vec![(term, start, end, TermKind::Stem)];
    if let Some(r) = root.filter(|r| *r != out[0].0) {
        out.push((r, start, end, TermKind::Root));
    }
    out
}

/// Beyond [`strip_suffixes`], on a folded stem: the و left of a plural verb's وا (كانوا →
/// كان), the ت of a past verb (لعبت → لعب, and on the derived forms افتعل انفعل تفعّل تفاعل
/// استفعل: انتشرت → انتشر, استخدمت → استخدم) and the prefix of an imperfect (يلعب → لعب) on
/// four letters, and the broken plural افعال (أسواق → سوق). Each was kept because it raised
/// conflation F1 on PUD dev words (0.567 → 0.672, precision 0.779 → 0.745) without lowering
/// ARCD MRR@10 (README, search figures).
fn search_stem_key(w: &str) -> String {
    let c: Vec<char> = w.chars().collect();
    let n = c.len();
    if n >= 4 && c[n - 1] == 'و' {
        return search_stem_key(&c[..n - 1].iter().collect::<String>());
    }
    // The derived forms, before their ت: افعل تفعّل | افتعل انفعل تفاعل | استفعل.
    let derived_past = matches!(
        c[..],
        ['ا' | 'ت', _, _, _, 'ت']
            | ['ا', _, 'ت', _, _, 'ت']
            | ['ا', 'ن', _, _, _, 'ت']
            | ['ت', _, 'ا', _, _, 'ت']
            | ['ا', 'س', 'ت', _, _, _, 'ت']
    );
    if (n == 4 && c[3] == 'ت') || derived_past {
        return c[..n - 1].iter().collect();
    }
    if n == 4 && matches!(c[0], 'ي' | 'ت' | 'ن') {
        return c[1..].iter().collect();
    }
    if n == 5 && c[0] == 'ا' && c[3] == 'ا' {
        return [c[1], c[2], c[4]].iter().collect();
    }
    w.to_string()
}

/// One place where a query matches a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Highlight {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last.
    pub end: usize,
    /// [`TermKind::Stem`] when the word's own term matches a query term, [`TermKind::Root`]
    /// when only its root term does (a related word: مكتبة for كتاب).
    pub kind: TermKind,
}

/// The spans of `text` whose terms (by [`analyze`] with `options`) are terms of `query`, in
/// order and disjoint: one per matching word, on its stem (وبالكتاب → كتاب).
///
/// ```
/// use tahlil::search::{SearchOptions, TermKind, highlight};
/// let text = "وبالكتاب ومكتبة";
/// let spans = highlight(text, "كتب", &SearchOptions::default());
/// let shown: Vec<(&str, TermKind)> = spans.iter().map(|h| (&text[h.start..h.end], h.kind)).collect();
/// assert_eq!(shown, [("كتاب", TermKind::Root), ("مكتبة", TermKind::Root)]);
/// ```
pub fn highlight(text: &str, query: &str, options: &SearchOptions) -> Vec<Highlight> {
    let wanted: HashSet<String> = analyze(query, options).into_iter().map(|t| t.term).collect();
    let mut out: Vec<Highlight> = Vec::new();
    if wanted.is_empty() {
        return out;
    }
    for t in analyze(text, options) {
        if !wanted.contains(&t.term) {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.start == t.start && last.end == t.end => {
                if t.kind == TermKind::Stem {
                    last.kind = TermKind::Stem;
                }
            }
            _ => out.push(Highlight { start: t.start, end: t.end, kind: t.kind }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        analyze(text, &SearchOptions::default()).into_iter().map(|t| t.term).collect()
    }

    fn shown(text: &str, query: &str) -> Vec<(&'static str, String)> {
        highlight(text, query, &SearchOptions::default())
            .iter()
            .map(|h| (h.kind.as_str(), text[h.start..h.end].to_string()))
            .collect()
    }

    #[test]
    fn clitics_come_off_and_spans_cover_the_stem() {
        let text = "وبالكتاب";
        let t = analyze(text, &SearchOptions::default());
        assert_eq!(t[0].term, "كتاب");
        assert_eq!(&text[t[0].start..t[0].end], "كتاب");
        assert_eq!(t[1].kind, TermKind::Root);
        assert_eq!((t[1].start, t[1].end), (t[0].start, t[0].end));
        assert_eq!(shown("قرأت وبالكتاب", "كتاب"), [("stem", "كتاب".to_string())]);
        assert_eq!(terms("للمدرسة"), terms("مدرسة"));
        assert_eq!(terms("مدرستها"), terms("المدرسة"));
    }

    #[test]
    fn every_spelling_gives_the_same_terms() {
        for (careful, plain) in [
            ("إلى المدرسة الأولى", "الي المدرسه الاولي"),
            ("مُدَرِّسَةٌ", "مدرسه"),
            ("المسؤولون في الدولة", "المسوولون في الدوله"),
            ("ألمانيا", "المانيا"),
            ("القرآن", "القران"),
            ("أحمد", "احمد"),
            ("مستشفـــى", "مستشفي"),
        ] {
            assert_eq!(terms(careful), terms(plain), "{careful} / {plain}");
            assert!(!terms(careful).is_empty(), "{careful}");
        }
        // Names keep their letters: no ال taken off ألمانيا, no split at hamza.
        assert_ne!(terms("المانيا"), terms("مانيا"));
        assert_eq!(terms("أحمد")[0], "احمد");
    }

    #[test]
    fn stop_words_numbers_and_other_scripts() {
        assert!(terms("من في إلى التي وهذا").is_empty());
        assert_eq!(terms("أمام")[0], "امام"); // kept: إمام
        assert_eq!(terms("و٢٠٢٠ 3.5"), ["2020", "3.5"]);
        assert_eq!(terms("iPhone ÉCOLE"), ["iphone", "école"]);
        assert_eq!(terms("#مصر_الجديدة"), ["مصر", "جديد", "جدد"]);
        assert_eq!(terms("https://Example.com 👍 ، !"), ["https://example.com"]);
        // Numerals and ordinals are what a search is about: الحرب العالمية الثانية.
        assert_eq!(terms("الحرب العالمية الثانية")[3], "ثان");
        assert_eq!(terms("أول ألبوم")[0], "اول");
        // The article alone, cut off its word, is no term.
        assert_eq!(terms("ال 3"), ["3"]);
        let no_stop = SearchOptions { stop_words: false, ..SearchOptions::default() };
        assert_eq!(analyze("من", &no_stop)[0].term, "من");
    }

    #[test]
    fn options_turn_parts_off() {
        let plain = SearchOptions { stem: false, roots: false, ..SearchOptions::default() };
        let t: Vec<String> = analyze("الحكومات", &plain).into_iter().map(|t| t.term).collect();
        assert_eq!(t, ["حكومات"]);
        let no_roots = SearchOptions { roots: false, ..SearchOptions::default() };
        assert_eq!(analyze("الكتاب", &no_roots).len(), 1);
        assert_eq!(terms("الحكومات"), terms("حكومتها"));
        // A past verb's ت comes off the derived forms too.
        assert_eq!(terms("انتشرت")[0], "انتشر");
        assert_eq!(terms("استخدمت"), terms("استخدم"));
        let keep_teh = SearchOptions {
            normalize: NormalizeOptions { teh_marbuta: false, ..NormalizeOptions::search() },
            stem: false,
            roots: false,
            ..SearchOptions::default()
        };
        assert_eq!(analyze("المدرسة", &keep_teh)[0].term, "مدرسة");
    }

    #[test]
    fn highlights_land_on_the_original_text() {
        // Harakat, tatweel, a ligature and emoji before the match.
        let text = "👨‍👩‍👧 قَرَأْتُ الـكـتـاب وَالْكِتَابَ ﻻعب";
        let got = shown(text, "كتاب");
        assert_eq!(got, [("stem", "كـتـاب".to_string()), ("stem", "كِتَابَ".to_string())]);
        assert_eq!(shown(text, "لاعب"), [("stem", "ﻻعب".to_string())]);
        // A query without diacritics or hamza finds the diacritized text.
        let quran = "﴿إِنَّا أَنْزَلْنَاهُ فِي لَيْلَةِ الْقَدْرِ﴾ وَالْقُرْآنُ";
        assert_eq!(shown(quran, "القران"), [("stem", "قُرْآنُ".to_string())]);
        // A related word is a root-level match.
        assert_eq!(
            shown("مكتبة ومكتوب", "كتاب"),
            [("root", "مكتبة".to_string()), ("root", "مكتوب".to_string())]
        );
        assert!(highlight("نص", "", &SearchOptions::default()).is_empty());
        assert!(highlight("", "كتاب", &SearchOptions::default()).is_empty());
    }

    #[test]
    fn an_analyzer_gives_the_terms_of_analyze_whatever_it_saw_before() {
        let texts = ["وبالكتاب", "الكتاب والمكتبة", "", "#يوم_الأرض و٢٠٢٠", "وبالكتاب"];
        let mut analyzer = Analyzer::new(SearchOptions::default());
        for text in texts {
            assert_eq!(analyzer.analyze(text), analyze(text, &SearchOptions::default()), "{text}");
        }
        // Past its capacity the memo starts afresh; the terms stay the same.
        let letters: Vec<char> = "بتثجحخدذرزسشصضطظعغفقكلمنهوي".chars().collect();
        let word = |mut i: usize| -> String {
            let mut w = String::new();
            for _ in 0..4 {
                w.push(letters[i % letters.len()]);
                i /= letters.len();
            }
            w
        };
        let many: Vec<String> = (0..Analyzer::MEMO_WORDS + 10).map(word).collect();
        analyzer.analyze(&many.join(" "));
        assert!(!analyzer.memo.is_empty() && analyzer.memo.len() <= 20, "{}", analyzer.memo.len());
        assert_eq!(analyzer.analyze(texts[1]), analyze(texts[1], &SearchOptions::default()));
    }

    proptest::proptest! {
        #[test]
        fn spans_are_ordered_and_on_boundaries(text in "[\\u{0621}-\\u{0652}\\u{0640}\\u{FEFB} a-zA-Z0-9#_😀.،]{0,40}") {
            let t = analyze(&text, &SearchOptions::default());
            let mut last = 0;
            for term in &t {
                assert!(term.start < term.end && term.end <= text.len());
                assert!(text.is_char_boundary(term.start) && text.is_char_boundary(term.end));
                assert!(term.start >= last || term.kind == TermKind::Root);
                last = term.start;
                assert!(!term.term.is_empty());
            }
            let h = highlight(&text, &text, &SearchOptions::default());
            assert!(h.windows(2).all(|w| w[0].end <= w[1].start));
        }
    }
}
