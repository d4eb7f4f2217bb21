//! tahlil (تحليل, "analysis"): Arabic text analysis — normalization, tokenization with clitic
//! segmentation, sentence splitting, extractive summaries and keywords. The core is pure Rust
//! and works on `&str` with byte offsets; the JavaScript package (`pkg/`) is a thin binding
//! (`wasm.rs`, compiled only for wasm32) that converts offsets to UTF-16.
//!
//! ```
//! use tahlil::clitics::CliticScheme;
//! use tahlil::normalize::{NormalizeOptions, normalize};
//! use tahlil::summarize::{SummaryLength, SummaryOptions, summarize};
//! use tahlil::tokenize::{TokenKind, TokenizeOptions, tokenize};
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
//! let sentences = tahlil::sentences::split(text);
//! assert_eq!(sentences.len(), 2);
//!
//! // The most important sentences, in document order, with scores in [0, 1].
//! let summary = summarize(text, &SummaryOptions { length: SummaryLength::Sentences(1), keyword_limit: 3, extract: true });
//! assert_eq!(summary.sentences.len(), 1);
//! ```
//!
//! Modules: [`normalize`], [`tokenize`], [`clitics`] (with the word list in [`lexicon`]),
//! [`sentences`], [`summarize`] and [`keywords`] (with [`stem`] and [`stopwords`]), and
//! [`utf16`] for offsets in JavaScript's units. Each module's docs state its rules.
pub mod article;
mod chars;
pub mod clitics;
pub mod keywords;
pub mod lexicon;
pub mod normalize;
mod presentation_forms;
pub mod sentences;
pub mod stem;
pub mod stopwords;
pub mod summarize;
mod terms;
pub mod tokenize;
pub mod utf16;
#[cfg(target_arch = "wasm32")]
mod wasm;
