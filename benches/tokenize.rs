//! Throughput of the tokenizer (spans only, and with norms + clitic segments), the
//! normalizer, on real Arabic prose (the gold documents joined, ~1 MB). `cargo bench --bench tokenize`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use tahlil::clitics::CliticScheme;
use tahlil::normalize::{NormalizeOptions, normalize};
use tahlil::tokenize::{TokenizeOptions, tokenize, tokens};

/// About 1 MB of Arabic news text: the texts of tests/data/ud-pud-dev.jsonl, repeated.
fn corpus() -> String {
    let raw = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/ud-pud-dev.jsonl"))
        .expect("tests/data/ud-pud-dev.jsonl");
    let mut text = String::new();
    while text.len() < 1_000_000 {
        for line in raw.lines() {
            let doc: serde_json::Value = serde_json::from_str(line).expect("json");
            text.push_str(doc["text"].as_str().unwrap_or_default());
            text.push('\n');
        }
    }
    text
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
    group.bench_function("normalize (search)", |b| {
        b.iter(|| normalize(black_box(&text), &NormalizeOptions::search()).len())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
