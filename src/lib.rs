//! tahlil (تحليل, "analysis"): Arabic text analysis — normalization, tokenization with clitic
//! segmentation, sentence splitting, extractive summaries and keywords. The core is pure Rust
//! and works on `&str` with byte offsets; it depends on no WebAssembly crate. The JavaScript
//! package (`pkg/` in the repository) is a thin binding (`wasm.rs`, compiled only for wasm32
//! with the `wasm` feature, which is off by default) that converts offsets to UTF-16.
//!
//! The main types and functions are re-exported here; the modules hold the rest.
//!
//! ```
//! use tahlil::{
//!     CliticScheme, NormalizeOptions, SummaryLength, SummaryOptions, TokenKind, TokenizeOptions,
//!     normalize, split_sentences, summarize, tokenize,
//! };
//!
//! // One switch per rule; `search()` folds everything.
//! assert_eq!(normalize("إِلَى المَدِينَةِ", &NormalizeOptions::search()), "الي المدينه");
//!
//! // Tokens with kinds, normalized forms and clitic segments (byte spans).
//! let text = "وقال الوزير للصحفيين: النمو ٣٫٥٪ #اقتصاد";
//! let options = TokenizeOptions { clitics: CliticScheme::Ud, ..Default::default() };
//! let tokens = tokenize(text, &options);
//! assert_eq!(tokens[0].kind, TokenKind::Word);
//! let segments = tokens[2].segments.as_ref().unwrap(); // ل + لصحفيين
//! assert_eq!(segments[1].form, "الصحفيين");
//! assert!(tokens.iter().any(|t| t.kind == TokenKind::Hashtag));
//!
//! // Sentences: abbreviations and numbers do not end one.
//! let text = "قال د. أحمد إن النمو بلغ 3.5%. وأضاف أن الأرقام مشجعة.";
//! let sentences = split_sentences(text);
//! assert_eq!(sentences.len(), 2);
//!
//! // The most important sentences, in document order, with scores in [0, 1].
//! let summary = summarize(text, &SummaryOptions { length: SummaryLength::Sentences(1), keyword_limit: 3, extract: true });
//! assert_eq!(summary.sentences.len(), 1);
//! ```
//!
//! Modules: [`article`] (whole pages: the headline, the paragraphs and the chrome), [`normalize`](mod@normalize), [`tokenize`](mod@tokenize), [`clitics`] (with the
//! word list in [`lexicon`]), [`sentences`], [`summarize`](mod@summarize) and
//! [`keywords`](mod@keywords) (with [`stem`] and [`stopwords`]), and [`utf16`] for offsets in
//! JavaScript's units. Each module's docs state its rules.
//!
//! Licence: the code is MIT OR Apache-2.0; the embedded Arabic word list ([`lexicon`]) is
//! derived from wordfreq and is CC BY-SA 4.0, and the stop-word list ([`stopwords`]) comes from
//! stopwords-iso (MIT): see `LICENSE-DATA.md` in the crate.
#![warn(missing_docs)]
// First: its `word_list!` macro serves the modules below.
#[macro_use]
mod word_lists;
pub mod article;
mod chars;
pub mod clitics;
pub mod keywords;
pub mod lexicon;
pub mod normalize;
// Used by the binding only; compiled everywhere so that its tests run on the host.
#[cfg_attr(not(all(target_arch = "wasm32", feature = "wasm")), allow(dead_code))]
mod flat;
mod order;
mod presentation_forms;
pub mod search;
pub mod sentences;
pub mod stem;
pub mod stopwords;
pub mod summarize;
mod terms;
pub mod tokenize;
pub mod utf16;
#[cfg(all(target_arch = "wasm32", feature = "wasm"))]
mod wasm;

pub use article::{Article, Boilerplate, Reason, Span, extract_article};
pub use clitics::{CliticScheme, Segment, SegmentRole};
pub use keywords::{Keyword, KeywordOptions, keywords, keywords_with};
pub use normalize::{NormalizeOptions, normalize};
pub use search::{Highlight, SearchOptions, Term, TermKind, analyze, highlight};
pub use sentences::{Sentence, split as split_sentences};
pub use summarize::{ScoredSentence, Summary, SummaryLength, SummaryOptions, summarize};
pub use tokenize::{AnalyzedToken, Token, TokenKind, TokenizeOptions, tokenize, tokens};

/// The crate README's examples (the crates.io page), run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.crate.md")]
struct CrateReadme;
