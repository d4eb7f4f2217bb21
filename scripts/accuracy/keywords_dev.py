#!/usr/bin/env python3
"""Dev measure of keyword quality on EASC: how many of an article's top-10 keywords the
human summaries of that article contain, against frequency and tf-idf baselines.

usage: cargo run --release --example keywords_file -- GOLD.jsonl KW.jsonl
       keywords_dev.py GOLD.jsonl KW.jsonl [--scorer-dir DIR] [--k 10]

A keyword is *in* a human summary when one of its occurrences, as written in the article
(the whole token, clitics and all; for a phrase, its tokens in a row), occurs in that
summary (artext tokens of the shared scorer: alef, diacritics and digits folded). Per
article: the share of the k keywords that are in a summary, averaged over the 5 summaries;
reported: the mean over articles, and the paired difference with each baseline (95%
bootstrap CI over articles, seed 0). The summaries keep about a third of the text (35% of
its tokens on average), so a frequent word is likely in them by chance: the baselines have
the same chance, and 'random' shows the floor (a uniformly random content word of the
article, exact expectation).

'shown' is stricter for tahlil: only the keyword's displayed form (its `text`, e.g. الحكومة
for والحكومة / حكومتها) counts, as a token or a run of tokens of the summary, as the
baselines' surface tokens do.

Baselines over artext tokens (the surface words), the library's stop words
(data/stopwords/ar.txt, folded the same way) and tokens of one letter or digits removed:
* freq: the k most frequent tokens (ties: earlier first occurrence);
* tfidf: tf · ln(N / df), df over the N articles of GOLD (ties: earlier first occurrence).
"""
import argparse
import json
import math
import os
import random
import statistics
import sys
from collections import Counter

from shared_paths import REPO, SUM_SCORER_DIR  # noqa: E402 (beside this script)

ap = argparse.ArgumentParser()
ap.add_argument("gold")
ap.add_argument("keywords")
ap.add_argument("--k", type=int, default=10)
ap.add_argument("--scorer-dir", default=SUM_SCORER_DIR)
args = ap.parse_args()
sys.path.insert(0, args.scorer_dir)
import artext  # noqa: E402
from score import load_jsonl  # noqa: E402

root = REPO
stop = set()
with open(os.path.join(root, "data/stopwords/ar.txt"), encoding="utf-8") as f:
    for line in f:
        w = line.strip()
        if w and not w.startswith("#"):
            stop.update(artext.tokenize(w))
gold = load_jsonl(args.gold)
kws = {str(o["id"]): o["keywords"] for o in load_jsonl(args.keywords)}
N = len(gold)


def utf16_slice(text, s, e):
    b = text.encode("utf-16-le")
    return b[2 * s:2 * e].decode("utf-16-le")


def content(tokens):
    return [t for t in tokens if t not in stop and len(t) > 1 and not t.isdigit()]


docs = [artext.tokenize(g["text"]) for g in gold]
df = Counter()
for d in docs:
    df.update(set(content(d)))


def ranked(tokens, weight):
    tf = Counter(content(tokens))
    first = {}
    for i, t in enumerate(tokens):
        first.setdefault(t, i)
    return sorted(tf, key=lambda t: (-weight(t, tf[t]), first[t]))[:args.k]


def in_ref(grams, ref_tokens, ref_set):
    """grams: token tuples (one per occurrence); True if one of them is a run of the ref."""
    for g in grams:
        if len(g) == 1:
            if g[0] in ref_set:
                return True
        elif any(tuple(ref_tokens[i:i + len(g)]) == g for i in range(len(ref_tokens) - len(g) + 1)):
            return True
    return False


def share(items, refs):
    """items: per keyword, its token tuples; share of items in a ref, averaged over refs."""
    if not items:
        return 0.0
    return statistics.mean(sum(in_ref(g, rt, rs) for g in items) / len(items) for rt, rs in refs)


rows = {"tahlil": [], "shown": [], "freq": [], "tfidf": [], "random": []}
phrases, triples = 0, 0
for g, d in zip(gold, docs):
    refs = [(t, set(t)) for t in (artext.tokenize(r) for r in g["references"])]
    ours = []
    for k in kws.get(str(g["id"]), [])[:args.k]:
        grams = {tuple(artext.tokenize(utf16_slice(g["text"], s, e))) for s, e in k["spans"]}
        ours.append([x for x in grams if x])
        phrases += " " in k["text"]
        triples += len(k["text"].split()) == 3
    rows["tahlil"].append(share(ours, refs))
    shown = [[tuple(artext.tokenize(k["text"]))] for k in kws.get(str(g["id"]), [])[:args.k]]
    rows["shown"].append(share(shown, refs))
    rows["freq"].append(share([[(t,)] for t in ranked(d, lambda t, n: n)], refs))
    rows["tfidf"].append(share([[(t,)] for t in ranked(d, lambda t, n: n * math.log(N / df[t]))], refs))
    vocab = set(content(d))
    rows["random"].append(share([[(t,)] for t in vocab], refs))


def boot(x):
    rng = random.Random(0)
    m = sorted(sum(x[rng.randrange(N)] for _ in range(N)) / N for _ in range(2000))
    return m[50], m[1949]


print(f"{N} articles, top-{args.k} keywords; tahlil returns {phrases} phrases in all ({triples} of three words)")
for name, v in rows.items():
    print(f"{name:7s} share of keywords in the human summaries: {statistics.mean(v):.4f}")
for ours, name in (("tahlil", "freq"), ("tahlil", "tfidf"), ("shown", "freq"), ("shown", "tfidf")):
    d = [x - y for x, y in zip(rows[ours], rows[name])]
    lo, hi = boot(d)
    w, l_ = sum(x > 1e-12 for x in d), sum(x < -1e-12 for x in d)
    print(f"{ours:6s} - {name:5s}: {statistics.mean(d):+.4f} [{lo:+.4f}, {hi:+.4f}] wins/ties/losses {w}/{N - w - l_}/{l_}")
