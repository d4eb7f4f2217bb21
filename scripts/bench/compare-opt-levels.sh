#!/usr/bin/env bash
# Measures the shipped wasm (after wasm-bindgen and wasm-opt -O3) at each opt-level, to choose
# the release profile by size. Needs what build.sh installs. Prints one line per opt-level.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for level in 3 2 s z; do
  CARGO_PROFILE_RELEASE_OPT_LEVEL=$level CARGO_TARGET_DIR="target/opt-$level" \
    cargo rustc --quiet --release --target wasm32-unknown-unknown --lib --features wasm --crate-type cdylib
  wasm-bindgen --target web --no-typescript --out-dir "$tmp/$level" --out-name tahlil \
    "target/opt-$level/wasm32-unknown-unknown/release/tahlil.wasm"
  node_modules/.bin/wasm-opt -O3 --strip-debug --strip-producers --enable-bulk-memory \
    --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --enable-reference-types --enable-multivalue "$tmp/$level/tahlil_bg.wasm" -o "$tmp/$level/opt.wasm"
  printf 'opt-level=%s: %7d bytes raw, %6d bytes gzip\n' "$level" \
    "$(wc -c < "$tmp/$level/opt.wasm")" "$(gzip -9 -c "$tmp/$level/opt.wasm" | wc -c)"
done
