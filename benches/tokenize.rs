//! Throughput of the tokenizer (spans only, and with norms + clitic segments), the normalizer
//! and the sentence splitter on ~1 MB of generated Arabic news text. `cargo bench --bench tokenize`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use tahlil::clitics::CliticScheme;
use tahlil::normalize::{NormalizeOptions, normalize};
use tahlil::tokenize::{TokenizeOptions, tokenize, tokens};

/// About 1 MB of generated Arabic news text: the text of the package benchmark
/// (`scripts/bench/bench-text.mjs`, so the native and the JavaScript figures read the same text).
fn corpus() -> String {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/bench/bench-text.mjs");
    let out = std::process::Command::new("node").args([script, "1000000"]).output().expect("node");
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let mut group = c.benchmark_group("arabic-1MB");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("tokens (spans)", |b| b.iter(|| tokens(black_box(&text)).count()));
    let ud = TokenizeOptions { clitics: CliticScheme::Ud, ..Default::default() };
    group
        .bench_function("tokenize (norm + ud clitics)", |b| b.iter(|| tokenize(black_box(&text), &ud).len()));
    group.bench_function("sentences", |b| b.iter(|| tahlil::sentences::split(black_box(&text)).len()));
    group.bench_function("normalize (search)", |b| {
        b.iter(|| normalize(black_box(&text), &NormalizeOptions::search()).len())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
