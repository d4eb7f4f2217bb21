#!/usr/bin/env bash
# Generated files are regenerated and compared with the committed ones (as unicode-segmentation
# checks its tables): a hand edit, or a generator changed without regenerating, fails here.
#   1. src/presentation_forms.rs from Python's Unicode database (scripts/generate/gen-presentation-forms.py);
#   2. data/lexicon/ar-words.txt and .bin from wordfreq 3.1.1 (scripts/generate/build-lexicon.py), installed
#      from PyPI into target/py-wordfreq on first use.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

python3 scripts/generate/gen-presentation-forms.py "$tmp/presentation_forms.rs" >/dev/null
if ! diff -q "$tmp/presentation_forms.rs" src/presentation_forms.rs >/dev/null; then
  echo "src/presentation_forms.rs differs from what scripts/generate/gen-presentation-forms.py writes:" >&2
  diff "$tmp/presentation_forms.rs" src/presentation_forms.rs | head -20 >&2
  status=1
fi

venv=target/py-wordfreq
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import wordfreq" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check wordfreq==3.1.1
fi
"$venv/bin/python" scripts/generate/build-lexicon.py --out "$tmp/ar-words.txt" >/dev/null 2>&1
for f in ar-words.txt ar-words.bin; do
  if ! cmp -s "$tmp/$f" "data/lexicon/$f"; then
    echo "data/lexicon/$f differs from what scripts/generate/build-lexicon.py writes (wordfreq 3.1.1)" >&2
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "generated files match their generators: src/presentation_forms.rs, data/lexicon/ar-words.{txt,bin}"
exit "$status"
