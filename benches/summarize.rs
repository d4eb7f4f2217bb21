//! Benchmark: summarize and keywords on a synthetic 1 MB Arabic text.
//!
//! `cargo bench --bench summarize` (plain `harness = false` main, timed with `std::time`).
//! The text is generated deterministically: words of 2–8 random Arabic letters, drawn
//! with a Zipf-like skew, some with the article ال or the conjunction و attached, in
//! sentences of 6–35 words ending in `.` or `؟`, and paragraphs of 5 sentences.

use std::hint::black_box;
use std::time::{Duration, Instant};
use tahlil::keywords::keywords;
use tahlil::summarize::{SummaryLength, SummaryOptions, summarize};

struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn text_of(bytes: usize) -> String {
    let letters: Vec<char> = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةى".chars().collect();
    let mut rng = Lcg(42);
    let vocab: Vec<String> = (0..20_000)
        .map(|_| {
            let n = 2 + rng.below(7) as usize;
            (0..n).map(|_| letters[rng.below(letters.len() as u64) as usize]).collect()
        })
        .collect();
    let mut t = String::with_capacity(bytes + 256);
    let mut in_para = 0;
    while t.len() < bytes {
        let words = 6 + rng.below(30);
        for w in 0..words {
            // Zipf-like: small indices much more likely.
            let r = rng.below(1 << 20) as f64 / f64::from(1 << 20);
            let idx = ((vocab.len() as f64).powf(r) as usize).saturating_sub(1);
            if w > 0 {
                t.push(' ');
            }
            match rng.below(6) {
                0 => t.push_str("ال"),
                1 => t.push('و'),
                _ => {}
            }
            t.push_str(&vocab[idx.min(vocab.len() - 1)]);
        }
        t.push(if rng.below(8) == 0 { '؟' } else { '.' });
        in_para += 1;
        if in_para == 5 {
            t.push('\n');
            in_para = 0;
        } else {
            t.push(' ');
        }
    }
    t
}

fn time<F: FnMut()>(name: &str, runs: u32, mut f: F) {
    f(); // warm-up
    let mut best = Duration::MAX;
    let mut total = Duration::ZERO;
    for _ in 0..runs {
        let t0 = Instant::now();
        f();
        let d = t0.elapsed();
        best = best.min(d);
        total += d;
    }
    println!(
        "{name:<40} best {:>8.1} ms   mean {:>8.1} ms   ({runs} runs)",
        best.as_secs_f64() * 1e3,
        total.as_secs_f64() * 1e3 / f64::from(runs)
    );
}

fn main() {
    for &size in &[100_000usize, 1_000_000] {
        let text = text_of(size);
        let n_sentences = tahlil::summarize::sentence_scores(&text).len();
        println!("-- text of {} bytes, {} sentences", text.len(), n_sentences);
        let default = SummaryOptions::default();
        time("summarize (ratio 0.33, 10 keywords)", 5, || {
            black_box(summarize(black_box(&text), &default));
        });
        let short = SummaryOptions { length: SummaryLength::Sentences(5), keyword_limit: 0, extract: true };
        time("summarize (5 sentences, no keywords)", 5, || {
            black_box(summarize(black_box(&text), &short));
        });
        time("keywords (20)", 5, || {
            black_box(keywords(black_box(&text), 20));
        });
    }
}
