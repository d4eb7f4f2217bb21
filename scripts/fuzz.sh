#!/usr/bin/env bash
# Builds the cargo-fuzz targets and runs each for SECONDS (default 600), one after the other,
# then prints one line per target: runs, coverage (cov: edges, ft: features) and "no crash" or
# the path of the input that failed. Exit status 1 if any target failed.
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
#
# Needs a nightly toolchain and cargo-fuzz (`rustup toolchain install nightly`,
# `cargo install cargo-fuzz`). Each target grows its corpus in fuzz/corpus/<target>
# (git-ignored) from the seeds in fuzz/seeds/<target>; failures go to fuzz/artifacts/<target>;
# the full libFuzzer logs to fuzz/target/fuzz-logs/<target>.log. Extra libFuzzer flags:
# FUZZ_FLAGS="-max_len=8192" bash scripts/fuzz.sh 60.
set -uo pipefail
cd "$(dirname "$0")/../fuzz"

seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(tokenize sentences normalize summarize keywords article)

if ! cargo +nightly fuzz build >/dev/null 2>&1; then
  cargo +nightly fuzz build # show the error
  exit 1
fi

logs=target/fuzz-logs
mkdir -p "$logs"
summary=()
failed=0
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  log="$logs/$t.log"
  # -timeout: an input that takes 10 s is a hang, reported like a crash.
  # shellcheck disable=SC2086
  cargo +nightly fuzz run "$t" "corpus/$t" "seeds/$t" -- \
    -max_total_time="$seconds" -timeout=10 -dict=arabic.dict -print_final_stats=1 ${FUZZ_FLAGS:-} \
    >"$log" 2>&1
  status=$?
  runs=$(grep -oE '^Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' | tail -1)
  [ -n "$runs" ] || runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
  stats=$(grep -E '^#[0-9]+.*cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
  [ -n "$runs" ] || runs=$(sed -E 's/^#([0-9]+).*/\1/' <<<"$stats")
  cov=$(grep -oE 'cov: [0-9]+' <<<"$stats" | grep -oE '[0-9]+')
  ft=$(grep -oE 'ft: [0-9]+' <<<"$stats" | grep -oE '[0-9]+')
  crash=$(grep -oE 'Test unit written to [^ ]+' "$log" | tail -1 | sed 's/Test unit written to //')
  if [ "$status" -eq 0 ] && [ -z "$crash" ]; then
    result="no crash"
  else
    failed=1
    result="FAILED: ${crash:-exit status $status} (log: fuzz/$log)"
  fi
  line=$(printf '%-10s runs %-10s cov %-6s ft %-7s %s' "$t" "${runs:-?}" "${cov:-?}" "${ft:-?}" "$result")
  echo "$line"
  summary+=("$line")
done

echo
echo "== fuzz summary (${seconds}s per target)"
printf '%s\n' "${summary[@]}"
exit "$failed"
