//! tahlil: Arabic text analysis.
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
