#!/bin/sh
# Benchmark (not a ctest): nested cross-validation of calibration on the GTZAN sample (issue #28).
# Outer: 5 stratified folds of the 50 clips (clip k of each genre goes to fold k). For each, the
# recipe (with its own inner --folds 5 calibration) is trained on the other 40 clips and predicts
# the 10 held-out clips with `gtzan-cli predict`; the 50 pooled answers, from models that never saw
# them, give ECE (10 bins), NLL and accuracy.
#   sh tests/bench/nested_calibration.sh starter|cnn2d [build/bin/gtzan-cli] [../shared/data/gtzan-sample]
# GTZAN_CV_SAME_EPOCHS=1 trains the inner folds with the final model's epochs (the method before
# issue #28) for the comparison.
set -eu
what=${1:-starter}
cli=${2:-build/bin/gtzan-cli}
data=$(cd "${3:-../shared/data/gtzan-sample}" && pwd)
export GTZAN_MUSICNN_DIR="${GTZAN_MUSICNN_DIR:-$(cd "$(dirname "$0")/../../../shared/models/musicnn" && pwd)}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case $what in
starter) options="--model embed_mlp --embedding msd --embedding-layer max_pool --segment 0 --epochs 100 --lr 1e-3 --batch 16" ;;
cnn2d) options="--model cnn2d --epochs ${EPOCHS:-10} --lr 1e-3" ;;
*) echo "starter or cnn2d" >&2; exit 2 ;;
esac
genres="blues classical country disco hiphop jazz metal pop reggae rock"
for k in 0 1 2 3 4; do
    : > "$work/train$k.txt"; : > "$work/test$k.txt"
    for g in $genres; do
        i=0
        for f in $(cd "$data/genres/$g" && ls *.wav | sort); do
            if [ $i -eq $k ]; then echo "$g/$f" >> "$work/test$k.txt"; else echo "$g/$f" >> "$work/train$k.txt"; fi
            i=$((i + 1))
        done
    done
    # shellcheck disable=SC2086
    "$cli" train --data "$data" --genres all --train-split "$work/train$k.txt" --test-split "$work/test$k.txt" $options \
        --seeds 1 --seed 1 --folds 5 --threads 2 --cache "$work/cache" --out "$work/m$k.gtzm" > "$work/train$k.log" 2>&1
    for f in $(cat "$work/test$k.txt"); do echo "$data/genres/$f"; done > "$work/files$k.txt"
    # shellcheck disable=SC2046
    "$cli" predict "$work/m$k.gtzm" $(cat "$work/files$k.txt") --json > "$work/pred$k.json" 2>/dev/null
    grep -h "temperature\|calibrated on" "$work/train$k.log" | tail -1
done
python3 - "$work" <<'PY'
import json, math, sys, glob
work = sys.argv[1]
rows = []
for path in sorted(glob.glob(work + "/pred*.json")):
    for p in json.load(open(path)):
        truth = p["file"].split("/")[-2]
        rows.append((p["genres"].index(truth), p["probabilities"], p["unsure"]))
def figures(rows):
    bins = [[0, 0.0, 0] for _ in range(10)]
    nll = 0.0; right = 0
    for y, p, _ in rows:
        top = max(range(len(p)), key=lambda i: p[i]); c = p[top]
        b = bins[min(9, int(c * 10))]; b[0] += 1; b[1] += c; b[2] += (top == y)
        nll -= math.log(max(1e-12, p[y])); right += (top == y)
    n = len(rows)
    ece = sum(b[0] / n * abs(b[2] / b[0] - b[1] / b[0]) for b in bins if b[0])
    return n, right / n, sum(max(p) for _, p, _ in rows) / n, ece, nll / n
n, acc, conf, ece, nll = figures(rows)
print("clips %d  accuracy %.3f  mean confidence %.3f  ECE %.3f  NLL %.3f  unsure %d" % (n, acc, conf, ece, nll, sum(u for _, _, u in rows)))
PY
