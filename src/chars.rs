//! Character classes shared by the normalizer, the tokenizer and the clitic segmenter.
//!
//! Small hand-written range checks instead of full Unicode property tables: tahlil only needs
//! to know Arabic script precisely; for other scripts `char::is_alphabetic` and
//! `char::is_numeric` from the standard library suffice.
//!
//! The classifiers are `#[inline(always)]`: they were made so when the wasm was built with
//! `opt-level = "z"`, which otherwise called them per character (inlining cost 0.7 KB gzip and
//! made the package's tokenizer about 1.6× faster, `node scripts/bench.mjs`). The build now
//! uses `opt-level = 3` (Cargo.toml), which inlines them anyway; the attribute keeps that true
//! whatever the profile.

/// Arabic diacritics: harakat, tanween, shadda, sukun, dagger alef, Quranic annotation marks
/// and the combining hamza/madda. All are combining marks that never start a word.
#[inline(always)]
pub const fn is_arabic_diacritic(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{08CA}'..='\u{08E1}'
        | '\u{08E3}'..='\u{08FF}'
    )
}

/// Tatweel (kashida), U+0640: stretches a word, carries no meaning.
pub const TATWEEL: char = '\u{0640}';
pub const ZWNJ: char = '\u{200C}';
pub const ZWJ: char = '\u{200D}';

/// Letters of the Arabic script, including Persian, Urdu and other extensions and the
/// presentation forms (ligatures such as ﻻ and ﷲ are letters).
#[inline(always)]
pub const fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{0870}'..='\u{0887}'
        | '\u{0889}'..='\u{088E}'
        | '\u{08A0}'..='\u{08C9}'
        | '\u{FB50}'..='\u{FBB1}'
        | '\u{FBD3}'..='\u{FD3D}'
        | '\u{FD50}'..='\u{FDC7}'
        | '\u{FDF0}'..='\u{FDFB}'
        | '\u{FE70}'..='\u{FEFC}'
    )
}

/// Anything that continues an Arabic word once it has started: letters, diacritics, tatweel, ZWNJ.
#[inline(always)]
pub const fn is_arabic_word_char(c: char) -> bool {
    is_arabic_letter(c) || is_arabic_diacritic(c) || c == TATWEEL || c == ZWNJ
}

/// A set of characters of the basic Arabic block (U+0600–U+06FF), one bit each. Arabic prose
/// is almost all in this block, two bytes per character in UTF-8 (`D8 80`–`DB BF`): the fast
/// paths of the tokenizer and the normalizer decode those bytes here, with one look-up each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArabicBlockSet([u32; 8]);

impl ArabicBlockSet {
    pub const EMPTY: Self = Self([0; 8]);

    /// Adds U+0600 + `offset` (`offset` < 256).
    pub const fn with(mut self, offset: u32) -> Self {
        self.0[(offset / 32) as usize] |= 1 << (offset % 32);
        self
    }

    /// The set of the block's characters for which `is_member` holds.
    pub fn of(is_member: impl Fn(char) -> bool) -> Self {
        (0..256).filter(|i| char::from_u32(0x600 + i).is_some_and(&is_member)).fold(Self::EMPTY, Self::with)
    }

    /// Whether the bytes at `pos` are a (two-byte) character of the set.
    #[inline(always)]
    pub fn starts(&self, bytes: &[u8], pos: usize) -> bool {
        match bytes.get(pos..pos + 2) {
            Some(&[lead @ 0xD8..=0xDB, next]) => {
                let i = (usize::from(lead & 0x03) << 6) | usize::from(next & 0x3F);
                self.0[i >> 5] & (1 << (i & 31)) != 0
            }
            _ => false,
        }
    }
}

/// The characters of the block that continue an Arabic word ([`is_arabic_word_char`]).
const ARABIC_BLOCK_WORD_CHARS: ArabicBlockSet = arabic_block_set(BlockClass::WordChar);

/// The letters of the block ([`is_arabic_letter`]).
pub const ARABIC_BLOCK_LETTERS: ArabicBlockSet = arabic_block_set(BlockClass::Letter);

/// The diacritics of the block and the tatweel ([`is_arabic_diacritic`], [`TATWEEL`]).
pub const ARABIC_BLOCK_MARKS: ArabicBlockSet = arabic_block_set(BlockClass::Mark);

#[derive(Clone, Copy)]
enum BlockClass {
    WordChar,
    Letter,
    Mark,
}

/// The characters of the block of one class, at compile time.
const fn arabic_block_set(class: BlockClass) -> ArabicBlockSet {
    let mut set = ArabicBlockSet::EMPTY;
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x600 + i)
            && match class {
                BlockClass::WordChar => is_arabic_word_char(c),
                BlockClass::Letter => is_arabic_letter(c),
                BlockClass::Mark => is_arabic_diacritic(c) || c == TATWEEL,
            }
        {
            set = set.with(i);
        }
        i += 1;
    }
    set
}

/// The end of the run of word characters of the Arabic block that starts at byte `pos`: the
/// tokenizer's fast path; whatever else follows goes through the general rules.
#[inline(always)]
pub fn arabic_block_word_end(bytes: &[u8], mut pos: usize) -> usize {
    while ARABIC_BLOCK_WORD_CHARS.starts(bytes, pos) {
        pos += 2;
    }
    pos
}

/// The value of a decimal digit in ASCII, Arabic-Indic (٠-٩) or Extended Arabic-Indic (۰-۹).
#[inline(always)]
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

#[inline(always)]
pub fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// A letter or a digit of any script (`char::is_alphanumeric`), answered without the Unicode
/// tables for ASCII and for the Arabic block, where the tables' slow path costs most.
#[inline]
pub fn is_letter_or_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
        is_arabic_letter(c) || is_digit(c)
    } else {
        c.is_alphanumeric()
    }
}

/// Invisible formatting characters that steer bidirectional layout: ALM, LRM, RLM, the
/// embeddings, overrides and isolates. They never belong to a word.
#[inline(always)]
pub fn is_bidi_control(c: char) -> bool {
    matches!(c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Characters the tokenizer skips like whitespace: bidi controls, zero-width space, BOM, and
/// joiners that stand alone.
#[inline(always)]
pub fn is_invisible_separator(c: char) -> bool {
    is_bidi_control(c) || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}' | ZWNJ | ZWJ)
}

/// Characters that start an emoji: pictographs, dingbats and regional indicators. (A digit,
/// `#` or `*` followed by U+FE0F/U+20E3, and any character followed by U+FE0F, also count;
/// the tokenizer checks those with one character of look-ahead.)
#[inline(always)]
pub fn is_emoji_start(c: char) -> bool {
    matches!(c,
        '\u{1F000}'..='\u{1FAFF}'
        | '\u{2600}'..='\u{27BF}'
        | '\u{2300}'..='\u{23FF}'
        | '\u{2B05}'..='\u{2B07}'
        | '\u{2B1B}'..='\u{2B1C}'
        | '\u{2B50}'
        | '\u{2B55}'
        | '\u{3030}'
        | '\u{303D}'
        | '\u{3297}'
        | '\u{3299}'
    )
}

/// Punctuation as opposed to symbols (Unicode categories P* vs S*), for the characters that
/// occur in Arabic and Latin text. Unknown non-letter characters are symbols.
#[inline(always)]
pub fn is_punctuation(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation() && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
    }
    matches!(c,
        '\u{00A1}' | '\u{00A7}' | '\u{00AB}' | '\u{00B6}' | '\u{00B7}' | '\u{00BB}' | '\u{00BF}'
        | '\u{060C}' | '\u{060D}' | '\u{061B}' | '\u{061D}'..='\u{061F}' | '\u{066A}'..='\u{066D}'
        | '\u{06D4}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{2043}' | '\u{2045}'..='\u{2051}'
        | '\u{2053}'..='\u{205E}' | '\u{2E00}'..='\u{2E4F}' | '\u{3001}'..='\u{3003}'
        | '\u{3008}'..='\u{3011}' | '\u{FD3E}' | '\u{FD3F}' | '\u{FE10}'..='\u{FE19}'
        | '\u{FE30}'..='\u{FE4F}' | '\u{FE50}'..='\u{FE6B}' | '\u{FF01}'..='\u{FF0F}'
    )
}
