//! tahlil: Arabic text analysis.
pub mod clitics;
pub mod keywords;
pub mod lexicon;
pub mod normalize;
pub mod sentences;
pub mod summarize;
pub mod tokenize;
pub mod utf16;
