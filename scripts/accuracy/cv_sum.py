#!/usr/bin/env python3
"""Cross-validated ROUGE-2 of summarizer settings on EASC, with the shared scorer's protocol.

usage: cv_sum.py GOLD.jsonl EVAL_SUM_BIN [--k K] [--scorer-dir DIR]
                 [--grid FLAG=V1,V2,... ...] [-- 'ARGS' ['ARGS' ...]]

The settings are the cartesian product of the --grid axes (e.g. --grid pos-exp=0.5,1,2
--grid len-exp=0,0.75: eval_sum's --pos-exp and --len-exp), or the explicit strings of eval_sum flags after `--` ('' is the
shipped method), or both (each explicit string is combined with every grid point). For each
setting it runs eval_sum once (system, Lead at the same ratio, Lead cut to the system's own
length) and scores every article as score.py does by default (artext tokens, summary cut to
the references' mean length, mean over the 5 references; ROUGE-2 F, via score.py's RefSet).

Then, for K-fold (article j in fold j mod K; default K = 5) and for leave-one-out, every
knob is chosen on the training folds only (the setting with the best mean R2 there; ties go
to the earlier setting) and scored on the held-out fold. Printed: the CV R2 (mean over
articles of the held-out figures: the headline figure), the settings picked per fold, and
paired comparisons of the held-out per-article R2 with Lead at the same ratio and with Lead
cut to the held-out setting's own length (mean difference, 95% paired bootstrap CI with
seed 0, wins/ties/losses). With a grid, the sensitivity of each knob: full-set R2 for each
of its values with the other knobs at the full-set best, and how often CV picked it.
"""
import argparse
import itertools
import os
import random
import statistics
import subprocess
import sys
import tempfile

from shared_paths import SUM_SCORER_DIR  # noqa: E402 (beside this script)

ap = argparse.ArgumentParser()
ap.add_argument("gold")
ap.add_argument("bin")
ap.add_argument("--k", type=int, default=5)
ap.add_argument("--bootstrap", type=int, default=2000)
ap.add_argument("--grid", action="append", default=[], help="FLAG=V1,V2,... an eval_sum flag without its dashes (repeatable)")
ap.add_argument("--quiet", action="store_true", help="do not print every setting's full-set figure")
ap.add_argument("--scorer-dir", default=SUM_SCORER_DIR)
argv = sys.argv[1:]
cut = argv.index("--") if "--" in argv else len(argv)
args = ap.parse_args(argv[:cut])
explicit = argv[cut + 1:]
sys.path.insert(0, args.scorer_dir)
import artext  # noqa: E402
from score import RefSet, load_jsonl, summary_text  # noqa: E402

gold = load_jsonl(args.gold)
N = len(gold)
refs = [RefSet([artext.tokenize(r) for r in g["references"]]) for g in gold]
budget = [int(round(sum(len(t) for t in r.tokens) / len(r.tokens))) for r in refs]
tmp = tempfile.mkdtemp()
mean = statistics.mean

axes = []
for spec in args.grid:
    flag, _, values = spec.partition("=")
    axes.append(("--" + flag.lstrip("-"), values.split(",")))
points = [list(zip([f for f, _ in axes], combo)) for combo in itertools.product(*[v for _, v in axes])]
settings, point_of = [], {}
for base in explicit or [""]:
    for p in points:
        s = (base + " " + " ".join(f"{f} {v}" for f, v in p)).strip()
        settings.append(s)
        point_of[s] = dict(p)


def per_article(path):
    by_id = {str(o["id"]): summary_text(o) for o in load_jsonl(path)}
    return [refs[i].score(artext.tokenize(by_id.get(str(g["id"]), ""))[:budget[i]], metrics=("rouge2",))["rouge2"].f
            for i, g in enumerate(gold)]


def boot(d):
    rng = random.Random(0)
    m = sorted(sum(d[rng.randrange(N)] for _ in range(N)) / N for _ in range(args.bootstrap))
    return m[int(0.025 * args.bootstrap)], m[min(args.bootstrap - 1, int(0.975 * args.bootstrap))]


def paired(d):
    lo, hi = boot(d)
    w, l_ = sum(x > 1e-12 for x in d), sum(x < -1e-12 for x in d)
    return f"{mean(d):+.4f} [{lo:+.4f}, {hi:+.4f}] {w}/{N - w - l_}/{l_}"


sys_r2, lc_r2, lead_r2 = {}, {}, None
for s in settings:
    paths = [os.path.join(tmp, f) for f in ("sys.jsonl", "lead.jsonl", "lc.jsonl")]
    subprocess.run([args.bin, args.gold, paths[0], "--lead", paths[1], "--lead-cut", paths[2]] + s.split(),
                   check=True, stderr=subprocess.DEVNULL)
    sys_r2[s], lc_r2[s] = per_article(paths[0]), per_article(paths[2])
    if lead_r2 is None:
        lead_r2 = per_article(paths[1])
    if not args.quiet:
        print(f"{s or '(shipped)':48s} R2 {mean(sys_r2[s]):.4f}  Lead-cut {mean(lc_r2[s]):.4f}", flush=True)

full_best = max(settings, key=lambda s: (mean(sys_r2[s]), -settings.index(s)))
print(f"\n{len(settings)} settings, {N} articles. Lead (same ratio) R2 {mean(lead_r2):.4f}. "
      f"Full-set best (not a CV figure): '{full_best}' R2 {mean(sys_r2[full_best]):.4f}, "
      f"Lead-cut at its length {mean(lc_r2[full_best]):.4f}")
picked_all = {}
for k in (args.k, N):
    folds = [list(range(f, N, k)) for f in range(k)]
    held, held_lc, picks = [0.0] * N, [0.0] * N, []
    for f in folds:
        test = set(f)
        train = [j for j in range(N) if j not in test]
        best = max(settings, key=lambda s: (sum(sys_r2[s][j] for j in train), -settings.index(s)))
        picks.append(best)
        for j in f:
            held[j], held_lc[j] = sys_r2[best][j], lc_r2[best][j]
    picked_all[k] = picks
    name = "leave-one-out" if k == N else f"{k}-fold"
    print(f"== {name} CV: R2 {mean(held):.4f}  (Lead-cut at the held-out lengths {mean(held_lc):.4f})")
    print(f"   held-out - Lead (same ratio):          {paired([x - y for x, y in zip(held, lead_r2)])}")
    print(f"   held-out - Lead cut to own length:     {paired([x - y for x, y in zip(held, held_lc)])}")
    counts = {}
    for p in picks:
        counts[p] = counts.get(p, 0) + 1
    top = sorted(counts.items(), key=lambda x: -x[1])[:5]
    print("   picked: " + "; ".join(f"'{s}' ×{c}" for s, c in top))
if axes:
    print("== sensitivity: full-set R2 per value, other knobs at the full-set best; ×n = picked by n "
          f"of the {args.k} folds / of the {N} leave-one-out folds")
    best_point = point_of[full_best]
    base = full_best[: len(full_best) - len(" ".join(f"{f} {v}" for f, v in best_point.items()))].strip()
    for flag, values in axes:
        cells = []
        for v in values:
            point = dict(best_point, **{flag: v})
            s = next(x for x in settings if point_of[x] == point and x.startswith(base))
            kf = sum(point_of[p][flag] == v for p in picked_all[args.k])
            lo = sum(point_of[p][flag] == v for p in picked_all[N])
            cells.append(f"{v}: {mean(sys_r2[s]):.4f} (×{kf}/×{lo})")
        print(f"   {flag:14s} " + "  ".join(cells))
