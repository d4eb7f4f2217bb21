//! A root-like key of a light stem: the coarser of the two terms [`super::analyze`] gives a
//! word, so that derived forms of one root meet (كتاب، كاتب، مكتوب، مكتبة → كتب; مدرسة،
//! دارس، تدريس → درس; استخدام، مستخدم → خدم).
//!
//! It is not a morphological analyzer: it reads the common derivational patterns off the
//! letters and takes the three letters the pattern does not add. A stem of four to seven
//! letters that fits one of the patterns below (ف ع ل stand for the root's letters) gets that
//! key. Otherwise the long vowels ا و ي after the first letter come out, then a leading م ت ن
//! ي ا, while more than three letters remain; a stem that comes down to three letters gets
//! them as its key, any other (ترجم, فلسطين) none, and its stem term is its only term.
//!
//! | letters | patterns (tried in this order) |
//! |---|---|
//! | 4 | فاعل فعال فعول فعيل مفعل تفعل افعل |
//! | 5 | مفعول مفاعل مفعال مفتعل متفعل تفعيل تفاعل افعال افتعل انفعل فعائل |
//! | 6 | استفعل مستفعل مفاعيل افتعال انفعال تفاعيل |
//! | 7 | استفعال |
//!
//! An imperfect of a derived verb is read as its past first (يستخدم as استخدم).
//!
//! The stem comes folded (ة → ه, ى → ي, أ إ آ → ا, ئ → ي), as [`super::analyze`] makes it.

/// The root-like key of a folded light stem, or `None` when no pattern fits.
pub fn root(stem: &str) -> Option<String> {
    let c: Vec<char> = stem.chars().collect();
    if !c.iter().all(|&x| crate::chars::is_arabic_letter(x)) {
        return None;
    }
    pattern(&c).or_else(|| imperfect(&c)).or_else(|| fallback(&c))
}

/// An imperfect of a derived verb read as its past: ي ن (and تست) for the past's ا
/// (يستخدم → استخدم, ينتظر → انتظر, ينطلق → انطلق), or off before the ت of تفاعل تفعّل
/// (يتعاون → تعاون).
fn imperfect(c: &[char]) -> Option<String> {
    if c.len() < 5 || !(matches!(c[0], 'ي' | 'ن') || c[..3] == ['ت', 'س', 'ت']) {
        return None;
    }
    let mut past = c.to_vec();
    if c[1] == 'ت' {
        past.remove(0);
    } else {
        past[0] = 'ا';
    }
    pattern(&past)
}

/// The patterns, tried in this order: ف ع ل stand for the root's letters, any other letter
/// for itself (فعائل is written فعايل, as the stem comes folded).
const PATTERNS: [&str; 26] = [
    "فاعل",    // كاتب
    "فعال",    // كتاب
    "فعول",    // خروج
    "فعيل",    // كبير
    "مفعل",    // مكتب
    "تفعل",    // تقدم
    "افعل",    // اكبر
    "مفعول",   // مكتوب
    "مفاعل",   // مكاتب
    "مفعال",   // مفتاح
    "مفتعل",   // مجتمع
    "متفعل",   // متقدم
    "تفعيل",   // تدريس
    "تفاعل",   // تعاون
    "افعال",   // اعمال
    "افتعل",   // اجتمع، انتشر (before انفعل: the ن is the root's)
    "انفعل",   // انطلق
    "فعايل",   // رسائل
    "فعاول",   // جداول
    "استفعل",  // استخدم
    "مستفعل",  // مستخدم
    "مفاعيل",  // مفاتيح
    "افتعال",  // اجتماع، انتخاب
    "انفعال",  // انطلاق
    "تفاعيل",  // تفاصيل
    "استفعال", // استخدام
];

/// The root letters of `c` by the first of [`PATTERNS`] it fits.
fn pattern(c: &[char]) -> Option<String> {
    PATTERNS.iter().filter(|p| p.chars().count() == c.len()).find_map(|p| {
        let mut root = String::new();
        for (pc, &wc) in p.chars().zip(c) {
            if matches!(pc, 'ف' | 'ع' | 'ل') {
                root.push(wc);
            } else if pc != wc {
                return None;
            }
        }
        Some(root)
    })
}

/// No pattern fits: drop the long vowels ا و ي after the first letter, then a leading م ت ن
/// ي ا, while more than three letters remain.
fn fallback(c: &[char]) -> Option<String> {
    if c.len() < 4 {
        return None;
    }
    let mut v: Vec<char> = c.to_vec();
    let mut i = v.len();
    while v.len() > 3 && i > 1 {
        i -= 1;
        if matches!(v[i], 'ا' | 'و' | 'ي') && i < v.len() {
            v.remove(i);
        }
    }
    while v.len() > 3 && matches!(v[0], 'م' | 'ت' | 'ن' | 'ي' | 'ا') {
        v.remove(0);
    }
    (v.len() == 3).then(|| v.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::root;

    #[test]
    fn patterns_give_the_root() {
        for (stem, key) in [
            ("كاتب", "كتب"),
            ("كتاب", "كتب"),
            ("مكتب", "كتب"),
            ("مكتوب", "كتب"),
            ("مكاتب", "كتب"),
            ("مدرس", "درس"),
            ("تدريس", "درس"),
            ("استخدام", "خدم"),
            ("مستخدم", "خدم"),
            ("استخدم", "خدم"),
            ("اجتماع", "جمع"),
            ("مجتمع", "جمع"),
            ("مفاتيح", "فتح"),
            ("انطلاق", "طلق"),
            ("انتخاب", "نخب"), // افتعال before انفعال: the ن is the root's
            ("انتشر", "نشر"),
            ("يستخدم", "خدم"), // imperfects of the derived forms
            ("ينتظر", "نظر"),
            ("يتعاون", "عون"),
            ("اعمال", "عمل"),
        ] {
            assert_eq!(root(stem).as_deref(), Some(key), "{stem}");
        }
    }

    #[test]
    fn other_stems_get_none() {
        for stem in ["كتب", "برنامج", "", "abcd", "فلسطين", "من"] {
            assert_eq!(root(stem), None, "{stem}");
        }
    }
}
