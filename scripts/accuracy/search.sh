#!/usr/bin/env bash
# Search accuracy with the project's official scorer (../shared/eval/search/score.py, or
# $TAHLIL_SHARED/eval/search): tahlil::search::analyze on ARCD dev (paragraphs, questions,
# plain-typed questions) and PUD dev words, beside Lucene's Arabic analysis (light10).
# usage: bash scripts/accuracy/search.sh [--no-stem] [--no-roots] [--no-stop-words] [--query-stop-words-only] [--unweighted]
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/accuracy/shared.sh
require eval/search/score.py
OUT=target/accuracy
mkdir -p "$OUT"
CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-1} cargo run --quiet --release --example search_terms -- "$SHARED/data" "$OUT/search-terms.json" "$@"
python3 "$SHARED/eval/search/score.py" "$OUT/search-terms.json" --data "$SHARED/data"
