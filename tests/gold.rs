//! Accuracy on the gold data in tests/data (Universal Dependencies Arabic-PUD, dev half): tokens,
//! clitic-split words and sentences, scored as `../shared/eval/seg/score.py` scores them
//! (exact span matches; words aligned by longest common subsequence inside regions of
//! overlapping tokens). `scripts/accuracy.sh` prints the official scorer's figures.

use std::collections::HashMap;
use tahlil::clitics::CliticScheme;
use tahlil::tokenize::{TokenizeOptions, tokenize};
use tahlil::utf16::Utf16Cursor;

struct Doc {
    text: String,
    tokens: Vec<(usize, usize, Vec<String>)>,
    sentences: Vec<(usize, usize)>,
}

fn spans(value: &serde_json::Value) -> Vec<(usize, usize)> {
    let pair = |p: &serde_json::Value| (p[0].as_u64().unwrap() as usize, p[1].as_u64().unwrap() as usize);
    value.as_array().unwrap().iter().map(pair).collect()
}

fn gold() -> Vec<Doc> {
    let raw = include_str!("data/ud-pud-dev.jsonl");
    raw.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let words = v["words"].as_array().unwrap();
            let tokens = spans(&v["tokens"])
                .into_iter()
                .zip(words)
                .map(|((s, e), w)| {
                    let w = w.as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_string()).collect();
                    (s, e, w)
                })
                .collect();
            Doc { text: v["text"].as_str().unwrap().to_string(), tokens, sentences: spans(&v["sentences"]) }
        })
        .collect()
}

/// Our tokens with their "ud" words, in UTF-16 offsets like the gold.
fn system_tokens(text: &str) -> Vec<(usize, usize, Vec<String>)> {
    let options = TokenizeOptions { clitics: CliticScheme::Ud, ..Default::default() };
    let mut cursor = Utf16Cursor::new(text);
    tokenize(text, &options)
        .into_iter()
        .map(|t| {
            let words = match &t.segments {
                Some(segs) => segs.iter().map(|s| text[s.start..s.end].to_string()).collect(),
                None => vec![text[t.start..t.end].to_string()],
            };
            (cursor.to_utf16(t.start), cursor.to_utf16(t.end), words)
        })
        .collect()
}

#[derive(Default)]
struct Score {
    correct: usize,
    gold: usize,
    system: usize,
}

impl Score {
    fn f1(&self) -> f64 {
        let p = self.correct as f64 / self.system.max(1) as f64;
        let r = self.correct as f64 / self.gold.max(1) as f64;
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }

    fn add_spans(&mut self, gold: &[(usize, usize)], system: &[(usize, usize)]) {
        let mut counts: HashMap<(usize, usize), isize> = HashMap::new();
        for s in gold {
            *counts.entry(*s).or_default() += 1;
        }
        for s in system {
            let c = counts.entry(*s).or_default();
            if *c > 0 {
                self.correct += 1;
            }
            *c -= 1;
        }
        self.gold += gold.len();
        self.system += system.len();
    }
}

fn lcs(a: &[&str], b: &[&str]) -> usize {
    let mut prev = vec![0; b.len() + 1];
    for x in a {
        let mut cur = vec![0; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y { prev[j] + 1 } else { prev[j + 1].max(cur[j]) };
        }
        prev = cur;
    }
    prev[b.len()]
}

type Tok = (usize, usize, Vec<String>);

/// Words aligned in one document: regions of overlapping tokens, then span match (no split in
/// the region) or LCS of the word forms.
fn aligned_words(gold: &[Tok], system: &[Tok]) -> usize {
    let (mut i, mut j, mut aligned) = (0, 0, 0);
    while i < gold.len() || j < system.len() {
        let (mut gr, mut sr): (Vec<&Tok>, Vec<&Tok>) = (vec![], vec![]);
        let mut end;
        if j >= system.len() || (i < gold.len() && gold[i].0 <= system[j].0) {
            end = gold[i].1;
            gr.push(&gold[i]);
            i += 1;
        } else {
            end = system[j].1;
            sr.push(&system[j]);
            j += 1;
        }
        loop {
            if i < gold.len() && gold[i].0 < end {
                end = end.max(gold[i].1);
                gr.push(&gold[i]);
                i += 1;
            } else if j < system.len() && system[j].0 < end {
                end = end.max(system[j].1);
                sr.push(&system[j]);
                j += 1;
            } else {
                break;
            }
        }
        if gr.iter().chain(&sr).all(|t| t.2.len() == 1) {
            let g: Vec<(usize, usize)> = gr.iter().map(|t| (t.0, t.1)).collect();
            let mut s = Score::default();
            s.add_spans(&g, &sr.iter().map(|t| (t.0, t.1)).collect::<Vec<_>>());
            aligned += s.correct;
        } else {
            let gw: Vec<&str> = gr.iter().flat_map(|t| t.2.iter().map(String::as_str)).collect();
            let sw: Vec<&str> = sr.iter().flat_map(|t| t.2.iter().map(String::as_str)).collect();
            aligned += lcs(&gw, &sw);
        }
    }
    aligned
}

#[test]
fn tokens_words_and_sentences_match_the_gold() {
    let (mut tokens, mut words, mut sentences) = (Score::default(), Score::default(), Score::default());
    for doc in gold() {
        let system = system_tokens(&doc.text);
        let spans_of = |t: &[Tok]| t.iter().map(|t| (t.0, t.1)).collect::<Vec<_>>();
        tokens.add_spans(&spans_of(&doc.tokens), &spans_of(&system));
        words.correct += aligned_words(&doc.tokens, &system);
        words.gold += doc.tokens.iter().map(|t| t.2.len()).sum::<usize>();
        words.system += system.iter().map(|t| t.2.len()).sum::<usize>();
        let mut cursor = Utf16Cursor::new(&doc.text);
        let ours: Vec<(usize, usize)> = tahlil::sentences::split(&doc.text)
            .iter()
            .map(|s| (cursor.to_utf16(s.start), cursor.to_utf16(s.end)))
            .collect();
        sentences.add_spans(&doc.sentences, &ours);
    }
    eprintln!("tokens F1 {:.4}  words F1 {:.4}  sentences F1 {:.4}", tokens.f1(), words.f1(), sentences.f1());
    assert!(tokens.f1() >= 0.998, "tokens F1 {:.4} < 0.998", tokens.f1());
    assert!(sentences.f1() >= 0.995, "sentences F1 {:.4} < 0.995", sentences.f1());
    assert!(words.f1() >= 0.975, "words F1 {:.4} < 0.975", words.f1());
}

// ---------------------------------------------------------------------------------------------
// Summaries: ROUGE-2 on the EASC dev half, as ../shared/eval/sum/score.py computes it by default
// (tokens: NFKC-like folding, no diacritics/tatweel, one alef, ASCII digits, lower case, runs of
// letters and digits; the summary cut to the references' mean length; F averaged over the 5
// references, then over articles).

fn rouge_tokens(text: &str) -> Vec<String> {
    use tahlil::normalize::{NormalizeOptions, normalize};
    let options = NormalizeOptions { digits: true, ..NormalizeOptions::default() };
    let folded = normalize(text, &options).to_lowercase();
    folded.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).map(str::to_string).collect()
}

fn bigrams(tokens: &[String]) -> HashMap<(&str, &str), usize> {
    let mut counts = HashMap::new();
    for w in tokens.windows(2) {
        *counts.entry((w[0].as_str(), w[1].as_str())).or_default() += 1;
    }
    counts
}

fn rouge2_f(system: &[String], reference: &[String]) -> f64 {
    let (s, r) = (bigrams(system), bigrams(reference));
    let overlap: usize = s.iter().map(|(k, &c)| c.min(r.get(k).copied().unwrap_or(0))).sum();
    let (ns, nr) = (s.values().sum::<usize>(), r.values().sum::<usize>());
    let p = if ns == 0 { 0.0 } else { overlap as f64 / ns as f64 };
    let rc = if nr == 0 { 0.0 } else { overlap as f64 / nr as f64 };
    if p + rc == 0.0 { 0.0 } else { 2.0 * p * rc / (p + rc) }
}

#[test]
fn summaries_beat_the_lead_baseline_on_easc() {
    use tahlil::summarize::{SummaryLength, SummaryOptions, summarize};
    let raw = include_str!("data/easc-dev.jsonl");
    let (mut ours, mut lead, mut articles) = (0.0, 0.0, 0.0);
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap();
        let refs: Vec<Vec<String>> =
            v["references"].as_array().unwrap().iter().map(|r| rouge_tokens(r.as_str().unwrap())).collect();
        let budget = (refs.iter().map(Vec::len).sum::<usize>() as f64 / refs.len() as f64).round() as usize;
        let score = |summary: &str| {
            let mut tokens = rouge_tokens(summary);
            tokens.truncate(budget);
            refs.iter().map(|r| rouge2_f(&tokens, r)).sum::<f64>() / refs.len() as f64
        };
        let options = SummaryOptions { length: SummaryLength::Ratio(0.33), ..Default::default() };
        let summary = summarize(text, &options);
        let chosen: Vec<&str> = summary.sentences.iter().map(|s| &text[s.start..s.end]).collect();
        ours += score(&chosen.join("\n"));
        let sentences = tahlil::sentences::split(text);
        let n = chosen.len().max(1);
        let first: Vec<&str> = sentences.iter().take(n).map(|s| &text[s.start..s.end]).collect();
        lead += score(&first.join("\n"));
        articles += 1.0;
    }
    let (ours, lead) = (ours / articles, lead / articles);
    eprintln!("EASC dev, ratio 0.33: ROUGE-2 F {ours:.4} (Lead {lead:.4})");
    assert!(ours >= 0.455, "ROUGE-2 F {ours:.4} < 0.455");
    assert!(ours > lead, "ROUGE-2 F {ours:.4} does not beat Lead {lead:.4}");
}
