//! Word lists embedded from `data/` at build time and parsed at compile time into constant
//! tables: one entry per line, blank lines and lines starting with `#` left out. The comments
//! (sources, licences, notes) stay in the files and do not ship in the binary:
//! `word_list!` packs the entries alone.

/// A list file's entries, packed at compile time (one per line, no comments), as a `&'static
/// str`; [`entries`] and [`count`] turn it into a table.
macro_rules! word_list {
    ($path:literal) => {{
        const SRC: &str = include_str!($path);
        const PACKED: [u8; $crate::word_lists::packed_len(SRC)] = $crate::word_lists::pack(SRC);
        $crate::word_lists::as_str(&PACKED)
    }};
}

/// The next line of `src` from byte `at`: (the line without its line break and surrounding
/// spaces, where the next line starts).
const fn line_at(src: &str, at: usize) -> (&str, usize) {
    let bytes = src.as_bytes();
    let mut end = at;
    while end < bytes.len() && bytes[end] != b'\n' {
        end += 1;
    }
    let next = if end < bytes.len() { end + 1 } else { end };
    let (mut a, mut b) = (at, end);
    while a < b && matches!(bytes[a], b' ' | b'\t' | b'\r') {
        a += 1;
    }
    while b > a && matches!(bytes[b - 1], b' ' | b'\t' | b'\r') {
        b -= 1;
    }
    let (_, rest) = bytes.split_at(a);
    let (line, _) = rest.split_at(b - a);
    match core::str::from_utf8(line) {
        Ok(s) => (s, next),
        Err(_) => panic!("a list line is not UTF-8"),
    }
}

const fn is_entry(line: &str) -> bool {
    !line.is_empty() && line.as_bytes()[0] != b'#'
}

/// The bytes of a list file's entries, each followed by a line break: comments and blank
/// lines are left out at compile time, so that they do not ship in the binary.
pub(crate) const fn packed_len(src: &str) -> usize {
    let (mut at, mut n) = (0, 0);
    while at < src.len() {
        let (line, next) = line_at(src, at);
        if is_entry(line) {
            n += line.len() + 1;
        }
        at = next;
    }
    n
}

/// The entries of a list file, each followed by a line break ([`packed_len`] bytes).
pub(crate) const fn pack<const L: usize>(src: &str) -> [u8; L] {
    let mut out = [0u8; L];
    let (mut at, mut i) = (0, 0);
    while at < src.len() {
        let (line, next) = line_at(src, at);
        if is_entry(line) {
            let bytes = line.as_bytes();
            let mut k = 0;
            while k < bytes.len() {
                out[i] = bytes[k];
                i += 1;
                k += 1;
            }
            out[i] = b'\n';
            i += 1;
        }
        at = next;
    }
    out
}

/// The packed entries ([`pack`]) as text.
pub(crate) const fn as_str(bytes: &'static [u8]) -> &'static str {
    match core::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(_) => panic!("a list file is not UTF-8"),
    }
}

/// The number of entries of a list file.
pub(crate) const fn count(src: &str) -> usize {
    let (mut at, mut n) = (0, 0);
    while at < src.len() {
        let (line, next) = line_at(src, at);
        if is_entry(line) {
            n += 1;
        }
        at = next;
    }
    n
}

/// The entries of a list file, in order (`N` = [`count`]).
pub(crate) const fn entries<const N: usize>(src: &'static str) -> [&'static str; N] {
    let mut out = [""; N];
    let (mut at, mut i) = (0, 0);
    while at < src.len() {
        let (line, next) = line_at(src, at);
        if is_entry(line) {
            out[i] = line;
            i += 1;
        }
        at = next;
    }
    out
}

/// The two fields of a `KIND<TAB>ENTRY` line.
pub(crate) const fn split_tab(line: &'static str) -> (&'static str, &'static str) {
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() && bytes[i] != b'\t' {
        i += 1;
    }
    assert!(i < bytes.len(), "a line of abbreviations.txt has no tab");
    let (kind, rest) = bytes.split_at(i);
    let (_, entry) = rest.split_at(1);
    match (core::str::from_utf8(kind), core::str::from_utf8(entry)) {
        (Ok(k), Ok(e)) => (k, e),
        _ => panic!("a list line is not UTF-8"),
    }
}
