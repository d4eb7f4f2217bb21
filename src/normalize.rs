//! Orthographic normalization of Arabic text, one switch per rule.
//!
//! | option          | rule                                                                 | default |
//! |-----------------|----------------------------------------------------------------------|---------|
//! | `diacritics`    | remove harakat, tanween, shadda, sukun, dagger alef, Quranic marks   | on      |
//! | `tatweel`       | remove the tatweel ـ                                                  | on      |
//! | `alef`          | أ إ آ ٱ (and ا + combining hamza/madda) → ا                           | on      |
//! | `alef_maqsura`  | ى → ي                                                                 | off     |
//! | `teh_marbuta`   | ة → ه                                                                 | off     |
//! | `hamza`         | ؤ → و, ئ → ي                                                          | off     |
//! | `digits`        | Arabic-Indic ٠-٩ and Persian ۰-۹ digits → 0-9                         | off     |
//! | `ligatures`     | Arabic presentation forms and ligatures (ﻻ ﷲ ﻫ) → their letters (NFKC) | on      |
//! | `bidi_marks`    | remove ALM, LRM, RLM, bidi embeddings/isolates, stray ZWJ/ZWNJ       | on      |
//!
//! ZWNJ between two letters is kept (it changes the shape of Persian and Urdu words) and ZWJ
//! inside an emoji sequence is kept (👨‍👩‍👧 stays one emoji); elsewhere both are removed.
//! Rules apply in one pass, ligatures first, so a decomposed ligature is folded further
//! (ﻷ → لأ → لا). Nothing else changes: Latin text, punctuation and spacing pass through.
//!
//! ```
//! use tahlil::normalize::{normalize, NormalizeOptions};
//! assert_eq!(normalize("أَهْلًا وَسَهْلًا", &NormalizeOptions::default()), "اهلا وسهلا");
//! assert_eq!(normalize("مكتبة المُعلّمِين٣", &NormalizeOptions::search()), "مكتبه المعلمين3");
//! ```

use crate::chars::{
    ArabicBlockSet, TATWEEL, ZWJ, ZWNJ, is_arabic_diacritic, is_bidi_control, is_emoji_start,
};
use crate::presentation_forms::PRESENTATION_FORMS;

/// Which normalization rules to apply. `Default` gives the documented defaults;
/// [`NormalizeOptions::search`] turns every folding on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NormalizeOptions {
    /// Strip harakat, tanween, shadda, sukun, dagger alef and Quranic marks. Default `true`.
    pub diacritics: bool,
    /// Strip the tatweel ـ. Default `true`.
    pub tatweel: bool,
    /// أ إ آ ٱ → ا. Default `true`.
    pub alef: bool,
    /// ى → ي. Default `false`.
    pub alef_maqsura: bool,
    /// ة → ه. Default `false`.
    pub teh_marbuta: bool,
    /// ؤ → و, ئ → ي. Default `false`.
    pub hamza: bool,
    /// Arabic-Indic ٠-٩ and Persian ۰-۹ digits → 0-9. Default `false`.
    pub digits: bool,
    /// Presentation forms and ligatures (ﻻ ﷲ) → letters. Default `true`.
    pub ligatures: bool,
    /// Strip ALM, LRM, RLM, bidi embeddings and isolates, and ZWJ/ZWNJ except between letters
    /// (ZWNJ) and inside emoji (ZWJ). Default `true`.
    pub bidi_marks: bool,
}

impl Default for NormalizeOptions {
    fn default() -> Self {
        Self {
            diacritics: true,
            tatweel: true,
            alef: true,
            alef_maqsura: false,
            teh_marbuta: false,
            hamza: false,
            digits: false,
            ligatures: true,
            bidi_marks: true,
        }
    }
}

impl NormalizeOptions {
    /// Every folding on: the form to use for matching and indexing.
    pub fn search() -> Self {
        Self {
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

    /// No rule on: the text comes back unchanged.
    pub fn none() -> Self {
        Self {
            diacritics: false,
            tatweel: false,
            alef: false,
            alef_maqsura: false,
            teh_marbuta: false,
            hamza: false,
            digits: false,
            ligatures: false,
            bidi_marks: false,
        }
    }
}

/// Returns the normalized text. See the module docs for the rules.
pub fn normalize(text: &str, options: &NormalizeOptions) -> String {
    let mut out = String::with_capacity(text.len());
    normalize_into(text, options, &mut out);
    out
}

/// Appends the normalized text to `out` (reuses its allocation in loops).
pub fn normalize_into(text: &str, options: &NormalizeOptions, out: &mut String) {
    normalize_runs_into(text, options, out, true);
}

/// [`normalize_into`]; `copy_runs` off (tests only) sends every character through the rules.
fn normalize_runs_into(text: &str, options: &NormalizeOptions, out: &mut String, copy_runs: bool) {
    let base = out.len();
    let unchanged = unchanged_in_arabic_block(options);
    let bytes = text.as_bytes();
    let mut pos = 0;
    while pos < bytes.len() {
        // Most of a text passes through unchanged: copy such runs in one go.
        if copy_runs {
            let run_end = unchanged_run_end(bytes, pos, &unchanged);
            out.push_str(&text[pos..run_end]);
            pos = run_end;
        }
        let Some(c) = text[pos..].chars().next() else {
            break;
        };
        pos += c.len_utf8();
        if options.ligatures
            && let Some(expansion) = presentation_form(c)
        {
            for e in expansion.chars() {
                push_folded(e, options, out);
            }
            continue;
        }
        if options.bidi_marks {
            // Judge joiners by their neighbours in the output, so that normalizing twice
            // changes nothing more. Only joiners look ahead: the scan stops at the next joiner
            // at the latest, so the pass stays linear (run for every character, it made a run
            // of diacritics quadratic).
            let before = || out[base..].chars().next_back();
            let after = || next_output_char(text[pos..].chars(), options);
            let keep = match c {
                ZWNJ => before().is_some_and(is_letter) && after().is_some_and(is_letter),
                ZWJ => before().is_some_and(is_emoji_part) && after().is_some_and(is_emoji_part),
                _ => !is_bidi_control(c),
            };
            if !keep {
                continue;
            }
        }
        // ا + combining madda/hamza is a decomposed آ أ إ. Judged on the output (أ + hamza is
        // ا + hamza once folded; a removed tatweel between them is gone), so that normalizing
        // twice changes nothing more.
        if options.alef && is_combining_hamza(c) && out[base..].ends_with('ا') {
            continue;
        }
        push_folded(c, options, out);
    }
}

fn is_combining_hamza(c: char) -> bool {
    matches!(c, '\u{0653}'..='\u{0655}')
}

/// Whether `c` comes out of [`normalize_into`] as itself whatever surrounds it: not a
/// presentation form, not a joiner or bidi control, not a combining hamza, not folded.
fn passes_through(c: char, options: &NormalizeOptions) -> bool {
    !(options.ligatures && presentation_form(c).is_some())
        && !(options.bidi_marks && (is_bidi_control(c) || c == ZWNJ || c == ZWJ))
        && !is_combining_hamza(c)
        && fold(c, options) == Some(c)
}

/// The characters of the Arabic block that [pass through](passes_through) `options`.
/// Computed once per options and kept (tokenize normalizes every token with the same options).
fn unchanged_in_arabic_block(options: &NormalizeOptions) -> ArabicBlockSet {
    thread_local! {
        static LAST: std::cell::Cell<Option<(NormalizeOptions, ArabicBlockSet)>> = const { std::cell::Cell::new(None) };
    }
    LAST.with(|last| match last.get() {
        Some((o, set)) if o == *options => set,
        _ => {
            let set = ArabicBlockSet::of(|c| passes_through(c, options));
            last.set(Some((*options, set)));
            set
        }
    })
}

/// The end of the run from `pos` of ASCII characters (they all pass through) and characters
/// of the Arabic block in `unchanged`.
fn unchanged_run_end(bytes: &[u8], mut pos: usize, unchanged: &ArabicBlockSet) -> usize {
    loop {
        match bytes.get(pos) {
            Some(b) if b.is_ascii() => pos += 1,
            _ if unchanged.starts(bytes, pos) => pos += 2,
            _ => return pos,
        }
    }
}

/// Normalizes one character (not a presentation form) onto `out`.
fn push_folded(c: char, options: &NormalizeOptions, out: &mut String) {
    if let Some(folded) = fold(c, options) {
        out.push(folded);
    }
}

/// What the character rules make of `c` (not a presentation form): itself, another character,
/// or nothing.
fn fold(c: char, options: &NormalizeOptions) -> Option<char> {
    Some(match c {
        _ if options.diacritics && is_arabic_diacritic(c) => return None,
        TATWEEL if options.tatweel => return None,
        'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' if options.alef => 'ا',
        'ى' if options.alef_maqsura => 'ي',
        'ة' if options.teh_marbuta => 'ه',
        'ؤ' if options.hamza => 'و',
        'ئ' if options.hamza => 'ي',
        _ if options.digits => match crate::chars::digit_value(c) {
            Some(d) if !c.is_ascii_digit() => char::from(b'0' + d as u8),
            _ => c,
        },
        _ => c,
    })
}

/// The first character that the rest of the input puts in the output, looking through
/// presentation forms (ﹰ is a fathatan, removed with the diacritics; ﱞ starts with a mark).
fn next_output_char(rest: impl Iterator<Item = char>, options: &NormalizeOptions) -> Option<char> {
    for n in rest {
        match presentation_form(n).filter(|_| options.ligatures) {
            Some(expansion) => {
                if let Some(e) = expansion.chars().find(|&e| !removed(e, options)) {
                    return Some(e);
                }
            }
            None if !removed(n, options) => return Some(n),
            None => {}
        }
    }
    None
}

/// Whether the options delete `c` outright (so it is not a neighbour of a joiner).
fn removed(c: char, options: &NormalizeOptions) -> bool {
    (options.diacritics && is_arabic_diacritic(c)) || (options.tatweel && c == TATWEEL) || is_bidi_control(c)
}

fn is_letter(c: char) -> bool {
    c.is_alphabetic() && !is_arabic_diacritic(c)
}

fn is_emoji_part(c: char) -> bool {
    is_emoji_start(c) || matches!(c, '\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}')
}

/// The NFKC expansion of an Arabic presentation form or ligature, if `c` is one.
pub(crate) fn presentation_form(c: char) -> Option<&'static str> {
    let cp = c as u32;
    if !(0xFB50..=0xFEFF).contains(&cp) {
        return None;
    }
    PRESENTATION_FORMS.binary_search_by_key(&cp, |&(k, _)| k).ok().map(|i| PRESENTATION_FORMS[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn options_from_bits(bits: u16) -> NormalizeOptions {
        let on = |i: u16| bits & (1 << i) != 0;
        NormalizeOptions {
            diacritics: on(0),
            tatweel: on(1),
            alef: on(2),
            alef_maqsura: on(3),
            teh_marbuta: on(4),
            hamza: on(5),
            digits: on(6),
            ligatures: on(7),
            bidi_marks: on(8),
        }
    }

    fn text_with_every_rule() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "ا", "أ", "إ", "آ", "ٱ", "ب", "ى", "ة", "ؤ", "ئ", "ء", "ي", "ه", "ل", "\u{064E}", "\u{0651}",
            "\u{0653}", "\u{0654}", "\u{0655}", "\u{0670}", "ـ", "٣", "۴", "5", "\u{200C}", "\u{200D}",
            "\u{200F}", "\u{061C}", "ﻻ", "ﷲ", "ﹰ", "ﱞ", "😀", "a", " ", "،", ".", "\u{0672}", "پ",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        /// Copying unchanged runs in one go gives exactly what the rules give one by one.
        #[test]
        fn copying_runs_changes_nothing(text in text_with_every_rule(), bits in 0u16..512) {
            let options = options_from_bits(bits);
            let (mut fast, mut slow) = (String::new(), String::new());
            normalize_runs_into(&text, &options, &mut fast, true);
            normalize_runs_into(&text, &options, &mut slow, false);
            prop_assert_eq!(fast, slow);
        }
    }

    fn d(s: &str) -> String {
        normalize(s, &NormalizeOptions::default())
    }
    fn with(s: &str, f: impl FnOnce(&mut NormalizeOptions)) -> String {
        let mut o = NormalizeOptions::none();
        f(&mut o);
        normalize(s, &o)
    }

    #[test]
    fn defaults_strip_diacritics_tatweel_and_fold_alef() {
        assert_eq!(d("مُحَمَّدٌ"), "محمد");
        assert_eq!(d("الرَّحْمٰنِ"), "الرحمن");
        assert_eq!(d("جمـــيل"), "جميل");
        assert_eq!(d("أحمد إلى آخر ٱلكتاب"), "احمد الى اخر الكتاب");
        assert_eq!(d("مستشفى مدرسة مسؤول"), "مستشفى مدرسة مسؤول");
        assert_eq!(d("٢٠٢٤"), "٢٠٢٤");
    }

    #[test]
    fn each_switch_alone() {
        assert_eq!(with("كَتَبَ", |o| o.diacritics = true), "كتب");
        assert_eq!(with("كـتـب", |o| o.tatweel = true), "كتب");
        assert_eq!(with("أإآٱ", |o| o.alef = true), "اااا");
        assert_eq!(with("مستشفى", |o| o.alef_maqsura = true), "مستشفي");
        assert_eq!(with("مدرسة", |o| o.teh_marbuta = true), "مدرسه");
        assert_eq!(with("مسؤول قائد", |o| o.hamza = true), "مسوول قايد");
        assert_eq!(with("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹", |o| o.digits = true), "0123456789 0123456789");
        assert_eq!(with("ﻻ ﷲ", |o| o.ligatures = true), "لا الله");
        assert_eq!(with("a\u{200F}b\u{061C}c\u{202B}d\u{2069}", |o| o.bidi_marks = true), "abcd");
    }

    #[test]
    fn none_is_identity() {
        let s = "أَهْلًا ـ ﻻ ٣ \u{200F} ى ة ؤ";
        assert_eq!(normalize(s, &NormalizeOptions::none()), s);
    }

    #[test]
    fn ligatures_fold_further() {
        // ﻷ is lam + alef with hamza: the alef rule applies to the expansion.
        assert_eq!(d("ﻷ"), "لا");
        assert_eq!(with("ﻷ", |o| o.ligatures = true), "لأ");
        assert_eq!(d("ﷺ"), "صلى الله عليه وسلم");
        // Spacing harakat forms never insert a space.
        assert_eq!(with("ﹰ", |o| o.ligatures = true), "\u{064B}");
        assert_eq!(d("بﹰ"), "ب");
    }

    #[test]
    fn decomposed_alef_with_hamza() {
        assert_eq!(with("ا\u{0654}", |o| o.alef = true), "ا");
        assert_eq!(with("ا\u{0654}", |o| o.diacritics = true), "ا");
    }

    #[test]
    fn joiners_kept_only_where_meaningful() {
        assert_eq!(d("می\u{200C}خواهم"), "می\u{200C}خواهم");
        assert_eq!(d("\u{200C}كتب\u{200C} "), "كتب ");
        let family = "👨\u{200D}👩\u{200D}👧";
        assert_eq!(d(family), family);
        assert_eq!(d("ب\u{200D}ت"), "بت");
    }

    #[test]
    fn search_preset() {
        assert_eq!(normalize("إِلَى مُسْتَشْفَى المَدِينَةِ ٣", &NormalizeOptions::search()), "الي مستشفي المدينه 3");
    }

    #[test]
    fn latin_and_spacing_untouched() {
        let s = "Hello, World!\n\t  x";
        assert_eq!(d(s), s);
    }

    #[test]
    fn presentation_table_is_sorted() {
        assert!(PRESENTATION_FORMS.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
