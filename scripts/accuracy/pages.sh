#!/usr/bin/env bash
# Whole news pages: extractArticle, and summaries and keywords that ignore page chrome, with the
# official measures of ../shared/eval/pages (or $TAHLIL_SHARED/eval/pages):
#   1. pages-dev.jsonl (the 51 EASC dev articles wrapped as news pages): page vs clean ROUGE,
#      body_precision, duplicate_pages, keyword_jaccard, body_line_f1, title_acc, clean_line_recall;
#   2. news-pages-dev.jsonl (400 real Saudi news pages, CC BY-NC-SA, read from ../shared only):
#      summaries_with_chrome, title_acc, chrome_line_recall, body_line_recall.
# Needs the built package (bash scripts/build.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/accuracy/shared.sh
require eval/pages/measure.mjs
OUT=target/accuracy-pages
mkdir -p "$OUT"
echo "== pages-dev.jsonl"
node "$SHARED/eval/pages/measure.mjs" pkg "$SHARED/data/pages-dev.jsonl" "$OUT"
echo "-- ROUGE of the page summaries"
python3 "$SHARED/eval/sum/score.py" "$SHARED/data/pages-dev.jsonl" "$OUT/page.jsonl" | tail -1
echo "-- ROUGE of the clean-article summaries"
python3 "$SHARED/eval/sum/score.py" "$SHARED/data/pages-dev.jsonl" "$OUT/clean.jsonl" | tail -1
echo "== news-pages-dev.jsonl (real pages)"
node "$SHARED/eval/pages/measure-news.mjs" pkg "$SHARED/data/news-pages-dev.jsonl"
