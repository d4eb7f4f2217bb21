#!/usr/bin/env bash
# Builds the npm package in pkg/ from a fresh machine: installs what is missing (the wasm32
# target, wasm-bindgen-cli at the exact version Cargo.lock pins, the npm dev tools), compiles
# the release wasm, generates the JS glue into pkg/dist/, shrinks it with wasm-opt and prints
# the raw and gzip sizes.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1m[build]\033[0m %s\n' "$*" >&2; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The CLI must equal the wasm-bindgen crate version in Cargo.lock.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  log "installing wasm-bindgen-cli $bindgen_version (takes a few minutes, once)"
  # Not --locked: the CLI's own lockfile wants a webpki-roots the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# npm dev tools (binaryen's wasm-opt, playwright-core, typescript) from the committed lockfile.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm dev dependencies"
  npm ci --no-audit --no-fund
fi

log "compiling the release wasm"
# The binding is the `wasm` feature (off by default, so Rust users of the crate never get it),
# and the cdylib crate type is asked for here rather than in Cargo.toml, so that crates that
# depend on tahlil do not build a cdylib of it.
cargo rustc --release --target wasm32-unknown-unknown --lib --features wasm --crate-type cdylib

out=pkg/dist
rm -rf "$out"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --experimental-reset-state-function --out-dir "$out" --out-name tahlil \
  target/wasm32-unknown-unknown/release/tahlil.wasm

log "optimizing with wasm-opt -O3"
# -O3, not -Oz: on the opt-level 3 module both come out within 0.1 KB gzip of each other and
# -O3 runs normalize ~20% faster (measured with node scripts/bench.mjs). The features Rust's
# wasm32 target emits by default, and SIMD (the sentence scan and the UTF-16 count enable
# simd128 for themselves, src/sentences/quiet.rs and src/utf16.rs); wasm-opt must keep them.
node_modules/.bin/wasm-opt -O3 --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-simd \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/tahlil_bg.wasm" -o "$out/tahlil_bg.wasm"

# The licences ship with the package: tahlil's, and LICENSE-DATA.md for the embedded data (the
# word list is CC BY-SA 4.0) and the third-party code in the wasm.
cp LICENSE-MIT LICENSE-APACHE LICENSE-DATA.md pkg/


node scripts/ci/package-size.mjs
