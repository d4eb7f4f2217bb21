//! Clitic segmentation (interface only; the implementation lands from the `clitics` branch).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CliticScheme {
    #[default]
    None,
    Ud,
    All,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentRole {
    Conjunction,
    Preposition,
    Future,
    Article,
    Stem,
    Pronoun,
}
impl SegmentRole {
    pub fn as_str(self) -> &'static str {
        match self {
            SegmentRole::Conjunction => "conjunction",
            SegmentRole::Preposition => "preposition",
            SegmentRole::Future => "future",
            SegmentRole::Article => "article",
            SegmentRole::Stem => "stem",
            SegmentRole::Pronoun => "pronoun",
        }
    }
}
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    pub role: SegmentRole,
    pub form: String,
}
pub fn segment_word(_word: &str, _scheme: CliticScheme) -> Option<Vec<Segment>> {
    None
}
