use super::*;

fn texts<'a>(text: &'a str, spans: &[Span]) -> Vec<&'a str> {
    spans.iter().map(|s| &text[s.start..s.end]).collect()
}

#[test]
fn empty_text_has_nothing() {
    assert_eq!(extract_article(""), Article::default());
    assert_eq!(extract_article(" \n\n "), Article::default());
}
