//! The flat data the JavaScript binding returns, declared once.
//!
//! Every `…Flat` export of `src/wasm.rs` returns typed arrays of numbers (plus concatenated
//! strings) made of the records below. Each record lists its fields once, in order, here; the
//! binding writes a record through its struct (named fields, no index arithmetic), and
//! `pkg/index.js` reads `flatFormat()` when the module loads and takes each field's position
//! from it by name, failing at load time if a name it reads is missing. The name lists of the
//! enums the records carry as indices (token kinds, segment roles, …) come from the enums'
//! `ALL` constants and travel in the same description.
//!
//! Compiled on every target (it holds no wasm types), so that its unit tests run on the host.

/// Declares a record: a struct with the fields in wire order (of the number type of the
/// array it goes to: `u32`, or `f64` in `summarizeFlat` and `keywordsFlat`), its JavaScript
/// field names, and `push_to`, which appends the fields in that order.
macro_rules! record {
    ($(#[$doc:meta])* $name:ident = $js:literal { $($field:ident: $js_field:literal),+ $(,)? }) => {
        $(#[$doc])*
        pub(crate) struct $name<N> {
            $(pub(crate) $field: N),+
        }

        impl<N> $name<N> {
            /// The record's name in [`describe`].
            #[allow(dead_code)]
            pub(crate) const NAME: &'static str = $js;
            /// The JavaScript names of the fields, in wire order.
            #[allow(dead_code)]
            pub(crate) const FIELDS: &'static [&'static str] = &[$($js_field),+];

            /// Appends the fields, in wire order.
            #[allow(dead_code)]
            pub(crate) fn push_to(self, out: &mut Vec<N>) {
                out.extend([$(self.$field),+]);
            }
        }
    };
}

/// An absent offset or length (`u32::MAX`): no title, or a norm equal to its token's text.
pub(crate) const NONE: u32 = u32::MAX;

record! {
    /// A token of `tokenizeFlat` (UTF-16 offsets; `kind` indexes [`TokenKind::ALL`];
    /// `normLength` is [`NONE`] when the norm is the token's text), followed by its segments.
    ///
    /// [`TokenKind::ALL`]: crate::tokenize::TokenKind::ALL
    Token = "token" { start: "start", end: "end", kind: "kind", norm_length: "normLength", segment_count: "segmentCount" }
}

record! {
    /// A clitic segment of `tokenizeFlat` (`role` indexes [`SegmentRole::ALL`]; `formLength`
    /// in UTF-16 units of the concatenated forms).
    ///
    /// [`SegmentRole::ALL`]: crate::clitics::SegmentRole::ALL
    Segment = "segment" { start: "start", end: "end", role: "role", form_length: "formLength" }
}

record! {
    /// A span: a sentence of `sentenceSpans`, a token of `tokenOffsets`, a paragraph of
    /// `extractArticleFlat`, the title of `extractArticleFlat` and `summarizeFlat` ([`NONE`]
    /// twice when there is none), a keyword's occurrence.
    Span = "span" { start: "start", end: "end" }
}

record! {
    /// A chrome span of `extractArticleFlat` (`reason` indexes [`Reason::ALL`]).
    ///
    /// [`Reason::ALL`]: crate::article::Reason::ALL
    Boilerplate = "boilerplate" { start: "start", end: "end", reason: "reason" }
}

record! {
    /// A summary sentence of `summarizeFlat` (numbers are `f64`: the score is a float).
    SummarySentence = "summarySentence" { start: "start", end: "end", index: "index", score: "score" }
}

record! {
    /// A keyword of `summarizeFlat` and `keywordsFlat`, followed by `spanCount` spans
    /// (`textLength` in UTF-16 units of the concatenated texts).
    Keyword = "keyword" { text_length: "textLength", score: "score", count: "count", span_count: "spanCount" }
}

record! {
    /// A search term of `analyzeFlat` (`kind` indexes [`TermKind::ALL`]; `termLength` in
    /// UTF-16 units of the concatenated terms).
    ///
    /// [`TermKind::ALL`]: crate::search::TermKind::ALL
    Term = "term" { start: "start", end: "end", kind: "kind", term_length: "termLength" }
}

record! {
    /// A highlight of `highlightFlat` (`kind` indexes [`TermKind::ALL`]).
    ///
    /// [`TermKind::ALL`]: crate::search::TermKind::ALL
    Highlight = "highlight" { start: "start", end: "end", kind: "kind" }
}

/// The records, for [`describe`] (their number type plays no part in their names).
const RECORDS: &[(&str, &[&str])] = &[
    (Token::<()>::NAME, Token::<()>::FIELDS),
    (Segment::<()>::NAME, Segment::<()>::FIELDS),
    (Span::<()>::NAME, Span::<()>::FIELDS),
    (Boilerplate::<()>::NAME, Boilerplate::<()>::FIELDS),
    (SummarySentence::<()>::NAME, SummarySentence::<()>::FIELDS),
    (Keyword::<()>::NAME, Keyword::<()>::FIELDS),
    (Term::<()>::NAME, Term::<()>::FIELDS),
    (Highlight::<()>::NAME, Highlight::<()>::FIELDS),
];

/// The name lists of the enums sent as indices, from the enums themselves.
fn name_lists() -> [(&'static str, Vec<&'static str>); 4] {
    use crate::{article::Reason, clitics::SegmentRole, search::TermKind, tokenize::TokenKind};
    [
        ("tokenKind", TokenKind::ALL.iter().map(|k| k.as_str()).collect()),
        ("segmentRole", SegmentRole::ALL.iter().map(|r| r.as_str()).collect()),
        ("boilerplateReason", Reason::ALL.iter().map(|r| r.as_str()).collect()),
        ("termKind", TermKind::ALL.iter().map(|k| k.as_str()).collect()),
    ]
}

/// The whole format as one line for `flatFormat()`: `record:field,field;…|list:name,name;…`
/// (records, then the enums' name lists).
pub(crate) fn describe() -> String {
    let records: Vec<String> =
        RECORDS.iter().map(|(name, fields)| format!("{name}:{}", fields.join(","))).collect();
    let lists: Vec<String> =
        name_lists().iter().map(|(name, names)| format!("{name}:{}", names.join(","))).collect();
    format!("{}|{}", records.join(";"), lists.join(";"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{article::Reason, clitics::SegmentRole, search::TermKind, tokenize::TokenKind};

    /// `ALL[i] as usize == i`: the index the binding sends names the right variant.
    #[test]
    fn enum_lists_are_in_declaration_order() {
        assert!(TokenKind::ALL.iter().enumerate().all(|(i, &k)| k as usize == i));
        assert!(SegmentRole::ALL.iter().enumerate().all(|(i, &r)| r as usize == i));
        assert!(Reason::ALL.iter().enumerate().all(|(i, &r)| r as usize == i));
        assert!(TermKind::ALL.iter().enumerate().all(|(i, &k)| k as usize == i));
    }

    /// A variant added after the last one listed would have no name: the last variants are
    /// named here through exhaustive matches, which stop compiling when a variant is added.
    #[test]
    fn enum_lists_are_complete() {
        let last_kind = |k: TokenKind| match k {
            TokenKind::Word
            | TokenKind::Number
            | TokenKind::Punct
            | TokenKind::Symbol
            | TokenKind::Url
            | TokenKind::Email
            | TokenKind::Hashtag
            | TokenKind::Mention => false,
            TokenKind::Emoji => true,
        };
        assert!(last_kind(TokenKind::ALL[TokenKind::ALL.len() - 1]));
        let last_role = |r: SegmentRole| match r {
            SegmentRole::Conjunction
            | SegmentRole::Preposition
            | SegmentRole::Future
            | SegmentRole::Article
            | SegmentRole::Stem => false,
            SegmentRole::Pronoun => true,
        };
        assert!(last_role(SegmentRole::ALL[SegmentRole::ALL.len() - 1]));
        let last_reason = |r: Reason| match r {
            Reason::Repeat | Reason::Menu | Reason::Meta | Reason::Headlines | Reason::Footer => false,
            Reason::Other => true,
        };
        assert!(last_reason(Reason::ALL[Reason::ALL.len() - 1]));
        let last_term = |k: TermKind| match k {
            TermKind::Stem => false,
            TermKind::Root => true,
        };
        assert!(last_term(TermKind::ALL[TermKind::ALL.len() - 1]));
    }

    #[test]
    fn records_write_their_fields_in_declared_order() {
        let mut out = Vec::new();
        Token { start: 1, end: 2, kind: 3, norm_length: 4, segment_count: 5 }.push_to(&mut out);
        assert_eq!(out, [1, 2, 3, 4, 5]);
        assert_eq!(Token::<()>::FIELDS, ["start", "end", "kind", "normLength", "segmentCount"]);
        let mut out = Vec::new();
        Keyword { text_length: 1.0, score: 0.5, count: 2.0, span_count: 3.0 }.push_to(&mut out);
        assert_eq!(out, [1.0, 0.5, 2.0, 3.0]);
    }

    #[test]
    fn description_names_every_record_and_list() {
        let d = describe();
        let (records, lists) = d.split_once('|').unwrap();
        assert_eq!(records.split(';').count(), RECORDS.len());
        assert!(records.contains("token:start,end,kind,normLength,segmentCount"));
        assert!(lists.contains("tokenKind:word,number,punct,symbol,url,email,hashtag,mention,emoji"));
        assert!(lists.contains("boilerplateReason:repeat,menu,meta,headlines,footer,other"));
        assert!(lists.contains("termKind:stem,root"));
    }
}
