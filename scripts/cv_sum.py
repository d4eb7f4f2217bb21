#!/usr/bin/env python3
"""Two-fold cross-validation of summarizer settings on EASC, with the shared scorer's protocol.

usage: cv_sum.py GOLD.jsonl EVAL_SUM_BIN [--scorer-dir DIR] -- 'ARGS' ['ARGS' ...]

Each ARGS is a string of extra eval_sum flags ('' is the default method), e.g.
'--phrase-weight 0'. For each setting it writes the system summaries and Lead cut to their
own length, scores every article as score.py does by default (artext tokens, budget =
mean reference length, mean over the 5 references; ROUGE-2 F) and prints the full-set
mean, the means on fold A (articles on odd lines of GOLD: 1st, 3rd, ...) and fold B (even
lines), Lead-cut and the paired mean difference system − Lead-cut (per fold too).

With two or more settings it also prints the cross-validated figure: the setting with the
best R2 on fold A is scored on fold B and vice versa; CV = mean of the two held-out figures.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

ap = argparse.ArgumentParser()
ap.add_argument("gold")
ap.add_argument("bin")
ap.add_argument("--scorer-dir", default=os.environ.get("SUM_SCORER_DIR", "/work/shared/eval/sum"))
argv = sys.argv[1:]
cut = argv.index("--") if "--" in argv else len(argv)
args = ap.parse_args(argv[:cut])
args.settings = argv[cut + 1:]
sys.path.insert(0, args.scorer_dir)
import artext  # noqa: E402
from score import RefSet, load_jsonl, summary_text  # noqa: E402

gold = load_jsonl(args.gold)
refs = [RefSet([artext.tokenize(r) for r in g["references"]]) for g in gold]
budget = [int(round(sum(len(t) for t in r.tokens) / len(r.tokens))) for r in refs]
tmp = tempfile.mkdtemp()


def per_article(path):
    by_id = {str(o["id"]): summary_text(o) for o in load_jsonl(path)}
    return [refs[i].score(artext.tokenize(by_id.get(str(g["id"]), ""))[:budget[i]])["rouge2"].f
            for i, g in enumerate(gold)]


mean = statistics.mean
fold_a = range(0, len(gold), 2)
fold_b = range(1, len(gold), 2)
on = lambda xs, fold: mean(xs[i] for i in fold)  # noqa: E731
results = {}
settings = args.settings or [""]
for s in settings:
    sys_path, lc_path = os.path.join(tmp, "sys.jsonl"), os.path.join(tmp, "lc.jsonl")
    subprocess.run([args.bin, args.gold, sys_path, "--lead-cut", lc_path] + s.split(),
                   check=True, stderr=subprocess.DEVNULL)
    r2, lc = per_article(sys_path), per_article(lc_path)
    d = [x - y for x, y in zip(r2, lc)]
    results[s] = r2
    print(f"{s or '(default)':32s} R2 {mean(r2):.4f}  A {on(r2, fold_a):.4f}  B {on(r2, fold_b):.4f}  "
          f"Lead-cut {mean(lc):.4f}  sys-Lead-cut {mean(d):+.4f} (A {on(d, fold_a):+.4f}, "
          f"B {on(d, fold_b):+.4f}; wins/losses {sum(x > 1e-12 for x in d)}/{sum(x < -1e-12 for x in d)})",
          flush=True)
if len(settings) > 1:
    best_a = max(settings, key=lambda s: on(results[s], fold_a))
    best_b = max(settings, key=lambda s: on(results[s], fold_b))
    held_b, held_a = on(results[best_a], fold_b), on(results[best_b], fold_a)
    print(f"CV: best on A '{best_a}' scores {held_b:.4f} on B; best on B '{best_b}' scores "
          f"{held_a:.4f} on A; CV R2 = {(held_a + held_b) / 2:.4f}")
