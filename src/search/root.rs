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
//! | letters | patterns |
//! |---|---|
//! | 4 | فاعل فعال فعول فعيل مفعل تفعل افعل |
//! | 5 | مفعول مفاعل مفعال مفتعل متفعل تفعيل تفاعل افعال افتعل انفعل فعائل |
//! | 6 | استفعل مستفعل مفاعيل افتعال انفعال تفاعيل |
//! | 7 | استفعال |
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

/// The root letters of `c` by its pattern (the table in the module docs).
fn pattern(c: &[char]) -> Option<String> {
    let pick = |i: [usize; 3]| -> Option<String> { Some(i.iter().map(|&k| c[k]).collect()) };
    match c.len() {
        4 => match c[..] {
            [_, 'ا', _, _] => pick([0, 2, 3]),             // فاعل: كاتب
            [_, _, 'ا' | 'و' | 'ي', _] => pick([0, 1, 3]), // فعال فعول فعيل: كتاب خروج كبير
            ['م' | 'ت' | 'ا', _, _, _] => pick([1, 2, 3]), // مفعل تفعل افعل: مكتب تقدم اكبر
            _ => None,
        },
        5 => match c[..] {
            ['م', _, _, 'و', _] => pick([1, 2, 4]),       // مفعول: مكتوب
            ['م', _, 'ا', _, _] => pick([1, 3, 4]),       // مفاعل: مكاتب
            ['م', _, _, 'ا', _] => pick([1, 2, 4]),       // مفعال: مفتاح
            ['م', _, 'ت', _, _] => pick([1, 3, 4]),       // مفتعل: مجتمع
            ['م', 'ت', _, _, _] => pick([2, 3, 4]),       // متفعل: متقدم
            ['ت', _, _, 'ي', _] => pick([1, 2, 4]),       // تفعيل: تدريس
            ['ت', _, 'ا', _, _] => pick([1, 3, 4]),       // تفاعل: تعاون
            ['ا', _, _, 'ا', _] => pick([1, 2, 4]),       // افعال: اعمال
            ['ا', _, 'ت', _, _] => pick([1, 3, 4]),       // افتعل: اجتمع, انتشر
            ['ا', 'ن', _, _, _] => pick([2, 3, 4]),       // انفعل: انطلق
            [_, _, 'ا', 'ي' | 'و', _] => pick([0, 1, 4]), // فعائل: رسائل
            _ => None,
        },
        6 => match c[..] {
            ['ا', 'س', 'ت', _, _, _] => pick([3, 4, 5]), // استفعل: استخدم
            ['م', 'س', 'ت', _, _, _] => pick([3, 4, 5]), // مستفعل: مستخدم
            ['م', _, 'ا', _, 'ي', _] => pick([1, 3, 5]), // مفاعيل: مفاتيح
            ['ا', _, 'ت', _, 'ا', _] => pick([1, 3, 5]), // افتعال: اجتماع, انتخاب
            ['ا', 'ن', _, _, 'ا', _] => pick([2, 3, 5]), // انفعال: انطلاق
            ['ت', _, 'ا', _, 'ي', _] => pick([1, 3, 5]), // تفاعيل: تفاصيل
            _ => None,
        },
        7 => match c[..] {
            ['ا', 'س', 'ت', _, _, 'ا', _] => pick([3, 4, 6]), // استفعال: استخدام
            _ => None,
        },
        _ => None,
    }
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
