#!/usr/bin/env bash
# Runs every test from a fresh machine: installs what is missing (via build.sh, plus Debian's
# Chromium and Firefox ESR for the browser tests), then formatting, lints (host and wasm32),
# Rust unit, doc, property and gold-data tests, Node tests of the built package, Biome's lint and
# format check of the JavaScript, TypeScript type checks, and headless-Chromium and
# headless-Firefox tests of the package and the demo.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# Debian's Chromium (driven by playwright-core) and Firefox ESR (driven by puppeteer-core over
# WebDriver BiDi) for the browser tests, with fonts for Arabic (DejaVu) and emoji (Noto Color
# Emoji), so that screenshots show shaped text, not boxes.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/firefox-esr ] || [ ! -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ]; then
  step "installing Debian's chromium, firefox-esr and fonts (browser tests)"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium firefox-esr fonts-dejavu-core fonts-noto-color-emoji >/dev/null
fi

if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
  step "adding rustfmt and clippy"
  rustup component add rustfmt clippy
fi

step "build (installs the wasm target, wasm-bindgen-cli and npm tools when missing)"
bash scripts/build.sh

step "cargo fmt --check"
cargo fmt --check

step "generated files match their generators (presentation forms, the word list)"
bash scripts/ci/check-generated.sh

step "cargo clippy (host and wasm32)"
cargo clippy --all-targets -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --features wasm -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings # what wasm32 Rust users build

step "Rust users' builds: without the wasm feature, no WebAssembly crate (wasm32 included)"
if cargo tree --target wasm32-unknown-unknown -e normal --prefix none | grep -E '^(wasm-bindgen|js-sys) '; then
  echo "error: wasm-bindgen or js-sys is a dependency without the wasm feature" >&2
  exit 1
fi

step "cargo doc (no broken links in the API docs)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet

step "Rust tests: unit, doc, property, gold data"
cargo test --release

step "the tokenizer's and the sentence splitter's property tests with debug assertions on"
cargo test --test properties --test sentences

step "the wasm SIMD paths against the scalar rules they stand for, in wasm (Node; tests/wasm_simd.rs)"
# wasm-bindgen-test-runner comes with wasm-bindgen-cli, which the build installed.
cargo clippy --release --target wasm32-unknown-unknown --features simd --test wasm_simd -- -D warnings
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --release --target wasm32-unknown-unknown --features simd --test wasm_simd

step "Node tests of the built package"
node --test tests/js/

step "Biome: lint and formatting of the JavaScript (biome.jsonc; fix with: node_modules/.bin/biome check --write)"
node_modules/.bin/biome ci --colors=off

step "TypeScript: strict check of the public types (with the DOM, Node without the DOM, bare ES2022)"
node_modules/.bin/tsc -p tests/types/tsconfig.json
node_modules/.bin/tsc -p tests/types/tsconfig.node.json
node_modules/.bin/tsc -p tests/types/tsconfig.es.json

step "browser tests (headless Chromium and Firefox ESR)"
node --test --test-concurrency=1 tests/browser/

step "all tests passed"
