#!/usr/bin/env bash
# Accuracy report for extractive summaries on EASC (dev half by default).
#
# usage: scripts/accuracy/summaries.sh [GOLD.jsonl] [RATIO] [--sensitivity]
#
# Builds the eval example once, writes system / Lead / Lead-cut summaries into $OUT
# (default target/accuracy-sum), scores each with the shared scorer's default protocol,
# prints the paired comparisons (system vs Lead, system vs Lead cut to the system's own
# length) and, with --sensitivity, R2 F over a grid of the two scoring exponents, the
# no-content ablation, the ratio line and the 5-fold and leave-one-out cross-validation of the
# exponents (scripts/accuracy/cv_sum.py: pick (a, b) on the training folds, score the held-out fold).
set -euo pipefail
cd "$(dirname "$0")/../.."
GOLD=${1:-tests/data/easc-dev.jsonl}
RATIO=${2:-0.33}
SCORER_DIR=${SUM_SCORER_DIR:-${TAHLIL_SHARED:-../shared}/eval/sum}
OUT=${OUT:-target/accuracy-sum}
mkdir -p "$OUT"
cargo build --quiet --release --example eval_sum
BIN=target/release/examples/eval_sum
"$BIN" "$GOLD" "$OUT/system.jsonl" --ratio "$RATIO" --lead "$OUT/lead.jsonl" --lead-cut "$OUT/lead-cut.jsonl"
for f in system lead lead-cut; do
  echo "== $f (ratio $RATIO)"
  python3 "$SCORER_DIR/score.py" "$GOLD" "$OUT/$f.jsonl" --json "$OUT/$f.scores.json" | tail -5
done
echo "== paired: system - Lead"
python3 scripts/accuracy/paired_sum.py "$GOLD" "$OUT/system.jsonl" "$OUT/lead.jsonl" --scorer-dir "$SCORER_DIR"
echo "== paired: system - Lead cut to the system's own length"
python3 scripts/accuracy/paired_sum.py "$GOLD" "$OUT/system.jsonl" "$OUT/lead-cut.jsonl" --scorer-dir "$SCORER_DIR"
if [[ "${3:-}" == "--sensitivity" ]]; then
  echo "== sensitivity: R2 F by position exponent a (rows) and length exponent b (columns)"
  printf '%-6s' "a\\b"; for b in 0 0.25 0.5 0.75 1 1.5; do printf '%8s' "$b"; done; echo
  for a in 0 0.5 0.75 1 1.25 1.5 2; do
    printf '%-6s' "$a"
    for b in 0 0.25 0.5 0.75 1 1.5; do
      "$BIN" "$GOLD" "$OUT/grid.jsonl" --ratio "$RATIO" --pos-exp "$a" --len-exp "$b" 2>/dev/null
      r2=$(python3 "$SCORER_DIR/score.py" "$GOLD" "$OUT/grid.jsonl" --bootstrap 0 | tail -1 | sed 's/.*rouge2_f=\([0-9.]*\).*/\1/')
      printf '%8s' "$r2"
    done
    echo
  done
  echo "== ablation: no content term (position and length only, a=1, b=0.75)"
  "$BIN" "$GOLD" "$OUT/grid.jsonl" --ratio "$RATIO" --no-content 2>/dev/null
  python3 "$SCORER_DIR/score.py" "$GOLD" "$OUT/grid.jsonl" --bootstrap 0 | tail -1
  python3 scripts/accuracy/paired_sum.py "$GOLD" "$OUT/system.jsonl" "$OUT/grid.jsonl" --scorer-dir "$SCORER_DIR"
  echo "== sensitivity: ratio (a=1, b=0.75)"
  for r in 0.25 0.3 0.33 0.4 0.5; do
    "$BIN" "$GOLD" "$OUT/grid.jsonl" --ratio "$r" 2>/dev/null
    echo "ratio $r: $(python3 "$SCORER_DIR/score.py" "$GOLD" "$OUT/grid.jsonl" --bootstrap 0 | tail -1)"
  done
  echo "== cross-validation (5-fold and leave-one-out) of the exponents (a, b), with and without the content term"
  grid=(--grid pos-exp=0.5,0.75,1,1.25,1.5,2 --grid len-exp=0,0.25,0.5,0.75,1,1.5)
  python3 scripts/accuracy/cv_sum.py "$GOLD" "$BIN" --quiet --scorer-dir "$SCORER_DIR" "${grid[@]}" -- "--ratio $RATIO"
  python3 scripts/accuracy/cv_sum.py "$GOLD" "$BIN" --quiet --scorer-dir "$SCORER_DIR" "${grid[@]}" -- "--ratio $RATIO --no-content"
fi
