#!/usr/bin/env python3
"""Paired per-article comparison of two summary files with the shared EASC scorer's protocol.

usage: paired_sum.py GOLD.jsonl A.jsonl B.jsonl [--scorer-dir DIR] [--bootstrap N]

For each article, ROUGE-1/2/L F of A and of B are computed exactly as score.py does by
default (artext tokens, budget = mean reference length, mean over the 5 references), using
score.py's own classes; then it prints mean(A - B), a 95% paired bootstrap CI (seed 0) and
the number of articles where A wins / ties / loses, per metric.
"""
import argparse
import json
import os
import random
import statistics
import sys

from shared_paths import SUM_SCORER_DIR  # noqa: E402 (beside this script)

ap = argparse.ArgumentParser()
ap.add_argument("gold")
ap.add_argument("a")
ap.add_argument("b")
ap.add_argument("--scorer-dir", default=SUM_SCORER_DIR)
ap.add_argument("--bootstrap", type=int, default=2000)
args = ap.parse_args()
sys.path.insert(0, args.scorer_dir)
import artext  # noqa: E402
from score import RefSet, load_jsonl, summary_text  # noqa: E402


def per_article(path, gold):
    sys_by_id = {str(o["id"]): summary_text(o) for o in load_jsonl(path)}
    out = []
    for g in gold:
        refs = RefSet([artext.tokenize(r) for r in g["references"]])
        b = int(round(sum(len(t) for t in refs.tokens) / len(refs.tokens)))
        st = artext.tokenize(sys_by_id.get(str(g["id"]), ""))[:b]
        s = refs.score(st)
        out.append({m: s[m].f for m in ("rouge1", "rouge2", "rougeL")})
    return out


gold = load_jsonl(args.gold)
A, B = per_article(args.a, gold), per_article(args.b, gold)
rng = random.Random(0)
for m in ("rouge1", "rouge2", "rougeL"):
    d = [x[m] - y[m] for x, y in zip(A, B)]
    k = len(d)
    means = sorted(sum(d[rng.randrange(k)] for _ in range(k)) / k for _ in range(args.bootstrap))
    lo, hi = means[int(0.025 * args.bootstrap)], means[min(args.bootstrap - 1, int(0.975 * args.bootstrap))]
    w = sum(x > 1e-12 for x in d)
    l_ = sum(x < -1e-12 for x in d)
    print(f"{m:7s} A-B = {statistics.mean(d):+.4f}  95% CI [{lo:+.4f}, {hi:+.4f}]  "
          f"A wins {w}, ties {k - w - l_}, loses {l_}")
