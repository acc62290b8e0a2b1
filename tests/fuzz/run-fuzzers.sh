#!/usr/bin/env bash
# Runs every libFuzzer harness of an asan build for a bounded time over a copy of its committed
# seed corpus (new inputs go to a scratch folder, not into the repository). Any finding (crash,
# leak, UBSan report, uncaught exception, timeout, out-of-memory) fails the run; its reproducer
# is left in $FUZZ_OUT/<name>/ (crash-*, leak-*, timeout-*, oom-*).
#   tests/fuzz/run-fuzzers.sh [BUILD_DIR] [SECONDS_EACH] [NAME...]   (FUZZ_JOBS=2 at a time)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-build-asan}"; shift || true
seconds="${1:-${FUZZ_SECONDS:-30}}"; shift || true
names=("$@")
if [ ${#names[@]} -eq 0 ]; then   # every harness the build made (tests/fuzz/fuzz_<name>.cpp)
  for bin in "$build"/bin/fuzz_*; do [ -x "$bin" ] && names+=("${bin##*/fuzz_}"); done
fi
[ ${#names[@]} -gt 0 ] || { echo "no fuzz_* programs in $build/bin" >&2; exit 1; }
out="${FUZZ_OUT:-$(mktemp -d /tmp/gtzan-fuzz.XXXXXX)}"
supp="$here/../sanitizers"
sym="$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer || true)"
sym="${sym:+:external_symbolizer_path=$sym}"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0$sym"
export UBSAN_OPTIONS="suppressions=$supp/ubsan.supp:halt_on_error=1:print_stacktrace=1$sym"
export ASAN_OPTIONS="detect_leaks=1$sym"
export QT_QPA_PLATFORM=offscreen
jobs="${FUZZ_JOBS:-2}"   # fuzzers at once (one core each)
run_one() {
  local name="$1" bin="$build/bin/fuzz_$1" start rc execs
  mkdir -p "$out/$name/corpus"
  cp -r "$here/corpus/$name/." "$out/$name/corpus/"
  start=$(date +%s)
  "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 \
         -print_final_stats=1 -artifact_prefix="$out/$name/" "$out/$name/corpus" >"$out/$name/log" 2>&1
  rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/$name/log" | grep -o '[0-9]*$')
  {
    echo "fuzz_$name: exit $rc, ${execs:-?} runs in $(( $(date +%s) - start )) s, corpus $(ls "$out/$name/corpus" | wc -l) files"
    if [ $rc -ne 0 ]; then
      grep -E 'ERROR|SUMMARY|runtime error|terminate|==[0-9]+==' "$out/$name/log" | head -20
      ls "$out/$name"/crash-* "$out/$name"/leak-* "$out/$name"/timeout-* "$out/$name"/oom-* 2>/dev/null
    fi
  } >"$out/$name/summary"
  echo $rc >"$out/$name/rc"
}
running=0
for name in "${names[@]}"; do
  if [ $running -ge "$jobs" ]; then wait -n; running=$((running - 1)); fi
  run_one "$name" &
  running=$((running + 1))
done
wait
failed=()
for name in "${names[@]}"; do
  cat "$out/$name/summary"
  [ "$(cat "$out/$name/rc")" = 0 ] || failed+=("$name")
done
echo "fuzz logs and reproducers: $out"
if [ ${#failed[@]} -gt 0 ]; then echo "FUZZ FINDINGS: ${failed[*]}"; exit 1; fi
