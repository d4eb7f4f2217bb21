use super::*;

#[test]
fn empty_text_has_nothing() {
    assert_eq!(extract_article(""), Article::default());
    assert_eq!(extract_article(" \n\n "), Article::default());
}

#[test]
fn lines_are_trimmed_and_know_the_blank_line_before() {
    let text = "  أ ب \r\n\nج\u{2029}د  ";
    let spans = line_spans(text);
    let lines: Vec<(&str, bool)> = spans.iter().map(|&(s, e, b)| (&text[s..e], b)).collect();
    assert_eq!(lines, vec![("أ ب", true), ("ج", true), ("د", false)]);
}

#[test]
fn a_line_that_is_its_headline_twice_splits_at_the_join() {
    let glued = "حرب فيتنام كانت نزاعحرب فيتنام كانت نزاع";
    let (first_end, _) = written_twice(glued).expect("doubled");
    assert_eq!(&glued[..first_end], "حرب فيتنام كانت نزاع");
    let spaced = "عنوان الخبر عنوان الخبر";
    assert_eq!(&spaced[written_twice(spaced).unwrap().1..], "عنوان الخبر");
    assert_eq!(written_twice("عنوان الخبر"), None);
}

#[test]
fn wrapped_lines_join_but_a_list_without_punctuation_does_not() {
    let wrapped =
        "أعلنت الحكومة اليوم عن خطة جديدة لتطوير التعليم في المدارس\nالحكومية، تشمل تدريب المعلمين.";
    let a = extract_article(wrapped);
    assert_eq!(a.paragraphs.len(), 1, "{a:?}");
    let list = "ارتفاع أسعار القطن في الأسواق المحلية اليوم\nافتتاح مصنع جديد للأسمدة في أسيوط والمنيا\n";
    let lines: Vec<Line> = line_spans(list).iter().map(|&(s, e, b)| measure(list, s, e, b)).collect();
    assert_eq!(wrap_blocks(&lines), vec![0, 1]);
}
