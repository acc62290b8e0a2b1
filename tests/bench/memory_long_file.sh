#!/usr/bin/env bash
# Peak memory of gtzan-cli on two-hour files, to check that decoding and resampling stream
# (memory should track what a command keeps, not the file's length). Not a test: run by hand.
#   tests/bench/memory_long_file.sh [BUILD_DIR]      (default: build)
# Needs sox and GNU time (/usr/bin/time). Generates into a temporary folder, removed at exit.
set -euo pipefail
build=${1:-build}
cli="$build/bin/gtzan-cli"
model=resources/models/starter.gtzm
[ -x "$cli" ] || { echo "no $cli: build first" >&2; exit 1; }
command -v sox >/dev/null || { echo "sox is needed" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is needed" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# scan wants the GTZAN layout; one clip per genre folder is enough.
mkdir -p "$tmp/low/genres/blues" "$tmp/cd/genres/blues"
low="$tmp/low/genres/blues/blues.00000.wav"   # 2 h, 1 kHz mono: upsampled 16x to 16 kHz
cd="$tmp/cd/genres/blues/blues.00000.wav"     # 2 h, 44.1 kHz stereo: downmixed and downsampled
echo "generating two-hour files in $tmp ..."
sox -n -r 1000 -c 1 -b 16 "$low" synth 7200 sine 220 vol 0.5
sox -n -r 44100 -c 2 -b 16 "$cd" synth 7200 sine 440 sine 660 vol 0.5
ls -l "$low" "$cd" | awk '{printf "  %s  %6.0f MB\n", $NF, $5 / 1e6}'

# Runs a command under GNU time; prints its peak RSS and exit status.
measure() {
    local label=$1
    shift
    local log="$tmp/time.log"
    local status=0
    /usr/bin/time -v "$@" >"$tmp/out.txt" 2>"$log" || status=$?
    local kb
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    printf '%-34s peak RSS %8.1f MB   exit %d\n' "$label" "$(echo "${kb:-0} / 1024" | bc -l)" "$status"
    if [ "$status" -ne 0 ]; then grep -v '^\s' "$log" | grep -v 'Command being timed' | head -3 | sed 's/^/    /'; fi
}

echo
for f in "$low" "$cd"; do
    name=$(basename "$(dirname "$(dirname "$(dirname "$f")")")")
    measure "scan ($name: header only)" "$cli" scan "$(dirname "$(dirname "$(dirname "$f")")")" --json
    measure "mel gct634 ($name)" "$cli" mel "$f" --preset gct634 --out "$tmp/$name.npy"
    rm -f "$tmp/$name.npy"
    measure "predict starter ($name)" "$cli" predict "$model" "$f"
done
