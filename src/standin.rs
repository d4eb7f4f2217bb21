//! TEMPORARY minimal stand-ins for the lead's `normalize`, `tokenize`, `sentences` and the
//! `clitics` modules, with the same signatures, so that `summarize`/`keywords` build and can be
//! evaluated before those modules land on `main`. Removed once they do.
#![allow(dead_code)]

pub mod normalize {
    #[derive(Clone, Debug, Default)]
    pub struct NormalizeOptions {
        pub diacritics: bool,
        pub tatweel: bool,
        pub alef: bool,
        pub alef_maqsura: bool,
        pub teh_marbuta: bool,
        pub hamza: bool,
        pub digits: bool,
        pub ligatures: bool,
        pub bidi_marks: bool,
    }
    impl NormalizeOptions {
        pub fn search() -> Self {
            NormalizeOptions {
                diacritics: true,
                tatweel: true,
                alef: true,
                alef_maqsura: true,
                teh_marbuta: true,
                hamza: true,
                digits: true,
                ligatures: true,
                bidi_marks: true,
            }
        }
    }
    pub fn normalize(text: &str, o: &NormalizeOptions) -> String {
        let mut s = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                '\u{064B}'..='\u{065F}' | '\u{0670}' if o.diacritics => {}
                '\u{0640}' if o.tatweel => {}
                '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' if o.bidi_marks => {}
                'أ' | 'إ' | 'آ' | 'ٱ' if o.alef => s.push('ا'),
                'ى' if o.alef_maqsura => s.push('ي'),
                'ة' if o.teh_marbuta => s.push('ه'),
                'ؤ' if o.hamza => s.push('و'),
                'ئ' if o.hamza => s.push('ي'),
                '\u{0660}'..='\u{0669}' if o.digits => {
                    s.push(char::from(b'0' + (c as u32 - 0x0660) as u8))
                }
                _ => s.push(c),
            }
        }
        s
    }
}

pub mod tokenize {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum TokenKind {
        Word,
        Number,
        Punct,
        Symbol,
        Url,
        Email,
        Hashtag,
        Mention,
        Emoji,
    }
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Token {
        pub start: usize,
        pub end: usize,
        pub kind: TokenKind,
    }
    fn is_word_char(c: char) -> bool {
        c.is_alphabetic()
            || ('\u{064B}'..='\u{065F}').contains(&c)
            || c == '\u{0670}'
            || c == '\u{0640}'
    }
    pub fn tokens(text: &str) -> std::vec::IntoIter<Token> {
        let mut out = Vec::new();
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() {
                continue;
            }
            let kind = if is_word_char(c) {
                TokenKind::Word
            } else if c.is_numeric() {
                TokenKind::Number
            } else {
                TokenKind::Punct
            };
            let mut end = i + c.len_utf8();
            if kind != TokenKind::Punct {
                while let Some(&(j, d)) = it.peek() {
                    let same = match kind {
                        TokenKind::Word => is_word_char(d),
                        _ => d.is_numeric(),
                    };
                    if !same {
                        break;
                    }
                    end = j + d.len_utf8();
                    it.next();
                }
            }
            out.push(Token {
                start: i,
                end,
                kind,
            });
        }
        out.into_iter()
    }
}

pub mod sentences {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Sentence {
        pub start: usize,
        pub end: usize,
    }
    fn push(text: &str, a: usize, b: usize, out: &mut Vec<Sentence>) {
        let seg = &text[a..b];
        let t = seg.trim_start();
        let s = a + (seg.len() - t.len());
        let e = s + t.trim_end().len();
        if e > s {
            out.push(Sentence { start: s, end: e });
        }
    }
    pub fn split(text: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut start = 0;
        let mut k = 0;
        while k < chars.len() {
            let (i, c) = chars[k];
            if c == '\n' {
                push(text, start, i, &mut out);
                start = i + 1;
            } else if matches!(c, '.' | '!' | '?' | '؟' | '…' | '۔') {
                let prev_digit = k > 0 && chars[k - 1].1.is_ascii_digit();
                let next_digit = k + 1 < chars.len() && chars[k + 1].1.is_ascii_digit();
                if !(c == '.' && prev_digit && next_digit) {
                    let mut m = k + 1;
                    while m < chars.len() && matches!(chars[m].1, '.' | '!' | '?' | '؟' | '…' | '۔')
                    {
                        m += 1;
                    }
                    let end = if m < chars.len() {
                        chars[m].0
                    } else {
                        text.len()
                    };
                    push(text, start, end, &mut out);
                    start = end;
                    k = m;
                    continue;
                }
            }
            k += 1;
        }
        push(text, start, text.len(), &mut out);
        out
    }
}

pub mod clitics {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum CliticScheme {
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
}
