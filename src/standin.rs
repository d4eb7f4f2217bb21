//! TEMPORARY minimal stand-in for the lead's `sentences` module, with the same signature, so
//! that `summarize`/`keywords` build and can be evaluated before it lands on `main`. Removed
//! once it does.
#![allow(dead_code)]

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
