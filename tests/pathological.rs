//! Pathological inputs: every analysis returns, keeps its invariants, runs in linear time and
//! linear memory.
//!
//! * Invariants: the checks of `tests/invariants/mod.rs` (the fuzz targets' checks) on the
//!   large input of each case.
//! * Time, without thresholds in seconds: each operation is timed on the input at size `n` and
//!   `10n` in the same test (thread CPU time, the best of 3 interleaved batches of calls, each
//!   batch ≥ 20 ms), and the ratio must stay under 30 (3× what a linear operation gives, room
//!   for caches and noise; a quadratic one gives 100).
//! * Memory: a counting global allocator records, per thread, the peak of bytes allocated
//!   during one call; each operation's peak must stay within a constant times the input size.
//!
//! `cargo test --release --test pathological -- --nocapture` prints the numbers.

mod invariants;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;
use std::time::{Duration, Instant};
use tahlil::article::extract_article;
use tahlil::clitics::CliticScheme;
use tahlil::keywords::keywords;
use tahlil::normalize::{NormalizeOptions, normalize};
use tahlil::sentences::split;
use tahlil::summarize::{SummaryOptions, summarize};
use tahlil::tokenize::{TokenizeOptions, tokenize, tokens};

// ---------------------------------------------------------------------------------------------
// A global allocator that counts live bytes per thread (tests run on parallel threads).

struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn track(delta: isize) {
    // `try_with`: the thread's slots may be gone while it exits.
    let _ = LIVE.try_with(|live| {
        let now = live.get() + delta;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            track(layout.size() as isize);
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            track(layout.size() as isize);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        track(-(layout.size() as isize));
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            track(new_size as isize - layout.size() as isize);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most bytes the current thread held at once during `f`, above what it held before
/// (the result included: it is live when `f` returns).
fn peak_bytes<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let before = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(before));
    let r = f();
    let peak = PEAK.with(Cell::get) - before;
    (r, peak.max(0) as usize)
}

// ---------------------------------------------------------------------------------------------
// The operations and their checks.

type Op = fn(&str) -> usize;

fn ud() -> TokenizeOptions {
    TokenizeOptions { clitics: CliticScheme::Ud, ..Default::default() }
}

const OPS: [(&str, Op); 7] = [
    ("tokenize(ud)", |t| tokenize(t, &ud()).len()),
    ("tokens", |t| tokens(t).count()),
    ("split", |t| split(t).len()),
    ("normalize", |t| normalize(t, &NormalizeOptions::default()).len()),
    ("summarize", |t| summarize(t, &SummaryOptions::default()).sentences.len()),
    ("keywords", |t| keywords(t, 10).len()),
    ("extract_article", |t| extract_article(t).paragraphs.len()),
];

/// Every invariant on `text`, each operation run once (or twice); returns (tokens, sentences,
/// summary sentences) and the time of each check.
fn check_invariants(text: &str) -> ((usize, usize, usize), String) {
    let mut times = Vec::new();
    let mut step = |name: &str, start: Instant| times.push(format!("{name} {:.0?}", start.elapsed()));
    let t = Instant::now();
    let toks = invariants::check_tokens(text);
    step("tokens", t);
    let t = Instant::now();
    invariants::check_tokenize(text, &ud(), &toks);
    step("tokenize", t);
    let t = Instant::now();
    let spans = invariants::check_sentences(text, &toks);
    step("sentences", t);
    let t = Instant::now();
    invariants::check_normalize(text, &NormalizeOptions::default());
    step("normalize", t);
    let t = Instant::now();
    let options = SummaryOptions::default();
    let summary = summarize(text, &options);
    invariants::check_summary_result(text, &options, &summary, None, &toks, &spans);
    step("summarize", t);
    let t = Instant::now();
    let kws = keywords(text, 10);
    invariants::check_keywords(text, &kws, 10, &toks, &spans);
    step("keywords", t);
    let t = Instant::now();
    invariants::check_article(text);
    step("article", t);
    ((toks.len(), spans.len(), summary.sentences.len()), times.join(", "))
}

/// CPU time of the current thread: unlike wall-clock time it does not count the time other
/// processes (and the other test threads) hold the CPU, so ratios stay stable on a busy machine.
#[cfg(target_os = "linux")]
fn cpu_time() -> Duration {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    unsafe extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut t = Timespec { sec: 0, nsec: 0 };
    // SAFETY: `t` is a valid timespec; the call only writes it.
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) };
    assert_eq!(rc, 0, "clock_gettime");
    Duration::new(t.sec as u64, t.nsec as u32)
}

/// Elsewhere: time since the first call (wall clock).
#[cfg(not(target_os = "linux"))]
fn cpu_time() -> Duration {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

/// A batch of calls lasts at least this long, so the timer's resolution does not matter.
const BATCH: Duration = Duration::from_millis(20);

/// How many calls make a batch of at least [`BATCH`].
fn batch_size(op: Op, text: &str) -> u32 {
    let start = cpu_time();
    black_box(op(black_box(text)));
    let first = (cpu_time() - start).max(Duration::from_micros(1));
    if first >= BATCH { 1 } else { (BATCH.as_nanos() / first.as_nanos()) as u32 + 1 }
}

/// CPU time of one call, averaged over a batch.
fn time_batch(op: Op, text: &str, reps: u32) -> Duration {
    let start = cpu_time();
    for _ in 0..reps {
        black_box(op(black_box(text)));
    }
    (cpu_time() - start) / reps
}

/// Time per call on `small` and on `large`: the best of 3 batches of each, interleaved so
/// that a slow spell of the machine hits both sizes alike.
fn time_pair(op: Op, small: &str, large: &str) -> (Duration, Duration) {
    let (rs, rl) = (batch_size(op, small), batch_size(op, large));
    let (mut ts, mut tl) = (Duration::MAX, Duration::MAX);
    for _ in 0..3 {
        ts = ts.min(time_batch(op, small, rs));
        tl = tl.min(time_batch(op, large, rl));
    }
    (ts, tl)
}

/// Size ratio of the two inputs of a linearity check, and the bound on their time ratio.
const SCALE: usize = 10;
const MAX_TIME_RATIO: f64 = 3.0 * SCALE as f64;

/// `make(n)` and `make(10 n)`: every operation takes at most 30 times longer on the larger.
/// Returns a report line per operation.
fn assert_linear(case: &str, make: fn(usize) -> String, n: usize) -> Vec<String> {
    let small = make(n);
    let large = make(SCALE * n);
    let mut report = Vec::new();
    let mut failures = Vec::new();
    for (name, op) in OPS {
        let (ts, tl) = time_pair(op, &small, &large);
        let ratio = tl.as_secs_f64() / ts.as_secs_f64();
        let line = format!(
            "{case:<24} {name:<13} {:>9} B {:>10.3} ms | {:>10} B {:>10.3} ms | ×{ratio:.1}",
            small.len(),
            ts.as_secs_f64() * 1e3,
            large.len(),
            tl.as_secs_f64() * 1e3
        );
        if ratio >= MAX_TIME_RATIO {
            failures.push(line.clone());
        }
        report.push(line);
    }
    eprintln!("{}", report.join("\n"));
    assert!(
        failures.is_empty(),
        "superlinear (time ratio ≥ {MAX_TIME_RATIO} for a size ratio of {SCALE}):\n{}",
        failures.join("\n")
    );
    report
}

/// The whole treatment of one input family: the invariants on `make(full)`, then linear time
/// from `make(full / 100)` to `make(full / 10)` (the full size would be too slow to time three
/// times for every operation; a quadratic operation shows at any size).
fn pathological(case: &str, make: fn(usize) -> String, full: usize) {
    pathological_sized(case, make, full, full / 100);
}

fn pathological_sized(case: &str, make: fn(usize) -> String, full: usize, small: usize) {
    let start = Instant::now();
    let large = make(full);
    let ((tokens, sentences, summary), times) = check_invariants(&large);
    // Output sizes are proportional to the input.
    assert!(tokens <= large.len() && sentences <= tokens && summary <= sentences);
    eprintln!(
        "{case}: {} bytes, {tokens} tokens, {sentences} sentences, {summary} in the summary, invariants in {:.2?} ({times})",
        large.len(),
        start.elapsed()
    );
    drop(large);
    assert_linear(case, make, small);
    eprintln!("{case}: {:.2?} in all", start.elapsed());
}

// ---------------------------------------------------------------------------------------------
// Inputs. Each `fn(n) -> String` grows linearly with n.

fn one_letter(n: usize) -> String {
    "ب".repeat(n)
}

fn diacritics_on_a_letter(n: usize) -> String {
    format!("ب{}", "\u{064E}".repeat(n))
}

fn bare_diacritics(n: usize) -> String {
    "\u{0651}\u{064F}".repeat(n / 2)
}

fn lines(n: usize) -> String {
    (0..n).map(|i| format!("خبر عاجل {i}\n")).collect()
}

/// A page of `n` lines of chrome — menu words, share buttons, short datelines, lone quotes —
/// between two paragraphs: the context rules settle every one of them.
fn page_chrome(n: usize) -> String {
    let chrome = ["شارك", "الرئيسية", "القاهرة - الموقع", "10:45", "«", "اقرأ أيضاً", "خبر قصير"];
    let paragraph = "أعلنت الوزارة اليوم إطلاق برنامج جديد لدعم المزارعين في المحافظات، يشمل قروضاً ميسرة.\n";
    let mut t = String::from(paragraph);
    for i in 0..n {
        t.push_str(chrome[i % chrome.len()]);
        t.push('\n');
    }
    t.push_str(paragraph);
    t
}

fn one_word_sentences(n: usize) -> String {
    let words = ["نعم", "كلا", "ربما", "انتهى", "شكراً"];
    (0..n).map(|i| format!("{}. ", words[i % words.len()])).collect()
}

fn punctuation(n: usize) -> String {
    ".!؟،؛:«»()[]…-\"'?!...؟!".chars().cycle().take(n).collect()
}

fn emoji(n: usize) -> String {
    let cycle = [
        "😀",
        "👍🏽",
        "👨\u{200D}👩\u{200D}👧",
        "🇸🇦",
        "❤\u{FE0F}",
        "1\u{FE0F}\u{20E3}",
        " ",
        "🏳\u{FE0F}\u{200D}🌈",
    ];
    cycle.iter().cycle().take(n).copied().collect()
}

fn nested_quotes(n: usize) -> String {
    format!("{}قال الوزير: نعم؟ {}", "«(".repeat(n), ")»".repeat(n))
}

fn unclosed_quotes(n: usize) -> String {
    "«(\"[ قال: هل؟ ".repeat(n / 2)
}

fn controls(n: usize) -> String {
    let cycle: Vec<char> = ('\u{0}'..='\u{1F}').chain(['\u{7F}']).chain('\u{80}'..='\u{9F}').collect();
    (0..n).map(|i| if i % 5 == 4 { 'ك' } else { cycle[i % cycle.len()] }).collect()
}

fn replacement_chars(n: usize) -> String {
    "\u{FFFD}".repeat(n)
}

fn replacement_in_words(n: usize) -> String {
    "كت\u{FFFD}ب \u{FFFD}\u{FFFD}. ".repeat(n / 8)
}

fn joiners(n: usize) -> String {
    "\u{200C}\u{200D}\u{200F}ب\u{200C}".repeat(n / 5)
}

fn regional_indicators(n: usize) -> String {
    "🇸🇦".repeat(n / 2)
}

// ---------------------------------------------------------------------------------------------
// Tests. The full size of each is the (10 MB, a million marks, 100,000 lines …).

#[test]
fn ten_megabytes_of_one_letter() {
    pathological("10 MB of one letter", one_letter, 5_000_000);
}

#[test]
fn a_million_diacritics_in_a_row() {
    pathological("million diacritics", diacritics_on_a_letter, 1_000_000);
}

#[test]
fn a_million_diacritics_without_a_letter() {
    pathological("million bare diacritics", bare_diacritics, 1_000_000);
}

#[test]
fn a_hundred_thousand_lines() {
    pathological("100,000 lines", lines, 100_000);
}

#[test]
fn a_page_of_a_hundred_thousand_chrome_lines() {
    pathological("100,000 chrome lines", page_chrome, 100_000);
}

#[test]
fn a_hundred_thousand_one_word_sentences() {
    pathological("100,000 sentences", one_word_sentences, 100_000);
}

#[test]
fn only_punctuation() {
    pathological("only punctuation", punctuation, 300_000);
}

#[test]
fn only_emoji() {
    pathological("only emoji", emoji, 200_000);
}

#[test]
fn a_hundred_thousand_nested_quotes_and_brackets() {
    pathological("nested «(", nested_quotes, 100_000);
}

#[test]
fn unclosed_quotes_and_brackets() {
    pathological("unclosed «(\"[", unclosed_quotes, 100_000);
}

#[test]
fn nul_and_control_characters() {
    pathological("controls", controls, 300_000);
}

#[test]
fn runs_of_replacement_characters() {
    pathological("U+FFFD run", replacement_chars, 300_000);
    pathological("U+FFFD in words", replacement_in_words, 200_000);
}

#[test]
fn joiners_and_bidi_marks() {
    pathological("joiners", joiners, 300_000);
}

/// Finding (fixed in tokenize.rs): a run of regional indicators (flags written without spaces)
/// was quadratic in the tokenizer: each flag's grapheme cluster was found with a
/// `GraphemeCursor` that scans back over every earlier indicator to learn their parity.
/// 16,000 flags (128 KB) took about a second.
#[test]
fn a_run_of_flags() {
    pathological_sized("flags 🇸🇦🇸🇦…", regional_indicators, 20_000, 2_000);
}

// ---------------------------------------------------------------------------------------------
// Memory: one test, sequential, so the per-thread counts are this thread's alone.

#[test]
fn memory_is_proportional_to_the_input() {
    // (case, input, bytes allowed per input byte, per operation). Found by measurement
    // (printed with --nocapture), then doubled.
    // Order: tokenize(ud), tokens, split, normalize, summarize, keywords, extract_article.
    let cases: [(&str, String, [usize; 7]); 5] = [
        ("10 MB of one letter", one_letter(5_000_000), [40, 1, 1, 2, 40, 40, 40]),
        ("million diacritics", diacritics_on_a_letter(1_000_000), [40, 1, 1, 2, 40, 40, 40]),
        ("100,000 lines", lines(100_000), [42, 1, 2, 2, 24, 20, 30]),
        ("100,000 sentences", one_word_sentences(100_000), [44, 1, 5, 2, 26, 18, 20]),
        // Extraction folds each line once.
        ("only emoji", emoji(500_000), [21, 1, 1, 2, 3, 3, 3]),
    ];
    let mut failures = Vec::new();
    for (case, text, allowed) in &cases {
        for ((name, op), k) in OPS.iter().zip(allowed) {
            let (_, peak) = peak_bytes(|| op(text));
            let per_byte = peak as f64 / text.len() as f64;
            let line =
                format!("{case:<20} {name:<13} peak {peak:>11} B = {per_byte:>6.2} × input (allowed {k})");
            eprintln!("{line}");
            if peak > k * text.len() + 64 * 1024 {
                failures.push(line);
            }
        }
    }
    assert!(failures.is_empty(), "memory not proportional:\n{}", failures.join("\n"));
}
