#!/usr/bin/env bash
# README's first command: installs what is missing, builds the package, and serves the demo
# (www/) with the package (pkg/) at a printed http://127.0.0.1:PORT/ address.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec node scripts/serve.mjs
