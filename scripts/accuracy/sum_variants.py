#!/usr/bin/env python3
"""Scoring variants of the summarizer under honest cross-validation (EASC, ratio 0.33).

usage: cargo run --release --example sum_features -- GOLD.jsonl FEATURES.jsonl
       sum_variants.py GOLD.jsonl FEATURES.jsonl [--scorer-dir DIR] [--ratio R] [--sens] [--only NAME ...]

FEATURES.jsonl is what the Rust summarizer reads of each article (its candidate units,
word counts, content-term ids, verbs of saying; examples/sum_features.rs). This script
re-implements the shipped score `sim(i) · w(i)^b / (1 + i)^a` on it (the 'shipped' line
reproduces eval_sum's figure exactly) and a family of variants, each a grid over (a, b)
and at most one or two new knobs. For each variant: the full-set best (not a CV figure),
5-fold and leave-one-out CV (every knob chosen on the training folds; article j in fold
j mod 5), and paired bootstrap CIs of the held-out R2 vs Lead at the same ratio and vs Lead
cut to the held-out summary's own length. ROUGE-2 F as score.py computes it by default
(artext tokens, summary cut to the references' mean length, mean over the 5 references).

The 'fill-*' and 'lead-*' variants (doc_fill) do not rank: they walk the units in document
order, skip the ones a weak-unit rule rejects, and stop at a length rule (a share of the
words, of the sentences, or both). Each line also prints the paired difference with Lead cut
to the references' mean length ('Lead-B', the most any Lead can score under the cut) and
the mean share of the text's words kept by the held-out picks. --ratio sets r (default 0.33;
Lead is ceil(r · N) sentences); --sens prints every setting's full-set R2, word share and
how often 5-fold / leave-one-out CV picked it.
"""
import argparse
import inspect
import itertools
import math
import os
import random
import re
import statistics
import sys
from collections import Counter

from shared_paths import SUM_SCORER_DIR  # noqa: E402 (beside this script)

ap = argparse.ArgumentParser()
ap.add_argument("gold")
ap.add_argument("features")
ap.add_argument("--scorer-dir", default=SUM_SCORER_DIR)
ap.add_argument("--only", nargs="*")
ap.add_argument("--ratio", type=float, default=0.33, help="the ratio r (Lead: ceil(r · N) sentences)")
ap.add_argument("--sens", action="store_true", help="every setting's full-set R2, word share and how often CV picked it")
args = ap.parse_args()
sys.path.insert(0, args.scorer_dir)
import artext  # noqa: E402
from score import RefSet, load_jsonl  # noqa: E402

mean = statistics.mean
RATIO = args.ratio
gold = load_jsonl(args.gold)
feats = {str(o["id"]): o for o in load_jsonl(args.features)}
arts = []
for g in gold:
    f = feats[str(g["id"])]
    refs = RefSet([artext.tokenize(r) for r in g["references"]])
    units = f["units"]
    arts.append(dict(refs=refs, B=int(round(mean(len(t) for t in refs.tokens))), units=units,
                     toks=[artext.tokenize(u["text"]) for u in units], words=[u["words"] for u in units],
                     terms=[u["terms"] for u in units], saying=f["saying"],
                     para=[i == 0 or "\n" in u["gap"] for i, u in enumerate(units)]))
N = len(arts)


def r2(a, tokens):
    return a["refs"].score(tokens[: a["B"]], metrics=("rouge2",))["rouge2"].f


def ratio_count(r, n):
    return 0 if n == 0 else min(n, max(1, math.ceil(r * n - 1e-9)))


def cat(a, idx):
    return [t for i in idx for t in a["toks"][i]]


ALL = [cat(a, range(len(a["units"]))) for a in arts]
LEAD = [r2(a, cat(a, range(ratio_count(RATIO, len(a["units"]))))) for a in arts]
LEAD_B = [r2(a, ALL[j]) for j, a in enumerate(arts)]  # Lead cut to the references' mean length
CACHE = [dict() for _ in arts]
VERBOSE = {"sens": args.sens}


def evaluate(j, chosen):
    """R2 of the chosen units (in order) and of Lead cut to the same number of tokens."""
    a = arts[j]
    cover, n = [], 0
    for i in chosen:  # only the units inside the budget matter
        cover.append(i)
        n += len(a["toks"][i])
        if n >= a["B"]:
            break
    key = tuple(cover)
    if key not in CACHE[j]:
        CACHE[j][key] = r2(a, cat(a, cover))
    own = sum(len(a["toks"][i]) for i in chosen)
    return CACHE[j][key], r2(a, ALL[j][:own])


def stats(a):
    n = len(a["units"])
    tf, sf = Counter(), Counter()
    for ts in a["terms"]:
        tf.update(ts)
        sf.update(set(ts))
    c = {t: tf[t] * (math.log((n + 1) / sf[t]) + 1) for t in tf}
    return tf, c, [sum(c[t] for t in ts) for ts in a["terms"]]


PRONOUN = re.compile(r"^\s*[وف]?\s*(هو|هي|هذه|هذا|هم|ذلك|تلك)\s")


def score(a, pa=1.0, lb=0.75, content=True, g=1.0, dens=0.0, para=0.0, kw=0.0, say=0.0, fs=0.0, pron=0.0,
          parapos=None, first=0.0, novel=0.0):
    """exp(log-linear): (sim + first·fm)^g / terms^dens · w^lb / (1 + pos)^pa · exp(cues);
    fm = centroid weight of the terms the sentence mentions first."""
    tf, c, sim = stats(a)
    seen, fm, old = set(), [], []
    for ts in a["terms"]:
        fm.append(sum(c[t] for t in set(ts) - seen))
        old.append(sum(c[t] for t in ts if t in seen) / (sum(c[t] for t in ts) or 1))
        seen |= set(ts)
    sim = [s + first * f for s, f in zip(sim, fm)]
    content = content and any(s > 0 for s in sim)
    top = set(sorted((t for t in tf if not a["saying"][t]), key=lambda t: (-tf[t], t))[:10])
    first = set(a["terms"][0]) if a["terms"] else set()
    out, p, k = [], -1, 0
    for i, ts in enumerate(a["terms"]):
        if a["para"][i]:
            p, k = p + 1, 0
        else:
            k += 1
        pos = i if parapos is None else p + parapos * k
        distinct = set(ts)
        x = (sim[i] ** g if content else 1.0) / max(1, len(ts)) ** dens
        x *= a["words"][i] ** lb / (1 + pos) ** pa
        e = 0.0
        if i > 0:
            e += para * a["para"][i] + fs * len(distinct & first) / max(1, len(distinct))
            e += pron * bool(PRONOUN.match(a["units"][i]["text"]))
        e -= novel * old[i]
        e += kw * len(distinct & top) / max(1, len(top)) + say * any(a["saying"][t] for t in ts)
        out.append(x * math.exp(e))
    return out


def ensemble(a):
    """Rank average over the 36 (a, b) settings of the sensitivity grid (no knob)."""
    total = [0.0] * len(a["units"])
    for s in grid(pa=[0.5, 0.75, 1, 1.25, 1.5, 2], lb=[0, 0.25, 0.5, 0.75, 1, 1.5]):
        sc = score(a, **s)
        for r, i in enumerate(sorted(range(len(sc)), key=lambda i: (-sc[i], i))):
            total[i] -= r
    return total


def top_k(a, sc, s):
    order = sorted(range(len(sc)), key=lambda i: (-sc[i], i))
    return sorted(order[: ratio_count(RATIO, len(sc))])


def word_budget(a, sc, s):
    """Best first until the words taken reach rho of the text's words (the last one may overflow)."""
    budget, used, chosen = s["rho"] * sum(a["words"]), 0, []
    for i in sorted(range(len(sc)), key=lambda i: (-sc[i], i)):
        if used >= budget:
            break
        chosen.append(i)
        used += a["words"][i]
    return sorted(chosen)


def fit_words(a, sc, s):
    """Best first, each only if it fits in rho of the text's words (MaxWords semantics)."""
    budget, used, chosen = s["rho"] * sum(a["words"]), 0, []
    for i in sorted(range(len(sc)), key=lambda i: (-sc[i], i)):
        if used + a["words"][i] <= budget:
            chosen.append(i)
            used += a["words"][i]
    return sorted(chosen)


def lengths():
    """The summary-length table: word share and R2 (with and without the scorer's cut)."""
    def nocut(a, idx):
        return a["refs"].score(cat(a, idx), metrics=("rouge2",))["rouge2"].f

    for rho in (0.25, 0.33):
        for name, sel in (("sentences", lambda a, sc, s: top_k_r(a, sc, s["rho"])), ("words, overflow", word_budget),
                          ("words, fit", fit_words)):
            share, cut, full = [], [], []
            for a in arts:
                chosen = sel(a, score(a), {"rho": rho})
                share.append(sum(a["words"][i] for i in chosen) / sum(a["words"]))
                cut.append(r2(a, cat(a, chosen)))
                full.append(nocut(a, chosen))
            print(f"r = {rho} {name:16s} word share {mean(share):.2f} ({min(share):.2f}-{max(share):.2f}) "
                  f"|share - r| {mean(abs(x - rho) for x in share):.2f}  R2 {mean(cut):.4f}  no cut {mean(full):.4f}")
    lead_s = [nocut(a, range(ratio_count(RATIO, len(a["units"])))) for a in arts]
    lead_w = []
    for a in arts:
        chosen, used = [], 0
        for i, w in enumerate(a["words"]):
            if used >= RATIO * sum(a["words"]):
                break
            chosen.append(i)
            used += w
        lead_w.append(nocut(a, chosen))
    print(f"Lead no cut: ceil(r N) sentences {mean(lead_s):.4f}, first r of the words {mean(lead_w):.4f}")


NUMBER = re.compile(r"[0-9٠-٩]")
QUOTE = re.compile(r"[«»\"“”]")


def doc_fill(a, s):
    """Document order, skipping weak units, until the length rule `len` is met:
    'words': the words taken reach rho of the text's words (the last unit may overflow);
    'count': ceil(rho · N) units taken; 'both': both of these.

    weak(i): its content score (`weak` = 'sim': centroid sum; 'dens': centroid sum per word)
    is under theta × the article's max (`ref` = 'max') or median ('median'); or it has fewer than
    `minw` words; `num` / `quote`: a unit holding a digit / a quotation mark is never weak.
    Unit 0 is never skipped unless `keep0` is False. theta = 0, minw = 0 is Lead by words.
    """
    tf, c, sim = stats(a)
    kind, theta = s.get("weak", "sim"), s.get("theta", 0.0)
    x = sim if kind == "sim" else [v / max(1, w) for v, w in zip(sim, a["words"])]
    ref = (max(x) if s.get("ref", "max") == "max" else statistics.median(x)) if x else 0.0
    rho, rule = s.get("rho", RATIO), s.get("len", "words")
    budget, count = rho * sum(a["words"]), ratio_count(rho, len(a["words"]))
    used, chosen = 0, []
    for i, w in enumerate(a["words"]):
        done_w, done_c = used >= budget, len(chosen) >= count
        if (rule == "words" and done_w) or (rule == "count" and done_c) or (rule == "both" and done_w and done_c):
            break
        text = a["units"][i]["text"]
        weak = x[i] < theta * ref or w < s.get("minw", 0)
        if weak and ((s.get("num") and NUMBER.search(text)) or (s.get("quote") and QUOTE.search(text))):
            weak = False
        if s.get("red") is not None and chosen:  # mostly said already: share of its centroid weight on seen terms
            seen = {t for k in chosen for t in a["terms"][k]}
            total = sum(c[t] for t in a["terms"][i])
            weak = weak or (total > 0 and sum(c[t] for t in a["terms"][i] if t in seen) / total >= s["red"])
        weak = weak or (s.get("skip_pron", False) and bool(PRONOUN.match(text)))
        weak = weak or (s.get("skip_say", False) and any(a["saying"][t] for t in a["terms"][i]))
        if (i > 0 or not s.get("keep0", True)) and weak:
            continue
        chosen.append(i)
        used += w
    return chosen


def run_sel(name, settings, select):
    """run() for selectors that read the article only (no score vector)."""
    run(name, settings, select=lambda a, sc, s: select(a, s))


def top_k_r(a, sc, r):
    order = sorted(range(len(sc)), key=lambda i: (-sc[i], i))
    return sorted(order[: ratio_count(r, len(sc))])


def grid(**axes):
    keys = list(axes)
    return [dict(zip(keys, v)) for v in itertools.product(*axes.values())]


def boot(d):
    rng = random.Random(0)
    m = sorted(sum(d[rng.randrange(N)] for _ in range(N)) / N for _ in range(2000))
    return m[50], m[1949]


def paired(d):
    lo, hi = boot(d)
    w, t = sum(x > 1e-9 for x in d), sum(abs(x) <= 1e-9 for x in d)
    return f"{mean(d):+.4f} [{lo:+.4f}, {hi:+.4f}] {w}/{t}/{len(d) - w - t}"


SCORE_ARGS = set(inspect.signature(score).parameters) | {"ensemble"}


def run(name, settings, select=top_k):
    res = []
    for s in settings:
        kw = {k: v for k, v in s.items() if k in SCORE_ARGS}
        f = ensemble if kw.pop("ensemble", False) else lambda a: score(a, **kw)
        chosen = [select(a, f(a), s) for a in arts]
        pairs = [evaluate(j, c) for j, c in enumerate(chosen)]
        share = [sum(arts[j]["words"][i] for i in c) / sum(arts[j]["words"]) for j, c in enumerate(chosen)]
        res.append(([p[0] for p in pairs], [p[1] for p in pairs], share))
    best = max(range(len(settings)), key=lambda x: (mean(res[x][0]), -x))
    print(f"{name}: {len(settings)} settings; full-set best {mean(res[best][0]):.4f} at {settings[best]}")
    picked = Counter()
    for k in (5, N):
        held, held_lc, held_sh = [0.0] * N, [0.0] * N, [0.0] * N
        for f in range(k):
            test = set(range(f, N, k))
            pick = max(range(len(settings)),
                       key=lambda x: (sum(res[x][0][j] for j in range(N) if j not in test), -x))
            picked[(k, pick)] += 1
            for j in test:
                held[j], held_lc[j], held_sh[j] = res[pick][0][j], res[pick][1][j], res[pick][2][j]
        label = "LOO" if k == N else f"{k}-fold"
        print(f"   {label:6s} CV {mean(held):.4f}  vs Lead {paired([x - y for x, y in zip(held, LEAD)])}"
              f"  vs Lead-cut {paired([x - y for x, y in zip(held, held_lc)])} (Lead-cut {mean(held_lc):.4f})"
              f"  vs Lead-B {paired([x - y for x, y in zip(held, LEAD_B)])}  word share {mean(held_sh):.3f}",
              flush=True)
    if VERBOSE["sens"] and len(settings) > 1:
        for x, st in enumerate(settings):
            print(f"      {st}: R2 {mean(res[x][0]):.4f} share {mean(res[x][2]):.3f}"
                  f" picked {picked[(5, x)]}/5, {picked[(N, x)]}/{N}")


def fill_grid(rules):
    """Every weak rule of doc_fill (sim or dens, vs max or median, theta; or under k words) for these length rules."""
    return ([st for rule in rules for w in ("sim", "dens") for ref in ("max", "median")
             for st in grid(theta=TH[ref], weak=[w], ref=[ref], len=[rule])]
            + grid(minw=[3, 5, 8, 10, 12, 15], len=rules)
            + grid(red=[0.5, 0.6, 0.7, 0.8, 0.9], len=rules) + grid(skip_pron=[True], skip_say=[False, True], len=rules)
            + grid(skip_pron=[False], skip_say=[True], len=rules))


TH = dict(max=[0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4], median=[0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.5])
AB = dict(pa=[0.75, 1, 1.25, 1.5], lb=[0.5, 0.75, 1])
VARIANTS = {
    "shipped": lambda: run("shipped (a = 1, b = 0.75, fixed)", [dict()]),
    "ab": lambda: run("(a, b) over the 6×6 sensitivity grid",
                      grid(pa=[0.5, 0.75, 1, 1.25, 1.5, 2], lb=[0, 0.25, 0.5, 0.75, 1, 1.5])),
    "ab-small": lambda: run("(a, b) over a 4×3 grid around the default", grid(**AB)),
    "no-content": lambda: run("position × length only, (a, b) 6×6",
                              grid(pa=[0.5, 0.75, 1, 1.25, 1.5, 2], lb=[0, 0.25, 0.5, 0.75, 1, 1.5],
                                   content=[False])),
    "g": lambda: run("content exponent sim^g", grid(**AB, g=[0.5, 0.75, 1, 1.5])),
    "dens": lambda: run("centroid density sim / terms^d", grid(**AB, dens=[0, 0.25, 0.5, 0.75, 1])),
    "para": lambda: run("paragraph start × e^p", grid(**AB, para=[-1, -0.5, 0, 0.5, 1])),
    "parapos": lambda: run("prior on paragraph index + q · index in paragraph", grid(**AB, parapos=[0.25, 0.5, 1])),
    "kw": lambda: run("top-10 keyword coverage × e^(k·share)", grid(**AB, kw=[0, 0.5, 1, 2, 4])),
    "fs": lambda: run("similarity to the first sentence × e^(q·overlap)", grid(**AB, fs=[-1, 0, 0.5, 1, 2])),
    "say": lambda: run("verb of saying × e^s", grid(**AB, say=[-1, -0.5, 0, 0.5])),
    "pron": lambda: run("opens with a pronoun (وهو، وهي، هذا…) × e^r", grid(**AB, pron=[-2, -1, -0.5, 0])),
    "first-mention": lambda: run("+ λ · centroid weight of the terms mentioned first", grid(**AB, first=[0, 0.5, 1, 2, 4])),
    "novelty": lambda: run("× e^(−ν · share of the centroid weight already seen)",
                           grid(**AB, novel=[-1, -0.5, 0, 0.5, 1, 2])),
    "ensemble": lambda: run("rank average of the 36 (a, b) settings", [dict(ensemble=True)]),
    "length": lengths,
    # Document-order fill (issue 14, sum14): see doc_fill. theta grids: relative to the max / median.
    "lead-words": lambda: run_sel("Lead by words: document order to r of the words", [dict()], doc_fill),
    "lead-both": lambda: run_sel("Lead, r of the words and ceil(r N) sentences", [dict(len="both")], doc_fill),
    **{f"fill-{rule}-{w}-{ref}": (lambda rule=rule, w=w, ref=ref: run_sel(
        f"document-order fill ({rule}), skip {w} < theta · {ref}",
        grid(theta=TH[ref], weak=[w], ref=[ref], len=[rule]), doc_fill))
       for rule in ("words", "count", "both") for w in ("sim", "dens") for ref in ("max", "median")},
    **{f"fill-{rule}-minw": (lambda rule=rule: run_sel(
        f"document-order fill ({rule}), skip units under k words", grid(minw=[0, 3, 5, 8, 10, 12, 15], len=[rule]),
        doc_fill)) for rule in ("words", "count", "both")},
    **{f"fill-{rule}-any": (lambda rule=rule: run_sel(
        f"document-order fill ({rule}), the weak rule and its knob chosen by CV (sim/dens vs max/median, minw, red, pron/say)",
        fill_grid([rule]), doc_fill)) for rule in ("words", "count", "both")},
    "fill-all": lambda: run_sel("document-order fill, every rule and theta above in one grid (CV picks all)",
                                fill_grid(["words", "count", "both"]), doc_fill),
    **{f"fill-{rule}-red": (lambda rule=rule: run_sel(
        f"document-order fill ({rule}), skip a unit with >= q of its centroid weight on terms already taken",
        grid(red=[None, 0.5, 0.6, 0.7, 0.8, 0.9], len=[rule]), doc_fill)) for rule in ("words", "both")},
    **{f"fill-{rule}-pron-say": (lambda rule=rule: run_sel(
        f"document-order fill ({rule}), skip units opening with a pronoun / holding a verb of saying",
        grid(skip_pron=[False, True], skip_say=[False, True], len=[rule]), doc_fill)) for rule in ("words", "both")},
    **{f"fill-{rule}-pron": (lambda rule=rule: run_sel(
        f"document-order fill ({rule}), skip units opening with a pronoun (no knob)",
        [dict(skip_pron=True, len=rule)], doc_fill)) for rule in ("words", "count", "both")},
    "fill-both-num": lambda: run_sel("fill (both), skip sim < theta · median unless it holds a digit",
                                     grid(theta=TH["median"], ref=["median"], len=["both"], num=[True]), doc_fill),
    "fill-both-quote": lambda: run_sel("fill (both), skip sim < theta · median unless it holds a quotation mark",
                                       grid(theta=TH["median"], ref=["median"], len=["both"], quote=[True]), doc_fill),
    "fill-both-skip0": lambda: run_sel("fill (both), skip sim < theta · median, the first unit too",
                                       grid(theta=TH["median"], ref=["median"], len=["both"], keep0=[False]), doc_fill),
    "words": lambda: run("word budget: best first to rho of the words",
                         grid(pa=[0.5, 1, 1.5, 2], lb=[0, 0.25, 0.5, 0.75, 1], rho=[0.33]), select=word_budget),
}
for name, f in VARIANTS.items():
    if not args.only or name in args.only:
        f()
