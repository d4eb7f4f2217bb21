#!/usr/bin/env bash
# Accuracy report with the project's official scorers (../shared/eval, or $TAHLIL_SHARED/eval):
#   1. tokens, clitic-split words ("ud") and sentences on UD Arabic-PUD (dev half, tests/data);
#   2. extractive summaries on EASC (dev half) at ratio 0.33, against Lead and Lead cut to the
#      system's own length (scripts/accuracy/summaries.sh; add --sensitivity for the parameter study).
# usage: bash scripts/accuracy.sh [--sensitivity]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/accuracy/shared.sh
require eval/seg/score.py
OUT=target/accuracy
mkdir -p "$OUT"
echo "== tokens, words (clitics \"ud\") and sentences: UD Arabic-PUD dev"
cargo run --quiet --release --example seg_eval -- tests/data/ud-pud-dev.jsonl "$OUT/seg.jsonl"
python3 "$SHARED/eval/seg/score.py" tests/data/ud-pud-dev.jsonl "$OUT/seg.jsonl" --examples 0
echo
echo "== summaries: EASC dev, ratio 0.33"
SUM_SCORER_DIR="$SHARED/eval/sum" bash scripts/accuracy/summaries.sh tests/data/easc-dev.jsonl 0.33 "$@"
